"""Records -> spaCy Docs with gold annotation (for DocBins and for scoring)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from lagebild.nlp.corpus.records import NerSentence, UdSentence


def ner_doc(vocab: Vocab, sentence: NerSentence) -> Doc:
    """A one-sentence Doc with gold entities (BIO tags) and a sentence start."""
    spaces = sentence.spaces or [True] * len(sentence.words)
    starts: list[bool | int | None] = [True]
    starts += [False] * (len(sentence.words) - 1)
    return Doc(vocab, words=sentence.words, spaces=spaces, ents=sentence.tags, sent_starts=starts)


def ud_doc(vocab: Vocab, sentence: UdSentence) -> Doc:
    """A one-sentence Doc with gold tags, morphology, lemmas and dependencies."""
    toks = sentence.tokens
    heads = [t.head - 1 if t.head > 0 else i for i, t in enumerate(toks)]
    return Doc(
        vocab,
        words=[t.form for t in toks],
        spaces=[t.space_after for t in toks],
        tags=[t.xpos if sentence.xpos_is_stts else "" for t in toks],
        pos=[t.upos for t in toks],
        morphs=["" if t.feats == "_" else t.feats for t in toks],
        lemmas=[t.lemma for t in toks],
        heads=heads,
        # spaCy's parser names the root arc "ROOT"; UD writes "root".
        deps=["ROOT" if t.deprel == "root" else t.deprel for t in toks],
    )


def group(docs: list[Doc], size: int) -> list[Doc]:
    """Join consecutive one-sentence Docs into multi-sentence Docs.

    The parser learns sentence boundaries only from documents with more than one sentence.
    """
    if size <= 1:
        return docs
    return [Doc.from_docs(docs[i : i + size]) for i in range(0, len(docs), size)]
