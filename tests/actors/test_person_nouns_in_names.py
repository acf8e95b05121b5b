"""An everyday person noun at the edge of a person's span is no part of the name."""

from __future__ import annotations

from datetime import date

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.persons import _everyday_person_noun
from lagebild.actors.stage import link_article
from lagebild.models import Actor

DAY = date(2023, 11, 9)


def names(actors: list[Actor]) -> set[str]:
    return {m.text for a in actors for m in a.mentions if m.kind == "name"}


def test_trailing_person_noun_is_cut_from_the_span(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Seit Quintero Trainer in Kiel ist, gewinnt er.", ents={"Quintero Trainer": "PER"}
    )
    assert "Quintero" in names(link_article(doc, DAY, kb).to_models())
    assert "Quintero Trainer" not in names(link_article(doc, DAY, kb).to_models())


def test_a_name_is_not_extended_over_a_person_noun(kb: KnowledgeBase, make_doc, tag) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Seit Quintero Trainer in Kiel ist, gewinnt er.", ents={"Quintero": "PER"})
    tag(doc, "PROPN", "Quintero", "Trainer")
    assert "Quintero Trainer" not in names(link_article(doc, DAY, kb).to_models())


def test_surnames_ending_in_a_short_person_noun_stay_names() -> None:
    assert _everyday_person_noun("Wahlkampfleiter")
    assert _everyday_person_noun("Co-Trainer")
    assert not _everyday_person_noun("Hörmann")  # Hör|mann
    assert not _everyday_person_noun("Spielern")  # a plural form


def test_kin_noun_before_a_given_name_is_cut(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Gattin Quinta (75) blättert in einem Album.", ents={"Gattin Quinta": "PER"})
    found = names(link_article(doc, DAY, kb).to_models())
    assert "Quinta" in found
    assert "Gattin Quinta" not in found
