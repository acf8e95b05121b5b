"""One sense per article for an unknown one-word name: repeated where the tagger calls it
a proper noun more often than the morphologizer calls it plural."""

from __future__ import annotations

from datetime import date

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.stage import link_article

DAY = date(2020, 9, 1)
TEXT = "Der Anbieter Fernetto wächst. Fernetto plant mehr. Auch Fernetto investiert."


def mentions(doc, kb: KnowledgeBase) -> list[int]:  # type: ignore[no-untyped-def]
    actors = link_article(doc, DAY, kb).to_models()
    return sorted(m.start for a in actors for m in a.mentions if m.text == "Fernetto")


def test_name_mostly_proper_is_repeated(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(TEXT)
    doc.ents = [doc.char_span(13, 21, label="ORG")]  # only the first is tagged
    for token in doc:
        if token.text == "Fernetto":
            token.pos_ = "PROPN"
    doc[10].set_morph("Number=Plur")  # one noisy plural reading
    assert mentions(doc, kb) == [13, 30, 56]


def test_name_used_with_an_indefinite_article_is_not_repeated(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = TEXT + " Er kaufte ein Fernetto."
    doc = make_doc(text)
    doc.ents = [doc.char_span(13, 21, label="ORG")]
    for token in doc:
        if token.text == "Fernetto":
            token.pos_ = "PROPN"
    assert 30 not in mentions(doc, kb)
