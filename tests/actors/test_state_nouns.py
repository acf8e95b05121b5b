"""State descriptions: „das Land“/"der Staat" is the salient state, plural state nouns are
no group actor (`state_nouns.py`)."""

from __future__ import annotations

from datetime import date

from lagebild.actors.entities import ArticleActors
from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.stage import link_article

DAY = date(2020, 6, 10)
PLURAL = "Case=Nom|Gender=Masc|Number=Plur"
STATES = {"Syrien": "LOC", "Libanon": "LOC", "Israel": "LOC", "Deutschland": "LOC"}


def _at(text: str, phrase: str, actors: ArticleActors) -> list[str]:
    start = text.index(phrase)
    return [m.entity for m in actors.mentions if m.start <= start < m.end]


def _country(kb: KnowledgeBase, name: str) -> str:
    info = kb.country_by_name(name)
    assert info is not None
    return info.actor_id


def test_the_state_is_the_one_named_in_the_last_sentences(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Syrien leidet. Syrien hungert. Syrien blutet. Die Lage ist ernst. "
        "Libanon hat Schulden. Die libanesischen Banken sind pleite. Der Staat ist bankrott."
    )
    actors = link_article(make_doc(text, ents=STATES), DAY, kb)
    assert _at(text, "Staat ist", actors) == [_country(kb, "Libanon")]


def test_without_a_state_nearby_the_state_is_the_focus(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Syrien leidet. Syrien hungert. Libanon hilft. Das Wetter ist schön. Es regnet viel. "
        "Die Sonne fehlt. Die Ernte leidet. Der Staat ist bankrott."
    )
    actors = link_article(make_doc(text, ents=STATES), DAY, kb)
    assert _at(text, "Staat ist", actors) == [_country(kb, "Syrien")]


def test_the_focus_outweighs_one_state_named_in_passing(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Israel debattiert. Israel streitet. Israel ringt. Die Lage ist ernst. "
        "Man spricht in Deutschland anders. Das Land ist gespalten."
    )
    actors = link_article(make_doc(text, ents=STATES), DAY, kb)
    assert _at(text, "Land ist", actors) == [_country(kb, "Israel")]


def test_a_demonstrative_points_to_the_latest_state(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Israel debattiert. Israel streitet. Israel ringt. Die Lage ist ernst. "
        "Man spricht in Deutschland anders. In diesem Land ist das so."
    )
    actors = link_article(make_doc(text, ents=STATES), DAY, kb)
    assert _at(text, "Land ist", actors) == [_country(kb, "Deutschland")]


def test_a_state_is_not_another_argument_of_its_verb(kb: KnowledgeBase, make_doc, tag) -> None:  # type: ignore[no-untyped-def]
    text = "Israel wird gegründet. Syrien und Libanon greifen den neuen Staat an."
    doc = make_doc(text, ents=STATES, subjects=("Syrien", "Libanon"))
    tag(doc, "VERB", "greifen")
    actors = link_article(doc, DAY, kb)
    assert _at(text, "Staat an", actors) == [_country(kb, "Israel")]


def test_several_states_are_no_group_actor(kb: KnowledgeBase, make_doc, tag) -> None:  # type: ignore[no-untyped-def]
    text = "Syrien und Libanon verhandeln. Beide Länder wollen Frieden. Andere Staaten zögern."
    doc = tag(make_doc(text, ents=STATES), "NOUN", "Länder", "Staaten", morph=PLURAL)
    actors = link_article(doc, DAY, kb)
    assert _at(text, "Länder wollen", actors) == []
    assert _at(text, "Staaten zögern", actors) == []
    assert not [e for e in actors.entities if e.startswith("new:grp-")]


def test_states_of_a_bloc_are_the_bloc(kb: KnowledgeBase, make_doc, tag) -> None:  # type: ignore[no-untyped-def]
    text = "Syrien schweigt. Die westlichen Staaten protestieren."
    doc = tag(make_doc(text, ents=STATES), "NOUN", "Staaten", morph=PLURAL)
    actors = link_article(doc, DAY, kb)
    assert _at(text, "Staaten protestieren", actors) == ["lb:bloc-wst"]
