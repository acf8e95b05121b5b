"""Choose the fuzzy-match thresholds: precision and recall on pairs of names.

`data/actors/name_pairs.csv` holds spellings of one person's name (same=1: Selenskyj /
Zelenskyy) and look-alike names of different people (same=0: Tokajew / Tokarew). A pair is
predicted "same" when the similarity of the phonetic keys reaches the threshold; single
words (surnames) and full names are scored apart because they get separate thresholds.

    python -m lagebild.actors.name_eval        # prints the table in docs/actors.md
    lagebild eval actor-names                  # the same through the eval framework
"""

from __future__ import annotations

import csv
import io
import sys
from dataclasses import dataclass

from lagebild.actors.names import name_key, similarity
from lagebild.actors.reviewed import read_text
from lagebild.evaluation import Counts, EvalOptions, EvalReport, ScoreRow, evaluator

THRESHOLDS = (0.70, 0.75, 0.80, 0.85, 0.88, 0.90, 0.92, 0.95, 1.00)


@dataclass(frozen=True, slots=True)
class Pair:
    a: str
    b: str
    same: bool

    @property
    def single(self) -> bool:
        return " " not in self.a.strip() and " " not in self.b.strip()


def load_pairs() -> list[Pair]:
    lines = [ln for ln in read_text("name_pairs.csv").splitlines() if not ln.startswith("#")]
    return [
        Pair(row["a"], row["b"], row["same"].strip() == "1")
        for row in csv.DictReader(io.StringIO("\n".join(lines)), delimiter=";")
    ]


def counts_at(pairs: list[Pair], threshold: float) -> Counts:
    counts = Counts()
    for pair in pairs:
        predicted = similarity(pair.a, pair.b) >= threshold
        if predicted and pair.same:
            counts.tp += 1
        elif predicted:
            counts.fp += 1
        elif pair.same:
            counts.fn += 1
    return counts


def exact_key_counts(pairs: list[Pair]) -> Counts:
    """The normalisation alone: same phonetic key, no fuzzy part."""
    counts = Counts()
    for pair in pairs:
        predicted = name_key(pair.a) == name_key(pair.b)
        counts.tp += predicted and pair.same
        counts.fp += predicted and not pair.same
        counts.fn += (not predicted) and pair.same
    return counts


def report() -> EvalReport:
    pairs = load_pairs()
    rows: list[ScoreRow] = []
    for group, subset in (
        ("single", [p for p in pairs if p.single]),
        ("multi", [p for p in pairs if not p.single]),
    ):
        rows.append(ScoreRow.from_counts(f"{group} key==", exact_key_counts(subset)))
        for threshold in THRESHOLDS:
            rows.append(
                ScoreRow.from_counts(f"{group} >={threshold:.2f}", counts_at(subset, threshold))
            )
    return EvalReport(
        stage="actors",
        data="lagebild/data/actors/name_pairs.csv",
        rows=rows,
        figures={
            "pairs": len(pairs),
            "same": sum(p.same for p in pairs),
            "single_word_pairs": sum(p.single for p in pairs),
        },
        notes=["similarity = names.similarity: rapidfuzz ratios of phonetic keys, word rules"],
    )


@evaluator("actor-names")
def evaluate(options: EvalOptions) -> EvalReport:
    del options  # the pairs ship with the package; ../shared is not needed
    return report()


def markdown(rep: EvalReport) -> str:
    lines = [
        "| pairs | threshold | precision | recall | F1 | same pairs |",
        "|---|---|---|---|---|---|",
    ]
    for row in rep.rows:
        group, threshold = row.label.split(" ", 1)
        lines.append(
            f"| {group} | {threshold} | {row.precision:.3f} | {row.recall:.3f} | "
            f"{row.f1:.3f} | {row.support} |"
        )
    return "\n".join(lines)


def main() -> int:
    rep = report()
    print(markdown(rep))
    print(rep.figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
