"""GermEval 2014 TSV: index, token, outer tag, nested tag; `#` lines carry the source URL."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from lagebild.nlp.corpus.columns import blocks
from lagebild.nlp.corpus.labels import map_bio
from lagebild.nlp.corpus.records import NerSentence


def parse_germeval(lines: Iterable[str], source: str = "germeval") -> list[NerSentence]:
    """Outer tags only, mapped through the `germeval` type map."""
    sentences = []
    for rows in blocks(lines, comment="#\t"):
        rows = [r for r in rows if len(r) >= 3 and r[0].isdigit()]
        if rows:
            words = [r[1] for r in rows]
            sentences.append(
                NerSentence(words, map_bio([r[2] for r in rows], "germeval"), None, source)
            )
    return sentences


def read_germeval(path: Path) -> list[NerSentence]:
    with path.open(encoding="utf-8") as handle:
        return parse_germeval(handle, source=f"germeval:{path.stem}")
