"""Indirect speech in one sentence: what follows a cue (dass-, ob- and
subjunctive clauses), what precedes a postposed cue ("…, sagte er", "…, so X",
"…, wie X sagte"), and what a source frame attributes ("laut X", "X zufolge",
"nach Angaben von X")."""

from __future__ import annotations

import re

from lagebild.quotes.context import Found, Sentence, content_end
from lagebild.quotes.cues import CueHit, find_cues
from lagebild.quotes.grammar import (
    clause_end,
    finite_slot,
    is_function_word,
    is_subjunctive,
    np_end,
    np_start_before,
    subject_after,
    subjunctive_clause,
)
from lagebild.quotes.lexicon import load_lexicon
from lagebild.quotes.speakers import (
    TokenSpan,
    clause_start,
    own_subject,
    phrase_at,
    real_speaker,
    speaker_of,
    subject_after_cue,
)


def _found(
    text: str,
    s: Sentence,
    tokens: tuple[int, int],
    cue: TokenSpan | None,
    who: TokenSpan | None,
    priority: int,
) -> Found | None:
    """Indirect speech over `tokens` [first, last) of `s`, or None if it is empty."""
    first, last = tokens
    if first >= last or first in s.blocked:
        return None
    start, end = s.tokens[first].start, content_end(text, s.tokens[first].start, s.char(last))
    if end - start < 8:
        return None
    return Found(start, end, "indirect", s.index, s.char_span(cue), s.char_span(who),
                 priority=priority)


def _indicative_v2(s: Sentence, c: int) -> bool:
    """"sagte, die Mannschaft hat alles gegeben": after a cue verb, a subject and
    then a finite verb in any mood (not a zu-infinitive: "vor, die Steuern zu senken")."""
    slot = finite_slot(s.tokens, c, len(s.tokens))
    if slot is None or np_end(s.tokens, c) != slot:
        return False
    verb = s.tokens[slot].text
    if _zu_infinitive(s, c):
        return False
    if verb in load_lexicon().words.auxiliaries:
        return True
    return verb.isalpha() and not is_function_word(verb)


def _zu_infinitive(s: Sentence, c: int) -> bool:
    """Does the clause at `c` end in a zu-infinitive ("die Krise verschlafen zu
    haben", "die Löhne anzuheben")? That is a plan or charge, not speech."""
    end = c
    while end < len(s.tokens) and s.tokens[end].text not in (",", ".", ";", ":"):
        end += 1
    words = [t.text for t in s.tokens[c:end] if t.text.isalpha()]
    return "zu" in words[-3:-1] or (bool(words) and re.fullmatch(r"\w+zu\w+en", words[-1]) is not None)


def _next_comma(s: Sentence, i: int) -> int | None:
    """The comma that closes the cue's clause; quoted names on the way are
    passed over ("sagte der „Zeit“, sie halte …")."""
    for j in range(i + 1, len(s.tokens) - 1):
        text = s.tokens[j].text
        if text == ",":
            return j
        if text in (";", ":", "(", ")", "–", "—"):
            return None
    return None


def complement_start(s: Sentence, hit: CueHit) -> int | None:
    """Token index where the content clause after a cue starts, or None."""
    toks, frames = s.tokens, hit.frames
    comma = _next_comma(s, hit.end - 1)
    if comma is None:
        return None
    c, lex = comma + 1, load_lexicon()
    low = toks[c].text.lower()
    if low in lex.frame_words["dass"] and "dass" in frames:
        return c
    if low in lex.frame_words["ob"] and "ob" in frames and not hit.noun:
        return c
    if "konj" in frames and subjunctive_clause(toks, c, len(toks), strict=False):
        return c
    if "konj" in frames and not hit.noun and not _has_object(s, hit.end, comma):
        return c if _indicative_v2(s, c) else None
    return None


_ACCUSATIVE = frozenset({"den", "einen", "diesen", "keinen", "seinen", "ihren", "unseren"})


def _has_object(s: Sentence, start: int, comma: int) -> bool:
    """An accusative object between cue and comma ("erklärt Israel den Krieg,")
    makes the cue's clause complete: an indicative clause after it is news, not
    speech."""
    words = load_lexicon().words
    toks = s.tokens
    return any(
        toks[j].text in _ACCUSATIVE and toks[j - 1].text.lower() not in words.prepositions
        for j in range(start, comma)
    )


def _in_first_constituent(s: Sentence, hit: CueHit) -> bool:
    slot = finite_slot(s.tokens, 0, len(s.tokens))
    return slot is None or slot > hit.index


def _content_stop(s: Sentence, start: int, hit: CueHit) -> int:
    """Where the content clause after `hit` ends: before a postposed attribution
    (", sagte er"), or, after a cue noun opening the sentence, before the main
    clause goes on ("Die Kritik, das sei falsch, wies sie zurück")."""
    toks, lex = s.tokens, load_lexicon()
    fronted = hit.noun and _in_first_constituent(s, hit)
    for j in range(start + 1, len(toks) - 1):
        if toks[j].text != "," or j in s.blocked:
            continue
        nxt = toks[j + 1].text
        if nxt in lex.verbs_bare or nxt in lex.verbs_joined:
            return j
        if fronted and nxt.islower() and nxt.isalpha() and not is_function_word(nxt):
            return j
    return len(toks)


def _better(old: CueHit, new: CueHit) -> bool:
    """A content clause belongs to a cue noun that follows the cue verb
    ("wiederholt seine Vorwürfe, …"), else to the first cue verb ("betonte
    wiederholt, …"; "In einer Erklärung betonten sie, …")."""
    if new.noun:
        return old.noun or new.index > old.index
    return old.noun and old.index < new.index


def _pick(s: Sentence, hits: list[CueHit]) -> dict[int, CueHit]:
    """One cue per content clause, keyed by where the clause starts."""
    chosen: dict[int, CueHit] = {}
    for hit in hits:
        start = complement_start(s, hit)
        if start is None:
            continue
        old = chosen.get(start)
        if old is None or _better(old, hit):
            chosen[start] = hit
    return chosen


def after_cues(text: str, s: Sentence, hits: list[CueHit]) -> list[Found]:
    found = []
    for start, hit in _pick(s, hits).items():
        cue, stop = (hit.index, hit.end), _content_stop(s, start, hit)
        f = _found(text, s, (start, stop), cue, speaker_of(s.tokens, hit), 0)
        if f is not None:
            found.append(f)
    return found


def _wie_clause(text: str, s: Sentence, hit: CueHit) -> Found | None:
    """"Wie X sagte, …" and "…, wie X sagte"."""
    toks = s.tokens
    start = clause_start(toks, hit.index)
    if toks[start].text not in ("wie", "Wie") or start + 1 >= hit.index:
        return None
    who = phrase_at(toks, start + 1)
    cue = (hit.index, hit.end)
    if start == 0:
        comma = clause_end(toks, hit.index, len(toks))
        return _found(text, s, (comma + 1, len(toks)), cue, who, 2) if comma < len(toks) else None
    if toks[start - 1].text == ",":
        return _found(text, s, (0, start - 1), cue, who, 2)
    return None


def _verb_like(word: str) -> bool:
    """Could `word` be a verb? Lower case, and no preposition, article or adverb."""
    words = load_lexicon().words
    if not (word.isalpha() and word.islower()) or word in words.determiners:
        return False
    return word in words.auxiliaries or not is_function_word(word)


def _reportable(s: Sentence, hit: CueHit) -> bool:
    """Is the text before a postposed cue a clause it can report? Not a fronted
    subordinate clause or a date ("Am Sonntag, 15. März, verkündete er"), not
    before a colon; and in the subjunctive unless the cue just says something."""
    toks, words = s.tokens, load_lexicon().words
    before = toks[: hit.index - 1]
    if toks[0].text.lower() in words.subordinators:
        return False
    if any(t.text == ":" for t in toks[hit.index : clause_end(toks, hit.index, len(toks)) + 1]):
        return False
    if not any(_verb_like(t.text) for t in before):
        return False
    return hit.kind in ("assertive", "question") or any(is_subjunctive(t) for t in before[1:])


def before_cues(text: str, s: Sentence, hits: list[CueHit]) -> list[Found]:
    """Content before a postposed cue verb: "Die Lage sei ernst, sagte der Minister"."""
    found = []
    toks = s.tokens
    for hit in hits:
        if hit.noun:
            continue
        f = _wie_clause(text, s, hit)
        postposed = (
            "post" in hit.frames
            and hit.index > 2
            and toks[hit.index - 1].text == ","
            and _reportable(s, hit)
        )
        # "hieß es": a subject must follow, though "es" names no speaker
        if f is None and postposed and subject_after(toks, hit.index, len(toks)) is not None:
            who = subject_after_cue(toks, hit.index)
            f = _found(text, s, (0, hit.index - 1), (hit.index, hit.end), who, 2)
        if f is not None:
            found.append(f)
    return found


Frame = tuple[TokenSpan, TokenSpan, TokenSpan | None]  # frame, cue, speaker tokens


def _frame(s: Sentence, i: int) -> Frame | None:
    """The source frame at token `i`, if one starts or ends there."""
    toks, lex = s.tokens, load_lexicon()
    word = toks[i].text
    if word in lex.frame_words["laut"]:
        end = np_end(toks, i + 1)
        return ((i, end), (i, i + 1), phrase_at(toks, i + 1)) if end is not None else None
    if word in lex.frame_words["zufolge"]:
        start = np_start_before(toks, i)
        if start is None:
            return None
        return ((start, i + 1), (i, i + 1), real_speaker(toks, (start, i)))
    if word in lex.frame_words["so"] and i > 0 and toks[i - 1].text == ",":
        return _so_frame(s, i)
    if word in lex.frame_words["nach"]:
        return _nach_frame(s, i)
    return None


def _so_frame(s: Sentence, i: int) -> Frame | None:
    """"…, so der Minister." at the end, or inserted: "Man müsse, so X, …",
    "Die Verhandlungen, so heißt es, stünden …"."""
    toks = s.tokens
    end = np_end(toks, i + 1)
    if end is None:
        return _so_cue_frame(s, i)
    who = phrase_at(toks, i + 1)
    if end < len(toks) and toks[end].text == ",":
        return ((i - 1, end + 1), (i, i + 1), who)
    rest = [t for t in toks[end:] if t.text not in ".!?"]
    if len(rest) <= 4 and not any(t.text == "," for t in rest):
        return ((i - 1, len(toks)), (i, i + 1), who)
    return None


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
    """"nach (eigenen) Angaben (von X | der X | Xs)"."""
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
    if k < len(toks) and toks[k].text in ("von", "vom"):
        k += 1
    who = phrase_at(toks, k) if k < len(toks) else None
    if who is not None and toks[k].text.lower() not in ("des", "der") and toks[k - 1].text not in (
        "von",
        "vom",
    ):
        who = who if toks[k].text.endswith("s") else None
    end = who[1] if who is not None else j + 1
    return ((i, end), (i, j + 1), who)


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
            f = _found(text, s, (after, len(toks)), cue, who, 1)
        elif last >= len(toks) or all(t.text in ".!?" for t in toks[last:]):
            f = _found(text, s, (0, first), cue, who, 1)
        else:
            f = _found(text, s, (0, len(toks)), cue, who, 1)
        if f is not None:
            found.append(f)
    return found


def indirect_speech(text: str, s: Sentence, hits: list[CueHit]) -> list[Found]:
    """Every indirect-speech candidate of one sentence (may overlap; detect merges)."""
    return after_cues(text, s, hits) + before_cues(text, s, hits) + frames(text, s)
