"""Round-2 anaphora rules: "es" for neuter organisations, "der Verein", age nouns, groups."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.stage import link_article
from lagebild.models import Actor

DAY = date(2023, 11, 9)


def linked(actors: list[Actor], text: str, kind: str) -> list[str]:
    return [a.id for a in actors for m in a.mentions if m.kind == kind and m.text == text]


def _morph(doc: Doc, word: str, morph: str) -> None:
    for token in doc:
        if token.text == word:
            token.set_morph(morph)


def test_es_refers_to_a_neuter_organisation(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Gestern klagte Beispielwerk. Es verlangt Geld.",
        ents={"Beispielwerk": "ORG"},
        subjects=("Beispielwerk", "Es"),
    )
    _morph(doc, "Beispielwerk", "Gender=Neut|Number=Sing")
    actors = link_article(doc, DAY, kb).to_models()
    org = linked(actors, "Beispielwerk", "name")
    assert org and linked(actors, "Es", "pronoun") == org


def test_expletive_es_is_not_linked(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Gestern klagte Beispielwerk. Dann regnete es.",
        ents={"Beispielwerk": "ORG"},
        subjects=("Beispielwerk",),
    )
    _morph(doc, "Beispielwerk", "Gender=Neut|Number=Sing")
    for token in doc:
        if token.text == "es":
            token.dep_ = "ep"
    assert linked(link_article(doc, DAY, kb).to_models(), "es", "pronoun") == []


def test_es_never_refers_to_a_person(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Gestern sprach Olaf Scholz. Es wurde laut.",
        ents={"Olaf Scholz": "PER"},
        subjects=("Scholz", "Es"),
    )
    assert linked(link_article(doc, DAY, kb).to_models(), "Es", "pronoun") == []


def test_der_verein_is_the_association_named_with_that_noun(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gestern klagte der Verein Beispielfreunde. Dann sprach Beispielwerk. Heute "
        "schwieg Beispielwerk. Morgen kommt Beispielwerk. Dann zahlte der Verein."
    )
    doc = make_doc(
        text,
        ents={"Verein Beispielfreunde": "ORG", "Beispielwerk": "ORG"},
        subjects=("Beispielwerk",),
    )
    actors = link_article(doc, DAY, kb).to_models()
    club = linked(actors, "Verein Beispielfreunde", "name")
    assert club
    assert linked(actors, "der Verein", "description") == club


def test_der_verein_without_such_a_name_stays_unresolved(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Gestern klagte Beispielwerk. Dann zahlte der Verein.",
        ents={"Beispielwerk": "ORG"},
        subjects=("Beispielwerk",),
    )
    assert linked(link_article(doc, DAY, kb).to_models(), "der Verein", "description") == []


def test_age_noun_refers_back_and_teaches_the_gender(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Gestern sprach Kim Beispiel. Die Jährige lachte. Dann ging sie.",
        ents={"Kim Beispiel": "PER"},
        subjects=("Beispiel", "Jährige", "sie"),
    )
    _morph(doc, "Jährige", "Case=Nom|Gender=Fem|Number=Sing")
    actors = link_article(doc, DAY, kb).to_models()
    person = linked(actors, "Kim Beispiel", "name")
    assert person
    assert linked(actors, "Die Jährige", "description") == person
    assert linked(actors, "sie", "pronoun") == person


def test_tenants_are_a_group(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Die Mieter kamen. Die Vermieter schwiegen.")
    for token in doc:
        if token.text in ("Mieter", "Vermieter"):
            token.set_morph("Number=Plur")
    ids = {a.id for a in link_article(doc, DAY, kb).to_models()}
    assert {"new:grp-mieter", "new:grp-vermieter"} <= ids


def test_indefinite_person_noun_introduces_a_new_person(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Gestern kam ein junger Polizist. Dann sprach der Polizist. Danach ging er.",
        subjects=("Polizist", "er"),
    )
    actors = link_article(doc, DAY, kb).to_models()
    first = linked(actors, "ein junger Polizist", "description")
    assert len(first) == 1 and first[0].startswith("new:")
    assert linked(actors, "der Polizist", "description") == first
    assert linked(actors, "er", "pronoun") == first


def test_eine_frau_is_a_new_woman_that_sie_refers_to(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Gestern sprach Olaf Scholz. Dann kam eine Frau. Sie lachte.",
        ents={"Olaf Scholz": "PER"},
        subjects=("Scholz", "Frau", "Sie"),
    )
    _morph(doc, "Frau", "Case=Nom|Gender=Fem|Number=Sing")
    actors = link_article(doc, DAY, kb).to_models()
    woman = linked(actors, "eine Frau", "description")
    assert len(woman) == 1 and woman[0].startswith("new:")
    assert linked(actors, "Sie", "pronoun") == woman


def test_standalone_dieser_prefers_the_latest_non_topic(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Gestern lobte Olaf Scholz den Gast Emmanuel Macron. Dann sagte dieser nichts.",
        ents={"Olaf Scholz": "PER", "Emmanuel Macron": "PER"},
        subjects=("Scholz", "dieser"),
        objects=("Macron",),
    )
    assert linked(link_article(doc, DAY, kb).to_models(), "dieser", "pronoun") == ["Q3052772"]


def test_dieser_before_a_noun_is_no_pronoun(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Gestern sprach Olaf Scholz. Dann kam dieser Mann.",
        ents={"Olaf Scholz": "PER"},
        subjects=("Scholz",),
    )
    for token in doc:
        if token.text == "dieser":
            token.dep_ = "det"
    assert linked(link_article(doc, DAY, kb).to_models(), "dieser", "pronoun") == []
