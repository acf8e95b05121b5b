"""Common nouns the NER takes for names ("Lockdown", "Hausarrest") are no actors."""

from __future__ import annotations

from datetime import date

from lagebild.actors.commonnouns import load_common_nouns
from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.stage import link_article

DAY = date(2020, 5, 2)


def test_thing_event_and_abstract_nouns_are_common() -> None:
    nouns = load_common_nouns()
    for word in (
        "Lockdown",
        "Corona-Lockdown",
        "Coronavirus-Pandemie",
        "Hausarrest",
        "Industriestrompreis",
        "Mietenstreik",
        "Normalarbeitsverhältnis",
        "Covid19",
    ):
        assert nouns.is_common(word), word


def test_names_and_bodies_are_not_common() -> None:
    nouns = load_common_nouns()
    for word in (
        "Hanau",
        "Gemfields",
        "Liechtenstein",
        "Bundestagsverwaltung",
        "Staatsanwaltschaft",
        "Wahlbündnis",
        "Rojava",
        "Lobbycontrol",
    ):
        assert not nouns.is_common(word), word


def test_an_unknown_common_noun_tagged_as_a_name_is_no_actor(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Der Lockdown trifft Beispielhausen. Der Verein Lobbycontrol klagt.",
        ents={"Lockdown": "LOC", "Beispielhausen": "LOC", "Lobbycontrol": "ORG"},
    )
    names = {a.name for a in link_article(doc, DAY, kb).to_models()}
    assert "Lockdown" not in names
    assert {"Beispielhausen", "Lobbycontrol"} <= names


def test_a_one_word_person_only_at_sentence_starts_is_no_actor(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Entonces kam Beispielmann. Später lobte man Beispielmann. Musterfrau lachte.",
        ents={"Entonces": "PER", "Beispielmann": "PER", "Musterfrau": "PER"},
    )
    for token in doc:
        token.pos_ = "PROPN" if token.text == "Musterfrau" else "NOUN"
    names = {a.name for a in link_article(doc, DAY, kb).to_models()}
    assert "Entonces" not in names
    assert {"Beispielmann", "Musterfrau"} <= names  # mid-sentence; tagged PROPN


def test_a_kin_noun_tagged_as_a_name_is_no_actor(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Er ehrte das Erbe des Großvaters.", ents={"Großvaters": "PER"})
    assert not [a for a in link_article(doc, DAY, kb).to_models() if a.id.startswith("new:")]
