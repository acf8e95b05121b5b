"""HIPE-2022 TSV: TOKEN, NE-COARSE-LIT, ..., NEL-LIT (Wikidata QID), MISC flags.

Sentences end at `EndOfSentence` in the MISC column; `NoSpaceAfter` keeps the
original spacing. Linked QIDs are kept on the sentence (`links`) so the actors
stage can build a gazetteer from them.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from lagebild.nlp.corpus.labels import map_bio
from lagebild.nlp.corpus.records import NerSentence

_COARSE, _NEL, _MISC = 1, 7, 9


def _links(tags: list[str], qids: list[str]) -> list[tuple[int, int, str, str]]:
    links = []
    i = 0
    while i < len(tags):
        if tags[i].startswith("B-"):
            end = i + 1
            while end < len(tags) and tags[end].startswith("I-"):
                end += 1
            if qids[i].startswith("Q"):
                links.append((i, end, tags[i][2:], qids[i]))
            i = end
        else:
            i += 1
    return links


def _sentence(rows: list[list[str]], source: str) -> NerSentence:
    tags = map_bio([r[_COARSE] for r in rows], "hipe")
    qids = [r[_NEL] if len(r) > _NEL else "_" for r in rows]
    spaces = ["NoSpaceAfter" not in (r[_MISC] if len(r) > _MISC else "") for r in rows]
    words = [r[0] for r in rows]
    return NerSentence(words, tags, spaces, source, _links(tags, qids))


def parse_hipe(lines: Iterable[str], source: str = "hipe") -> list[NerSentence]:
    sentences: list[NerSentence] = []
    rows: list[list[str]] = []
    for raw in lines:
        line = raw.rstrip("\r\n")
        if not line.strip() or line.startswith("# ") or line.startswith("TOKEN\t"):
            continue
        row = line.split("\t")
        if len(row) <= _COARSE:
            continue
        rows.append(row)
        if len(row) > _MISC and "EndOfSentence" in row[_MISC]:
            sentences.append(_sentence(rows, source))
            rows = []
    if rows:
        sentences.append(_sentence(rows, source))
    return sentences


def read_hipe(folder: Path) -> list[NerSentence]:
    sentences: list[NerSentence] = []
    for path in sorted(folder.glob("*-de.tsv")):
        with path.open(encoding="utf-8") as handle:
            sentences.extend(parse_hipe(handle, source=f"hipe:{path.stem}"))
    return sentences
