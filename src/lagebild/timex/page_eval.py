"""Times on real pages: the project's gold files (`lagebild.gold`).

A predicted expression matches a gold one it overlaps (exact: the same offsets);
value accuracy is over matched pairs, with the gold file's `published` as the
anchor, exactly as the annotator read the page. The stage runs as in the pipeline,
after the NLP stage, because the parse's verb tenses decide which side of the
anchor a bare weekday lies on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lagebild.article import ArticleStage
from lagebild.evaluation import Counts
from lagebild.gold import (
    gold_files,
    load_gold,
    resolve_anchor,
    scope_limit,
    select_pages,
    source_path,
)
from lagebild.ingest import read_file
from lagebild.models import Published, RawDocument
from lagebild.nlp.stage import NlpStage
from lagebild.pipeline import AnalysisState
from lagebild.timex.stage import TimexStage


@dataclass
class PageTimes:
    exact: Counts = field(default_factory=Counts)
    overlap: Counts = field(default_factory=Counts)
    values_right: int = 0
    pages: int = 0
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    @property
    def value_accuracy(self) -> float:
        return self.values_right / self.overlap.tp if self.overlap.tp else 0.0


def evaluate_page_times(
    shared: Path, limit: int | None = None, split: str | None = None
) -> PageTimes:
    """Scores on the gold files of `split` (`dev`, `heldout`, `blind`; None: all)."""
    scores = PageTimes()
    for path in select_pages(gold_files(), split)[:limit]:
        gold = load_gold(path)
        if not gold.times:
            continue
        (raw,) = list(read_file(source_path(gold, shared)))
        if not isinstance(raw, RawDocument):
            continue
        state = AnalysisState(raw=raw)
        ArticleStage().run(state)
        article = state.require_article
        if gold.published:
            article.published = Published(value=gold.published, basis="gold")
        NlpStage().run(state)
        TimexStage().run(state)
        end = scope_limit(article.text, gold)
        want = [(span, t.value) for t in gold.times for span in resolve_anchor(article.text, t)]
        got = [t for t in article.times if t.start < end]
        exact = {s for s, _ in want} & {(t.start, t.end) for t in got}
        scores.exact.add(Counts(len(exact), len(got) - len(exact), len(want) - len(exact)))
        used: set[int] = set()
        for (start, stop), value in want:
            hit = next(
                (
                    i
                    for i, t in enumerate(got)
                    if i not in used and t.start < stop and start < t.end
                ),
                None,
            )
            if hit is None:
                scores.overlap.fn += 1
                if len(scores.missed) < 60:
                    scores.missed.append(f"{path.stem}: {article.text[start:stop]!r} {value}")
                continue
            used.add(hit)
            scores.overlap.tp += 1
            if got[hit].value == value:
                scores.values_right += 1
            elif len(scores.wrong) < 30:
                scores.wrong.append(f"{path.stem}: {got[hit].text!r} {got[hit].value} vs {value}")
        scores.overlap.fp += len(got) - len(used)
        for index in sorted(set(range(len(got))) - used)[: max(0, 60 - len(scores.spurious))]:
            scores.spurious.append(f"{path.stem}: {got[index].text!r} {got[index].value}")
        scores.pages += 1
    return scores
