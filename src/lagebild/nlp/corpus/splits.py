"""The fixed held-out splits. Never trained on; the evaluator reads the same ones.

Rules (documented in docs/models.md):
- NER: the first 1,000 sentences of GermEval 2014 test (file order). The rest of
  test and all of dev train.
- UD: the first 150 sentences of GSD test and the first 150 of PUD (file order),
  300 in all. The rest of GSD test, GSD dev and PUD train. UNER-PUD carries the same
  1,000 PUD sentences in the same order, so its first 150 are excluded from training too.
- PUD's XPOS column holds English-style tags, not STTS: its XPOS are treated as
  missing (tagger neither trains nor is scored on them); UPOS, features, lemmas and
  dependencies are used.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from lagebild.nlp.corpus.conllu import read_conllu
from lagebild.nlp.corpus.germeval import read_germeval
from lagebild.nlp.corpus.records import NerSentence, UdSentence

NER_HELDOUT = 1000
UD_HELDOUT_PER_FILE = 150
GERMEVAL = "data/ner/germeval2014"
UD = "data/ud"
UD_HELDOUT_FILES = ("de_gsd-ud-test.conllu", "de_pud-ud-test.conllu")
UD_TRAIN_ONLY_FILES = ("de_gsd-ud-dev.conllu",)
UD_NON_STTS_FILES = ("de_pud-ud-test.conllu",)


T = TypeVar("T")


@dataclass
class Split(Generic[T]):
    train: list[T]
    heldout: list[T]


def germeval_split(shared: Path) -> Split[NerSentence]:
    test = read_germeval(shared / GERMEVAL / "NER-de-test.tsv")
    dev = read_germeval(shared / GERMEVAL / "NER-de-dev.tsv")
    return Split(train=dev + test[NER_HELDOUT:], heldout=test[:NER_HELDOUT])


def ud_split(shared: Path) -> Split[UdSentence]:
    train: list[UdSentence] = []
    heldout: list[UdSentence] = []
    for name in UD_HELDOUT_FILES:
        sentences = read_conllu(shared / UD / name)
        if name in UD_NON_STTS_FILES:
            for sentence in sentences:
                sentence.xpos_is_stts = False
        heldout += sentences[:UD_HELDOUT_PER_FILE]
        train += sentences[UD_HELDOUT_PER_FILE:]
    for name in UD_TRAIN_ONLY_FILES:
        train += read_conllu(shared / UD / name)
    return Split(train=train, heldout=heldout)


def drop_pud_heldout(uner: list[NerSentence]) -> list[NerSentence]:
    """UNER-PUD minus the sentences held out from UD PUD (same order, same sentences)."""
    return uner[UD_HELDOUT_PER_FILE:]
