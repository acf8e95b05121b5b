"""`lagebild eval article`: extraction quality on the dev pages' manifest.

For every page: share of `gold.with` snippets found in the cleaned text, share
of `gold.without` snippets absent, title and date agreement, author recall.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

from lagebild.article.stage import extract_article
from lagebild.errors import LagebildError
from lagebild.evaluation import EvalOptions, EvalReport, evaluator
from lagebild.ingest import read_file
from lagebild.models import RawDocument

_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text.replace("\u00a0", " ")).strip().lower()


def _title_norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def load_manifest(shared: Path) -> list[dict[str, Any]]:
    path = shared / "data" / "news-dev" / "manifest.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


@evaluator("article")
def evaluate_extraction(options: EvalOptions) -> EvalReport:
    root = options.shared / "data" / "news-dev"
    pages = load_manifest(options.shared)[: options.limit]
    tally = {
        k: 0
        for k in (
            "with",
            "with_ok",
            "without",
            "without_ok",
            "title",
            "title_ok",
            "date",
            "date_ok",
            "author",
            "author_ok",
            "failed",
        )
    }
    notes: list[str] = []
    started = time.perf_counter()
    for page in pages:
        _score_page(root, page, tally, notes if options.verbose else None)
    seconds = time.perf_counter() - started

    def share(ok: str, total: str) -> float:
        return round(tally[ok] / tally[total], 4) if tally[total] else 0.0

    return EvalReport(
        stage="article",
        data=f"news-dev ({len(pages)} pages)",
        figures={
            "with_snippets_found": share("with_ok", "with"),
            "without_snippets_absent": share("without_ok", "without"),
            "title_correct": share("title_ok", "title"),
            "date_correct": share("date_ok", "date"),
            "author_found": share("author_ok", "author"),
            "snippets_with": tally["with"],
            "snippets_without": tally["without"],
            "pages_with_title": tally["title"],
            "pages_with_date": tally["date"],
            "pages_failed": tally["failed"],
            "pages_per_second": round(len(pages) / seconds, 2) if seconds else 0.0,
        },
        notes=notes,
    )


def _score_page(
    root: Path, page: dict[str, Any], tally: dict[str, int], notes: list[str] | None
) -> None:
    gold = page.get("gold", {})
    item = next(iter(read_file(root / page["file"])))
    try:
        if not isinstance(item, RawDocument):
            raise LagebildError("E201")
        raw = item.model_copy(update={"url": page.get("url"), "uri": page.get("url") or item.uri})
        article = extract_article(raw)
        text, title = _norm(article.text), article.title or ""
        published = article.published.value if article.published else None
        authors = " ".join(article.authors).lower()
    except LagebildError:
        tally["failed"] += 1
        text, title, published, authors = "", "", None, ""
    for snippet in gold.get("with", []):
        tally["with"] += 1
        found = _norm(snippet) in text
        tally["with_ok"] += found
        if notes is not None and not found:
            notes.append(f"missing  {page['file']}: {snippet[:70]}")
    for snippet in gold.get("without", []):
        tally["without"] += 1
        absent = _norm(snippet) not in text
        tally["without_ok"] += absent
        if notes is not None and not absent:
            notes.append(f"unwanted {page['file']}: {snippet[:70]}")
    if gold.get("title"):
        tally["title"] += 1
        ok = _title_norm(title) == _title_norm(gold["title"])
        tally["title_ok"] += ok
        if notes is not None and not ok:
            notes.append(f"title    {page['file']}: {title[:60]!r} vs {gold['title'][:60]!r}")
    if gold.get("date"):
        tally["date"] += 1
        ok = published == gold["date"][:10]
        tally["date_ok"] += ok
        if notes is not None and not ok:
            notes.append(f"date     {page['file']}: {published} vs {gold['date']}")
    if gold.get("author"):
        tally["author"] += 1
        names = gold["author"] if isinstance(gold["author"], list) else [gold["author"]]
        surnames = [n.split()[-1].lower() for n in names if n.split()]
        tally["author_ok"] += bool(surnames) and all(s in authors for s in surnames)
