"""MobIE: CoNLL-03 columns (token POS chunk TAG) in a zip; `-DOCSTART-` lines separate documents."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from pathlib import Path

from lagebild.nlp.corpus.columns import blocks
from lagebild.nlp.corpus.labels import map_bio
from lagebild.nlp.corpus.records import NerSentence


def parse_mobie(lines: Iterable[str], source: str = "mobie") -> list[NerSentence]:
    sentences = []
    for rows in blocks(lines, comment="-DOCSTART-"):
        rows = [r for r in rows if len(r) >= 2]
        if rows:
            # Tweets mark hashtags with '#'; the word itself is what news text has.
            words = [r[0][1:] if r[0].startswith("#") and len(r[0]) > 1 else r[0] for r in rows]
            sentences.append(
                NerSentence(words, map_bio([r[-1] for r in rows], "mobie"), None, source)
            )
    return sentences


def read_mobie(
    zip_path: Path, members: tuple[str, ...] = ("train.conll2003",)
) -> list[NerSentence]:
    sentences: list[NerSentence] = []
    with zipfile.ZipFile(zip_path) as archive:
        for member in members:
            with archive.open(member) as raw:
                text = io.TextIOWrapper(raw, encoding="utf-8")
                sentences.extend(parse_mobie(text, source=f"mobie:{member}"))
    return sentences
