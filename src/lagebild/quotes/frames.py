"""Source frames: a clause attributed by "laut X", "X zufolge", "…, so X",
"Man müsse, so X, …", "nach Angaben von X" or a source adverb ("demnach")."""

from __future__ import annotations

from collections.abc import Sequence

from lagebild.quotes.context import Found, Sentence, indirect_found
from lagebild.quotes.cues import find_cues
from lagebild.quotes.grammar import clause_end, np_end, np_start_before, opens_subordinate
from lagebild.quotes.lexicon import load_lexicon
from lagebild.quotes.speakers import (
    TokenSpan,
    after_parenthesis,
    own_subject,
    phrase_at,
    real_speaker,
    subject_after_cue,
)
from lagebild.quotes.text import Token

Frame = tuple[TokenSpan, TokenSpan, TokenSpan | None]  # frame, cue, speaker tokens


def _frame(s: Sentence, i: int) -> Frame | None:
    """The source frame at token `i`, if one starts or ends there."""
    toks, lex = s.tokens, load_lexicon()
    word = toks[i].text
    if word in lex.frame_words["laut"]:
        end = np_end(toks, i + 1)
        if end is None or cites_data(toks, i + 1, end):
            return None
        return ((i, _with_place(toks, end)), (i, i + 1), _laut_source(toks, i + 1))
    if word in lex.frame_words["zufolge"]:
        if _relative_source(toks, i):
            return None  # "…, der zufolge …": `relative_frames`
        start = np_start_before(toks, i)
        if start is None or cites_data(toks, start, i):
            return None
        return ((start, i + 1), (i, i + 1), real_speaker(toks, (start, i)))
    if word in lex.frame_words["so"] and i > 0 and toks[i - 1].text == ",":
        return _so_frame(s, i)
    if word in lex.frame_words["nach"]:
        return _nach_frame(s, i)
    if word in lex.frame_words["demnach"] and i > 0 and toks[i - 1].text.isalnum():
        # the source was named before this sentence: no speaker in it
        return ((i, i + 1), (i, i + 1), None)
    return None


def _laut_source(toks: Sequence[Token], k: int) -> TokenSpan | None:
    """The source after "laut": the phrase, or where its head is a frame noun
    with a genitive or von-phrase, that phrase ("laut Angaben der Polizei",
    "laut Aussage eines Sprechers", as after "nach"); a written text keeps its
    author inside ("laut einem Bericht des „Spiegel“")."""
    lex = load_lexicon()
    j = k
    while j < len(toks) and toks[j].text.islower() and toks[j].text.isalpha():
        j += 1  # determiner, adjectives: "laut einer schriftlichen Mitteilung"
    noun = lex.nouns.get(toks[j].text) if j + 1 < len(toks) else None
    if noun is not None and noun.source_frame:
        after = toks[j + 1].text
        if after in ("von", "vom"):
            return phrase_at(toks, j + 2)
        if after.lower() in lex.words.genitive_determiners:
            return phrase_at(toks, j + 1)
    return phrase_at(toks, k)


_COMPOUND_MIN = 6  # shorter data nouns make no compounds here ("Kandidaten" ≠ Daten)


def cites_data(toks: Sequence[Token], start: int, end: int) -> bool:
    """Is the head noun of the source phrase `toks[start:end]` a source of figures
    ("laut Daten der Bundespolizei", "laut der jüngsten Schätzung", "laut
    Statista")? Such a frame cites data, it reports no speech."""
    data = load_lexicon().words.data_sources
    head = next((t.text for t in toks[start:end] if t.text[:1].isupper()), None)
    if head is None:
        return False
    return head in data or any(
        len(d) >= _COMPOUND_MIN and head.lower().endswith(d.lower()) for d in data
    )


def _so_frame(s: Sentence, i: int) -> Frame | None:
    """ "…, so der Minister." at the end, or inserted: "Man müsse, so X, …",
    "Die Verhandlungen, so heißt es, stünden …"."""
    toks = s.tokens
    end = np_end(toks, i + 1)
    if end is None:
        return _so_cue_frame(s, i)
    who = phrase_at(toks, i + 1)
    end = after_parenthesis(toks, end)  # "so der Chef des Verbandes (DSGV), …"
    if end < len(toks) and toks[end].text == ",":
        if _relative_to_end(toks, end + 1):
            return ((i - 1, len(toks)), (i, i + 1), who)
        return ((i - 1, end + 1), (i, i + 1), who)
    rest = [t for t in toks[end:] if t.text not in ".!?"]
    if len(rest) <= 4 and not any(t.text == "," for t in rest):
        return ((i - 1, len(toks)), (i, i + 1), who)
    return None


def _relative_to_end(toks: Sequence[Token], k: int) -> bool:
    """ "…, so der Chef des Verbands, der die Sparkassen vertritt.": a relative clause
    about the source closes the sentence, so the frame is postposed, not inserted
    ("Man müsse, so X, die Grenzen schließen": an article before a noun goes on)."""
    words = load_lexicon().words
    if k < len(toks) and toks[k].text in words.prepositions:
        k += 1  # "…, mit dem er …"
    if k + 1 >= len(toks) or toks[k].text not in words.relative_pronouns:
        return False
    after = toks[k + 1].text
    if after[:1].isupper() and after.lower() not in words.determiners:
        return False  # "die Grenzen": an article
    last = [t for t in toks[k:] if t.text not in ".!?"]
    return bool(last) and last[-1].text.isalpha() and last[-1].text.islower()


def _so_cue_frame(s: Sentence, i: int) -> Frame | None:
    toks = s.tokens
    hits = [h for h in find_cues(toks, s.blocked) if h.index == i + 1 and not h.noun]
    if not hits:
        return None
    close = clause_end(toks, i + 1, len(toks))
    if close >= len(toks) or toks[close].text != ",":
        return None
    return ((i - 1, close + 1), (i, i + 1), subject_after_cue(toks, i + 1))


def _nach_frame(s: Sentence, i: int) -> Frame | None:
    """ "nach (eigenen) Angaben (von X | der X | Xs)"."""
    toks, lex = s.tokens, load_lexicon()
    j = i + 1
    while j < len(toks) and toks[j].text.islower() and toks[j].text.isalpha():
        j += 1
    noun = lex.nouns.get(toks[j].text) if j < len(toks) else None
    if noun is None or not noun.source_frame:
        return None
    k = j + 1
    if toks[j - 1].text.startswith("eigene"):
        return ((i, k), (i, k), own_subject(toks, k if i == 0 else 0))
    if j - 1 > i and toks[j - 1].text.lower() in lex.words.possessives:
        # "Nach ihren Angaben …": the possessive names the source
        return ((i, k), (i, k), (j - 1, j))
    if k < len(toks) and toks[k].text in ("von", "vom"):
        k += 1
    who = phrase_at(toks, k) if k < len(toks) else None
    # a genitive ("der Polizei", "einer Polizeisprecherin", "beider Seiten"), a
    # von-phrase, or a name's s-genitive ("Putins")
    genitive = toks[k].text.lower() in lex.words.genitive_determiners if who else False
    if who is not None and not genitive and toks[k - 1].text not in ("von", "vom"):
        who = who if toks[k].text.endswith("s") else None
    if who is None and i == 0:
        who = _source_to_verb(toks, k)
    if who is None and noun.needs_source:
        return None
    end = who[1] if who is not None else j + 1
    return ((i, _with_place(toks, end)), (i, j + 1), who)


_SOURCE_WORDS = 15  # at most this many words between a fronted frame noun and the verb


def _source_to_verb(toks: Sequence[Token], k: int) -> TokenSpan | None:
    """ "Nach Ansicht vieler Menschen wie dem Aktivisten X sitzen …": a source our
    phrase rules cannot parse runs up to the finite verb (by the tagger)."""
    for v in range(k, min(len(toks), k + _SOURCE_WORDS)):
        if toks[v].pos in ("VERB", "AUX") and toks[v].text.islower():
            return real_speaker(toks, (k, v)) if v > k else None
    return None


def _with_place(toks: Sequence[Token], end: int) -> int:
    """ "Nach Angaben des Ministeriums in Seoul war …": the source's place belongs
    to the frame when the finite verb follows it."""
    if end + 1 >= len(toks) or toks[end].text != "in":
        return end
    place = np_end(toks, end + 1)
    if place is None or place >= len(toks) or not toks[place].text.islower():
        return end
    return place


_REPORTATIVE = frozenset({"soll", "sollen"})
_PLURAL = frozenset({"hätten", "würden"})  # as often indicative as subjunctive


def _reported(s: Sentence) -> bool:
    words = load_lexicon().words
    return any(
        (t.mood == "Sub" and t.text not in _PLURAL)
        or t.text in _REPORTATIVE
        or (t.text in words.subjunctive1 | words.subjunctive2 and t.text not in _PLURAL)
        for t in s.tokens
    )


def _in_main_clause(toks: Sequence[Token], first: int) -> bool:
    """Does the frame at `first` stand in the main clause? With no comma before
    it, or after a fronted subordinate clause that fills the first position:
    the main clause's finite verb follows its comma ("Ob sie abhebt, hängt
    laut X vom Wetter ab")."""
    commas = [k for k in range(first) if toks[k].text == ","]
    if not commas:
        return True
    verb = commas[-1] + 1
    return (
        opens_subordinate(toks, 0, first)
        and verb < first
        and toks[verb].pos in ("VERB", "AUX")
        and toks[verb].text.islower()
    )


_RELATIVE_DATIVES = frozenset({"der", "dem", "denen"})


def _relative_source(toks: Sequence[Token], i: int) -> bool:
    """Is "zufolge" at `i` after a relative pronoun after a comma ("eine Entscheidung
    des Gerichts, der zufolge …")?"""
    return i >= 2 and toks[i - 1].text in _RELATIVE_DATIVES and toks[i - 2].text == ","


def relative_frames(text: str, s: Sentence) -> list[Found]:
    """ "eine Entscheidung des Gerichts, der zufolge ein Teil … ausgezahlt werden
    muss": the relative clause after "der zufolge" is what the phrase before the
    comma says; that phrase is the source."""
    found = []
    toks, words = s.tokens, load_lexicon().frame_words["zufolge"]
    for i in range(2, len(toks) - 1):
        if toks[i].text not in words or not _relative_source(toks, i) or i in s.blocked:
            continue
        head = np_start_before(toks, i - 2)
        who = real_speaker(toks, (head, i - 2)) if head is not None else None
        f = indirect_found(text, s, (i + 1, clause_end(toks, i, len(toks))), (i, i + 1), who, 1)
        if f is not None:
            found.append(f)
    return found


def frames(text: str, s: Sentence) -> list[Found]:
    found = []
    toks = s.tokens
    for i in range(len(toks)):
        if i in s.blocked:
            continue
        frame = _frame(s, i)
        if frame is None:
            continue
        (first, last), cue, who = frame
        if first == 0:
            after = last + (last < len(toks) and toks[last].text == ",")
            f = indirect_found(text, s, (after, len(toks)), cue, who, 1)
        elif last >= len(toks) or all(t.text in ".!?" for t in toks[last:]):
            f = indirect_found(text, s, (0, first), cue, who, 1)
        else:
            # A frame inside the sentence may scope over one phrase only ("die
            # Stadt ist laut X »ein Zentrum«"): the clause is the report when
            # the frame stands in the main clause (no comma before it) or the
            # verb says so (Konjunktiv, reportative "soll").
            f = indirect_found(text, s, (0, len(toks)), cue, who, 1)
            in_main = _in_main_clause(toks, first)
            if f is not None and not (in_main or _reported(s)):
                f.context_only = True
        if f is not None:
            found.append(f)
    found += relative_frames(text, s)
    # "Es handle sich demnach um …, so ein Sprecher": the frame that names its
    # source is the attribution, the source adverb only points back to it
    if any(f.speaker is not None for f in found):
        anaphoric = load_lexicon().frame_words["demnach"]
        found = [f for f in found if f.cue is None or text[f.cue[0] : f.cue[1]] not in anaphoric]
    return found
