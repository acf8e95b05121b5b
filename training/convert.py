"""Convert the corpora under `shared/data` into spaCy DocBins for training.

Held-out sentences (see `lagebild.nlp.corpus.splits`) are never written here.
Weighting is done by sampling: GermEval (news + Wikipedia, the target domain)
is written twice; the out-of-domain corpora (courts, traffic tweets, historical
newspapers) contribute a fixed, seeded sample of sentences that contain entities.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from lagebild.nlp.corpus import europeana, hipe, ler, mobie, uner
from lagebild.nlp.corpus.docs import group, ner_doc, ud_doc
from lagebild.nlp.corpus.multiconer import read_multiconer
from lagebild.nlp.corpus.records import NerSentence
from lagebild.nlp.corpus.splits import drop_pud_heldout, germeval_split, ud_split
from lagebild.nlp.corpus.truecase import CasingModel, truecase

SEED = 13
NER_DEV = 500  # the last GermEval training sentences: checkpoint selection, not trained on
UD_DEV = 200  # the last UD training sentences (GSD dev), likewise
UD_DOC_SENTENCES = 10


@dataclass(frozen=True)
class Mix:
    """How many sentences each corpus contributes to NER training (0 = none, -1 = all)."""

    germeval_copies: int = 2
    uner: int = -1
    ler: int = 3000
    europeana: int = 1500
    hipe: int = 1500
    mobie: int = 1500
    multiconer: int = 0  # tried: truecased MultiCoNER did not help (docs/models.md)


def sample(sentences: list[NerSentence], n: int, rng: random.Random) -> list[NerSentence]:
    """Up to n sentences, preferring those with entities (the others teach little here)."""
    if n < 0 or n >= len(sentences):
        return list(sentences)
    with_ents = [s for s in sentences if any(t != "O" for t in s.tags)]
    without = [s for s in sentences if all(t == "O" for t in s.tags)]
    pool = rng.sample(with_ents, min(n, len(with_ents)))
    rest = n - len(pool)
    return pool + rng.sample(without, min(rest // 4, len(without)))


def casing_model(shared: Path, cased: list[NerSentence], text: Path | None) -> CasingModel:
    """Word casing counts from case-sensitive corpora: the sentences, LER, the law text."""
    casing = CasingModel()
    for sentence in cased + ler.read_ler(shared / "data/ner/ler"):
        casing.add_tokens(sentence.words)
    if text is not None and text.exists():
        with text.open(encoding="utf-8") as handle:
            for line in handle:
                casing.add_tokens(line.split())
    return casing


def multiconer_sentences(
    shared: Path, n: int, cased: list[NerSentence], text: Path | None, rng: random.Random
) -> list[NerSentence]:
    """MultiCoNER 2022 train, truecased (it is all lower-case)."""
    if not n:
        return []
    raw = read_multiconer(shared / "data/ner/multiconer2022/de_train.conll")
    raw = sample(raw, n, rng)
    casing = casing_model(shared, cased, text)
    return [truecase(s, casing) for s in raw]


def ner_sentences(
    shared: Path, mix: Mix, casing_text: Path | None = None
) -> tuple[list[NerSentence], list[NerSentence]]:
    """(train, dev) NER sentences, train shuffled with a fixed seed."""
    rng = random.Random(SEED)
    ner = shared / "data/ner"
    germeval = germeval_split(shared).train
    train_ge, dev = germeval[:-NER_DEV], germeval[-NER_DEV:]
    train = train_ge * mix.germeval_copies
    train += sample(
        drop_pud_heldout(uner.read_uner(ner / "uner-pud/de_pud-ud-test.iob2")), mix.uner, rng
    )
    if mix.ler:
        train += sample(ler.read_ler(ner / "ler"), mix.ler, rng)
    if mix.europeana:
        train += sample(europeana.read_europeana(ner / "europeana"), mix.europeana, rng)
    if mix.hipe:
        train += sample(hipe.read_hipe(ner / "hipe2022"), mix.hipe, rng)
    if mix.mobie:
        train += sample(mobie.read_mobie(ner / "mobie/ner_conll03_formatted.zip"), mix.mobie, rng)
    train += multiconer_sentences(shared, mix.multiconer, list(train), casing_text, rng)
    rng.shuffle(train)
    return train, dev


def write_hipe_links(shared: Path, path: Path) -> int:
    """Entity mentions with Wikidata QIDs from HIPE, for the actors stage's gazetteer."""
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for sentence in hipe.read_hipe(shared / "data/ner/hipe2022"):
            for start, end, label, qid in sentence.links:
                text = " ".join(sentence.words[start:end])
                out.write(
                    json.dumps({"text": text, "label": label, "qid": qid}, ensure_ascii=False)
                    + "\n"
                )
                count += 1
    return count


def convert(
    shared: Path, out: Path, mix: Mix | None = None, limit: int = 0, casing_text: Path | None = None
) -> dict[str, int]:
    """Write ner-train/dev and ud-train/dev DocBins (and HIPE links) into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    vocab = spacy.blank("de").vocab
    train, dev = ner_sentences(shared, mix or Mix(), casing_text)
    ud = ud_split(shared).train
    ud_train, ud_dev = ud[:-UD_DEV], ud[-UD_DEV:]
    if limit:
        train, dev, ud_train, ud_dev = (
            train[:limit],
            dev[: limit // 4],
            ud_train[:limit],
            ud_dev[: limit // 4],
        )
    sets = {
        "ner-train": [ner_doc(vocab, s) for s in train],
        "ner-dev": [ner_doc(vocab, s) for s in dev],
        "ud-train": group([ud_doc(vocab, s) for s in ud_train], UD_DOC_SENTENCES),
        "ud-dev": group([ud_doc(vocab, s) for s in ud_dev], UD_DOC_SENTENCES),
    }
    for name, docs in sets.items():
        DocBin(docs=docs, store_user_data=False).to_disk(out / f"{name}.spacy")
    counts = {name: len(docs) for name, docs in sets.items()}
    counts["hipe-links"] = write_hipe_links(shared, out / "hipe-links.jsonl")
    return counts
