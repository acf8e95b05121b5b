"""Session 5: relative pronouns with an article's form after a comma („Probe, der …“) refer
to the actor whose mention ends at the comma, if they agree with it."""

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


def test_der_after_a_person(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Am Abend lachte Karl Probe, der seine Firma verkauft hatte.",
        ents={"Karl Probe": "PER"},
    )
    assert linked(link_article(doc, DAY, kb).to_models(), "der") == ["new:karl-probe"]


def test_die_after_an_organisation(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Geklagt hat die Beispielwerk GmbH, die seit Jahren Pumpen baut.",
        ents={"Beispielwerk GmbH": "ORG"},
    )
    assert linked(link_article(doc, DAY, kb).to_models(), "die") == ["new:beispielwerk-gmbh"]


def test_a_form_that_disagrees_is_no_link(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    # "die" is feminine or plural: not the man named before the comma.
    doc = make_doc(
        "Am Abend sprach Karl Probe, die lange gewartet hatte.", ents={"Karl Probe": "PER"}
    )
    assert linked(link_article(doc, DAY, kb).to_models(), "die") == []


def test_an_article_before_its_noun_is_no_relative(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Geklagt hat die Beispielwerk GmbH, die Firma will Geld.",
        ents={"Beispielwerk GmbH": "ORG"},
    )
    assert linked(link_article(doc, DAY, kb).to_models(), "die") == []


def test_coordinated_antecedents_are_no_one_actor(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Gewonnen haben Anna Muster und Eva Probe, die beide aus Linz kommen.",
        ents={"Anna Muster": "PER", "Eva Probe": "PER"},
    )
    assert linked(link_article(doc, DAY, kb).to_models(), "die") == []
