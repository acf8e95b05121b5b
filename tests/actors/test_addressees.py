"""„sagte der MZ“, "gegenüber TE": an unknown acronym told something is an organisation
(`addressees.py`)."""

from __future__ import annotations

from datetime import date

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.stage import link_article
from lagebild.models import Actor

DAY = date(2022, 6, 1)


def _named(actors: list[Actor], text: str) -> Actor | None:
    found = [a for a in actors if any(m.kind == "name" and m.text == text for m in a.mentions)]
    return found[0] if found else None


def test_an_acronym_after_a_verb_of_saying_and_a_dative_is_an_organisation(
    kb: KnowledgeBase, make_doc
) -> None:  # type: ignore[no-untyped-def]
    text = "Der Pressesprecher sagte der WZB, die Halle sei fertig."
    paper = _named(link_article(make_doc(text), DAY, kb).to_models(), "WZB")
    assert paper is not None and paper.type == "ORG"


def test_an_acronym_after_gegenueber_is_an_organisation(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Die Trainerin äußerte sich gegenüber QRT zufrieden."
    outlet = _named(link_article(make_doc(text), DAY, kb).to_models(), "QRT")
    assert outlet is not None and outlet.type == "ORG"


def test_a_capitalised_word_that_is_no_acronym_is_left_alone(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Der Pressesprecher sagte der Zeitung, die Halle sei fertig."
    assert _named(link_article(make_doc(text), DAY, kb).to_models(), "Zeitung") is None


def test_an_acronym_elsewhere_needs_its_definition(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Die Halle bekam ein neues WZB am Montag."
    assert _named(link_article(make_doc(text), DAY, kb).to_models(), "WZB") is None
