"""`lagebild eval quotes`: span P/R/F1 per kind, exact and overlapping, and
speaker and cue accuracy, on the annotated set of `tests/resources/quotes/`."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from lagebild.evaluation import Counts, EvalOptions, EvalReport, ScoreRow, evaluator
from lagebild.quotes.detect import find_quotes
from lagebild.quotes.gold import KINDS, Scores, load_gold, score
from lagebild.quotes.records import QuoteMatch
from lagebild.quotes.stage import doc_sentences, doc_tokens

# The annotated sets live with the tests (texts we wrote; see docs/quotes.md).
GOLD_DIR = Path(__file__).resolve().parents[3] / "tests" / "resources" / "quotes"
GOLD_FILES = (
    "annotated.yaml",
    "heldout.yaml",
    "blind.yaml",
    "blind2.yaml",
    "blind3.yaml",
    "genres.yaml",
    "genres2.yaml",
    "genres3.yaml",
    "genres4.yaml",
)


def _rows(scores: Scores) -> list[ScoreRow]:
    rows = []
    for name, table in (("exact", scores.exact), ("overlap", scores.overlap)):
        total = Counts()
        for kind in KINDS:
            rows.append(ScoreRow.from_counts(f"{kind}/{name}", table[kind]))
            total.add(table[kind])
        rows.append(ScoreRow.from_counts(f"all/{name}", total))
    return rows


def _predict(text: str, nlp: Any) -> list[QuoteMatch]:
    if nlp is None:
        return find_quotes(text)
    doc = nlp(text)
    return find_quotes(text, doc_sentences(doc), tokens=doc_tokens(doc))


def evaluate_files(
    paths: list[Path], verbose: bool = False, nlp: Any = None
) -> tuple[Scores, list[str]]:
    """Scores on the annotated files; with `nlp` (a spaCy pipeline) the
    sentences and tokens come from its Docs, as in the pipeline."""
    scores, notes = Scores.empty(), []
    for gold in (g for path in paths for g in load_gold(path)):
        predicted = _predict(gold.text, nlp)
        wrong = score(scores, gold, predicted)
        if verbose:
            for g, p in wrong:
                notes.append(
                    f"{gold.id}: {gold.text[g.start : g.end][:40]!r} speaker {p.speaker_text!r}"
                    f" (gold {g.speaker!r}), cue {p.quote.cue!r} (gold {g.cue!r})"
                )
            want = {(q.start, q.end, q.kind) for q in gold.quotes}
            got = {(p.quote.start, p.quote.end, p.kind) for p in predicted}
            for s, e, k in sorted(want - got):
                notes.append(f"{gold.id}: missed {k} {gold.text[s:e]!r}")
            for s, e, k in sorted(got - want):
                notes.append(f"{gold.id}: extra {k} {gold.text[s:e]!r}")
    return scores, notes


@evaluator("quotes")
def evaluate(options: EvalOptions) -> EvalReport:
    given = options.extra.get("gold")
    # `--set pages=dev|heldout` scores a split of the real-page gold (splits.yaml)
    paths = [Path(given)] if given else [GOLD_DIR / name for name in GOLD_FILES]
    scores, notes = evaluate_files(paths, options.verbose)
    matched = max(scores.matched, 1)
    figures: dict[str, float | int | str] = {
        "gold_quotes": sum(c.tp + c.fn for c in scores.exact.values()),
        "speaker_accuracy": round(scores.speaker_right / matched, 4),
        "cue_accuracy": round(scores.cue_right / matched, 4),
        "matched": scores.matched,
    }
    rows = _rows(scores)
    if not given and (options.shared / "data").is_dir():
        from lagebild.pipeline import default_pipeline
        from lagebild.quotes.page_eval import evaluate_pages

        # `--set pages=dev|heldout|all`, else LAGEBILD_EVAL_PAGES as for the other stages
        subset = options.extra.get("pages") or os.environ.get("LAGEBILD_EVAL_PAGES")
        pipeline = default_pipeline()
        if options.extra.get("nlp") == "off":
            # `--set nlp=off`: the quote rules on their own tokens and sentences
            from lagebild.article import ArticleStage
            from lagebild.pipeline import Pipeline
            from lagebild.quotes.stage import QuotesStage

            pipeline = Pipeline([ArticleStage(), QuotesStage()])
        pages = evaluate_pages(options.shared, pipeline, options.limit, options.verbose, subset)
        rows += pages.rows()
        figures["pages"] = pages.pages
        figures["pages_subset"] = subset or "all"
        figures["pages_pipeline"] = " ".join(pipeline.names)
        figures["pages_gold_quotes"] = sum(c.tp + c.fn for c in pages.overlap.values())
        figures["pages_speaker_accuracy"] = round(pages.speaker_right / max(pages.matched, 1), 4)
        figures.update(pages.speakers.figures())
        notes += pages.notes
    return EvalReport(
        stage="quotes",
        data="written sets: " + ", ".join(p.name for p in paths) + "; pages: tests/resources/gold",
        rows=rows,
        figures=figures,
        notes=notes,
    )
