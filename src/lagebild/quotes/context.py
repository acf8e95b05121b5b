"""Sentences with their tokens, and the candidate record the detectors share."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lagebild.quotes.marks import QuotedSpan
from lagebild.quotes.text import Token

_TRAILING = ".!?…;:,– \t\n"


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    tokens: tuple[Token, ...]
    blocked: frozenset[int]  # token indices inside quotation marks

    def char(self, token_index: int) -> int:
        """Start offset of a token, or the sentence end past the last one."""
        return self.tokens[token_index].start if token_index < len(self.tokens) else self.end

    def char_span(self, span: tuple[int, int] | None) -> tuple[int, int] | None:
        if span is None:
            return None
        return (self.tokens[span[0]].start, self.tokens[span[1] - 1].end)

    def token_at(self, offset: int) -> int:
        """Index of the first token starting at or after `offset`."""
        for i, token in enumerate(self.tokens):
            if token.start >= offset:
                return i
        return len(self.tokens)


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
        blocked = frozenset(
            i for i, t in enumerate(mine) if any(q.start < t.start < q.end - 1 for q in quoted)
        )
        sentences.append(Sentence(index, start, end, tuple(mine), blocked))
    return sentences


def content_end(text: str, start: int, end: int) -> int:
    """`end` moved back over final punctuation and space (a closing mark stays)."""
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return end
