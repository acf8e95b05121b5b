"""CoNLL-U (Universal Dependencies): words with lemma, UPOS, XPOS (STTS), feats, head, deprel.

Multi-word token lines (`1-2`) and empty nodes (`1.1`) are skipped: German UD
uses them for contractions like "zum" = "zu dem"; we keep the syntactic words.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from lagebild.nlp.corpus.records import UdSentence, UdToken


def _token(cols: list[str]) -> UdToken:
    space = "SpaceAfter=No" not in cols[9]
    head = int(cols[6]) if cols[6].isdigit() else 0
    return UdToken(cols[1], cols[2], cols[3], cols[4], cols[5], head, cols[7], space)


def parse_conllu(lines: Iterable[str]) -> list[UdSentence]:
    sentences: list[UdSentence] = []
    sent_id, text = "", ""
    tokens: list[UdToken] = []
    for raw in lines:
        line = raw.rstrip("\r\n")
        if line.startswith("# sent_id"):
            sent_id = line.split("=", 1)[1].strip()
        elif line.startswith("# text ="):
            text = line.split("=", 1)[1].strip()
        elif line.startswith("#"):
            continue
        elif not line.strip():
            if tokens:
                sentences.append(UdSentence(sent_id, text, tokens))
            sent_id, text, tokens = "", "", []
        else:
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                tokens.append(_token(cols))
    if tokens:
        sentences.append(UdSentence(sent_id, text, tokens))
    return sentences


def read_conllu(path: Path) -> list[UdSentence]:
    with path.open(encoding="utf-8") as handle:
        return parse_conllu(handle)
