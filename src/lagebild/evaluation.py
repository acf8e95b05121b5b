"""The one evaluation framework: every stage reports P/R/F1 rows and figures.

A stage registers an evaluator with `@evaluator("name")`; `lagebild eval NAME`
runs it on the annotated data under `../shared` (or `--shared PATH`) and prints
the report. Evaluators return an `EvalReport`; nothing else is stage-specific.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, Field


@dataclass
class Counts:
    """True positives, false positives and false negatives for one label."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


class ScoreRow(BaseModel):
    label: str
    precision: float
    recall: float
    f1: float
    support: int

    @classmethod
    def from_counts(cls, label: str, counts: Counts) -> ScoreRow:
        return cls(
            label=label,
            precision=round(counts.precision, 4),
            recall=round(counts.recall, 4),
            f1=round(counts.f1, 4),
            support=counts.tp + counts.fn,
        )


class EvalReport(BaseModel):
    """What an evaluator returns: P/R/F1 rows, other figures, and notes."""

    stage: str
    data: str
    rows: list[ScoreRow] = Field(default_factory=list)
    figures: dict[str, float | int | str] = Field(default_factory=dict)
    notes: list[str] = Field(default_factory=list)


@dataclass
class EvalOptions:
    shared: Path
    limit: int | None = None
    verbose: bool = False
    extra: dict[str, str] = field(default_factory=dict)


Evaluator = Callable[[EvalOptions], EvalReport]
_EVALUATORS: dict[str, Evaluator] = {}


def evaluator(name: str) -> Callable[[Evaluator], Evaluator]:
    def register(fn: Evaluator) -> Evaluator:
        _EVALUATORS[name] = fn
        return fn

    return register


def available() -> dict[str, Evaluator]:
    """Every registered evaluator; importing the stage modules registers them."""
    import lagebild.eval_registry  # noqa: F401  (side effect: registration)

    return dict(_EVALUATORS)
