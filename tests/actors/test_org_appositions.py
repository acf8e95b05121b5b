"""„das Oppositionsbündnis Alianza Cívica“, "der Plattformbetreiber Flixbus": an unknown name
the NER called a person is an organisation after a noun of a kind of organisation."""

from __future__ import annotations

from datetime import date

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.stage import link_article
from lagebild.models import Actor

DAY = date(2020, 5, 2)


def _actor_of(actors: list[Actor], text: str) -> Actor | None:
    found = [a for a in actors if any(m.text == text for m in a.mentions)]
    return found[0] if found else None


def test_a_name_of_several_words_after_an_organisation_noun_is_an_organisation(
    kb: KnowledgeBase, make_doc
) -> None:  # type: ignore[no-untyped-def]
    text = "Die Regierung und das Oppositionsbündnis Alianza Cívica verhandeln wieder."
    doc = make_doc(text, ents={"Alianza Cívica": "PER"})
    actors = link_article(doc, DAY, kb).to_models()
    alliance = _actor_of(actors, "Alianza Cívica")
    assert alliance is not None and alliance.type == "ORG"
    assert _actor_of(actors, "das Oppositionsbündnis") is alliance


def test_a_name_opening_with_a_given_name_stays_a_person(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Die Regierung und das Bündnis Klaus Beispielmann verhandeln wieder."
    doc = make_doc(text, ents={"Klaus Beispielmann": "PER"})
    actors = link_article(doc, DAY, kb).to_models()
    person = _actor_of(actors, "Klaus Beispielmann")
    assert person is not None and person.type == "PER"
    assert _actor_of(actors, "das Bündnis") is None
