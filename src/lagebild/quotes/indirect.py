"""Indirect speech in one sentence: what follows a cue (dass-, ob- and
subjunctive clauses), what precedes a postposed cue ("…, sagte er", "…, so X",
"…, wie X sagte"), and what a source frame attributes ("laut X", "X zufolge",
"nach Angaben von X")."""

from __future__ import annotations

from lagebild.quotes.context import Found, Sentence, content_end
from lagebild.quotes.cues import CueHit
from lagebild.quotes.grammar import clause_end, np_end, subject_after, subjunctive_clause
from lagebild.quotes.lexicon import load_lexicon
from lagebild.quotes.speakers import (
    TokenSpan,
    clause_start,
    phrase_at,
    phrase_before,
    speaker_of,
)


def _found(
    text: str, s: Sentence, first: int, last: int, cue: TokenSpan | None, who: TokenSpan | None
) -> Found | None:
    """Indirect speech over tokens [first, last) of `s`, or None if it is empty."""
    if first >= last or first in s.blocked:
        return None
    start, end = s.tokens[first].start, content_end(text, s.tokens[first].start, s.char(last))
    if end - start < 8:
        return None
    return Found(start, end, "indirect", s.index, s.char_span(cue), s.char_span(who))


def complement_start(s: Sentence, hit: CueHit) -> int | None:
    """Token index where the content clause after a cue starts, or None."""
    toks, frames = s.tokens, hit.frames
    comma = clause_end(toks, hit.end - 1, len(toks))
    if comma >= len(toks) - 1 or toks[comma].text != ",":
        return None
    c, lex = comma + 1, load_lexicon()
    low = toks[c].text.lower()
    if low in lex.frame_words["dass"] and "dass" in frames:
        return c
    if low in lex.frame_words["ob"] and "ob" in frames and not hit.noun:
        return c
    if "konj" in frames and subjunctive_clause(toks, c, len(toks), strict=False):
        return c
    return None


def _pick(s: Sentence, hits: list[CueHit]) -> dict[int, CueHit]:
    """One cue per content clause: a noun right before the comma, else the first verb."""
    chosen: dict[int, CueHit] = {}
    for hit in hits:
        start = complement_start(s, hit)
        if start is None:
            continue
        old = chosen.get(start)
        if old is None or (hit.noun and hit.index == start - 2):
            chosen[start] = hit
    return chosen


def after_cues(text: str, s: Sentence, hits: list[CueHit]) -> list[Found]:
    found = []
    for start, hit in _pick(s, hits).items():
        cue = (hit.index, hit.end)
        f = _found(text, s, start, len(s.tokens), cue, speaker_of(s.tokens, hit))
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
        return _found(text, s, comma + 1, len(toks), cue, who) if comma < len(toks) else None
    if toks[start - 1].text == ",":
        return _found(text, s, 0, start - 1, cue, who)
    return None


def before_cues(text: str, s: Sentence, hits: list[CueHit]) -> list[Found]:
    """Content before a postposed cue verb: "Die Lage sei ernst, sagte der Minister"."""
    found = []
    toks = s.tokens
    for hit in hits:
        if hit.noun:
            continue
        f = _wie_clause(text, s, hit)
        if f is None and "post" in hit.frames and hit.index > 2 and toks[hit.index - 1].text == ",":
            who = subject_after(toks, hit.index, len(toks))
            if who is not None:
                f = _found(text, s, 0, hit.index - 1, (hit.index, hit.end), who)
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
        who = phrase_before(toks, i)
        return ((who[0], i + 1), (i, i + 1), who) if who is not None else None
    if word in lex.frame_words["so"] and i > 0 and toks[i - 1].text == ",":
        end = np_end(toks, i + 1)
        rest = [t for t in toks[end or 0 :] if t.text not in ".!?"]
        if end is not None and len(rest) <= 4 and not any(t.text == "," for t in rest):
            return ((i - 1, len(toks)), (i, i + 1), phrase_at(toks, i + 1))
    if word in lex.frame_words["nach"]:
        return _nach_frame(s, i)
    return None


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
            f = _found(text, s, after, len(toks), cue, who)
        elif last >= len(toks) or all(t.text in ".!?" for t in toks[last:]):
            f = _found(text, s, 0, first, cue, who)
        else:
            f = _found(text, s, 0, len(toks), cue, who)
        if f is not None:
            found.append(f)
    return found


def indirect_speech(text: str, s: Sentence, hits: list[CueHit]) -> list[Found]:
    """Every indirect-speech candidate of one sentence (may overlap; detect merges)."""
    return after_cues(text, s, hits) + before_cues(text, s, hits) + frames(text, s)
