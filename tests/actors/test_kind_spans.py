"""Names after a noun of their kind whose extent or type the NER gets wrong (`kindspans.py`):
„die Fachzeitschrift „Grüne Welt““, "ins Konservatorium Musterhof", "der Organisation
Bürger für Beispiel rund 300 Familien"."""

from __future__ import annotations

from datetime import date

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.stage import link_article
from lagebild.models import Actor

DAY = date(2021, 3, 4)


def _named(actors: list[Actor], text: str) -> Actor | None:
    found = [a for a in actors if any(m.kind == "name" and m.text == text for m in a.mentions)]
    return found[0] if found else None


def test_a_quoted_name_after_an_organisation_noun_is_an_organisation(
    kb: KnowledgeBase, make_doc
) -> None:  # type: ignore[no-untyped-def]
    text = "Die Ausstellung im Stadtmuseum „Karl Beispielmann“ öffnet am Montag."
    doc = make_doc(text, ents={"Karl Beispielmann": "PER"})
    museum = _named(link_article(doc, DAY, kb).to_models(), "Karl Beispielmann")
    assert museum is not None and museum.type == "ORG"


def test_the_quote_marks_delimit_the_name_whatever_its_words(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Das berichtet die Internetzeitung „Nordblick NK“ am Dienstag."
    doc = make_doc(text)
    paper = _named(link_article(doc, DAY, kb).to_models(), "Nordblick NK")
    assert paper is not None and paper.type == "ORG"


def test_a_quotation_after_an_organisation_noun_is_no_name(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Die Zeitung „schreibt nur Unsinn“, sagt er."
    actors = link_article(make_doc(text), DAY, kb).to_models()
    assert not any("Unsinn" in m.text for a in actors for m in a.mentions)


def test_a_name_the_ner_runs_on_into_the_sentence_is_cut(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Laut der Organisation Bürger für Beispiel rund 300 Familien streiken."
    doc = make_doc(text, ents={"Bürger für Beispiel rund 300 Familien": "ORG"})
    group = _named(link_article(doc, DAY, kb).to_models(), "Bürger für Beispiel")
    assert group is not None and group.type == "ORG"


def test_an_unknown_place_after_an_organisation_noun_is_the_organisation(
    kb: KnowledgeBase, make_doc
) -> None:  # type: ignore[no-untyped-def]
    text = "Sie studierte am Konservatorium Musterhof Gesang."
    doc = make_doc(text, ents={"Musterhof": "LOC"})
    school = _named(link_article(doc, DAY, kb).to_models(), "Musterhof")
    assert school is not None and school.type == "ORG"


def test_a_known_place_after_an_organisation_noun_stays_the_place(
    kb: KnowledgeBase, make_doc
) -> None:  # type: ignore[no-untyped-def]
    text = "Sie führt die größte Partei Deutschlands an."
    doc = make_doc(text, ents={"Deutschlands": "LOC"})
    state = _named(link_article(doc, DAY, kb).to_models(), "Deutschlands")
    assert state is not None and state.type != "ORG"


def test_a_genitive_place_after_an_organisation_noun_stays_a_place(
    kb: KnowledgeBase, make_doc
) -> None:  # type: ignore[no-untyped-def]
    text = "Die Partei Nordlingens wächst."
    doc = make_doc(text, ents={"Nordlingens": "LOC"})
    doc[1].set_morph("Case=Nom|Gender=Fem|Number=Sing")
    doc[2].set_morph("Case=Gen|Gender=Neut|Number=Sing")
    place = _named(link_article(doc, DAY, kb).to_models(), "Nordlingens")
    assert place is None or place.type != "ORG"
