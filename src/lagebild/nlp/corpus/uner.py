"""Universal NER IOB2 files: CoNLL-U-like comments, columns index, token, tag, ..."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from lagebild.nlp.corpus.labels import map_bio
from lagebild.nlp.corpus.records import NerSentence


def parse_uner(lines: Iterable[str], source: str = "uner") -> list[NerSentence]:
    """Sentences carry their `sent_id` in `source` so held-out UD sentences can be excluded."""
    sentences: list[NerSentence] = []
    sent_id = ""
    rows: list[list[str]] = []
    for raw in lines:
        line = raw.rstrip("\r\n")
        if line.startswith("# sent_id"):
            sent_id = line.split("=", 1)[1].strip()
        elif line.startswith("#"):
            continue
        elif not line.strip():
            if rows:
                tags = map_bio([r[2] for r in rows], "uner")
                sentences.append(
                    NerSentence([r[1] for r in rows], tags, None, f"{source}:{sent_id}")
                )
            sent_id, rows = "", []
        else:
            cols = line.split("\t")
            if len(cols) >= 3:
                rows.append(cols)
    if rows:
        tags = map_bio([r[2] for r in rows], "uner")
        sentences.append(NerSentence([r[1] for r in rows], tags, None, f"{source}:{sent_id}"))
    return sentences


def read_uner(path: Path) -> list[NerSentence]:
    with path.open(encoding="utf-8") as handle:
        return parse_uner(handle)
