"""Group actors carry their country: a country word, an actor named after the noun ("die
Kurden in Deutschland"), a country before a compound's hyphen, else the focus country for
people of a role, never for peoples across states."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.stage import link_article
from lagebild.models import Actor

DAY = date(2020, 5, 2)


def _plural(doc: Doc, *words: str) -> Doc:
    for token in doc:
        if token.text in words:
            token.set_morph("Number=Plur")
    return doc


def _group_of(actors: list[Actor], text: str) -> Actor:
    found = [a for a in actors if any(m.text == text for m in a.mentions)]
    assert len(found) == 1, (text, [a.id for a in found])
    return found[0]


def test_a_place_after_the_noun_gives_the_group_its_country(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = _plural(
        make_doc(
            "Frankreich hilft Syrien. Die Kurden in Deutschland protestierten.",
            ents={"Frankreich": "LOC", "Syrien": "LOC", "Deutschland": "LOC"},
        ),
        "Kurden",
    )
    group = _group_of(link_article(doc, DAY, kb).to_models(), "Die Kurden")
    assert (group.id, group.country) == ("new:grp-deu-kurde", "DEU")


def test_role_groups_take_the_focus_country_peoples_do_not(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = _plural(
        make_doc(
            "In Frankreich streiken viele. Frankreich hofft. Die Polizisten kamen. Die Kurden gingen.",
            ents={"Frankreich": "LOC"},
        ),
        "Polizisten",
        "Kurden",
    )
    actors = link_article(doc, DAY, kb).to_models()
    police = _group_of(actors, "Die Polizisten")
    assert (police.country, police.code) == ("FRA", "FRACOP")
    assert _group_of(actors, "Die Kurden").country is None


def test_a_country_before_the_compound_hyphen(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = _plural(
        make_doc(
            "Frankreich hofft. Frankreich wartet. Vertraute US-Regierungsbeamten sprachen.",
            ents={"Frankreich": "LOC"},
        ),
        "US-Regierungsbeamten",
    )
    group = _group_of(link_article(doc, DAY, kb).to_models(), "US-Regierungsbeamten")
    assert group.country == "USA"


def test_several_state_bodies_are_the_sector_a_bare_plural_is_generic(
    kb: KnowledgeBase, make_doc
) -> None:  # type: ignore[no-untyped-def]
    doc = _plural(
        make_doc(
            "Deutschland hofft. Deutschland wartet. Mehrere Staatsanwaltschaften ermitteln. "
            "Das wird mit Behörden abgesprochen.",
            ents={"Deutschland": "LOC"},
        ),
        "Staatsanwaltschaften",
        "Behörden",
    )
    actors = link_article(doc, DAY, kb).to_models()
    assert _group_of(actors, "Mehrere Staatsanwaltschaften").id == "lb:grp-deu-jud"
    assert not [a for a in actors if any(m.text == "Behörden" for m in a.mentions)]


def test_laender_in_an_article_about_germany_are_its_states(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Deutschland hofft. Deutschland wartet. Mehrere Bundesländer klagen. Die Länder zahlen."
    doc = _plural(make_doc(text, ents={"Deutschland": "LOC"}), "Bundesländer", "Länder")
    actors = link_article(doc, DAY, kb).to_models()
    group = _group_of(actors, "Mehrere Bundesländer")
    assert (group.country, group.code) == ("DEU", "DEUGOV")
    assert _group_of(actors, "Die Länder").id == group.id


def test_laender_elsewhere_stay_several_states(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = _plural(
        make_doc(
            "Frankreich hofft. Frankreich wartet. Die Länder zahlen.", ents={"Frankreich": "LOC"}
        ),
        "Länder",
    )
    actors = link_article(doc, DAY, kb).to_models()
    linked = [(m.text, a.id) for a in actors for m in a.mentions]
    # Several states: not France, not a junk group "Land" with no country.
    assert [text for text, _ in linked] == ["Frankreich", "Frankreich"]
