"""„deren“/„dessen“: after a comma (and a preposition) they refer to the actor named right
before the comma; without one, like a lone demonstrative, to the latest non-subject."""

from __future__ import annotations

from datetime import date

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.stage import link_article
from lagebild.models import Actor

DAY = date(2023, 11, 9)


def _pronoun(actors: list[Actor], text: str) -> list[str]:
    return [a.id for a in actors for m in a.mentions if m.kind == "pronoun" and m.text == text]


def test_relative_deren_takes_the_actor_before_the_comma(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Angela Merkel lobte die Grünen, deren Vorsitzende schwieg.",
        ents={"Angela Merkel": "PER", "Grünen": "ORG"},
        subjects=("Merkel",),
    )
    actors = link_article(doc, DAY, kb).to_models()
    greens = [a.id for a in actors if any(m.text == "Grünen" for m in a.mentions)]
    assert greens and _pronoun(actors, "deren") == greens


def test_relative_dessen_after_a_preposition(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Emmanuel Macron traf Olaf Scholz. Emmanuel Macron, mit dessen Politik viele hadern, ging.",
        ents={"Olaf Scholz": "PER", "Emmanuel Macron": "PER"},
        subjects=("Macron",),
    )
    for token in doc:
        if token.text == "mit":
            token.pos_ = "ADP"
    actors = link_article(doc, DAY, kb).to_models()
    macron = [a.id for a in actors if any(m.text == "Emmanuel Macron" for m in a.mentions)]
    assert macron and _pronoun(actors, "dessen") == macron


def test_dessen_never_takes_a_woman_before_the_comma(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Emmanuel Macron traf Angela Merkel, dessen Politik sie lobte.",
        ents={"Angela Merkel": "PER", "Emmanuel Macron": "PER"},
        subjects=("Macron",),
    )
    actors = link_article(doc, DAY, kb).to_models()
    assert _pronoun(actors, "dessen") == []


def test_demonstrative_dessen_avoids_the_subject(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Angela Merkel lobte Emmanuel Macron. Und dessen Minister schwieg.",
        ents={"Angela Merkel": "PER", "Emmanuel Macron": "PER"},
        subjects=("Merkel",),
    )
    actors = link_article(doc, DAY, kb).to_models()
    macron = [a.id for a in actors if any(m.text == "Emmanuel Macron" for m in a.mentions)]
    assert macron and _pronoun(actors, "dessen") == macron
