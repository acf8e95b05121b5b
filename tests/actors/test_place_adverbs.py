"""Session 5: „dort“ is the place (or organisation) named in its sentence or the one before."""

from __future__ import annotations

from datetime import date

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.stage import link_article
from lagebild.models import Actor

DAY = date(2023, 11, 9)


def linked(actors: list[Actor], text: str) -> list[str]:
    return sorted(
        a.id for a in actors for m in a.mentions if m.kind == "pronoun" and m.text == text
    )


def test_dort_is_the_place_just_named(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Karl Probe wuchs in Beispielstadt auf. Dort lernte Karl Probe das Handwerk.",
        ents={"Karl Probe": "PER", "Beispielstadt": "LOC"},
    )
    assert linked(link_article(doc, DAY, kb).to_models(), "Dort") == ["new:beispielstadt"]


def test_dort_skips_persons_and_takes_an_organisation(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Die Beispielwerk GmbH kennt Karl Probe nicht. Dabei war Karl Probe dort Chef.",
        ents={"Karl Probe": "PER", "Beispielwerk GmbH": "ORG"},
    )
    assert linked(link_article(doc, DAY, kb).to_models(), "dort") == ["new:beispielwerk-gmbh"]


def test_a_place_further_back_is_not_dort(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Karl Probe wuchs in Beispielstadt auf. Er lernte früh. Er las viel. Dort blieb er.",
        ents={"Karl Probe": "PER", "Beispielstadt": "LOC"},
    )
    assert linked(link_article(doc, DAY, kb).to_models(), "Dort") == []


def test_a_place_inside_an_apposition_is_not_dort(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    # „in Beispielstadt, der Hauptstadt Beispiellands, …“: the town is the place meant.
    doc = make_doc(
        "Karl Probe verhandelte in Beispielstadt, der Hauptstadt Beispiellands, dort blieb er.",
        ents={"Karl Probe": "PER", "Beispielstadt": "LOC", "Beispiellands": "LOC"},
    )
    capital = next(t for t in doc if t.text == "Hauptstadt")
    capital.dep_ = "appos"
    for word in doc:
        if word.text in ("der", "Beispiellands"):
            word.head = capital
    assert linked(link_article(doc, DAY, kb).to_models(), "dort") == ["new:beispielstadt"]
