"""„Landgericht München“, "Polizei Karlsruhe", "Universität Warschau": an institution noun and
its place are one organisation of the noun's sector in the place's country, not the place."""

from __future__ import annotations

from datetime import date

import spacy

from lagebild.actors.institutions import institution_place_spots, load_institution_nouns
from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.stage import link_article
from lagebild.models import Actor

DAY = date(2026, 12, 1)
_BLANK = spacy.blank("de")


def _actor_of(actors: list[Actor], text: str) -> Actor | None:
    found = [a for a in actors if any(m.text == text for m in a.mentions)]
    return found[0] if found else None


def test_nouns_give_the_sector_also_for_compounds_and_genitives() -> None:
    nouns = load_institution_nouns()
    assert nouns.sector("Landgericht") == ("Landgericht", "JUD")
    assert nouns.sector("Landgerichts") == ("Landgericht", "JUD")
    assert nouns.sector("Kriminalpolizei") == ("Kriminalpolizei", "COP")
    assert nouns.sector("Stadtwerke") == ("Stadtwerke", "BUS")
    assert nouns.sector("Uni") == ("Universität", "EDU")
    assert nouns.sector("Regierung") is None


def test_a_court_and_its_city_are_one_judicial_actor_of_the_country(
    kb: KnowledgeBase, make_doc
) -> None:  # type: ignore[no-untyped-def]
    text = "Das Landgericht München verurteilte den Mann. Die Polizei Karlsruhe ermittelt."
    doc = make_doc(text, ents={"München": "LOC", "Karlsruhe": "LOC"})
    actors = link_article(doc, DAY, kb).to_models()
    court = _actor_of(actors, "Landgericht München")
    assert court is not None and court.type == "ORG"
    assert (court.sector, court.country, court.code) == ("JUD", "DEU", "DEUJUD")
    police = _actor_of(actors, "Polizei Karlsruhe")
    assert police is not None and police.code == "DEUCOP"
    assert _actor_of(actors, "München") is None  # the place is inside the name


def test_the_country_is_the_places_not_the_articles(kb: KnowledgeBase) -> None:
    doc = _BLANK("Eine Studie der Universität Warschau zeigt das.")
    _, found = institution_place_spots(doc, kb, [])
    assert [(f.name, f.sector, f.country) for f in found] == [
        ("Universität Warschau", "EDU", "POL")
    ]


def test_genitive_and_clipped_nouns_name_the_nominative(kb: KnowledgeBase) -> None:
    doc = _BLANK("Ein Sprecher des Landgerichts Köln und der Uni Hamburg sagte das.")
    _, found = institution_place_spots(doc, kb, [])
    assert [f.name for f in found] == ["Landgericht Köln", "Universität Hamburg"]


def test_no_place_after_the_noun_is_no_institution_name(kb: KnowledgeBase) -> None:
    doc = _BLANK("Das Gericht Spaghetti schmeckte. Die Polizei Ermittlungen laufen.")
    _, found = institution_place_spots(doc, kb, [])
    assert found == []


def test_an_acronym_of_an_institution_noun_takes_its_place(kb: KnowledgeBase) -> None:
    doc = _BLANK("Die IHK Köln erwartet eine schwache Konjunktur.")
    _, found = institution_place_spots(doc, kb, [])
    assert [(f.name, f.sector) for f in found] == [("IHK Köln", "BUS")]


def test_a_bare_institution_name_gets_the_nouns_sector(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Das Oberlandesgericht Düsseldorf verurteilte ihn. "
        "Die Verteidigung zieht vor den Bundesgerichtshof."
    )
    doc = make_doc(text, ents={"Düsseldorf": "LOC", "Bundesgerichtshof": "ORG"})
    actors = link_article(doc, DAY, kb).to_models()
    court = _actor_of(actors, "Bundesgerichtshof")
    assert court is not None and court.code == "DEUJUD"
