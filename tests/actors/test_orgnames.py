"""Names the NER misses: associations by their purpose, acronyms the article defines."""

from __future__ import annotations

from datetime import date

from lagebild.actors.acronyms import definitions, is_acronym
from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.stage import link_article
from lagebild.models import Actor

DAY = date(2019, 5, 14)


def names(actors: list[Actor]) -> dict[str, list[str]]:
    return {a.id: [m.text for m in a.mentions if m.kind == "name"] for a in actors}


def test_association_named_by_its_purpose(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Es zahlte der Verein zur Erhaltung der Rechtsstaatlichkeit und bürgerlichen Freiheiten. "
        "Der Verein schwieg."
    )
    found = names(link_article(doc, DAY, kb).to_models())
    assert found.get("new:verein-zur-erhaltung-der-rechtsstaatlichkeit") == [
        "Verein zur Erhaltung der Rechtsstaatlichkeit"
    ]


def test_no_association_without_a_purpose_or_after_an_indefinite(
    kb: KnowledgeBase, make_doc
) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Sie gründeten eine Initiative für Klimaschutz. Die Partei der Kanzlerin schwieg."
    )
    assert not any(a.id.startswith("new:") for a in link_article(doc, DAY, kb).to_models())


def test_acronym_forms() -> None:
    assert is_acronym("AStA") and is_acronym("ATU") and is_acronym("BfArM")
    assert not is_acronym("Asta") and not is_acronym("A") and not is_acronym("CO2")


def test_acronym_defined_before_or_after_its_long_form(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Der AStA (Allgemeiner Beispielausschuss) klagte. Dann sprach der AStA erneut. "
        "Die Beispiel Tenant Union (BTU) half. Die BTU zahlte."
    )
    defs = definitions(doc)
    assert [(d.acronym, doc.text[d.long_start : d.long_end]) for d in defs] == [
        ("AStA", "Allgemeiner Beispielausschuss"),
        ("BTU", "Beispiel Tenant Union"),
    ]
    found = names(link_article(doc, DAY, kb).to_models())
    asta = next(v for v in found.values() if "AStA" in v)
    assert asta == ["AStA", "Allgemeiner Beispielausschuss", "AStA"]
    btu = next(v for v in found.values() if "BTU" in v)
    assert btu == ["Beispiel Tenant Union", "BTU", "BTU"]


def test_file_type_in_parentheses_is_no_acronym(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Lesen Sie die Einleitung des Entwurfs (PDF) hier.")
    assert definitions(doc, frozenset({"pdf"})) == []
    assert not any(a.id.startswith("new:") for a in link_article(doc, DAY, kb).to_models())


def test_undefined_acronym_is_no_new_actor(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Das TV zeigte es. Danach zeigte das TV mehr.")
    assert not any(a.id.startswith("new:") for a in link_article(doc, DAY, kb).to_models())


def test_person_with_party_in_parentheses_is_no_definition(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Gestern sprach Olaf Scholz (SPD) lange. Die SPD schwieg.", ents={"Olaf Scholz": "PER"}
    )
    found = names(link_article(doc, date(2023, 5, 1), kb).to_models())
    assert found.get("Q61053") == ["Olaf Scholz"]
    assert "SPD" not in found.get("Q61053", [])


def test_office_before_an_organisation_is_its_holders(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    """„Der Präsident des Bundesverbands der Deutschen Industrie (BDI), Siegfried
    Beispiel, sagte“: the office is split off the organisation's span and resolved by the
    name after the complement."""
    text = (
        "Der Präsident des Bundesverbands der Deutschen Industrie (BDI), Siegfried Beispiel, "
        "sagte etwas."
    )
    doc = make_doc(
        text,
        ents={
            "Präsident des Bundesverbands der Deutschen Industrie": "ORG",
            "Siegfried Beispiel": "PER",
        },
    )
    actors = link_article(doc, date(2022, 5, 1), kb).to_models()
    person = next(a for a in actors if a.id == "new:siegfried-beispiel")
    assert "Der Präsident" in [m.text for m in person.mentions if m.kind == "description"]
    org = next(a for a in actors if any(m.text == "BDI" for m in a.mentions))
    assert [m.text for m in org.mentions if m.kind == "name"] == [
        "Bundesverbands der Deutschen Industrie",
        "BDI",
    ]


def test_a_short_name_in_parentheses_after_an_organisation(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    """„Landesbank Musterland (Mulaba)“: one capitalised word is the short name; a place or
    a known name in parentheses is not ("(Berlin)")."""
    doc = make_doc(
        "Die Landesbank Musterland (Mulaba) wächst. Die Mulaba zahlt. "
        "Die Beispielbank Nordost (Berlin) wächst.",
        ents={"Landesbank Musterland": "ORG", "Beispielbank Nordost": "ORG", "Berlin": "LOC"},
    )
    actors = link_article(doc, date(2020, 1, 1), kb).to_models()
    bank = next(a for a in actors if any(m.text == "Landesbank Musterland" for m in a.mentions))
    assert sum(m.text == "Mulaba" for m in bank.mentions) == 2
    other = next(a for a in actors if any(m.text == "Beispielbank Nordost" for m in a.mentions))
    assert not any(m.text == "Berlin" for m in other.mentions)
