"""Span matching for the evaluations: strict, strict without leading prepositions, overlap."""

from __future__ import annotations

import re
from collections.abc import Sequence

from lagebild.evaluation import Counts

Span = tuple[int, int]

# Function words that TIMEX3 guidelines leave outside the tag but our spans keep
# ("am Montag", "für den 23. November"): compared without them in the "core" mode.
_LEAD = re.compile(
    r"(?:(?:am|im|vom|von|zum|zur|bis|seit|ab|für|an|um|gegen|in|den|dem|der|die|das|des)\s+)+",
    re.IGNORECASE,
)


def core(text: str, span: Span) -> Span:
    start, end = span
    found = _LEAD.match(text, start, end)
    return (found.end(), end) if found and found.end() < end else span


def match(gold: Sequence[Span], pred: Sequence[Span], mode: str, text: str = "") -> list[Span]:
    """One-to-one pairs (gold index, predicted index); mode is strict, core or overlap."""
    if mode == "core":
        gold = [core(text, g) for g in gold]
        pred = [core(text, p) for p in pred]
    pairs: list[Span] = []
    used: set[int] = set()
    for gi, (gs, ge) in enumerate(gold):
        for pi, (ps, pe) in enumerate(pred):
            if pi in used:
                continue
            same = (gs, ge) == (ps, pe) if mode != "overlap" else gs < pe and ps < ge
            if same:
                pairs.append((gi, pi))
                used.add(pi)
                break
    return pairs


def counts(n_gold: int, n_pred: int, n_pairs: int) -> Counts:
    return Counts(tp=n_pairs, fp=n_pred - n_pairs, fn=n_gold - n_pairs)
