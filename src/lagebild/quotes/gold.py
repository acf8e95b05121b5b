"""Reads an annotated quote set (YAML) into offsets, and scores predictions on it.

The file format is described at the top of `tests/resources/quotes/annotated.yaml`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from lagebild.errors import ConfigError
from lagebild.evaluation import Counts
from lagebild.quotes.records import QuoteMatch

KINDS = ("direct", "indirect", "partial")


@dataclass(frozen=True)
class GoldQuote:
    start: int
    end: int
    kind: str
    cue: str | None
    speaker: str | None


@dataclass(frozen=True)
class GoldText:
    id: str
    text: str
    quotes: tuple[GoldQuote, ...]


def _locate(text: str, needle: str, nth: int, where: str) -> int:
    start = -1
    for _ in range(nth + 1):
        start = text.find(needle, start + 1)
        if start < 0:
            raise ConfigError("E402", path=where, detail=f"not in text: {needle!r}")
    return start


def load_gold(path: Path) -> list[GoldText]:
    raw = yaml.safe_load(path.read_text("utf-8"))
    texts = []
    for item in raw["texts"]:
        text = item["text"]
        quotes = []
        for q in item["quotes"]:
            if q["kind"] not in KINDS:
                raise ConfigError("E402", path=str(path), detail=f"{item['id']}: kind {q['kind']}")
            start = _locate(text, q["text"], q.get("nth", 0), f"{path}:{item['id']}")
            quotes.append(
                GoldQuote(start, start + len(q["text"]), q["kind"], q.get("cue"), q.get("speaker"))
            )
        texts.append(GoldText(item["id"], text, tuple(quotes)))
    return texts


def _same_surface(predicted: str | None, gold: str | None) -> bool:
    if predicted is None or gold is None:
        return predicted is gold
    p, g = predicted.casefold().strip(), gold.casefold().strip()
    return p in g or g in p


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass
class Scores:
    exact: dict[str, Counts]
    overlap: dict[str, Counts]
    speaker_right: int = 0
    cue_right: int = 0
    matched: int = 0

    @classmethod
    def empty(cls) -> Scores:
        return cls({k: Counts() for k in KINDS}, {k: Counts() for k in KINDS})


def _count(
    counts: dict[str, Counts], gold: Iterable[GoldQuote], predicted: list[QuoteMatch], exact: bool
) -> list[tuple[GoldQuote, QuoteMatch]]:
    pairs: list[tuple[GoldQuote, QuoteMatch]] = []
    free = list(predicted)
    for g in gold:
        hit = next(
            (
                p
                for p in free
                if p.kind == g.kind
                and (p.span == (g.start, g.end) if exact else _overlap(p.span, (g.start, g.end)))
            ),
            None,
        )
        if hit is None:
            counts[g.kind].fn += 1
            continue
        free.remove(hit)
        counts[g.kind].tp += 1
        pairs.append((g, hit))
    for p in free:
        counts[p.kind].fp += 1
    return pairs


def score(
    scores: Scores, gold: GoldText, predicted: list[QuoteMatch]
) -> list[tuple[GoldQuote, QuoteMatch]]:
    """Adds one text's counts: exact and overlapping spans per kind, speaker and cue.
    Returns the pairs whose speaker or cue is wrong."""
    _count(scores.exact, gold.quotes, predicted, exact=True)
    wrong = []
    for g, p in _count(scores.overlap, gold.quotes, predicted, exact=False):
        scores.matched += 1
        speaker = _same_surface(p.speaker_text, g.speaker)
        cue = _same_surface(p.quote.cue, g.cue)
        scores.speaker_right += speaker
        scores.cue_right += cue
        if not (speaker and cue):
            wrong.append((g, p))
    return wrong
