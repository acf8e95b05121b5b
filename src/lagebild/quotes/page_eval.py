"""Quotes on real pages: the project's gold files (`lagebild.gold`), scored per kind.

A predicted quote matches a gold quote of the same kind whose span it overlaps
(exact: the same offsets). Speaker accuracy counts matched pairs whose speaker is
the same actor id (or both null); it needs the actors stage in the pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lagebild.evaluation import Counts, ScoreRow
from lagebild.gold import gold_files, load_gold, resolve_range, scope_limit, source_path
from lagebild.ingest import read_file
from lagebild.models import Quote, RawDocument
from lagebild.pipeline import Pipeline

KINDS = ("direct", "indirect", "partial")


@dataclass
class PageScores:
    exact: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})
    overlap: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})
    matched: int = 0
    speaker_right: int = 0
    pages: int = 0
    notes: list[str] = field(default_factory=list)

    def rows(self) -> list[ScoreRow]:
        rows = []
        for name, table in (("exact", self.exact), ("overlap", self.overlap)):
            total = Counts()
            for kind in KINDS:
                rows.append(ScoreRow.from_counts(f"pages {kind}/{name}", table[kind]))
                total.add(table[kind])
            rows.append(ScoreRow.from_counts(f"pages all/{name}", total))
        return rows


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _score_page(
    scores: PageScores,
    gold: list[tuple[tuple[int, int], str, str | None]],
    predicted: list[Quote],
    verbose: bool,
    page: str,
) -> None:
    for kind in KINDS:
        want = [(span, speaker) for span, k, speaker in gold if k == kind]
        got = [q for q in predicted if q.kind == kind]
        exact = {span for span, _ in want} & {(q.start, q.end) for q in got}
        scores.exact[kind].add(Counts(len(exact), len(got) - len(exact), len(want) - len(exact)))
        used: set[int] = set()
        tp = 0
        for span, speaker in want:
            hit = next(
                (
                    i
                    for i, q in enumerate(got)
                    if i not in used and _overlaps(span, (q.start, q.end))
                ),
                None,
            )
            if hit is None:
                if verbose:
                    scores.notes.append(f"{page}: missed {kind} at {span}")
                continue
            used.add(hit)
            tp += 1
            scores.matched += 1
            scores.speaker_right += got[hit].speaker == speaker
        scores.overlap[kind].add(Counts(tp, len(got) - tp, len(want) - tp))


def evaluate_pages(
    shared: Path, pipeline: Pipeline, limit: int | None = None, verbose: bool = False
) -> PageScores:
    scores = PageScores()
    for path in gold_files()[:limit]:
        gold = load_gold(path)
        (raw,) = list(read_file(source_path(gold, shared)))
        if not isinstance(raw, RawDocument):
            continue
        article = pipeline.run(raw)
        end = scope_limit(article.text, gold)
        spans: list[tuple[tuple[int, int], str, str | None]] = [
            (resolve_range(article.text, q), q.kind, q.speaker) for q in gold.quotes
        ]
        predicted = [q for q in article.quotes if q.start < end]
        _score_page(scores, spans, predicted, verbose, path.stem)
        scores.pages += 1
    return scores
