"""Quotes on real pages: the project's gold files (`lagebild.gold`), scored per kind.

A predicted quote matches a gold quote of the same kind whose span it overlaps
(exact: the same offsets). Speaker accuracy counts matched pairs whose speaker is
the same actor (or both null): the same id, or an actor whose mentions overlap the
gold speaker's, since ids of actors the KB does not know are each annotator's own
spelling. It needs the actors stage in the pipeline. The same accuracy is also
counted by the gold speaker's class and by the source of the predicted id
(`page_speakers`), so that a blind split's figures say which class fails.

`subset` picks a split of the gold files (`tests/resources/gold/splits.yaml`,
shared by the evaluators): the rules are developed on "dev", and "heldout"
estimates unseen pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from lagebild.evaluation import Counts, ScoreRow
from lagebild.gold import (
    AnchorNotFound,
    GoldArticle,
    gold_files,
    load_gold,
    resolve_anchor,
    resolve_range,
    scope_limit,
    select_pages,
    source_path,
)
from lagebild.ingest import read_file
from lagebild.models import Article, Quote, RawDocument
from lagebild.pipeline import AnalysisState, Pipeline
from lagebild.quotes.page_speakers import SpeakerTally, gold_class

KINDS = ("direct", "indirect", "partial")
_CONTEXT = 60  # characters shown either side of a miss in verbose notes


@dataclass
class PageScores:
    exact: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})
    overlap: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})
    matched: int = 0
    speaker_right: int = 0
    pages: int = 0
    notes: list[str] = field(default_factory=list)
    speakers: SpeakerTally = field(default_factory=SpeakerTally)

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


def _show(text: str, span: tuple[int, int]) -> str:
    """The span in ⟦brackets⟧, with some text either side, on one line."""
    start, end = span
    before = text[max(0, start - _CONTEXT) : start]
    after = text[end : end + _CONTEXT]
    return f"…{before}⟦{text[start:end]}⟧{after}…".replace("\n", " ⏎ ")


def _score_page(
    scores: PageScores,
    gold: list[tuple[tuple[int, int], str, str | None]],
    predicted: list[Quote],
    verbose: bool,
    page: str,
    text: str = "",
    same_speaker: Callable[[str | None, str | None], bool] = lambda a, b: a == b,
    class_of: Callable[[str | None], str] = lambda s: "null" if s is None else "kb",
    source_of: Callable[[Quote], str] = lambda q: "null" if q.speaker is None else "name",
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
                    scores.notes.append(_miss_note(page, kind, span, predicted, text))
                continue
            used.add(hit)
            tp += 1
            scores.matched += 1
            right = same_speaker(got[hit].speaker, speaker)
            scores.speaker_right += right
            klass, source = class_of(speaker), source_of(got[hit])
            scores.speakers.add(klass, source, got[hit].speaker, right)
            if verbose and not right:
                scores.notes.append(
                    f"{page}: speaker {kind}: gold {speaker!r} ({klass}),"
                    f" predicted {got[hit].speaker!r} ({source})"
                    f" {_show(text, (got[hit].start, got[hit].end))}"
                )
            if verbose and (got[hit].start, got[hit].end) != span:
                q = got[hit]
                scores.notes.append(
                    f"{page}: boundary {kind}: gold {_show(text, span)}"
                    f"\n    predicted ⟦{text[q.start : q.end]}⟧"
                )
        if verbose:
            for i, q in enumerate(got):
                if i not in used:
                    scores.notes.append(
                        f"{page}: extra {kind} (cue {q.cue!r}) {_show(text, (q.start, q.end))}"
                    )
        scores.overlap[kind].add(Counts(tp, len(got) - tp, len(want) - tp))


def speaker_matcher(
    gold: GoldArticle, article: Article
) -> Callable[[str | None, str | None], bool]:
    """Same speaker: the same id, or a predicted actor whose mentions overlap the gold
    speaker's (ids of actors unknown to the KB are each annotator's own spelling)."""
    gold_spans: dict[str, list[tuple[int, int]]] = {}
    for actor in gold.actors:
        for mention in actor.mentions:
            try:
                gold_spans.setdefault(actor.id, []).extend(resolve_anchor(article.text, mention))
            except AnchorNotFound:
                continue
    ours = {a.id: [(m.start, m.end) for m in a.mentions] for a in article.actors}

    def same(predicted: str | None, wanted: str | None) -> bool:
        if predicted == wanted:
            return True
        if predicted is None or wanted is None:
            return False
        return any(
            _overlaps(a, b) for a in ours.get(predicted, []) for b in gold_spans.get(wanted, [])
        )

    return same


def _miss_note(
    page: str, kind: str, span: tuple[int, int], predicted: list[Quote], text: str
) -> str:
    note = f"{page}: missed {kind} at {span} {_show(text, span)}"
    for q in predicted:
        if _overlaps(span, (q.start, q.end)):
            note += f"\n    predicted {q.kind} ⟦{text[q.start : q.end]}⟧"
    return note


def _source_lookup(sources: dict[tuple[int, int, str], str]) -> Callable[[Quote], str]:
    def source(quote: Quote) -> str:
        return sources.get((quote.start, quote.end, quote.kind), "null")

    return source


def evaluate_pages(
    shared: Path,
    pipeline: Pipeline,
    limit: int | None = None,
    verbose: bool = False,
    subset: str | None = None,
) -> PageScores:
    scores = PageScores()
    for path in select_pages(gold_files(), subset)[:limit]:
        gold = load_gold(path)
        (raw,) = list(read_file(source_path(gold, shared)))
        if not isinstance(raw, RawDocument):
            continue
        # the stages one by one, as `Pipeline.run`, to keep the quotes stage's extras
        state = AnalysisState(raw=raw)
        for stage in pipeline.stages:
            stage.run(state)
        article = state.require_article
        sources: dict[tuple[int, int, str], str] = state.extras.get("quote_speaker_sources", {})
        end = scope_limit(article.text, gold)
        spans: list[tuple[tuple[int, int], str, str | None]] = [
            (resolve_range(article.text, q), q.kind, q.speaker) for q in gold.quotes
        ]
        predicted = [q for q in article.quotes if q.start < end]
        _score_page(
            scores,
            spans,
            predicted,
            verbose,
            path.stem,
            article.text,
            speaker_matcher(gold, article),
            partial(gold_class, gold=gold),
            _source_lookup(sources),
        )
        scores.pages += 1
    return scores
