"""Ingest speed and memory: pages/s, words/s and peak RSS for a folder of pages.

Usage: .venv/bin/python bench/ingest_bench.py [PATH ...] (default: ../shared/data/news-dev/html)
Runs the whole default pipeline into a fresh temporary DuckDB file.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

from lagebild.runner import ingest_paths
from lagebild.store import query


def main(argv: list[str]) -> None:
    paths = argv or [
        str(Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "news-dev" / "html")
    ]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        started = time.perf_counter()
        summary = ingest_paths(paths, db)
        seconds = time.perf_counter() - started
        words = query(
            db, "SELECT coalesce(sum(len(string_split(text, ' '))), 0) FROM articles"
        ).rows[0][0]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents: {summary.seen} ({summary.stored} stored, {len(summary.errors)} errors)")
    print(f"seconds:   {seconds:.2f}")
    print(f"pages/s:   {summary.seen / seconds:.1f}")
    print(f"words/s:   {words / seconds:.0f}")
    print(f"peak RSS:  {peak_mb:.0f} MB")


if __name__ == "__main__":
    main(sys.argv[1:])
