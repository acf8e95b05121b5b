"""The pipeline object: runs the stages that exist, in order, on one document.

A stage is anything with a `name` and a `run(state)` method that reads what
earlier stages put into the `AnalysisState` and adds its own part. Data flows
one way: a stage never changes what an earlier stage produced, it only adds.
The article records which stages ran in `article.pipeline`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from lagebild.article import ArticleStage
from lagebild.errors import LagebildError
from lagebild.ingest import document_from_content
from lagebild.models import Article, ErrorRecord, RawDocument

if TYPE_CHECKING:
    from lagebild.actors.link import KnownSource


@dataclass
class AnalysisState:
    """Everything known about one document while the stages run."""

    raw: RawDocument
    article: Article | None = None
    # The spaCy Doc of `article.text`, set by the nlp stage when it exists.
    doc: Any = None
    # Anchor for relative dates when the article has no publication date.
    reference_date: date | None = None
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def require_article(self) -> Article:
        if self.article is None:
            raise RuntimeError("the article stage has not run")
        return self.article


class Stage(Protocol):
    name: str

    def run(self, state: AnalysisState) -> None: ...


def default_stages(known_actors: KnownSource | None = None) -> list[Stage]:
    """The stages that exist today, in pipeline order (ingest happens before).

    `known_actors` are the actors a store has learned (`lagebild.actors.KnownActors`).
    """
    from lagebild.actors import ActorsStage
    from lagebild.events import EventsStage
    from lagebild.nlp import NlpStage
    from lagebild.quotes import QuotesStage
    from lagebild.timex import TimexStage

    return [
        ArticleStage(),
        NlpStage(),
        TimexStage(),
        ActorsStage(known=known_actors),
        QuotesStage(),
        EventsStage(),
    ]


class Pipeline:
    def __init__(self, stages: list[Stage] | None = None) -> None:
        self.stages = stages if stages is not None else default_stages()

    @property
    def names(self) -> list[str]:
        return ["ingest", *(s.name for s in self.stages)]

    def run(self, raw: RawDocument, reference_date: date | None = None) -> Article:
        """Analyse one raw document; raises `LagebildError` if a stage cannot go on."""
        state = AnalysisState(raw=raw, reference_date=reference_date)
        for stage in self.stages:
            stage.run(state)
        article = state.require_article
        article.pipeline = self.names
        return article

    def run_safe(
        self, raw: RawDocument, reference_date: date | None = None
    ) -> Article | ErrorRecord:
        """Like `run`, but a bad document becomes an error record."""
        try:
            return self.run(raw, reference_date)
        except LagebildError as exc:
            return ErrorRecord(document=raw.uri, stage="analyze", code=exc.code, message=str(exc))


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT


def analyze_content(content: str, url: str | None = None, published: str | None = None) -> Article:
    """`lagebild.analyze`: plain text or HTML in, contract record out."""
    uri = url or "string:" + hashlib.sha256(content.encode("utf-8")).hexdigest()[:16]
    raw = document_from_content(content, uri=uri, url=url, published=published)
    return default_pipeline().run(raw)
