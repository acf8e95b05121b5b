"""Regression guard: the shipped model's held-out figures stay above conservative floors.

Floors sit well below the figures in docs/models.md (measured on the full splits);
this test evaluates on the first 300 NER and 300 UD sentences to stay fast.
It guards against a broken or badly retrained model, not against noise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.nlp import default_model_path
from lagebild.nlp.evaluate import evaluate_model

FLOORS = {
    # Measured on these subsets (model of 2026-11-28): NER F1 0.539, UPOS 0.926, STTS 0.934,
    # morphology 0.739, Case 0.833, lemma 0.943, UAS 0.806, LAS 0.727, sentences F 0.892.
    "ner_f": 0.45,
    "pos_acc": 0.88,
    "tag_acc": 0.88,
    "morph_acc": 0.68,
    "case_acc": 0.76,
    "lemma_acc": 0.90,
    "dep_uas": 0.75,
    "dep_las": 0.66,
    "sents_f": 0.82,
}


@pytest.fixture(scope="module")
def figures(shared_dir: Path) -> dict[str, float | int | str]:
    if not (default_model_path() / "config.cfg").exists():
        pytest.skip("the shipped model has not been built yet")
    return evaluate_model("default", shared_dir, limit=300).figures


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_heldout_figure_above_floor(figures: dict[str, float | int | str], name: str) -> None:
    assert float(figures[name]) >= FLOORS[name], f"{name} = {figures[name]}"
