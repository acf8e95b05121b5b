"""Sentence bounds and tense/modality cues: which side of the anchor a date lies on.

Works on plain text (cue words from `data/timex/cues.yaml`); when a spaCy Doc
of the same text is given, its sentences and verb morphology add evidence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from lagebild.timex.arith import Direction
from lagebild.timex.lexicon import TimexLexicon, alternation

# A sentence ends at . ! ? followed by space and an upper-case letter or a quote,
# unless the dot closes a number (ordinal "9. November") or a one-letter/short
# abbreviation; every line break ends one too (scrapes put captions on lines).
_SENTENCE_END = re.compile(r"(?<!\d)(?<!\b\w)[.!?…][\"“”»«)]*\s+(?=[A-ZÄÖÜ„\"»«(])|\n+")

# Distance (in characters) at which a cue counts half as much as an adjacent one.
_HALF_DISTANCE = 25.0


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    weight: float  # > 0 future, < 0 past


class TenseContext:
    """Answers `direction(start, end)` for any span of one text."""

    def __init__(self, text: str, lexicon: TimexLexicon, doc: Any = None) -> None:
        self.text = text
        self.sentences = _doc_sentences(doc) or split_sentences(text)
        self._starts = [s for s, _ in self.sentences]
        self.cues = sorted(_text_cues(text, lexicon) + _doc_cues(doc), key=lambda c: c.start)

    def sentence_of(self, position: int) -> tuple[int, int]:
        index = max(0, bisect.bisect_right(self._starts, position) - 1)
        return self.sentences[index] if self.sentences else (0, len(self.text))

    def score(self, start: int, end: int) -> float:
        """Sum of cue weights in the sentence, each decayed by its distance to the span."""
        s_start, s_end = self.sentence_of(start)
        total = 0.0
        for cue in self.cues:
            if cue.start < s_start or cue.end > s_end:
                continue
            distance = max(0, start - cue.end, cue.start - end)
            total += cue.weight / (1.0 + distance / _HALF_DISTANCE)
        return total

    def direction(self, start: int, end: int) -> Direction:
        # News reports the past: without a future cue, a bare date lies before the anchor.
        return "future" if self.score(start, end) > 0 else "past"


def split_sentences(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.start() > start:
            spans.append((start, match.end()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans or [(0, len(text))]


@lru_cache(maxsize=8)
def _cue_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + alternation(words) + r"(?!\w)", re.IGNORECASE)


def _text_cues(text: str, lexicon: TimexLexicon) -> list[Cue]:
    cues = lexicon.cues
    found: list[Cue] = []
    lists = (
        (cues.future, 1.0),
        (cues.past, -1.0),
        (tuple(cues.weak_future), 0.5),
        (tuple(cues.weak_past), -0.5),
    )
    for words, weight in lists:
        if words:
            for match in _cue_regex(words).finditer(text):
                found.append(Cue(match.start(), match.end(), weight))
    return found


def _doc_sentences(doc: Any) -> list[tuple[int, int]]:
    try:
        if not doc.has_annotation("SENT_START"):
            return []
        return [(s.start_char, s.end_char) for s in doc.sents]
    except (AttributeError, ValueError):
        return []


def _doc_cues(doc: Any) -> list[Cue]:
    """Finite verbs in the preterite count as past cues (spaCy morphology, if any)."""
    cues: list[Cue] = []
    try:
        for token in doc:
            morph = token.morph
            finite_past = "Past" in morph.get("Tense") and "Fin" in morph.get("VerbForm")
            if token.pos_ in ("VERB", "AUX") and finite_past:
                cues.append(Cue(token.idx, token.idx + len(token.text), -1.0))
    except (AttributeError, TypeError):
        return []
    return cues
