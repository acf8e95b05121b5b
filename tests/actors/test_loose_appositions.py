"""Loose appositions: "Name, <noun phrase>," describes the named person."""

from __future__ import annotations

from datetime import date

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.stage import link_article
from lagebild.models import Actor

DAY = date(2023, 11, 9)


def descriptions(actors: list[Actor]) -> dict[str, str]:
    return {m.text: a.id for a in actors for m in a.mentions if m.kind == "description"}


def test_noun_phrase_after_the_name_describes_the_person(kb: KnowledgeBase, make_doc, tag) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Gestern sprach Otto Beispiel, begeisterter Segler und Vater, über Boote.",
        ents={"Otto Beispiel": "PER"},
    )
    tag(doc, "ADJ", "begeisterter")
    tag(doc, "NOUN", "Segler", "Vater", morph="Gender=Masc|Number=Sing")
    actors = link_article(doc, DAY, kb).to_models()
    assert descriptions(actors).get("begeisterter Segler") == "new:otto-beispiel"


def test_person_noun_without_article(kb: KnowledgeBase, make_doc, tag) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Das sagte Erna Muster, Trainerin des Vereins, am Abend.",
        ents={"Erna Muster": "PER"},
    )
    tag(doc, "NOUN", "Trainerin", "Vereins", morph="Gender=Fem|Number=Sing")
    actors = link_article(doc, DAY, kb).to_models()
    assert descriptions(actors).get("Trainerin") == "new:erna-muster"


def test_a_date_or_a_clause_is_no_apposition(kb: KnowledgeBase, make_doc, tag) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Das sagte Erna Muster, Ende Mai, in Köln. Es sprach Otto Beispiel, sagte sie.",
        ents={"Erna Muster": "PER", "Otto Beispiel": "PER"},
    )
    tag(doc, "NOUN", "Ende", "Mai")
    tag(doc, "VERB", "sagte")
    actors = link_article(doc, DAY, kb).to_models()
    assert "Ende" not in " ".join(descriptions(actors))


def test_a_list_of_named_people_is_no_apposition(kb: KnowledgeBase, make_doc, tag) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Es kamen Otto Beispiel, der erfahrene Segler Quax Quix sowie Gäste.",
        ents={"Otto Beispiel": "PER"},
    )
    tag(doc, "DET", "der")
    tag(doc, "ADJ", "erfahrene")
    tag(doc, "NOUN", "Segler", "Gäste", morph="Gender=Masc|Number=Sing")
    tag(doc, "PROPN", "Quax", "Quix")
    actors = link_article(doc, DAY, kb).to_models()
    assert descriptions(actors).get("der erfahrene Segler") != "new:otto-beispiel"
