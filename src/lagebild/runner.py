"""Batch ingest: sources -> pipeline -> store, one transaction per article.

A document that fails becomes a row in `errors` and the batch goes on; a
document already stored (same content hash) is skipped before analysis, so a
re-run after a crash completes the rest without duplicates.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from lagebild.actors.entities import NEW_PREFIX
from lagebild.actors.learn import is_learnable, learned_actors_from_rows
from lagebild.ingest import iter_documents
from lagebild.ingest.http import Fetcher
from lagebild.models import Article, ErrorRecord, RawDocument
from lagebild.pipeline import Pipeline, default_stages
from lagebild.store import StoreWriter


@dataclass
class IngestSummary:
    seen: int = 0
    stored: int = 0
    skipped: int = 0
    errors: list[ErrorRecord] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def docs_per_second(self) -> float:
        return self.seen / self.seconds if self.seconds else 0.0


Progress = Callable[[IngestSummary, str], None]


def ingest_paths(
    paths: Iterable[str | Path],
    db: str | Path,
    *,
    pipeline: Pipeline | None = None,
    reference_date: date | None = None,
    on_document: Progress | None = None,
    fetcher: Fetcher | None = None,
) -> IngestSummary:
    summary = IngestSummary()
    started = time.perf_counter()
    with StoreWriter(db) as store:
        # The corpus learns its actors: those stored by earlier articles are known here.
        learned = learned_actors_from_rows(store.actor_rows(NEW_PREFIX))
        pipeline = pipeline or Pipeline(default_stages(known_actors=learned))
        known = store.known_hashes()
        for item in iter_documents(paths, fetcher):
            summary.seen += 1
            article = _handle(item, store, known, pipeline, reference_date, summary)
            for actor in article.actors if article else ():
                if is_learnable(actor.id):
                    learned.add(actor)
            summary.seconds = time.perf_counter() - started
            if on_document:
                on_document(
                    summary, item.uri if not isinstance(item, ErrorRecord) else item.document
                )
    summary.seconds = time.perf_counter() - started
    return summary


def _handle(
    item: RawDocument | ErrorRecord,
    store: StoreWriter,
    known: set[str],
    pipeline: Pipeline,
    reference_date: date | None,
    summary: IngestSummary,
) -> Article | None:
    if isinstance(item, ErrorRecord):
        store.write_error(item)
        summary.errors.append(item)
        return None
    if item.sha256 in known:
        summary.skipped += 1
        return None
    result = pipeline.run_safe(item, reference_date)
    if isinstance(result, ErrorRecord):
        store.write_error(result)
        summary.errors.append(result)
        return None
    if store.write_article(result):
        summary.stored += 1
    else:
        summary.skipped += 1
    known.add(item.sha256)
    return result
