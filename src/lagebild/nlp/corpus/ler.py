"""LER court decisions: `token TAG` (IOB2, CRLF), 19 fine types mapped by the `ler` map."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from lagebild.nlp.corpus.columns import blocks
from lagebild.nlp.corpus.labels import map_bio
from lagebild.nlp.corpus.records import NerSentence


def parse_ler(lines: Iterable[str], source: str = "ler") -> list[NerSentence]:
    sentences = []
    for rows in blocks(lines):
        rows = [r for r in rows if len(r) >= 2]
        if rows:
            tags = map_bio([r[-1] for r in rows], "ler")
            sentences.append(NerSentence([r[0] for r in rows], tags, None, source))
    return sentences


def read_ler(folder: Path) -> list[NerSentence]:
    sentences: list[NerSentence] = []
    for path in sorted(folder.glob("*.conll")):
        with path.open(encoding="utf-8", newline="") as handle:
            sentences.extend(parse_ler(handle, source=f"ler:{path.stem}"))
    return sentences
