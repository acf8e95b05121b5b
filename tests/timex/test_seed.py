"""The worked example: its times table and its inferred publication date, exactly."""

from __future__ import annotations

from datetime import date

from lagebild.article import ArticleStage
from lagebild.ingest import document_from_content
from lagebild.pipeline import Pipeline
from lagebild.timex import TimexStage, infer_from_text, tag

TODAY = date(2026, 11, 28)
EXPECTED = [
    ("im März", "DATE", "2023-03"),
    ("am Donnerstag (9. November)", "DATE", "2023-11-09"),
    ("Am 2. März 2007", "DATE", "2007-03-02"),
    ("in den letzten Monaten", "DURATION", "PXM"),
    ("für den 23. November", "DATE", "2023-11-23"),
]


def test_seed_publication_date_is_inferred(seed_text: str) -> None:
    published = infer_from_text(seed_text, TODAY)
    assert published is not None
    assert (published.value, published.granularity, published.inferred) == (
        "2023-11-09",
        "day",
        True,
    )
    assert "Donnerstag" in published.basis and "2017, 2023, 2028" in published.basis


def test_seed_times_on_the_inferred_date(seed_text: str) -> None:
    found = [(t.text, t.type, t.value) for t in tag(seed_text, date(2023, 11, 9))]
    assert found == EXPECTED


def test_seed_through_the_pipeline(seed_text: str) -> None:
    raw = document_from_content(seed_text, uri="seed")
    article = Pipeline([ArticleStage(), TimexStage()]).run(raw, reference_date=TODAY)
    assert article.published is not None
    assert article.published.value == "2023-11-09" and article.published.inferred
    assert [(t.text, t.type, t.value) for t in article.times] == EXPECTED
    months = next(t for t in article.times if t.type == "DURATION")
    assert (months.direction, months.anchor) == ("past", "2023-11-09")
    for expr in article.times:
        assert article.text[expr.start : expr.end] == expr.text
