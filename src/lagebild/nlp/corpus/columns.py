"""Generic reader for token-per-line column files with blank lines between sentences."""

from __future__ import annotations

from collections.abc import Iterable, Iterator


def blocks(lines: Iterable[str], comment: str | None = None) -> Iterator[list[list[str]]]:
    """Sentences as lists of split rows; blank lines end a block.

    Lines starting with `comment` are skipped (the prefix includes the separator
    where a bare '#' can be a token). Rows split on tabs when the line has one,
    else on whitespace (LER and CoNLL-03 use spaces).
    """
    block: list[list[str]] = []
    for raw in lines:
        line = raw.rstrip("\r\n")
        if not line.strip():
            if block:
                yield block
                block = []
            continue
        if comment is not None and line.startswith(comment):
            continue
        block.append(line.split("\t") if "\t" in line else line.split())
    if block:
        yield block
