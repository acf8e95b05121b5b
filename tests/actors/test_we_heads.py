"""Session 6: „wir“ in the quotation of a company's, club's or church's head is that body
(„der Chef“ after the body in the paragraph, "Vereinspräsident X"); a political body's
head ("der Vorsitzende der Gewerkschaft IG Metall") keeps his own "wir"."""

from __future__ import annotations

from datetime import date

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.stage import link_article
from lagebild.models import Actor

DAY = date(2023, 11, 9)


def linked(actors: list[Actor], text: str) -> list[str]:
    return [a.id for a in actors for m in a.mentions if m.kind == "pronoun" and m.text == text]


def test_wir_of_a_bare_head_is_the_body_of_the_paragraph(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Das Büro der Baufirma Beispielwerk ist leer. „Wir haben Aufträge verschoben“,"
        " erzählt der Chef Peter Beispiel.",
        ents={"Beispielwerk": "ORG", "Peter Beispiel": "PER"},
        subjects=("Büro", "Beispiel"),
    )
    actors = link_article(doc, DAY, kb).to_models()
    assert linked(actors, "Wir") == ["new:beispielwerk"]


def test_wir_of_a_bare_head_with_two_bodies_is_the_person(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    # Which of two bodies he heads the paragraph does not say.
    doc = make_doc(
        "Beispielwerk und Mustermann stritten. „Wir haben Aufträge verschoben“, erzählt der"
        " Chef Peter Beispiel.",
        ents={"Beispielwerk": "ORG", "Mustermann": "ORG", "Peter Beispiel": "PER"},
        subjects=("Beispielwerk", "Beispiel"),
    )
    actors = link_article(doc, DAY, kb).to_models()
    assert linked(actors, "Wir") == ["new:peter-beispiel"]


def test_wir_of_a_head_named_by_the_compound(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Der Verein Beispielwerk gewann. „Wir haben gut gespielt“, sagte Vereinspräsident"
        " Peter Beispiel.",
        ents={"Beispielwerk": "ORG", "Peter Beispiel": "PER"},
        subjects=("Beispielwerk", "Beispiel"),
    )
    actors = link_article(doc, DAY, kb).to_models()
    assert linked(actors, "Wir") == ["new:beispielwerk"]


def test_wir_of_a_union_chairman_is_the_person(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    # A union is a body of the political sectors (LAB): its chairman's "wir" is his own.
    doc = make_doc(
        "Der Vorsitzende der IG Metall, Peter Beispiel, kritisierte die Regierung."
        " „Wir nehmen das wahr“, sagte Beispiel.",
        ents={"IG Metall": "ORG", "Peter Beispiel": "PER", "Beispiel": "PER"},
        subjects=("Vorsitzende", "Beispiel"),
    )
    actors = link_article(doc, DAY, kb).to_models()
    assert linked(actors, "Wir") == ["new:peter-beispiel"]


def test_wir_of_an_organiser_is_the_body(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    # An organiser ("Vereinsorganisator") is a member who acts for the body.
    doc = make_doc(
        "Der Verein Beispielwerk plant einen Streik. „Wir werden sie unterstützen“, sagt"
        " Vereinsorganisator Peter Beispiel.",
        ents={"Beispielwerk": "ORG", "Peter Beispiel": "PER"},
        subjects=("Beispielwerk", "Beispiel"),
    )
    actors = link_article(doc, DAY, kb).to_models()
    assert linked(actors, "Wir") == ["new:beispielwerk"]
