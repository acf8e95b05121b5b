"""Session 5: kind nouns of sport, media and church life, person nouns that refer back
further than pronouns; "sagte, die Spieler" opens no relative clause."""

from __future__ import annotations

from datetime import date

from lagebild.actors.entities import ArticleActors
from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.nominal_kinds import load_nominal_kinds
from lagebild.actors.stage import link_article

DAY = date(2023, 11, 9)


def _at(text: str, phrase: str, actors: ArticleActors) -> list[str]:
    start = text.index(phrase)
    return [m.entity for m in actors.mentions if m.start == start and m.kind == "description"]


def _named(text: str, name: str, actors: ArticleActors) -> list[str]:
    start = text.index(name)
    return [m.entity for m in actors.mentions if m.start == start and m.kind == "name"]


def test_a_parish_is_a_religious_body_not_a_town() -> None:
    kinds = load_nominal_kinds()
    parish, town = kinds.kind_of("Kirchengemeinde"), kinds.kind_of("Großgemeinde")
    assert parish is not None and parish.types == {"ORG"} and parish.sectors == {"REL"}
    assert town is not None and town.types == {"LOC"}
    team = kinds.kind_of("Fußballmannschaft")
    assert team is not None and team.noun == "mannschaft"


def test_die_mannschaft_is_the_club_named_before(kb: KnowledgeBase, make_doc, tag) -> None:  # type: ignore[no-untyped-def]
    text = "Der SV Beispielstadt gewann gestern. Danach feierte die Mannschaft lange."
    doc = make_doc(text, ents={"SV Beispielstadt": "ORG"})
    tag(doc, "NOUN", "Mannschaft", morph="Gender=Fem|Number=Sing")
    actors = link_article(doc, DAY, kb)
    (club,) = _named(text, "SV Beispielstadt", actors)
    assert _at(text, "die Mannschaft", actors) == [club]


def test_a_person_noun_reaches_three_sentences_back(kb: KnowledgeBase, make_doc, tag) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Frank Weber erhielt den Preis. Das Buch erschien im Mai. Es wurde gelobt. "
        "Der Autor schildert darin seine Jugend."
    )
    doc = make_doc(text, ents={"Frank Weber": "PER"}, subjects=("Weber", "Autor"))
    tag(doc, "NOUN", "Autor", "Preis", "Buch", morph="Gender=Masc|Number=Sing")
    actors = link_article(doc, DAY, kb)
    assert _at(text, "Der Autor", actors) == _named(text, "Frank Weber", actors) != []


def test_sagte_die_spieler_is_no_relative_clause(kb: KnowledgeBase, make_doc, tag) -> None:  # type: ignore[no-untyped-def]
    text = "Der Trainer sagte, die Spieler hätten gekämpft."
    doc = make_doc(text)
    tag(doc, "NOUN", "Trainer", morph="Gender=Masc|Number=Sing")
    tag(doc, "NOUN", "Spieler", morph="Gender=Masc|Number=Plur")
    tag(doc, "VERB", "sagte")
    actors = link_article(doc, DAY, kb)
    # Nobody to refer back to, and no relative clause that would introduce a person.
    assert _at(text, "Der Trainer", actors) == []
