"""Publication date inference measured on the news-dev pages that have a gold date.

Each page goes through the article stage, its metadata date is dropped, and the
date is inferred from the text alone with today as the reference.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from lagebild.errors import LagebildError
from lagebild.models import RawDocument
from lagebild.timex.published import infer_publication_date

_CLOSE_DAYS = 2


def evaluate_published(shared: Path, limit: int | None = None) -> dict[str, float | int]:
    from lagebild.article.stage import extract_article
    from lagebild.ingest import read_file

    root = shared / "data" / "news-dev"
    manifest = root / "manifest.jsonl"
    if not manifest.is_file():
        return {}
    pages = [json.loads(line) for line in manifest.read_text("utf-8").splitlines() if line.strip()]
    tally = {"pages": 0, "answered": 0, "exact": 0, "close": 0}
    for page in [p for p in pages if p.get("gold", {}).get("date")][:limit]:
        try:
            raw = next(iter(read_file(root / page["file"])))
            if not isinstance(raw, RawDocument):
                continue
            article = extract_article(raw)
        except (LagebildError, StopIteration):
            continue
        article.published = None
        tally["pages"] += 1
        found = infer_publication_date(article, date.today())
        if found is None or len(found.value) < 10:
            continue
        gold = date.fromisoformat(page["gold"]["date"][:10])
        days = abs((date.fromisoformat(found.value[:10]) - gold).days)
        tally["answered"] += 1
        tally["exact"] += days == 0
        tally["close"] += days <= _CLOSE_DAYS
    answered = tally["answered"] or 1
    return {
        "published_pages": tally["pages"],
        "published_answered": tally["answered"],
        "published_exact_of_answered": round(tally["exact"] / answered, 4),
        "published_within_2_days_of_answered": round(tally["close"] / answered, 4),
    }
