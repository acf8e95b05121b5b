"""Counted groups (`occupations.counted_noun`, `drop_lone_groups`): a cardinal or "beide"
makes a plural of people a specific group of the article, kept where it acts or comes
back; a bare "Männer" and large quantities ("600 Häftlinge") are no actors."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.occupations import load_occupations
from lagebild.actors.stage import link_article
from lagebild.models import Actor

DAY = date(2023, 5, 2)


def _of(actors: list[Actor], text: str) -> list[str]:
    return [a.id for a in actors if any(m.text == text for m in a.mentions)]


def _attach(doc: Doc) -> Doc:
    """Counts and adjectives hang on their noun, as parsed."""
    for token in doc:
        if token.pos_ in ("NUM", "ADJ") or token.lower_ == "beide":
            noun = next(t for t in doc[token.i + 1 :] if t.pos_ == "NOUN")
            token.head, token.dep_ = noun, "nummod"
    return doc


def test_the_generic_nouns_are_listed_by_their_plural_forms() -> None:
    occ = load_occupations()
    assert occ.counted["manner"] == "Mann" and occ.counted["herren"] == "Herr"
    assert "mann" not in occ.counted  # the singular is one person (linking.yaml)
    assert {"zwei", "beiden", "zwolf"} <= occ.count_words


def test_a_counted_subject_is_a_group_a_bare_plural_is_the_kind(  # type: ignore[no-untyped-def]
    kb: KnowledgeBase, make_doc, tag
) -> None:
    doc = make_doc(
        "Zwei Männer gründeten einen Verein. Männer verdienen mehr.",
        subjects=("Männer",),
    )
    doc = tag(tag(doc, "NOUN", "Männer", "Verein", morph="Number=Plur"), "NUM", "Zwei")
    actors = link_article(_attach(doc), DAY, kb).to_models()
    (group,) = _of(actors, "Zwei Männer")
    assert group.startswith("new:grp-")
    assert _of(actors, "Männer") == []


def test_a_counted_group_past_adjectives_and_by_digits(  # type: ignore[no-untyped-def]
    kb: KnowledgeBase, make_doc, tag
) -> None:
    doc = make_doc(
        "Der Verein tagte. Dort protestierten drei junge Frauen. Dann kamen 4 Personen.",
        subjects=("Frauen", "Personen"),
    )
    doc = tag(tag(doc, "NOUN", "Frauen", "Personen", morph="Number=Plur"), "ADJ", "junge")
    doc = tag(doc, "NUM", "drei", "4")
    actors = link_article(_attach(doc), DAY, kb).to_models()
    assert len(_of(actors, "drei junge Frauen")) == 1
    assert len(_of(actors, "4 Personen")) == 1


def test_large_counts_are_quantities_not_groups(  # type: ignore[no-untyped-def]
    kb: KnowledgeBase, make_doc, tag
) -> None:
    doc = make_doc("Am Montag demonstrierten 600 Personen.", subjects=("Personen",))
    doc = tag(tag(doc, "NOUN", "Personen", morph="Number=Plur"), "NUM", "600")
    assert _of(link_article(_attach(doc), DAY, kb).to_models(), "600 Personen") == []


def test_a_counted_group_mentioned_once_as_object_is_dropped(  # type: ignore[no-untyped-def]
    kb: KnowledgeBase, make_doc, tag
) -> None:
    doc = make_doc("Die Polizei sah zwei Männer am Ufer.", objects=("Männer",))
    doc = tag(tag(doc, "NOUN", "Männer", "Ufer", morph="Number=Plur"), "NUM", "zwei")
    assert _of(link_article(_attach(doc), DAY, kb).to_models(), "zwei Männer") == []


def test_beide_makes_an_everyday_group_specific(  # type: ignore[no-untyped-def]
    kb: KnowledgeBase, make_doc, tag
) -> None:
    doc = make_doc("Beide Trainer schwiegen. Trainer verdienen gut.", subjects=("Trainer",))
    doc = tag(doc, "NOUN", "Trainer", morph="Number=Plur")
    actors = link_article(_attach(doc), DAY, kb).to_models()
    assert len(_of(actors, "Beide Trainer")) == 1
