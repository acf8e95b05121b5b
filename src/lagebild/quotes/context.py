"""Sentences with their tokens, and the candidate record the detectors share."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from lagebild.quotes.cues import CueHit, find_cues
from lagebild.quotes.marks import QuotedSpan
from lagebild.quotes.records import CharSpan
from lagebild.quotes.text import Token

_TRAILING = ".!?…;:,– \t\n"


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    tokens: tuple[Token, ...]
    blocked: frozenset[int]  # token indices inside quotation marks

    @cached_property
    def hits(self) -> list[CueHit]:
        """The cues of this sentence outside quotation marks, found once."""
        return find_cues(self.tokens, self.blocked)

    @cached_property
    def starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    def char(self, token_index: int) -> int:
        """Start offset of a token, or the sentence end past the last one."""
        return self.tokens[token_index].start if token_index < len(self.tokens) else self.end

    def char_span(self, span: tuple[int, int] | None) -> tuple[int, int] | None:
        if span is None:
            return None
        return (self.tokens[span[0]].start, self.tokens[span[1] - 1].end)

    def token_at(self, offset: int) -> int:
        """Index of the first token starting at or after `offset`."""
        return bisect.bisect_left(self.starts, offset)


@dataclass
class Found:
    """A quote candidate in character offsets."""

    start: int
    end: int
    kind: str
    sentence: int
    cue: tuple[int, int] | None = None
    speaker: tuple[int, int] | None = None
    headline: bool = False
    # Which reading wins where indirect candidates overlap: 0 content after a
    # cue, 1 a source frame, 2 content before a postposed cue, 3 continuation.
    priority: int = 0
    # Context for the partial quotes inside it, never reported itself ("die Stadt
    # ist laut X »ein Zentrum«": the frame covers the quote, not the clause).
    context_only: bool = False


def build_sentences(
    spans: Sequence[tuple[int, int]], tokens: Sequence[Token], quoted: Sequence[QuotedSpan]
) -> list[Sentence]:
    sentences: list[Sentence] = []
    k = 0
    for index, (start, end) in enumerate(spans):
        while k < len(tokens) and tokens[k].start < start:
            k += 1
        mine: list[Token] = []
        while k < len(tokens) and tokens[k].end <= end:
            mine.append(tokens[k])
            k += 1
        sentences.append(Sentence(index, start, end, tuple(mine), _blocked(mine, quoted)))
    return sentences


def _blocked(tokens: list[Token], quoted: Sequence[QuotedSpan]) -> frozenset[int]:
    """Indices of the tokens strictly inside a quote (its marks excluded)."""
    if not tokens:
        return frozenset()
    starts = [t.start for t in tokens]
    first, last = tokens[0].start, tokens[-1].end
    inside: set[int] = set()
    for q in quoted:
        if q.end <= first or q.start >= last:
            continue
        lo = bisect.bisect_right(starts, q.start)
        hi = bisect.bisect_left(starts, q.end - 1)
        inside.update(range(lo, hi))
    return frozenset(inside)


def content_end(text: str, start: int, end: int) -> int:
    """`end` moved back over final punctuation and space (a closing mark stays)."""
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return end


def indirect_found(
    text: str,
    s: Sentence,
    tokens: tuple[int, int],
    cue: tuple[int, int] | None,
    who: tuple[int, int] | None,
    priority: int,
) -> Found | None:
    """Indirect speech over `tokens` [first, last) of `s`, or None if it is empty."""
    first, last = tokens
    if first >= last or first in s.blocked:
        return None
    start, end = s.tokens[first].start, content_end(text, s.tokens[first].start, s.char(last))
    if end - start < 8:
        return None
    return Found(
        start, end, "indirect", s.index, s.char_span(cue), s.char_span(who), priority=priority
    )


@dataclass
class Work:
    """One text under analysis: its sentences and cues, and the candidates found so far."""

    text: str
    sentences: list[Sentence]
    hits: list[list[CueHit]]
    headline_spans: Sequence[CharSpan]
    indirect: list[Found] = field(default_factory=list)
    quotes: list[Found] = field(default_factory=list)
    pending: list[Found] = field(default_factory=list)  # partials waiting for context
    singles: list[Found] = field(default_factory=list)  # one quoted word, kept only in speech

    def sentence_of(self, offset: int) -> Sentence:
        i = bisect.bisect_right(self.starts, offset) - 1
        return self.sentences[max(0, i)]

    @cached_property
    def starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def is_headline(self, s: Sentence) -> bool:
        if any(a <= s.start and s.end <= b for a, b in self.headline_spans):
            return True
        line_start = self.text.rfind("\n", 0, s.start) + 1
        line_end = self.text.find("\n", s.end)
        line = self.text[line_start : len(self.text) if line_end < 0 else line_end].strip()
        bare = line.rstrip("“”\"«»'’‘ ")
        return (
            line == self.text[s.start : s.end].strip()
            and not bare.endswith((".", "!", "?", ":", ";"))
            and len(line) < 200
        )
