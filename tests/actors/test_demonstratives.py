"""„Der diente aber …“: an article form opening a sentence before its verb is a pronoun."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.stage import link_article

DAY = date(2020, 5, 2)


def _pronoun_at(doc: Doc, kb: KnowledgeBase, word: str) -> str | None:
    actors = link_article(doc, DAY, kb)
    start = doc.text.index(word)
    found = [m.entity for m in actors.mentions if m.start == start and m.kind == "pronoun"]
    return found[0] if found else None


def test_an_article_before_a_verb_refers_back(
    kb: KnowledgeBase, make_doc, tag: Callable[..., Doc]
) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Der Verband bekam Geld von Max Mustermann. Der diente aber nur als Strohmann.",
        ents={"Max Mustermann": "PER"},
    )
    doc = tag(doc, "VERB", "diente")
    assert _pronoun_at(doc, kb, "Der diente") is not None


def test_an_article_before_its_noun_is_no_pronoun(
    kb: KnowledgeBase, make_doc, tag: Callable[..., Doc]
) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Der Verband bekam Geld von Max Mustermann. Der Verband diente aber nur.",
        ents={"Max Mustermann": "PER"},
    )
    doc = tag(doc, "NOUN", "Verband", morph="Gender=Masc|Number=Sing")
    assert _pronoun_at(doc, kb, "Der Verband diente") is None


def test_a_thing_in_between_is_what_it_means(
    kb: KnowledgeBase, make_doc, tag: Callable[..., Doc]
) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Max Mustermann erwartet einen Appell. Der kostet nichts.",
        ents={"Max Mustermann": "PER"},
    )
    doc = tag(doc, "NOUN", "Appell", morph="Gender=Masc|Number=Sing")
    doc = tag(doc, "VERB", "kostet")
    assert _pronoun_at(doc, kb, "Der kostet") is None
