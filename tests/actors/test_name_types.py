"""The type the text gives an unknown name (`nametypes.py`, `legalforms.py`)."""

from __future__ import annotations

from datetime import date

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.nametypes import load_name_type_words
from lagebild.actors.stage import link_article
from lagebild.models import Actor

DAY = date(2021, 1, 20)


def named(actors: list[Actor], text: str) -> Actor | None:
    for actor in actors:
        if any(m.text == text and m.kind == "name" for m in actor.mentions):
            return actor
    return None


def test_person_noun_in_apposition_makes_a_person(kb: KnowledgeBase, make_doc, tag) -> None:  # type: ignore[no-untyped-def]
    text = "Die Burgschauspielerin Quirla Tobrisch ist tot. Tobrisch starb nach langer Krankheit."
    doc = make_doc(text, ents={"Quirla Tobrisch": "LOC", "Tobrisch": "LOC"})
    tag(doc, "NOUN", "Burgschauspielerin")
    actors = link_article(doc, DAY, kb).to_models()
    full = named(actors, "Quirla Tobrisch")
    assert full is not None and full.type == "PER"
    assert named(actors, "Tobrisch") is full


def test_title_makes_a_person(kb: KnowledgeBase, make_doc, tag) -> None:  # type: ignore[no-untyped-def]
    text = "Am Ende kam Frau Tobrisch zu Wort."
    doc = make_doc(text, ents={"Tobrisch": "LOC"})
    tag(doc, "NOUN", "Frau")
    actor = named(link_article(doc, DAY, kb).to_models(), "Tobrisch")
    assert actor is not None and actor.type == "PER"


def test_verb_of_saying_makes_a_person(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "„Es darf sich nicht die ganze Herde infizieren“, sagt Bernheck. Bernheck lacht."
    doc = make_doc(text, ents={"Bernheck": "LOC"})
    actor = named(link_article(doc, DAY, kb).to_models(), "Bernheck")
    assert actor is not None and actor.type == "PER"


def test_legal_form_makes_one_organisation(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Die Düsenwerk GmbH aus Wendeburg recycelt Akkus. Düsenwerk hingegen wächst."
    doc = make_doc(text, ents={"Düsenwerk GmbH": "LOC", "Düsenwerk": "LOC", "Wendeburg": "LOC"})
    actors = link_article(doc, DAY, kb).to_models()
    company = named(actors, "Düsenwerk GmbH")
    assert company is not None and company.type == "ORG"
    assert named(actors, "Düsenwerk") is company
    town = named(actors, "Wendeburg")  # no cue: the NER's label stands
    assert town is not None and town.type == "LOC"


def test_weekday_with_part_of_day_is_no_actor(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Sie ist Samstagfrüh im Alter von 93 Jahren gestorben."
    doc = make_doc(text, ents={"Samstagfrüh": "PER"})
    assert named(link_article(doc, DAY, kb).to_models(), "Samstagfrüh") is None


def test_apposition_after_the_name_makes_a_person(kb: KnowledgeBase, make_doc, tag) -> None:  # type: ignore[no-untyped-def]
    text = "Gestern kam Quirla Tobrisch, die Sprecherin einer Gruppe, zu Wort."
    doc = make_doc(text, ents={"Quirla Tobrisch": "LOC"})
    tag(doc, "NOUN", "Sprecherin")
    actor = named(link_article(doc, DAY, kb).to_models(), "Quirla Tobrisch")
    assert actor is not None and actor.type == "PER"


def test_time_word_needs_a_weekday() -> None:
    words = load_name_type_words()
    assert words.time_word.fullmatch("Montagabend") is not None
    assert words.time_word.fullmatch("Abendrot") is None  # a part of the day alone: a name


def test_conflicting_cues_leave_the_label(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Die Düsenwerk GmbH wächst. „Wir wachsen“, sagt Düsenwerk."
    doc = make_doc(text, ents={"Düsenwerk GmbH": "LOC", "Düsenwerk": "LOC"})
    actor = named(link_article(doc, DAY, kb).to_models(), "Düsenwerk")
    assert actor is not None and actor.type == "LOC"
