"""Relatives ("sein Vater", "Kims Großvater"): never the possessor; the person an
apposition names, remembered per noun and possessor."""

from __future__ import annotations

from datetime import date

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.rules import load_rules
from lagebild.actors.stage import link_article
from lagebild.models import Actor

DAY = date(2020, 5, 2)
KIM = "Q56226"


def linked(actors: list[Actor], text: str, kind: str) -> list[str]:
    return [a.id for a in actors for m in a.mentions if m.kind == kind and m.text == text]


def test_kin_nouns_have_a_base_form_and_a_gender() -> None:
    rules = load_rules()
    father, sister = rules.kin_noun("Vaters"), rules.kin_noun("Schwester")
    assert father is not None and (father.noun, father.gender) == ("Vater", "Masc")
    assert sister is not None and sister.gender == "Fem"
    assert "vaters" in rules.kin_nouns  # the flat set split_genitive reads


def test_apposition_names_the_relative_and_is_remembered(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Kim Jong Un sprach. Sein Vater, Kim Beispiel, starb. Kim Jong Un ehrte seinen Vater.",
        ents={"Kim Jong Un": "PER", "Kim Beispiel": "PER"},
        subjects=("Un", "Vater", "Sein"),
    )
    actors = link_article(doc, DAY, kb).to_models()
    father = linked(actors, "Kim Beispiel", "name")
    assert father and father != [KIM]
    assert linked(actors, "Sein Vater", "description") == father
    assert linked(actors, "seinen Vater", "description") == father
    gender = next(a for a in actors if a.id == father[0])
    assert gender.type == "PER"


def test_genitive_name_is_the_possessor(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Kim Jong Un sprach. Kims Schwester Kim Beispielfrau lachte. Sie folgte Kim Jong Un.",
        ents={"Kim Jong Un": "PER", "Kims": "PER", "Kim Beispielfrau": "PER"},
        subjects=("Un", "Beispielfrau", "Sie"),
    )
    for token in doc:
        if token.text == "Schwester":
            token.pos_ = "NOUN"
    actors = link_article(doc, DAY, kb).to_models()
    sister = linked(actors, "Kim Beispielfrau", "name")
    assert sister and sister != [KIM]
    assert linked(actors, "Kims Schwester", "description") == sister
    assert linked(actors, "Sie", "pronoun") == sister  # "Schwester" taught her gender


def test_relative_without_a_name_stays_unlinked(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Kim Jong Un sprach. Sein Vater starb.",
        ents={"Kim Jong Un": "PER"},
        subjects=("Un", "Vater"),
    )
    actors = link_article(doc, DAY, kb).to_models()
    assert linked(actors, "Sein Vater", "description") == []
    assert linked(actors, "Sein", "pronoun") == [KIM]


def test_relative_named_later_in_the_article(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Kim Jong Un kam mit seiner Schwester. Kims Schwester Kim Beispielfrau lachte.",
        ents={"Kim Jong Un": "PER", "Kims": "PER", "Kim Beispielfrau": "PER"},
        subjects=("Un", "Beispielfrau"),
    )
    for token in doc:
        if token.text == "Schwester":
            token.pos_ = "NOUN"
    actors = link_article(doc, DAY, kb).to_models()
    sister = linked(actors, "Kim Beispielfrau", "name")
    assert sister and linked(actors, "seiner Schwester", "description") == sister
