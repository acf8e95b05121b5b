"""Session 4: „wir“ in a quotation is the side its speaker speaks for: a spokesperson's
organisation, an organisation that speaks itself, else the speaking person."""

from __future__ import annotations

from datetime import date

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.stage import link_article
from lagebild.actors.we_speakers import _speaks_for
from lagebild.models import Actor

DAY = date(2023, 11, 9)


def linked(actors: list[Actor], text: str) -> list[str]:
    return [a.id for a in actors for m in a.mentions if m.kind == "pronoun" and m.text == text]


def test_spokesperson_nouns_and_their_compound_parts() -> None:
    assert _speaks_for("Sprecher") == ""
    assert _speaks_for("Polizeisprecherin") == "polizei"
    assert _speaks_for("Konzern-Sprecher") == "konzern"
    assert _speaks_for("Regierungssprecher") == "regierung"
    assert _speaks_for("Vorsitzende") is None


def test_wir_of_a_spokesperson_is_the_body_in_the_genitive(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Die Partei stritt. „Wir haben uns geirrt“, schrieb ein Sprecher des Bundestages.",
        subjects=("Sprecher",),
    )
    actors = link_article(doc, DAY, kb).to_models()
    body = [a.id for a in actors for m in a.mentions if m.text == "Bundestages"]
    assert body and linked(actors, "Wir") == body
    assert linked(actors, "uns") == body


def test_wir_of_a_spokesperson_is_the_body_of_the_compound(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    # „Konzernsprecher X“: the organisation the article calls "der Konzern".
    doc = make_doc(
        "Der Konzern Beispielwerk stritt. „Wir haben uns geirrt“, sagte Konzernsprecher Peter"
        " Beispiel.",
        ents={"Beispielwerk": "ORG", "Peter Beispiel": "PER"},
        subjects=("Beispielwerk", "Beispiel"),
    )
    actors = link_article(doc, DAY, kb).to_models()
    assert linked(actors, "Wir") == ["new:beispielwerk"]


def test_wir_of_another_person_is_the_person(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Der Konzern Beispielwerk stritt. „Wir haben uns geirrt“, sagte Peter Beispiel.",
        ents={"Beispielwerk": "ORG", "Peter Beispiel": "PER"},
        subjects=("Beispielwerk", "Beispiel"),
    )
    actors = link_article(doc, DAY, kb).to_models()
    assert linked(actors, "Wir") == ["new:peter-beispiel"]


def test_wir_of_a_speaking_organisation(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    # No person speaks: „…“, teilte Beispielwerk mit.
    doc = make_doc(
        "Gestern stritt man. „Wir haben uns geirrt“, teilte Beispielwerk mit.",
        ents={"Beispielwerk": "ORG"},
        subjects=("Beispielwerk",),
    )
    actors = link_article(doc, DAY, kb).to_models()
    assert linked(actors, "Wir") == ["new:beispielwerk"]
