"""„Siemens-Chef Joe Kaeser“: the compound's first part names the organisation."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.stage import link_article

DAY = date(2020, 5, 2)


def _names_at(text: str, word: str, actors) -> list[str]:  # type: ignore[no-untyped-def]
    start = text.index(word)
    return [m.entity for m in actors.mentions if m.start == start and m.kind == "name"]


def _with_company(doc: Doc, text: str, at: str) -> Doc:
    """Tag the company where it stands alone (the builder would tag it in the compound)."""
    start = text.index(at)
    span = doc.char_span(start, start + len("Musterwerk"), label="ORG")
    assert span is not None
    doc.set_ents([*doc.ents, span])
    return doc


def test_a_chief_compound_names_the_organisation(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Musterwerk-Chef Max Mustermann lobt den Plan. Musterwerk baut ab."
    doc = _with_company(make_doc(text, ents={"Max Mustermann": "PER"}), text, "Musterwerk baut")
    actors = link_article(doc, DAY, kb)
    (company,) = _names_at(text, "Musterwerk baut", actors)
    assert _names_at(text, "Musterwerk-Chef", actors) == [company]


def test_other_compounds_and_unknown_parts_name_nobody(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    # Not a person noun after the hyphen; a first part the article does not name.
    text = "Musterwerk-Konkurrenz wächst. Beispiel-Chef Max Mustermann lobt Musterwerk."
    doc = _with_company(make_doc(text, ents={"Max Mustermann": "PER"}), text, "Musterwerk.")
    actors = link_article(doc, DAY, kb)
    assert _names_at(text, "Musterwerk-Konkurrenz", actors) == []
    assert _names_at(text, "Beispiel-Chef", actors) == []
