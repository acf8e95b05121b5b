"""A pronoun past its window: the one person of its gender the text keeps as its topic."""

from __future__ import annotations

from datetime import date

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.stage import link_article
from lagebild.models import Actor

DAY = date(2023, 11, 9)
# Four sentences without a person: the pronoun window (3) ends before the name.
FILLER = "Das Haus steht noch. Der Garten ist groß. Die Straße ist alt. Ein Zug fährt vorbei. "


def by_text(actors: list[Actor], text: str) -> list[str]:
    return [a.id for a in actors for m in a.mentions if m.kind == "pronoun" and m.text == text]


def test_pronoun_past_its_window_finds_the_one_woman(kb: KnowledgeBase, make_doc, tag) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Die Schauspielerin Erna Beispiel ist gestorben. " + FILLER + "Später spielte sie oft.",
        ents={"Erna Beispiel": "PER"},
        subjects=("Beispiel", "sie"),
    )
    tag(doc, "VERB", "spielte", morph="Number=Sing")
    actors = link_article(doc, DAY, kb).to_models()
    assert by_text(actors, "sie") == ["new:erna-beispiel"]


def test_two_women_past_the_window_leave_it_open(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Die Schauspielerin Erna Beispiel traf die Sängerin Olga Muster. "
        + FILLER
        + "Später spielte sie oft.",
        ents={"Erna Beispiel": "PER", "Olga Muster": "PER"},
        subjects=("Beispiel", "sie"),
    )
    actors = link_article(doc, DAY, kb).to_models()
    assert by_text(actors, "sie") == []


def test_another_person_in_the_window_leaves_it_open(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Die Schauspielerin Erna Beispiel ist gestorben. "
        + FILLER
        + "Dann kam Otto Muster. Später spielte sie oft.",
        ents={"Erna Beispiel": "PER", "Otto Muster": "PER"},
        subjects=("Beispiel", "Muster", "sie"),
    )
    actors = link_article(doc, DAY, kb).to_models()
    assert by_text(actors, "sie") == []


def test_a_sie_that_may_be_plural_is_left_open(kb: KnowledgeBase, make_doc, tag) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Die Schauspielerin Erna Beispiel ist gestorben. " + FILLER + "Später spielten sie oft.",
        ents={"Erna Beispiel": "PER"},
        subjects=("Beispiel", "sie"),
    )
    tag(doc, "VERB", "spielten")  # no number from the tagger: the ending -en is plural
    tag(doc, "PRON", "sie", morph="Case=Nom|Gender=Fem|Number=Sing")
    actors = link_article(doc, DAY, kb).to_models()
    assert by_text(actors, "sie") == []


def test_beyond_the_topic_window_nothing(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Die Schauspielerin Erna Beispiel ist gestorben. " + FILLER * 4 + "Später spielte sie oft.",
        ents={"Erna Beispiel": "PER"},
        subjects=("Beispiel", "sie"),
    )
    actors = link_article(doc, DAY, kb).to_models()
    assert by_text(actors, "sie") == []
