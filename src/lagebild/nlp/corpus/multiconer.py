"""MultiCoNER (2022) German: `# id ... domain=...` headers, columns `token _ _ TAG`, lowercased."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from lagebild.nlp.corpus.columns import blocks
from lagebild.nlp.corpus.labels import map_bio
from lagebild.nlp.corpus.records import NerSentence


def parse_multiconer(lines: Iterable[str], source: str = "multiconer") -> list[NerSentence]:
    """Sentences as they are (lower-case); `truecase` them before training a cased model."""
    sentences = []
    for rows in blocks(lines, comment="# id "):
        rows = [r for r in rows if len(r) >= 2]
        if rows:
            tags = map_bio([r[-1] for r in rows], "multiconer")
            sentences.append(NerSentence([r[0] for r in rows], tags, None, source))
    return sentences


def read_multiconer(path: Path) -> list[NerSentence]:
    with path.open(encoding="utf-8") as handle:
        return parse_multiconer(handle, source=f"multiconer:{path.stem}")
