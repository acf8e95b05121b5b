"""Names after a noun of their kind: „die Grenzstadt Beispielhausen“, "das Unternehmen X"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.rules import load_rules
from lagebild.actors.stage import link_article
from lagebild.models import Actor

DAY = date(2020, 5, 2)


def _actor_of(actors: list[Actor], text: str) -> Actor | None:
    found = [a for a in actors if any(m.text == text for m in a.mentions)]
    assert len(found) <= 1, (text, [a.id for a in found])
    return found[0] if found else None


def test_compound_kind_nouns() -> None:
    rules = load_rules()
    town = rules.apposition_noun("Universitätsstadt")
    assert town is not None and town.type == "LOC" and town.apposition_only
    supplier = rules.apposition_noun("Autozulieferer")
    assert supplier is not None and supplier.type == "ORG"
    assert rules.apposition_noun("Grenzort") is not None
    # Short nouns only as listed: "Antwort" is no place.
    assert rules.apposition_noun("Antwort") is None


def test_a_proper_noun_after_a_kind_noun_is_an_actor_of_that_kind(
    kb: KnowledgeBase, make_doc, tag: Callable[..., Doc]
) -> None:  # type: ignore[no-untyped-def]
    doc = tag(
        make_doc("Die Kämpfe um die Grenzstadt Beispielhausen gehen weiter."),
        "PROPN",
        "Beispielhausen",
    )
    actors = link_article(doc, DAY, kb).to_models()
    town = _actor_of(actors, "Beispielhausen")
    assert town is not None and town.type == "LOC"
    # The noun describes it.
    assert _actor_of(actors, "die Grenzstadt") == town


def test_an_organisation_after_a_kb_role_noun(
    kb: KnowledgeBase, make_doc, tag: Callable[..., Doc]
) -> None:  # type: ignore[no-untyped-def]
    doc = tag(
        make_doc("Sie strafen nur das Stuttgarter Unternehmen Musterwerk."),
        "PROPN",
        "Musterwerk",
    )
    actors = link_article(doc, DAY, kb).to_models()
    company = _actor_of(actors, "Musterwerk")
    assert company is not None and company.type == "ORG"


def test_a_quoted_name_after_a_kind_noun(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Sie haben sich zur Allianz „Klimaziel 100“ zusammengeschlossen.")
    actors = link_article(doc, DAY, kb).to_models()
    alliance = _actor_of(actors, "Klimaziel 100")
    assert alliance is not None and alliance.type == "ORG"


def test_a_plural_object_is_no_apposition(
    kb: KnowledgeBase, make_doc, tag: Callable[..., Doc]
) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Immer wieder feuert die Terrororganisation Raketen auf Städte.")
    doc = tag(doc, "NOUN", "Raketen", morph="Case=Acc|Number=Plur")
    doc = tag(doc, "NOUN", "Terrororganisation", morph="Case=Nom|Number=Sing")
    for token in doc:
        if token.text == "Raketen":
            token.head = doc[[t.text for t in doc].index("Terrororganisation")]
            token.dep_ = "flat"
    actors = link_article(doc, DAY, kb).to_models()
    assert _actor_of(actors, "Raketen") is None


def test_a_common_noun_without_attachment_is_not_taken(
    kb: KnowledgeBase, make_doc, tag: Callable[..., Doc]
) -> None:  # type: ignore[no-untyped-def]
    doc = tag(make_doc("Das Unternehmen Gewinne machte."), "NOUN", "Gewinne")
    actors = link_article(doc, DAY, kb).to_models()
    assert _actor_of(actors, "Gewinne") is None


def test_one_word_institution_names(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    """„die Musterstadtverwaltung“, "des Musterlandministeriums": a specific compound of an
    institution noun after a definite article is a name (nominative id); "das Ministerium"
    and "der Aufsichtsrat" are not."""
    doc = make_doc(
        "Die Musterstadtverwaltung verlangt Geld. Nach Angaben des Musterlandministeriums "
        "reicht das. Das Ministerium schweigt. Der Aufsichtsrat tagt."
    )
    actors = link_article(doc, DAY, kb).to_models()
    town = _actor_of(actors, "Musterstadtverwaltung")
    assert town is not None and town.type == "ORG"
    ministry = _actor_of(actors, "Musterlandministeriums")
    assert ministry is not None and ministry.id == "new:musterlandministerium"
    assert _actor_of(actors, "Aufsichtsrat") is None
    assert all(a.name != "Ministerium" for a in actors)
