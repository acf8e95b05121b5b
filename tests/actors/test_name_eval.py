"""The threshold evaluation and its gate: the chosen thresholds keep their measured quality."""

from __future__ import annotations

from pathlib import Path

from lagebild.actors.name_eval import counts_at, load_pairs, markdown, report
from lagebild.actors.thresholds import FUZZY_MULTI_WORD, FUZZY_SINGLE_WORD
from lagebild.evaluation import EvalOptions, available


def test_pairs_cover_both_classes() -> None:
    pairs = load_pairs()
    assert sum(p.same for p in pairs) >= 100
    assert sum(not p.same for p in pairs) >= 60


def test_chosen_thresholds_hold_their_scores() -> None:
    pairs = load_pairs()
    single = counts_at([p for p in pairs if p.single], FUZZY_SINGLE_WORD)
    multi = counts_at([p for p in pairs if not p.single], FUZZY_MULTI_WORD)
    assert single.precision >= 0.98 and single.recall >= 0.93
    assert multi.precision >= 0.99 and multi.recall >= 0.95


def test_report_and_registration() -> None:
    rep = report()
    assert rep.rows and rep.figures["pairs"] == len(load_pairs())
    assert markdown(rep).startswith("| pairs |")
    assert "actor-names" in available()
    assert available()["actor-names"](EvalOptions(shared=Path("."))).rows
