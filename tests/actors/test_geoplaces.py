"""GeoNames places: the build step (geoplaces.py) and where the text names them (placespots.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
import spacy

from lagebild.actors import geoplaces
from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.registry import Draft, Registry
from lagebild.actors.stage import link_article
from lagebild.models import Actor

DAY = date(2023, 11, 9)


def _link(
    text: str, kb: KnowledgeBase, ents: dict[str, str] | None = None, make_doc: Any = None
) -> list[Actor]:
    doc = make_doc(text, ents=ents) if make_doc else spacy.blank("de")(text)
    return link_article(doc, DAY, kb).to_models()


def _place_of(actors: list[Actor], text: str) -> Actor | None:
    return next((a for a in actors for m in a.mentions if m.text == text), None)


def test_latin_names_keep_readable_names_and_long_alternates() -> None:
    names = ["‘Ayn al ‘Arab", "Kobane", "Deka", "Эскальдес", "esukarudesu", "Ain al-Arab"]
    assert geoplaces.latin_names(names) == ["Ayn al Arab", "Kobane", "Ain al-Arab"]
    assert geoplaces.latin_names(["Hof", "Hofa"]) == ["Hof"]  # its own name may be short


def test_add_places_merges_known_places_and_leaves_other_actors_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = [
        {
            "name": "Moscow",
            "country": "RUS",
            "population": 10,
            "names": ["Moscow", "Moskwa"],
            "geonameid": 1,
        },
        {
            "name": "Jackson",
            "country": "USA",
            "population": 9,
            "names": ["Jackson"],
            "geonameid": 2,
        },
        {
            "name": "Afrin",
            "country": "SYR",
            "population": 8,
            "names": ["Afrin", "Efrin"],
            "geonameid": 3,
        },
        {"name": "Afrin", "country": "TUR", "population": 7, "names": ["Afrin"], "geonameid": 4},
    ]
    monkeypatch.setattr(geoplaces, "_places", lambda: rows)
    registry = Registry()
    moscow = registry._add(Draft(id="lb:loc-rus-moscow", type="LOC", name="Moscow", country="RUS"))
    moscow.add_names("en", ["Moscow"])
    person = registry._add(Draft(id="Q1", type="PER", name="Jackson", country="USA"))
    person.add_names("en", ["Jackson"])
    geoplaces.add_places(registry.actors, registry._new_id, registry.stats)
    assert "Moskwa" in moscow.names["other"]  # merged, no second Moscow
    assert not any(d.id.startswith("lb:loc-usa-") for d in registry.actors.values())
    afrin = [d for d in registry.actors.values() if d.name == "Afrin"]
    assert [d.id for d in afrin] == ["lb:loc-syr-afrin"]  # the most populous only
    assert afrin[0].sources == ["geonames"] and afrin[0].code == "SYR"


def test_gazetteer_places_are_looked_up_by_letters(kb: KnowledgeBase) -> None:
    kobane = kb.place("Kobane")
    assert kobane is not None and kobane.type == "LOC" and kobane.country == "SYR"
    assert kb.place("Idlibs") == kb.place("Idlib")
    assert kb.place("Sinai") is None  # not Sinnai (Italy): no phonetic matching
    assert not kb.match_name("Kobane")  # never a candidate by name alone
    assert not kb.match_name("Ayn al Arab")  # nor by a near multi-word spelling


def test_a_city_after_a_place_preposition_links(kb: KnowledgeBase) -> None:
    actors = _link("Die Armee marschierte in Afrin ein. Sie kam aus Seattle.", kb)
    afrin = _place_of(actors, "Afrin")
    assert afrin is not None and afrin.type == "LOC" and afrin.country == "SYR"
    seattle = _place_of(actors, "Seattle")
    assert seattle is not None and seattle.country == "USA"


def test_a_gazetteer_place_is_named_as_the_article_writes_it(
    kb: KnowledgeBase, make_doc: Any
) -> None:
    actors = _link("Der Angriff auf Kobane begann.", kb, {"Kobane": "LOC"}, make_doc)
    kobane = _place_of(actors, "Kobane")
    assert kobane is not None and kobane.name_de == "Kobane"


def test_common_words_and_other_contexts_make_no_place(kb: KnowledgeBase, make_doc: Any) -> None:
    # Ordinary words that are also towns, even after a preposition.
    assert _place_of(_link("Das gilt seit Mitte März.", kb), "Mitte") is None
    assert _place_of(_link("Sie war in Mission unterwegs.", kb), "Mission") is None
    # No preposition: "Idlib" alone stays unlinked by the gazetteer.
    assert _place_of(_link("Idlib meldete Kämpfe.", kb), "Idlib") is None
    # A person's name is no place: "Florence" (Firenze's English name) in "Florence Parly".
    actors = _link("Gestern sprach Florence Parly lange.", kb, {"Florence Parly": "PER"}, make_doc)
    assert [a.type for a in actors] == ["PER"]
    # The NER's "Roth" of "Roth an der Our" is not the gazetteer's Roth.
    actors = _link("Dort liegt Roth an der Our.", kb, {"Roth": "LOC"}, make_doc)
    roth = _place_of(actors, "Roth")
    assert roth is None or roth.id.startswith("new:")


def test_a_dateline_town_is_a_gazetteer_place(kb: KnowledgeBase) -> None:
    from lagebild.actors.stage import ActorsStage

    stage = ActorsStage(kb=kb)
    seattle = kb.place("Seattle")
    assert seattle is not None
    assert stage.dateline_actor("SEATTLE", DAY, []) == seattle.id
    assert stage.dateline_actor("Nirgendwoheim", DAY, []) is None
