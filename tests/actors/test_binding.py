"""A personal pronoun object is not its own clause's subject (German says "sich"), also
inside an adverbial phrase and after a comma-joined verb without a subject of its own."""

from __future__ import annotations

from datetime import date

import spacy
from spacy.tokens import Doc, Span

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.stage import link_article

DAY = date(2023, 11, 9)
_VOCAB = spacy.blank("de").vocab


def parsed(rows: list[tuple[str, str, str, int]], ents: dict[tuple[int, int], str]) -> Doc:
    """A Doc from (word, pos, dep, head index) rows, one sentence per "." row."""
    doc = Doc(
        _VOCAB,
        words=[w for w, _, _, _ in rows],
        pos=[p for _, p, _, _ in rows],
        deps=[d for _, _, d, _ in rows],
        heads=[h for _, _, _, h in rows],
        sent_starts=[i == 0 or rows[i - 1][0] == "." for i in range(len(rows))],
    )
    doc.set_ents([Span(doc, a, b, label=label) for (a, b), label in ents.items()])
    return doc


def linked(doc: Doc, kb: KnowledgeBase, word: str) -> list[str]:
    actors = link_article(doc, DAY, kb).to_models()
    return [a.id for a in actors for m in a.mentions if m.kind == "pronoun" and m.text == word]


def test_pronoun_in_an_adverbial_phrase_is_not_the_subject(kb: KnowledgeBase) -> None:
    rows = [
        ("Otto", "PROPN", "nsubj", 2),
        ("Quast", "PROPN", "flat", 0),
        ("saß", "VERB", "ROOT", 2),
        ("dort", "ADV", "advmod", 2),
        (".", "PUNCT", "punct", 2),
        ("Emil", "PROPN", "nsubj", 7),
        ("Kunz", "PROPN", "flat", 5),
        ("zuckte", "VERB", "ROOT", 7),
        ("neben", "ADP", "case", 9),
        ("ihm", "PRON", "nmod", 10),
        ("genervt", "ADJ", "advmod", 7),
        (".", "PUNCT", "punct", 7),
    ]
    doc = parsed(rows, {(0, 2): "PER", (5, 7): "PER"})
    assert linked(doc, kb, "ihm") == ["new:otto-quast"]


def test_comma_joined_verb_shares_the_subject(kb: KnowledgeBase) -> None:
    rows = [
        ("Heute", "ADV", "advmod", 1),
        ("lobte", "VERB", "ccomp", 8),
        ("Otto", "PROPN", "nsubj", 1),
        ("Quast", "PROPN", "flat", 2),
        ("seinen", "DET", "det:poss", 5),
        ("Kollegen", "NOUN", "obj", 1),
        ("Emil", "PROPN", "appos", 5),
        (",", "PUNCT", "punct", 1),
        ("nannte", "VERB", "ROOT", 8),
        ("ihn", "PRON", "obj", 8),
        ("klug", "ADJ", "xcomp", 8),
        (".", "PUNCT", "punct", 8),
    ]
    doc = parsed(rows, {(2, 4): "PER", (6, 7): "PER"})
    assert "new:otto-quast" not in linked(doc, kb, "ihn")
