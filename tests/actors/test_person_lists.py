"""Persons shown by the text: a given name opening an ORG span, and names coordinated
with a person."""

from __future__ import annotations

from datetime import date

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.stage import link_article
from lagebild.models import Actor

DAY = date(2021, 1, 20)


def person_of(actors: list[Actor], text: str) -> Actor | None:
    for actor in actors:
        if any(m.text == text and m.kind == "name" for m in actor.mentions):
            return actor
    return None


def test_given_name_makes_an_org_span_a_person(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Das schrieb Andrew Beispielsen in einer Studie. Später widersprach Beispielsen."
    doc = make_doc(text, ents={"Andrew Beispielsen": "ORG"})
    actors = link_article(doc, DAY, kb).to_models()
    full = person_of(actors, "Andrew Beispielsen")
    assert full is not None and full.type == "PER"
    assert person_of(actors, "Beispielsen") is full  # the surname chain of a person


def test_coordinated_with_a_person_is_a_person(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Betroffen sind Jürgen Musterfeld und Terrin Beispielsen aus dem Team."
    doc = make_doc(text, ents={"Jürgen Musterfeld": "PER", "Terrin Beispielsen": "ORG"})
    actors = link_article(doc, DAY, kb).to_models()
    other = person_of(actors, "Terrin Beispielsen")
    assert other is not None and other.type == "PER"


def test_coordination_adds_a_missed_person(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Es starten Jürgen Musterfeld, Vinzent Probstler und die Deutsche Bahn."
    doc = make_doc(text, ents={"Jürgen Musterfeld": "PER", "Deutsche Bahn": "ORG"})
    actors = link_article(doc, DAY, kb).to_models()
    missed = person_of(actors, "Vinzent Probstler")
    assert missed is not None and missed.type == "PER"
    bahn = person_of(actors, "Deutsche Bahn")
    assert bahn is None or bahn.type != "PER"


def test_age_in_brackets_marks_a_person(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Im Gemeindehaus ist es still. Gundula Beispielhof (77) blättert im Buch."
    actors = link_article(make_doc(text), DAY, kb).to_models()
    found = person_of(actors, "Gundula Beispielhof")
    assert found is not None and found.type == "PER"


def test_age_after_a_kin_noun_is_no_name(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Er lacht. Tochter Gisela (45) blättert im Buch."
    actors = link_article(make_doc(text), DAY, kb).to_models()
    assert person_of(actors, "Tochter Gisela") is None


def test_noun_before_a_given_name_is_cut_off(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Das sagt Ciderfreund Philipp Beispielmann. Die Stiftung Jürgen Ponto hilft."
    ents = {"Ciderfreund Philipp Beispielmann": "PER", "Stiftung Jürgen Ponto": "ORG"}
    doc = make_doc(text, ents=ents)
    for token in doc:
        if token.text in ("Ciderfreund", "Stiftung"):
            token.pos_ = "NOUN"
    actors = link_article(doc, DAY, kb).to_models()
    person = person_of(actors, "Philipp Beispielmann")
    assert person is not None and person.type == "PER"
    assert person_of(actors, "Jürgen Ponto") is None
