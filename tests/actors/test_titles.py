"""A person noun right before a person's name is that person's title (close apposition),
whether or not a lexicon lists it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.stage import link_article
from lagebild.models import Actor

DAY = date(2019, 10, 2)


def _described(actors: list[Actor], text: str) -> Actor | None:
    return next(
        (a for a in actors for m in a.mentions if m.text == text and m.kind == "description"),
        None,
    )


def test_an_unlisted_title_before_a_name_describes_the_person(
    kb: KnowledgeBase, make_doc, tag: Callable[..., Doc]
) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "So plädiert der Würzburger Wirtschaftsprofessor Peter Beispiel für Schulden. "
        "Der Wirtschaftsprofessor sagte das.",
        ents={"Peter Beispiel": "PER"},
    )
    doc = tag(doc, "NOUN", "Wirtschaftsprofessor", morph="Gender=Masc|Number=Sing")
    actors = link_article(doc, DAY, kb).to_models()
    person = next(a for a in actors if a.name == "Peter Beispiel")
    assert _described(actors, "Wirtschaftsprofessor") == person
    # The article remembers the title.
    assert _described(actors, "Der Wirtschaftsprofessor") == person


def test_a_feminine_title_teaches_the_gender(
    kb: KnowledgeBase, make_doc, tag: Callable[..., Doc]
) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Ihre Vorgängerin Erika Beispiel scheiterte mit ihrem Abkommen.",
        ents={"Erika Beispiel": "PER"},
    )
    doc = tag(doc, "NOUN", "Vorgängerin", morph="Gender=Masc|Number=Sing")
    actors = link_article(doc, DAY, kb).to_models()
    person = next(a for a in actors if a.name == "Erika Beispiel")
    assert _described(actors, "Ihre Vorgängerin") == person
    assert any(m.text == "ihrem" for m in person.mentions)


def test_a_thing_before_a_name_is_no_title(
    kb: KnowledgeBase, make_doc, tag: Callable[..., Doc]
) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("So war es im Fall Peter Beispiel.", ents={"Peter Beispiel": "PER"})
    doc = tag(doc, "NOUN", "Fall", morph="Gender=Masc|Number=Sing")
    actors = link_article(doc, DAY, kb).to_models()
    assert _described(actors, "im Fall") is None
    book = tag(
        make_doc("Das Buch Peter Beispiel."), "NOUN", "Buch", morph="Gender=Neut|Number=Sing"
    )
    assert _described(link_article(book, DAY, kb).to_models(), "Das Buch") is None


def test_a_given_name_the_ner_left_out_is_no_title(
    kb: KnowledgeBase, make_doc, tag: Callable[..., Doc]
) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Außenministerin Karin Beispiel reiste ab.", ents={"Beispiel": "PER"})
    doc = tag(doc, "NOUN", "Karin", morph="Gender=Fem|Number=Sing")
    actors = link_article(doc, DAY, kb).to_models()
    assert _described(actors, "Karin") is None


def test_the_memory_takes_the_latest_holder_who_agrees(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    """„die Außenministerin“ after "der Außenminister X": the woman taught before him."""
    doc = make_doc(
        "Die Außenministerin Erika Beispiel traf den Außenminister Hans Muster. "
        "Die Außenministerin sagte das.",
        ents={"Erika Beispiel": "PER", "Hans Muster": "PER"},
    )
    actors = link_article(doc, DAY, kb).to_models()
    erika = next(a for a in actors if a.name == "Erika Beispiel")
    later = [m for m in erika.mentions if m.text == "Die Außenministerin"]
    assert len(later) == 2


def test_a_description_after_a_list_of_names_is_not_the_last_item(
    kb: KnowledgeBase, make_doc
) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Es trafen Erika Beispiel, Hans Muster, der Außenminister der Schweiz, und andere.",
        ents={"Erika Beispiel": "PER", "Hans Muster": "PER"},
    )
    actors = link_article(doc, DAY, kb).to_models()
    hans = next(a for a in actors if a.name == "Hans Muster")
    assert not any(m.kind == "description" for m in hans.mentions)


def test_an_office_of_a_body_is_not_the_states_and_may_name_ahead(
    kb: KnowledgeBase, make_doc
) -> None:  # type: ignore[no-untyped-def]
    """„Sparkassenpräsident will mehr Geld“ (a title): not the federal president, but the
    person the text later calls so ("Sparkassenpräsident Helmut Beispiel")."""
    doc = make_doc(
        "Sparkassenpräsident will mehr Geld. Die Lage ist ernst. "
        "Das sagte Sparkassenpräsident Helmut Beispiel.",
        ents={"Helmut Beispiel": "PER"},
    )
    actors = link_article(doc, DAY, kb).to_models()
    person = next(a for a in actors if a.name == "Helmut Beispiel")
    titles = [m for m in person.mentions if m.text.endswith("Sparkassenpräsident")]
    assert len(titles) == 2
