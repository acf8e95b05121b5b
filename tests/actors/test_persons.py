"""Person spans made whole, on spans and Docs we build."""

from __future__ import annotations

from datetime import date

from lagebild.actors.docview import DocView
from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.persons import full_name_spots, split_genitive, split_roles, trim_person
from lagebild.actors.rules import load_rules
from lagebild.actors.spotter import Spot, merge_spots
from lagebild.actors.stage import link_article


def spot(text: str, label: str = "PER", start: int = 0) -> Spot:
    return Spot(start, start + len(text), text, label, "ner")


def test_trim_person_stops_at_lower_case_words_but_keeps_particles() -> None:
    rules = load_rules()
    trimmed = trim_person(spot("Nancy Faeser zur Beschleunigung"), rules)
    assert trimmed is not None and trimmed.text == "Nancy Faeser"
    kept = trim_person(spot("Ursula von der Leyen"), rules)
    assert kept is not None and kept.text == "Ursula von der Leyen"
    asad = trim_person(spot("Baschar al-Assad"), rules)
    assert asad is not None and asad.text == "Baschar al-Assad"


def test_role_noun_inside_a_span_separates_names(kb: KnowledgeBase) -> None:
    parts = split_roles(
        spot("Frankfurt Sparkassenpräsident Helmut Beispiel", "LOC"), kb, lambda s: False
    )
    assert [(p.text, p.label) for p in parts] == [("Frankfurt", "LOC"), ("Helmut Beispiel", "PER")]
    assert split_roles(spot("Helmut Beispiel"), kb, lambda s: False) == [spot("Helmut Beispiel")]


def test_genitive_before_a_noun_is_a_name_of_its_own(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Kims Vater Kim Beispiel kam.")
    doc[1].pos_ = "NOUN"
    view = DocView(doc, load_rules())
    parts = split_genitive(spot("Kims Vater Kim Beispiel"), view)
    assert [p.text for p in parts] == ["Kims", "Kim Beispiel"]


def test_full_name_found_before_a_lone_surname(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Heute sprach Helmut Beispiel. Beispiel blieb.", ents={"Beispiel": "PER"})
    doc[2].pos_ = "PROPN"
    view = DocView(doc, load_rules())
    lone = [s for s in (spot("Beispiel", start=doc.text.index("Beispiel blieb")),)]
    found = full_name_spots(lone, view, kb)
    assert [s.text for s in found] == ["Helmut Beispiel", "Beispiel"]


def test_unknown_person_keeps_a_known_surname_inside(kb: KnowledgeBase) -> None:
    merged = merge_spots([spot("Martin Beispiel")], [spot("Martin")], lambda s: False)
    assert [s.text for s in merged] == ["Martin Beispiel"]
    place = merge_spots(
        [spot("Ex-Sowjetrepublik Kasachstan", "LOC")],
        [spot("Kasachstan", "LOC", start=18)],
        lambda s: False,
    )
    assert [s.text for s in place] == ["Kasachstan"]


def test_description_noun_taken_for_a_name_is_no_new_actor(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Danach stritt die Ampel lange.", ents={"Ampel": "ORG"})
    actors = link_article(doc, date(2023, 5, 1), kb).to_models()
    assert not any(a.id.startswith("new:") for a in actors)
    assert [a.code for a in actors] == ["DEUGOV"]
