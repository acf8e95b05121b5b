"""Seconds and words/s per pipeline stage, in one process, on a folder of pages.

Usage: .venv/bin/python bench/stages_bench.py [PATH ...] (default: ../shared/data/news-dev/html)
Model and knowledge-base loading happen on a warm-up document and are not counted.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from lagebild.ingest import iter_documents
from lagebild.models import RawDocument
from lagebild.pipeline import AnalysisState, default_stages


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="files or folders of pages")
    args = parser.parse_args(argv)
    default = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "news-dev" / "html"
    docs = [d for d in iter_documents(args.paths or [default]) if isinstance(d, RawDocument)]
    if not docs:
        parser.error("no readable documents in the given paths")
    stages = default_stages()
    warm_up = AnalysisState(raw=docs[0])  # loads the model, the KB and the lexicons
    for stage in stages:
        stage.run(warm_up)
    seconds = dict.fromkeys((s.name for s in stages), 0.0)
    words = 0
    for doc in docs:
        state = AnalysisState(raw=doc)
        for stage in stages:
            started = time.perf_counter()
            stage.run(state)
            seconds[stage.name] += time.perf_counter() - started
        words += len(state.require_article.text.split())
    total = sum(seconds.values())
    print(f"documents: {len(docs)}, words: {words}")
    for name, value in seconds.items():
        print(f"{name:>8}: {value:6.2f} s  {words / value if value else 0:9.0f} words/s")
    print(f"   total: {total:6.2f} s  {words / total:9.0f} words/s  {len(docs) / total:.1f} docs/s")
    print(f"peak RSS:  {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main(sys.argv[1:])
