"""The annotated sets load, are big enough, and the detector meets its goals on
them (an eval gate: a drop below these pinned scores fails the build)."""

from pathlib import Path

from lagebild.evaluation import EvalOptions
from lagebild.quotes.evaluate import GOLD_DIR, GOLD_FILES, evaluate
from lagebild.quotes.gold import load_gold

PINNED = {"direct/exact": 0.9, "indirect/exact": 0.8, "partial/exact": 0.8}


def test_annotated_sets_hold_at_least_150_quotes_of_every_kind() -> None:
    quotes = [q for name in GOLD_FILES for t in load_gold(GOLD_DIR / name) for q in t.quotes]
    assert len(quotes) >= 150
    assert {q.kind for q in quotes} == {"direct", "indirect", "partial"}


def test_negative_passages_exist() -> None:
    texts = [t for name in GOLD_FILES for t in load_gold(GOLD_DIR / name)]
    assert sum(1 for t in texts if not t.quotes) >= 8


def test_eval_gate(tmp_path: Path) -> None:
    # an empty shared folder: the written sets only (the pages have their own gate)
    report = evaluate(EvalOptions(shared=tmp_path))
    f1 = {row.label: row.f1 for row in report.rows}
    for label, minimum in PINNED.items():
        assert f1[label] >= minimum, (label, f1[label])
    assert float(report.figures["speaker_accuracy"]) >= 0.9


def test_eval_gate_through_spacy_docs() -> None:
    """In the pipeline, sentences and tokens come from a spaCy Doc: a
    sentencizer splits at punctuation only and keeps „ with the sentence before."""
    import spacy

    from lagebild.quotes.evaluate import _rows, evaluate_files

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    scores, _ = evaluate_files([GOLD_DIR / name for name in GOLD_FILES], nlp=nlp)
    f1 = {row.label: row.f1 for row in _rows(scores)}
    for label, minimum in PINNED.items():
        assert f1[label] >= minimum, (label, f1[label])
    assert scores.speaker_right / scores.matched >= 0.9
