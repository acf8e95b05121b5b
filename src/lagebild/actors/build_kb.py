"""Build the compiled knowledge base: `python -m lagebild.actors.build_kb --shared ../shared`.

The output (`lagebild/data/actors/kb.json.gz`) is deterministic: sorted actors, sorted keys,
and a gzip header without a timestamp, so rebuilding from the same inputs gives the same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path
from typing import Any

from lagebild.actors.compile import Compiler
from lagebild.actors.reviewed import load_all

DEFAULT_OUTPUT = Path(__file__).resolve().parents[1] / "data" / "actors" / "kb.json.gz"


def build(shared: Path) -> dict[str, Any]:
    """The compiled KB as a JSON-ready dict."""
    return Compiler(shared, load_all()).compile()


def write(kb: dict[str, Any], output: Path) -> int:
    """Write the KB gzipped and deterministic; returns the size in bytes."""
    payload = json.dumps(kb, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    output.parent.mkdir(parents=True, exist_ok=True)
    with (
        output.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as handle,
    ):
        handle.write(payload.encode("utf-8"))
    return output.stat().st_size


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    kb = build(args.shared)
    size = write(kb, args.output)
    types: dict[str, int] = {}
    for actor in kb["actors"]:
        types[actor["type"]] = types.get(actor["type"], 0) + 1
    print(f"wrote {args.output} ({size / 1e6:.2f} MB): {len(kb['actors'])} actors {types}")
    print(f"countries {len(kb['countries'])}, metonyms {len(kb['metonyms'])}, stats {kb['stats']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
