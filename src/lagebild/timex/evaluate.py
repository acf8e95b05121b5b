"""`lagebild eval time`: the tagger against the LER court decisions' silver TIMEX3 tags,
its value accuracy on our own news-style suite, and publication date inference
on the news-dev pages (see `published_eval`).

Extraction P/R/F1 is given three ways: strict (same span), core (same span once
leading prepositions/articles are dropped on both sides: TIMEX3 leaves "am" out,
our spans keep it) and overlap. Value accuracy is over overlapping pairs, all of
them, those whose silver text writes a four-digit year (anchor-free values), and
those where both sides tag the same words (core span), which leaves out the
silver's habit of tagging only the year of a tokenised date "16. 6. 2017".
Each member file is read as one narrative: relative expressions are anchored on
the last fully written day before them, as HeidelTime does for narratives.
"""

from __future__ import annotations

import os
import random
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from lagebild.evaluation import Counts, EvalOptions, EvalReport, ScoreRow, evaluator
from lagebild.timex import scoring
from lagebild.timex.page_eval import evaluate_page_times
from lagebild.timex.published_eval import evaluate_published
from lagebild.timex.silver import SilverSentence, SilverTimex, read_sentences
from lagebild.timex.suite import SUITE_PATH, load_suite, score_suite
from lagebild.timex.tagger import Hit, tag_hits

SILVER = Path("data") / "time" / "ler-courts-timex.zip"
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_MODES = ("strict", "core", "overlap")


@dataclass
class Tally:
    counts: dict[str, Counts] = field(default_factory=lambda: {m: Counts() for m in _MODES})
    typed: Counts = field(default_factory=Counts)
    plausible: Counts = field(default_factory=Counts)
    values: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong_values: list[str] = field(default_factory=list)


def _score_sentence(sentence: SilverSentence, hits: list[Hit], tally: Tally) -> None:
    text = sentence.text
    gold = [(t.start, t.end) for t in sentence.timexes]
    pred = [(h.start, h.end) for h in hits]
    for mode in _MODES:
        pairs = scoring.match(gold, pred, mode, text)
        tally.counts[mode].add(scoring.counts(len(gold), len(pred), len(pairs)))
    plausible = [g for g, t in zip(gold, sentence.timexes, strict=True) if _plausible(t)]
    found = scoring.match(plausible, pred, "overlap", text)
    tally.plausible.add(scoring.counts(len(plausible), len(pred), len(found)))
    pairs = scoring.match(gold, pred, "overlap", text)
    same_type = sum(sentence.timexes[g].type == hits[p].resolution.type for g, p in pairs)
    tally.typed.add(scoring.counts(len(gold), len(pred), same_type))
    for g, p in pairs:
        silver, ours = sentence.timexes[g], hits[p].resolution
        explicit = bool(_YEAR.search(silver.text))
        same_span = scoring.core(text, gold[g]) == scoring.core(text, pred[p])
        ok = silver.value == ours.value
        tally.values["pairs"] += 1
        tally.values["correct"] += ok
        tally.values["explicit"] += explicit
        tally.values["explicit_correct"] += ok and explicit
        tally.values["same_span"] += same_span
        tally.values["same_span_correct"] += ok and same_span
        if not ok:
            tally.wrong_values.append(f"{silver.text!r}: silver {silver.value} / ours {ours.value}")
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    tally.misses += [
        f"{t.text!r} ({t.type} {t.value}) in: {text[:160]}"
        for i, t in enumerate(sentence.timexes)
        if i not in matched_gold
    ]
    tally.spurious += [
        f"{text[h.start : h.end]!r} ({h.resolution.type} {h.resolution.value}) in: {text[:160]}"
        for i, h in enumerate(hits)
        if i not in matched_pred
    ]


def _plausible(silver: SilverTimex) -> bool:
    """Leaves out silver tags on bare numbers that cannot be years ('1143' in
    'GRUR 2013, 1143'; '10' in '10 Sa 33/16'): the silver tagger's citation errors."""
    text = silver.text.strip()
    return not text.isdigit() or bool(_YEAR.fullmatch(text))


def _next_anchor(hits: list[Hit], anchor: date) -> date:
    for hit in reversed(hits):
        res = hit.resolution
        if res.type == "DATE" and res.granularity == "day" and res.year_source == "text":
            return date.fromisoformat(res.value)
    return anchor


def run_silver(zip_path: Path, limit: int | None) -> tuple[Tally, int, float]:
    tally, sentences, started = Tally(), 0, time.perf_counter()
    anchor, member = date.today(), ""
    for sentence in read_sentences(zip_path, limit):
        if sentence.source != member:
            anchor, member = date.today(), sentence.source
        hits = tag_hits(sentence.text, anchor)
        _score_sentence(sentence, hits, tally)
        anchor = _next_anchor(hits, anchor)
        sentences += 1
    return tally, sentences, time.perf_counter() - started


def _samples(lines: list[str], n: int, seed: int = 4) -> list[str]:
    return random.Random(seed).sample(lines, min(n, len(lines)))


def _share(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


@evaluator("time")
def evaluate_time(options: EvalOptions) -> EvalReport:
    report = EvalReport(stage="time", data="")
    if SUITE_PATH.exists():
        suite = score_suite(load_suite())
        report.figures["suite_items"] = suite.items
        report.figures["suite_value_accuracy"] = round(suite.accuracy, 4)
        report.notes += [f"suite failure: {f}" for f in suite.failures[:20]]
    report.figures.update(evaluate_published(options.shared, options.limit))
    if (options.shared / "data").is_dir():
        # `--set pages=dev|heldout|blind`, else LAGEBILD_EVAL_PAGES, as for the other stages
        split = options.extra.get("pages") or os.environ.get("LAGEBILD_EVAL_PAGES")
        pages = evaluate_page_times(options.shared, split=split)
        report.figures["pages_split"] = split or "all"
        report.rows.append(ScoreRow.from_counts("pages_extraction_exact", pages.exact))
        report.rows.append(ScoreRow.from_counts("pages_extraction_overlap", pages.overlap))
        report.figures["pages"] = pages.pages
        report.figures["pages_value_accuracy"] = round(pages.value_accuracy, 4)
        if options.verbose:
            report.notes += [f"page value: {w}" for w in pages.wrong]
            report.notes += [f"page missed: {w}" for w in pages.missed]
            report.notes += [f"page spurious: {w}" for w in pages.spurious]
    zip_path = options.shared / SILVER
    if options.extra.get("silver", "").lower() in ("0", "no", "off", "false"):
        return report  # `--set silver=no`: the gold pages only (the silver run takes minutes)
    if not zip_path.exists():
        report.notes.append(f"{zip_path} is missing: silver evaluation skipped")
        return report
    tally, sentences, seconds = run_silver(zip_path, options.limit)
    report.data = f"LER courts TIMEX3 silver ({sentences} sentences)"
    report.rows += [ScoreRow.from_counts(f"extraction_{m}", tally.counts[m]) for m in _MODES]
    report.rows.append(ScoreRow.from_counts("extraction_overlap_same_type", tally.typed))
    report.rows.append(ScoreRow.from_counts("extraction_overlap_plausible_silver", tally.plausible))
    report.figures.update(
        {
            "value_accuracy_overlap_pairs": _share(tally.values["correct"], tally.values["pairs"]),
            "value_accuracy_written_year": _share(
                tally.values["explicit_correct"], tally.values["explicit"]
            ),
            "value_accuracy_same_span": _share(
                tally.values["same_span_correct"], tally.values["same_span"]
            ),
            "pairs": tally.values["pairs"],
            "sentences_per_second": round(sentences / seconds, 1) if seconds else 0.0,
        }
    )
    if options.verbose:
        report.notes += [f"missed: {m}" for m in _samples(tally.misses, 25)]
        report.notes += [f"spurious: {s}" for s in _samples(tally.spurious, 25)]
        report.notes += [f"value: {v}" for v in _samples(tally.wrong_values, 25)]
    return report
