"""Place adjectives in -er: „der Essener Kreisverband“ is the place Essen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.placeadjectives import stems
from lagebild.actors.stage import link_article
from lagebild.models import Actor

DAY = date(2020, 5, 2)


def _adjective_of(actors: list[Actor], text: str) -> Actor | None:
    for actor in actors:
        if any(m.text == text and m.kind == "adjective" for m in actor.mentions):
            return actor
    return None


def test_stems() -> None:
    assert stems("Kieler") == ["Kiel", "Kielen"]
    assert stems("Thüringer")[-1] == "Thüringen"
    # Too short to be a place's name; lower case is no place adjective.
    assert stems("Oder") == []
    assert stems("neuer") == []


def test_adjective_of_a_place_the_article_names(
    kb: KnowledgeBase, make_doc, tag: Callable[..., Doc]
) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Die Wahl in Beispielhausen war knapp. Der Beispielhausener Kreisverband jubelt.",
        ents={"Beispielhausen": "LOC"},
    )
    doc = tag(doc, "NOUN", "Kreisverband")
    actors = link_article(doc, DAY, kb).to_models()
    town = _adjective_of(actors, "Beispielhausener")
    assert town is not None and town.name == "Beispielhausen"


def test_adjective_of_a_kb_place(kb: KnowledgeBase, make_doc, tag: Callable[..., Doc]) -> None:  # type: ignore[no-untyped-def]
    doc = tag(make_doc("Das Bremer Rathaus bleibt geschlossen."), "NOUN", "Rathaus")
    actors = link_article(doc, DAY, kb).to_models()
    town = _adjective_of(actors, "Bremer")
    assert town is not None and town.id == "lb:loc-deu-bremen"


def test_no_place_without_a_noun_or_a_known_place(
    kb: KnowledgeBase, make_doc, tag: Callable[..., Doc]
) -> None:  # type: ignore[no-untyped-def]
    # Unknown stem: no actor; a word in -er not before a noun: no adjective.
    doc = tag(make_doc("Der Musterstädter Kreisverband tagt."), "NOUN", "Kreisverband")
    assert _adjective_of(link_article(doc, DAY, kb).to_models(), "Musterstädter") is None
    doc = make_doc(
        "Die Wahl in Beispielhausen war knapp. Die Beispielhausener jubeln.",
        ents={"Beispielhausen": "LOC"},
    )
    assert _adjective_of(link_article(doc, DAY, kb).to_models(), "Beispielhausener") is None


def test_a_seat_of_government_is_left_to_the_metonym_rules(
    kb: KnowledgeBase, make_doc, tag: Callable[..., Doc]
) -> None:  # type: ignore[no-untyped-def]
    doc = tag(make_doc("Die Brüsseler Kommission tagt."), "NOUN", "Kommission")
    actors = link_article(doc, DAY, kb).to_models()
    found = _adjective_of(actors, "Brüsseler")
    assert found is None or found.id != "lb:loc-bel-brussels"
