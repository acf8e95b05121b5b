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


def test_known_given_name_makes_a_person_the_ner_missed(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    assert "joel" in kb.given_names and "new" not in kb.given_names
    doc = make_doc("Es sprach der Bürgermeister, Joël Beispielmann. Beispielmann blieb.")
    doc[5].pos_ = doc[6].pos_ = "PROPN"
    actors = link_article(doc, date(2020, 1, 1), kb).to_models()
    person = [a for a in actors if a.id == "new:joel-beispielmann"]
    assert person and person[0].type == "PER"
    assert {m.text for m in person[0].mentions if m.kind == "name"} == {
        "Joël Beispielmann",
        "Beispielmann",
    }


def test_given_name_does_not_take_a_common_noun(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Dann las Maria Bücher.")
    doc[2].pos_, doc[3].pos_ = "PROPN", "NOUN"
    actors = link_article(doc, date(2020, 1, 1), kb).to_models()
    assert not any(m.text == "Maria Bücher" for a in actors for m in a.mentions)


def test_lone_given_name_takes_a_surname_the_tagger_missed(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    """The tagger calls unknown surnames adverbs: „Christophe“ + "Arend" is one name."""
    doc = make_doc("Gestern sagte Christophe Beispielmann etwas.", ents={"Christophe": "PER"})
    doc[3].pos_ = "ADV"
    actors = link_article(doc, date(2020, 1, 1), kb).to_models()
    assert any(a.id == "new:christophe-beispielmann" for a in actors)


def test_reviewed_german_given_name_completes_a_surname(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    """„Bernd“ is rare in the KB and the tagger calls it an adjective; our list knows it."""
    assert "bernd" in load_rules().given_names and "romy" in load_rules().given_names
    doc = make_doc("Heute sprach Bernd Beispiel. Beispiel blieb.", ents={"Beispiel": "PER"})
    doc[2].pos_ = "ADJ"
    view = DocView(doc, load_rules())
    lone = [spot("Beispiel", start=doc.text.index("Beispiel blieb"))]
    assert [s.text for s in full_name_spots(lone, view, kb)] == ["Bernd Beispiel", "Beispiel"]


def test_a_given_name_in_s_opens_a_full_name(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    """„Dennis Beispiel“: the tagger's NOUN for an unknown surname is no genitive."""
    doc = make_doc("Dennis Beispiel warnte.")
    doc[1].pos_ = "NOUN"
    view = DocView(doc, load_rules())
    given = {"dennis"}.__contains__
    kept = split_genitive(spot("Dennis Beispiel"), view, given=lambda w: given(w.lower()))
    assert [p.text for p in kept] == ["Dennis Beispiel"]
    # Without the given name it is read as a genitive, as before.
    assert [p.text for p in split_genitive(spot("Dennis Beispiel"), view)] == ["Dennis"]


def test_a_name_opening_with_a_particle_is_a_new_person(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Die CDU verlor mit de Beispielhaag.", ents={"de Beispielhaag": "PER"})
    actors = link_article(doc, date(2012, 5, 7), kb).to_models()
    person = next((a for a in actors if any(m.text == "de Beispielhaag" for m in a.mentions)), None)
    assert person is not None and person.type == "PER"


def test_a_given_name_after_a_place_starts_a_person() -> None:
    """„von Liechtenstein Erika Beispiel“: not an organisation named after the place."""
    merged = merge_spots(
        [spot("Liechtenstein Erika", "ORG")],
        [spot("Liechtenstein", "LOC")],
        lambda s: False,
        lambda w: False,
        lambda w: w == "Erika",
    )
    assert [(s.text, s.label) for s in merged] == [("Liechtenstein", "LOC"), ("Erika", "PER")]
    # Without a given name it stays an organisation named after the place.
    kept = merge_spots(
        [spot("Universität Hamburg", "ORG")],
        [spot("Hamburg", "LOC", start=12)],
        lambda s: False,
        lambda w: False,
        lambda w: w == "Erika",
    )
    assert [s.text for s in kept] == ["Universität Hamburg"]


def test_a_given_name_takes_a_surname_joined_to_its_particle(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Damit bleibe Bashar al-Asad ein Outcast.", ents={"Bashar": "PER"})
    actors = link_article(doc, date(2020, 6, 1), kb).to_models()
    assert any(m.text == "Bashar al-Asad" for a in actors if a.id == "Q44329" for m in a.mentions)
