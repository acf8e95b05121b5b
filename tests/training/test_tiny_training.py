"""The training path end to end on a few hundred sentences: convert, train, assemble, evaluate.

It proves `make model` works (not that the model is good): CI cannot train the full model.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import spacy

import lagebild.nlp.components  # noqa: F401  (the model uses our registered component)
from lagebild.nlp.evaluate import evaluate_model

REPO = Path(__file__).resolve().parents[2]


def test_tiny_pipeline_trains_and_evaluates(shared_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "model"
    command = [
        sys.executable, str(REPO / "training" / "train.py"),
        "--shared", str(shared_dir),
        "--corpus", str(tmp_path / "corpus"),
        "--runs", str(tmp_path / "runs"),
        "--out", str(out),
        "--limit", "200", "--max-steps", "10", "--no-vectors", "--no-eval",
    ]  # fmt: skip
    subprocess.run(command, check=True, capture_output=True, timeout=600)
    nlp = spacy.load(out)
    assert nlp.pipe_names == [
        "tok2vec", "tagger", "morphologizer", "parser", "lagebild_case_from_deps_v1",
        "trainable_lemmatizer", "ner",
    ]  # fmt: skip
    assert set(nlp.get_pipe("ner").labels) == {"PER", "LOC", "ORG", "MISC"}
    report = evaluate_model(nlp, shared_dir, limit=20)
    assert report.figures["ner_sentences"] == 20
    assert {row.label for row in report.rows} >= {"PER", "LOC", "ORG", "MISC", "ALL"}
    for key in ("pos_acc", "morph_acc", "case_acc", "lemma_acc", "dep_las", "sents_f"):
        assert 0.0 <= float(report.figures[key]) <= 1.0
