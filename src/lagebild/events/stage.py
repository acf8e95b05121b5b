"""The pipeline stage: `article.events` from the parsed article (needs the nlp stage)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lagebild.events.extract import Extractor
from lagebild.events.merge import event_key

if TYPE_CHECKING:
    from lagebild.pipeline import AnalysisState


class EventsStage:
    """Sets `article.events`; the unmerged mentions go to `state.extras["event_mentions"]`.

    Without a Doc of the article's text (no nlp stage) it sets no events.
    """

    name = "events"

    def __init__(self, extractor: Extractor | None = None) -> None:
        self._extractor = extractor

    @property
    def extractor(self) -> Extractor:
        if self._extractor is None:
            self._extractor = Extractor()
        return self._extractor

    def run(self, state: AnalysisState) -> None:
        article = state.require_article
        doc = state.doc
        if doc is None or doc.text != article.text:
            return
        merged = self.extractor.merged(article, doc)
        from lagebild.events.extract import to_event

        published = article.published.value if article.published else None
        events = [to_event(m, article.text) for m in merged]
        for event, group in zip(events, merged, strict=True):
            # Reports of one happening in other articles share this key (GDELT's counts).
            event.key = event_key(
                event.type, event.source, event.target, event.date or published, group.reciprocal
            )
        article.events = events
        state.extras["event_mentions"] = [m for e in merged for m in e.mentions]
