"""Europeana Newspapers: `token TAG` lines with no sentence breaks, so we segment ourselves.

A sentence ends after '.', '!' or '?' when the next token starts with an upper-case
letter and the sentence so far has a few words; long runs are cut at a hard cap.
We never cut inside an entity.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from lagebild.nlp.corpus.labels import map_bio
from lagebild.nlp.corpus.records import NerSentence

_ENDERS = {".", "!", "?"}
MIN_WORDS = 4
MAX_WORDS = 60


def _rows(lines: Iterable[str]) -> list[tuple[str, str]]:
    rows = []
    for line in lines:
        parts = line.split()
        if len(parts) >= 2 and not line.startswith("# "):
            rows.append((parts[0], parts[-1]))
    return rows


def _boundary(rows: list[tuple[str, str]], i: int, length: int) -> bool:
    """True if a sentence may end after row i."""
    if i + 1 >= len(rows) or rows[i + 1][1].startswith("I-"):
        return i + 1 >= len(rows)
    word, following = rows[i][0], rows[i + 1][0]
    if length >= MAX_WORDS:
        return True
    # Single letters and numbers before a full stop are initials and ordinals.
    prev_is_abbrev = i > 0 and (len(rows[i - 1][0]) == 1 or rows[i - 1][0].isdigit())
    return (
        word in _ENDERS and length >= MIN_WORDS and following[:1].isupper() and not prev_is_abbrev
    )


def parse_europeana(lines: Iterable[str], source: str = "europeana") -> list[NerSentence]:
    rows = _rows(lines)
    sentences: list[NerSentence] = []
    start = 0
    for i in range(len(rows)):
        if _boundary(rows, i, i + 1 - start):
            chunk = rows[start : i + 1]
            tags = map_bio([t for _, t in chunk], "europeana")
            sentences.append(NerSentence([w for w, _ in chunk], tags, None, source))
            start = i + 1
    return sentences


def read_europeana(folder: Path) -> list[NerSentence]:
    sentences: list[NerSentence] = []
    for path in sorted(folder.glob("*.bio")):
        with path.open(encoding="utf-8") as handle:
            sentences.extend(parse_europeana(handle, source=f"europeana:{path.stem}"))
    return sentences
