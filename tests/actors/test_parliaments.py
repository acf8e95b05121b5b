"""„im Landtag“: the parliament of the state the article is about (`parliaments.py`)."""

from __future__ import annotations

from datetime import date

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.stage import link_article
from lagebild.models import Actor

DAY = date(2022, 5, 9)


def _of(actors: list[Actor], text: str) -> Actor | None:
    found = [a for a in actors if any(m.text == text for m in a.mentions)]
    return found[0] if found else None


def test_the_bare_noun_is_the_parliament_of_the_state_the_article_names(
    kb: KnowledgeBase, make_doc
) -> None:  # type: ignore[no-untyped-def]
    text = "In Sachsen wird gewählt. Die Grünen wollen in den Landtag. Der Landtag tagt bald."
    doc = make_doc(text, ents={"Sachsen": "LOC"})
    actors = link_article(doc, DAY, kb).to_models()
    parliament = _of(actors, "Landtag")
    assert parliament is not None and parliament.type == "ORG"
    assert parliament.code == "DEULEG" and "Sachsen" in parliament.name
    assert sum(m.text == "Landtag" for m in parliament.mentions) == 2


def test_a_state_adjective_before_the_noun_names_the_state(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "In Sachsen wird gewählt. Die Partei zog in den baden-württembergischen Landtag ein."
    doc = make_doc(text, ents={"Sachsen": "LOC"})
    actors = link_article(doc, DAY, kb).to_models()
    parliament = _of(actors, "baden-württembergischen Landtag")
    assert parliament is not None and "Baden-Württemberg" in parliament.name


def test_without_a_state_the_noun_stays_unlinked(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Die Grünen wollen in den Landtag."
    assert _of(link_article(make_doc(text), DAY, kb).to_models(), "Landtag") is None
