"""The speaker candidate of a cue: the grammatical subject near it, as a span.

Names, descriptions ("der russische Präsident") and pronouns ("Er") are all
returned as written; the actors stage resolves them. Expletive "es" and
generic "man" give no speaker, nor does a source noun such as "Berichten".
"""

from __future__ import annotations

from collections.abc import Sequence

from lagebild.quotes.cues import CueHit
from lagebild.quotes.grammar import (
    finite_slot,
    is_nominative_start,
    np_end,
    np_start_before,
    skip_constituent,
    subject_after,
)
from lagebild.quotes.lexicon import load_lexicon
from lagebild.quotes.text import Token

TokenSpan = tuple[int, int]  # token indices [start, end)
_SUBORDINATE = frozenset({"wie", "als", "nachdem", "dass", "während", "weil", "ob", "bevor"})


def _real(tokens: Sequence[Token], span: TokenSpan | None) -> TokenSpan | None:
    if span is None:
        return None
    words = load_lexicon().words
    first = tokens[span[0]].text
    if span[1] - span[0] == 1 and first.lower() in words.expletive_pronouns:
        return None
    if tokens[span[1] - 1].text in words.non_speakers:
        return None
    return span


def clause_start(tokens: Sequence[Token], i: int) -> int:
    """Index after the last clause break before `i`."""
    j = i
    while j > 0 and tokens[j - 1].text not in {",", ";", ":", "“", "”", "«", "»", '"', "–"}:
        j -= 1
    return j


def _subject_around(tokens: Sequence[Token], start: int, pivot: int, stop: int) -> TokenSpan | None:
    """Subject of a verb-second clause whose finite verb is at `pivot`."""
    if start < pivot and skip_constituent(tokens, start) == pivot:
        end = np_end(tokens, start)
        if end == pivot and is_nominative_start(tokens[start]):
            return (start, end)
    return subject_after(tokens, pivot, stop)


def verb_speaker(tokens: Sequence[Token], hit: CueHit) -> TokenSpan | None:
    start = clause_start(tokens, hit.index)
    words = load_lexicon().words
    if start < hit.index and tokens[start].text.lower() in _SUBORDINATE:
        end = np_end(tokens, start + 1)
        return _real(tokens, (start + 1, end)) if end is not None else None
    pivot = hit.index
    for j in range(start, hit.index):
        if tokens[j].text in words.auxiliaries and j > start:
            pivot = j
            break
    return _real(tokens, _subject_around(tokens, start, pivot, len(tokens)))


def noun_speaker(tokens: Sequence[Token], hit: CueHit) -> TokenSpan | None:
    """"die Vorwürfe Moskaus", "die Forderung der Opposition", or the clause subject."""
    j = hit.index + 1
    if j < len(tokens):
        if tokens[j].text in ("des", "der", "von", "vom"):
            start = j if tokens[j].text in ("des", "der") else j + 1
            end = np_end(tokens, start)
            if end is not None:
                return _real(tokens, (start, end))
        end = np_end(tokens, j, genitive=False)
        if end is not None and tokens[j].text[:1].isupper() and tokens[j].text.endswith("s"):
            return _real(tokens, (j, end))
    start = clause_start(tokens, hit.index)
    slot = finite_slot(tokens, start, hit.index)
    if slot is None:
        return None
    return _real(tokens, _subject_around(tokens, start, slot, hit.index))


def speaker_of(tokens: Sequence[Token], hit: CueHit) -> TokenSpan | None:
    return noun_speaker(tokens, hit) if hit.noun else verb_speaker(tokens, hit)


def phrase_before(tokens: Sequence[Token], end: int) -> TokenSpan | None:
    """"Dem Bericht zufolge": the noun phrase that ends at `end`."""
    start = np_start_before(tokens, end)
    return _real(tokens, (start, end)) if start is not None else None


def phrase_at(tokens: Sequence[Token], start: int) -> TokenSpan | None:
    end = np_end(tokens, start)
    return _real(tokens, (start, end)) if end is not None else None
