"""Quoted spans: direct quote, partial quote, or no quote at all.

A quoted span is a *direct* quote when it is a complete utterance: it opens
its sentence (or follows a colon) and ends the sentence, ends in punctuation,
or is followed by an attribution ("„…“, sagte er"). Otherwise it is a
*partial* quote if speech is reported around it (a cue, a frame, a subjunctive
clause continuing reported speech), and no quote at all if not: scare quotes,
names and titles. A single quoted word is speech only as the object of a
naming cue ("nannte den Plan „Unsinn“").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lagebild.quotes.context import Sentence
from lagebild.quotes.cues import CueHit
from lagebild.quotes.grammar import is_bare_acronym, np_end
from lagebild.quotes.lexicon import load_lexicon
from lagebild.quotes.marks import QuotedSpan
from lagebild.quotes.speakers import TokenSpan, lead_in_subject, speaker_of, subject_after_cue
from lagebild.quotes.text import Token

_OPENING_NOISE = frozenset({"–", "-", "—", "•", "*"})
_INSERT = re.compile(r"\s*,[^„“”\"»«]{2,60}?,\s*$")  # „A“, sagte er, „B“


def words_inside(text: str, q: QuotedSpan) -> list[str]:
    return re.findall(r"\w+", text[q.start + 1 : q.end - (1 if q.closed else 0)])


def _before(s: Sentence, q: QuotedSpan) -> list[int]:
    """Indices of the tokens of `s` before the quote."""
    return list(range(s.token_at(q.start)))


def opens_utterance(s: Sentence, q: QuotedSpan) -> bool:
    before = [s.tokens[i].text for i in _before(s, q)]
    while before and before[0] in _OPENING_NOISE:
        before.pop(0)
    return not before or before[-1] == ":"


def ends_utterance(text: str, end_sentence: Sentence, q: QuotedSpan) -> bool:
    """The quote ends in punctuation, ends its sentence, or an attribution or a
    headline's colon follows. A lone quoted word or code ("@type") needs an
    attribution to be an utterance."""
    inner = text[q.start : q.end].rstrip("“”\"«»'’‘ ")
    first = end_sentence.token_at(q.end)
    after = end_sentence.tokens[first:]
    hits = end_sentence.hits
    if any(h.index == first and not h.noun for h in hits):
        return True
    if after and after[0].text == "," and any(h.index == first + 1 for h in hits):
        return True
    if (
        after
        and after[0].text == ","
        and first + 1 < len(after) + first
        and (end_sentence.tokens[first + 1].text == "so")
    ):
        return True
    words = words_inside(text, q)
    body = text[q.start + 1 : q.end - 1]
    if len(words) < 2 or not words[0].isalpha() or " " not in body or "://" in body:
        return False
    if not q.closed or inner.endswith((".", "!", "?", "…", ",")):
        return True
    # a dash closes it too: „…“ – Name (a source line, an embedded post)
    if not after or after[0].text in (",", ".", "!", "?", "—", "–"):
        return True
    # „Zitat“: Putin macht … (a headline's quote, then its clause)
    return after[0].text == ":" and len(after) > 1 and after[1].text[:1].isupper()


def interrupted(text: str, previous: QuotedSpan | None, q: QuotedSpan) -> bool:
    """„A“, sagte er, „B“: the second span goes on with the first."""
    return previous is not None and bool(_INSERT.fullmatch(text[previous.end : q.start]))


_COMPOUND_HEAD = 5  # shortest name noun recognised as the head of a compound


def after_name_noun(s: Sentence, q: QuotedSpan) -> bool:
    """„…“ right after a noun like "Film", "Operation", "Motto", or a compound of
    one ("Macron-Partei", "Zeitungsartikel"); or an epithet before a name ("der
    „ewige Präsident“ Kim Il Sung")."""
    names = load_lexicon().words.name_nouns
    before = [s.tokens[i].text for i in _before(s, q)[-2:]]
    if any(word in names for word in before) or (before and _is_name_noun(before[-1], names)):
        return True
    after = s.token_at(q.end)
    words = load_lexicon().words
    last_inside = s.tokens[after - 2].text if after >= 2 else ""
    return (
        bool(before)
        and before[-1].lower() in words.determiners
        and last_inside[:1].isupper()
        and after < len(s.tokens)
        and s.tokens[after].text[:1].isupper()
        and s.tokens[after].text.isalpha()
    )


def written_lead_in(s: Sentence, q: QuotedSpan, hits: Sequence[CueHit]) -> bool:
    """ "Sie enthielt Artikel wie: „…“", "Auf dem Banner ist zu lesen: «…»", "Am
    Ende steht die Empfehlung: „…“": a colon after a lead-in with no cue verb that
    names a text (a name noun) or a written place (steht, zu lesen) quotes a
    title, headline or slogan, not speech."""
    before = _before(s, q)
    if not before or s.tokens[before[-1]].text != ":":
        return False
    if any(not h.noun and h.index < before[-1] for h in hits):
        return False
    words = load_lexicon().words
    lead = [s.tokens[i].text for i in before[:-1]]
    if not lead or lead[-1] in words.prepositions:
        return False  # a particle closes the verb: "Der Minister stand auf:"
    # a text in a prepositional phrase is the speaker's medium: "warb ein Geschäft
    # mit Plakaten: „…“" (the shop speaks)
    named = any(
        _is_name_noun(t, words.name_nouns) and not _in_phrase(lead, i, words.prepositions)
        for i, t in enumerate(lead)
    )
    return named or any(t in words.written_verbs for t in lead)


def _in_phrase(words: list[str], i: int, prepositions: frozenset[str]) -> bool:
    """Is words[i] a noun after a preposition and its article ("mit den Plakaten")?"""
    determiners = load_lexicon().words.determiners
    j = i - 1
    while j >= 0 and words[j].lower() in determiners:
        j -= 1
    return j >= 0 and words[j].lower() in prepositions


def _is_name_noun(word: str, names: frozenset[str]) -> bool:
    if word in names or word.rsplit("-", 1)[-1] in names:
        return True
    # a compound ends in the name noun, lower-cased ("Zeitungsartikel")
    return word[:1].isupper() and any(
        len(n) >= _COMPOUND_HEAD and word.endswith(n.lower()) for n in names
    )


def looks_like_name(text: str, q: QuotedSpan) -> bool:
    """A name in capitals only ("der „Süddeutschen Zeitung“") or part of a
    compound ("„Bild“-Zeitung")."""
    if text[q.end : q.end + 1] == "-":
        return True
    words = words_inside(text, q)
    return 0 < len(words) <= 4 and all(w[:1].isupper() or w.isdigit() for w in words)


def attribution_after(s: Sentence, q: QuotedSpan) -> tuple[TokenSpan | None, TokenSpan | None]:
    """(cue, speaker) from "„…“, sagte X" or "„…“, so X" in the sentence `s`."""
    first = s.token_at(q.end)
    toks = s.tokens
    i = first + (first < len(toks) and toks[first].text == ",")
    if i >= len(toks):
        return None, None
    if toks[i].text == "so":
        end = np_end(toks, i + 1)
        return ((i, i + 1), (i + 1, end)) if end is not None else (None, None)
    hits = [h for h in s.hits if h.index == i and not h.noun]
    if not hits:
        return _inquit(toks, i)
    return (hits[0].index, hits[0].end), _not_spoken_to(s, q, subject_after_cue(toks, i))


def _inquit(toks: Sequence[Token], i: int) -> tuple[TokenSpan | None, TokenSpan | None]:
    """ "„…“, freute sich die Kapitänin", "„…“, haderte der Stürmer": the quote fills
    the first position, so a full verb (by the tagger) right after its comma with
    a subject after it is an attribution, whatever the verb ("sich" passed)."""
    if toks[i].pos != "VERB" or not toks[i].text.islower():
        return None, None
    who = subject_after_cue(toks, i)
    if who is None:
        return None, None
    return (i, i + 1), who


_SINGULAR_FIRST = frozenset({"ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner"})


def _not_spoken_to(s: Sentence, q: QuotedSpan, who: TokenSpan | None) -> TokenSpan | None:
    """ "sagte der MOPO: „Ich werde …“": one person speaks as "ich", an outlet or
    body named by an acronym does not, so "der" + acronym (gender unknown) is the
    dative, the one spoken to. The speaker is the subject of the main clause before
    the cue ("Nun hofft der Spieler, …, sagte der MOPO: …"), else left to the context."""
    if who is None or not is_bare_acronym(s.tokens, who):
        return who
    inside = (t.text.lower() for t in s.tokens if q.start < t.start < q.end)
    if not any(w in _SINGULAR_FIRST for w in inside):
        return who
    return lead_in_subject(s.tokens, who[0] - 1) if who[0] > 1 else None


_CLAUSE_WORDS = 3  # a quoted name has fewer words, an utterance ends in a stop
_MARKS = frozenset("„“”‚‘’»«›‹\"'")


def lead_in_start(s: Sentence, colon: int) -> int:
    """Where the clause a colon closes starts: after a quoted utterance before it
    ("„… wie 1939/40.“ Doch X will das sehen: „…“", "NBC: "Kim is dead" Reuters:
    "…""), not after a quoted name ("Wie X erklärte, wollte sich „D.Live“ darum
    kümmern: „…“")."""
    inside = [i for i in s.blocked if i < colon and s.tokens[i].text not in _MARKS]
    if not inside:
        return 0
    last = max(inside)
    first = last
    while first - 1 in s.blocked:
        first -= 1
    words = [t for t in s.tokens[first : last + 1] if t.text[:1].isalnum()]
    if len(words) < _CLAUSE_WORDS and not s.tokens[last].text.endswith((".", "!", "?")):
        return 0
    start = last + 1
    while start < colon and not s.tokens[start].text[:1].isalnum():
        start += 1  # the closing mark
    return start


def attribution_before(
    s: Sentence, q: QuotedSpan | None
) -> tuple[TokenSpan | None, TokenSpan | None]:
    """(cue, speaker) from "X sagte: „…“", or (None, speaker) from "X: „…“".
    With `q` None, `s` is the sentence before the quote, ending in a colon."""
    before = _before(s, q) if q is not None else list(range(len(s.tokens)))
    if not before or s.tokens[before[-1]].text != ":":
        return None, None
    colon = before[-1]
    toks = s.tokens[:colon]
    start = lead_in_start(s, colon)
    hits = [h for h in s.hits if not h.noun and start <= h.index < colon]
    if hits:
        hit = hits[-1]
        return (hit.index, hit.end), (
            speaker_of(toks, hit) if q is None else _not_spoken_to(s, q, speaker_of(toks, hit))
        )
    end = np_end(toks, start)
    if end == colon:
        return None, (start, end)
    # "Das Ministerium veröffentlichte eine Erklärung: „…“": a cue noun names the
    # utterance, the clause's subject its author.
    nouns = [h for h in s.hits if h.noun and start <= h.index < colon]
    if nouns:
        return (nouns[-1].index, nouns[-1].end), lead_in_subject(toks, colon, start)
    return None, None


def attribution_next(s: Sentence | None) -> tuple[TokenSpan | None, TokenSpan | None]:
    """ "„…“ Das sagte X am Montag.": the next sentence names the speaker."""
    if s is None or len(s.tokens) < 3 or s.tokens[0].text not in ("Das", "Dies", "So"):
        return None, None
    hits = [h for h in s.hits if h.index == 1 and not h.noun]
    if not hits:
        return None, None
    return (1, hits[0].end), subject_after_cue(s.tokens, 1)


_NAMING_REACH = 7  # tokens between a naming verb and its quoted object


def _breaks(s: Sentence, start: int, end: int) -> bool:
    return any(t.text in (",", ";", ":", "–") for t in s.tokens[start:end])


def naming_object(s: Sentence, q: QuotedSpan, hits: list[CueHit]) -> CueHit | None:
    """The naming verb whose object the quoted span is ("sprach von einer „…“",
    "als die Regierung von einem „Erfolg“ sprach")."""
    first, after = s.token_at(q.start), s.token_at(q.end)
    # "nannten die Forderung von zwölf Prozent „…“": a long object in the same
    # clause, where no other cue verb ("…, wie X sich ausdrückte") may claim it
    alone = sum(not h.noun for h in hits) == 1
    for hit in reversed(hits):
        if hit.noun or "naming" not in hit.frames:
            continue
        if hit.index < first and first - hit.end <= 4:
            return hit
        reach = alone and first - hit.end <= _NAMING_REACH
        if hit.index < first and reach and not _breaks(s, hit.end, first):
            return hit
        if hit.index >= after and hit.index - after <= 1:
            return hit
    return None
