"""The stage wrapper: reference date choice and what it fills in."""

from __future__ import annotations

from datetime import date

from lagebild.models import Article, Published, RawDocument, Source
from lagebild.pipeline import AnalysisState
from lagebild.timex import TimexStage, anchor_of

TEXT = "Am Montag hatte der Rat getagt. Am Donnerstag, 9. November, besuchte er Astana."


def state_for(published: Published | None, reference: date | None) -> AnalysisState:
    raw = RawDocument(uri="test", format="text", content=TEXT, sha256="0" * 64)
    article = Article(
        id="0" * 16,
        source=Source(uri="test", sha256="0" * 64, format="text"),
        text=TEXT,
        published=published,
    )
    return AnalysisState(raw=raw, article=article, reference_date=reference)


def test_metadata_date_is_the_anchor_and_is_kept() -> None:
    published = Published(value="2024-01-10", granularity="day")
    state = state_for(published, date(2026, 11, 28))
    TimexStage().run(state)
    assert state.require_article.published == published
    assert state.require_article.times[0].value == "2024-01-08"  # the Monday before


def test_missing_date_is_inferred_and_used_as_anchor() -> None:
    state = state_for(None, date(2026, 11, 28))
    TimexStage().run(state)
    article = state.require_article
    assert article.published is not None and article.published.value == "2023-11-09"
    assert article.published.inferred
    assert article.times[0].value == "2023-11-06"


def test_stage_name() -> None:
    assert TimexStage.name == "timex"


def test_anchor_of() -> None:
    assert anchor_of(Published(value="2023-11-09T10:00:00+01:00")) == date(2023, 11, 9)
    assert anchor_of(Published(value="2023-11", granularity="month")) == date(2023, 11, 1)
    assert anchor_of(Published(value="unknown")) is None
    assert anchor_of(None) is None
