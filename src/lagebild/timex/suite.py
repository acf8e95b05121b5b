"""The news-style test suite (tests/resources/timex/suite.yaml): load it and score the tagger.

A case is a sentence, its anchor date and the expressions expected in it, each
with its exact text, type and value. A case with `expect: []` expects nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from lagebild.timex.tagger import tag

SUITE_PATH = Path(__file__).resolve().parents[3] / "tests" / "resources" / "timex" / "suite.yaml"


@dataclass(frozen=True)
class Expected:
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class Case:
    sentence: str
    anchor: date
    expected: tuple[Expected, ...]
    form: str = ""


@dataclass
class SuiteResult:
    items: int = 0
    correct: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.items if self.items else 0.0


def load_suite(path: Path = SUITE_PATH) -> list[Case]:
    raw = yaml.safe_load(path.read_text("utf-8"))
    cases = []
    for item in raw["cases"]:
        anchor = item["anchor"]
        expected = tuple(Expected(e["text"], e["type"], str(e["value"])) for e in item["expect"])
        cases.append(
            Case(
                item["sentence"],
                anchor if isinstance(anchor, date) else date.fromisoformat(str(anchor)),
                expected,
                item.get("form", ""),
            )
        )
    return cases


def score_case(case: Case, result: SuiteResult) -> None:
    """Each expected expression is one item; a case that expects nothing is one item too."""
    found = {(e.text, e.type, e.value) for e in tag(case.sentence, case.anchor)}
    if not case.expected:
        result.items += 1
        if found:
            result.failures.append(f"{case.sentence!r}: expected nothing, got {sorted(found)}")
        else:
            result.correct += 1
        return
    for expected in case.expected:
        result.items += 1
        if (expected.text, expected.type, expected.value) in found:
            result.correct += 1
        else:
            result.failures.append(
                f"{case.sentence!r} @{case.anchor}: expected {expected}, got {sorted(found)}"
            )


def score_suite(cases: list[Case]) -> SuiteResult:
    result = SuiteResult()
    for case in cases:
        score_case(case, result)
    return result
