"""Persons named by an initial ("Sebastian K."): the bare initial is the nearest person
named before it with that initial."""

from __future__ import annotations

from datetime import date

from lagebild.actors.initials import initial_of
from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.stage import link_article
from lagebild.models import Actor

DAY = date(2021, 3, 4)


def at(actors: list[Actor], text: str, start: int) -> str | None:
    for actor in actors:
        for m in actor.mentions:
            if m.start == start and m.text == text:
                return actor.id
    return None


def test_initial_of_a_name() -> None:
    assert initial_of("Sebastian K.") == "K"
    assert initial_of("Sebastian K") == "K"
    assert initial_of("K.") is None
    assert initial_of("Donald J. Trump") is None


def test_bare_initial_is_the_nearest_person_with_it(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Der Händler Jörg K. verkaufte Räder. Später kaufte Udo M. eines. "
        "Dann übernahm Sebastian K. den Laden. Heute sagt K. nichts dazu."
    )
    doc = make_doc(text, ents={"Jörg K.": "PER", "Udo M.": "PER", "Sebastian K.": "PER"})
    actors = link_article(doc, DAY, kb).to_models()
    sebastian = at(actors, "Sebastian K", text.index("Sebastian"))
    assert sebastian is not None
    assert at(actors, "K.", text.index("sagt K.") + 5) == sebastian


def test_initial_without_such_person_or_inside_a_name_is_left(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Udo M. kam. Dann sprach Donald J. Trump, und K. schwieg."
    doc = make_doc(text, ents={"Udo M.": "PER", "Donald J. Trump": "PER"})
    actors = link_article(doc, DAY, kb).to_models()
    assert at(actors, "K.", text.index("K.")) is None
    assert at(actors, "J.", text.index("J.")) is None
