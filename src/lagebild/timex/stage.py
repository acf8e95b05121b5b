"""The timex stage: fills `article.times` and, when the metadata has none, `article.published`."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from lagebild.models import Published
from lagebild.timex.published import infer_publication_date
from lagebild.timex.tagger import tag

if TYPE_CHECKING:
    from lagebild.pipeline import AnalysisState


def anchor_of(published: Published | None) -> date | None:
    """The day a publication date stands for (a month or year stands for its first day)."""
    if published is None:
        return None
    value = published.value.strip()
    parts = value[:10].split("-")
    try:
        numbers = [int(p) for p in parts[:3]]
        while len(numbers) < 3:
            numbers.append(1)
        return date(numbers[0], numbers[1], numbers[2])
    except ValueError:
        return None


class TimexStage:
    name = "timex"

    def run(self, state: AnalysisState) -> None:
        article = state.require_article
        reference = anchor_of(article.published) or state.reference_date or date.today()
        if article.published is None:
            inferred = infer_publication_date(article, reference, state.doc)
            if inferred is not None:
                article.published = inferred
                reference = anchor_of(inferred) or reference
        article.times = tag(article.text, reference, state.doc)
