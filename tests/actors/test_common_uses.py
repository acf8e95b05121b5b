"""Words the text uses as common nouns: after a counting determiner, or after an
attributive adjective without a definite determiner (German names take the article)."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from lagebild.actors.commonnouns import load_common_nouns
from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.stage import link_article

DAY = date(2021, 6, 1)


def adjectives(doc: Doc, *words: str) -> Doc:
    for token in doc:
        if token.text in words:
            token.pos_, token.tag_ = "ADJ", "ADJA"
    return doc


def test_counted_and_bare_adjective_nouns_are_common_uses(make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Forscher fürchten neue Epidemien. Sie kauften zwei Akkus und ein Tablet."
    doc = adjectives(make_doc(text), "neue")
    uses = load_common_nouns().common_uses(doc)
    assert {"Epidemien", "Akkus", "Tablet"} <= uses


def test_name_with_article_and_adjective_is_no_common_use(make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Sie reisten in das besetzte Westland. Der junge Musterhans sang. Die NATO-Partner."
    doc = adjectives(make_doc(text), "besetzte", "junge")
    uses = load_common_nouns().common_uses(doc)
    assert not {"Westland", "Musterhans"} & uses


def test_common_use_is_no_new_actor(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Der Händler verkauft neue Gitterboxen. Die Firma Beispielwerk liefert sie."
    doc = adjectives(make_doc(text, ents={"Gitterboxen": "LOC", "Beispielwerk": "ORG"}), "neue")
    names = {a.name for a in link_article(doc, DAY, kb).to_models()}
    assert "Gitterboxen" not in names
    assert "Beispielwerk" in names


def test_word_coordinated_with_a_plain_noun_is_common(make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Man braucht Seife und Desinfektionsmittel. Es redeten Engholm und Barschel."
    doc = make_doc(text, ents={"Seife": "ORG", "Engholm": "PER"})
    for token in doc:
        if token.text in ("Desinfektionsmittel", "Barschel"):
            token.pos_ = "NOUN"
    uses = load_common_nouns().common_uses(doc)
    assert "Seife" in uses
    assert "Engholm" not in uses  # the NER's person: a surname beside a missed surname
