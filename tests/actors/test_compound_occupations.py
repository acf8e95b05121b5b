"""A compound person noun has its head's forms: "der Mittelfeldspieler" is one person, as
"der Spieler" is (only a weak noun's -n form after "der" is a plural genitive)."""

from __future__ import annotations

from datetime import date

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.stage import link_article

DAY = date(2023, 11, 9)


def test_definite_compound_before_a_name_is_that_person(kb: KnowledgeBase, make_doc, tag) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Heute wechselt der Mittelfeldspieler Quax Quix nach Kiel.", ents={"Quax Quix": "PER"}
    )
    tag(doc, "DET", "der")
    tag(doc, "NOUN", "Mittelfeldspieler", morph="Gender=Masc")
    tag(doc, "PROPN", "Quax", "Quix")
    actors = link_article(doc, DAY, kb).to_models()
    found = {m.text: a.id for a in actors for m in a.mentions if m.kind == "description"}
    assert found.get("der Mittelfeldspieler") == "new:quax-quix"
