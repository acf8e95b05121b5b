"""Organisation nouns and group nouns: „Der Rüstungskonzern X“ makes an unknown X a company
that later "dem Konzern" finds; plural "Investoren", "Beschäftigte" are group actors."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.rules import load_rules
from lagebild.actors.stage import link_article
from lagebild.models import Actor

DAY = date(2020, 5, 2)


def _morph(doc: Doc, features: str, *words: str) -> Doc:
    for token in doc:
        if token.text in words:
            token.set_morph(features)
    return doc


def _actor_of(actors: list[Actor], text: str) -> Actor | None:
    found = [a for a in actors if any(m.text == text for m in a.mentions)]
    assert len(found) <= 1, (text, [a.id for a in found])
    return found[0] if found else None


def test_an_organisation_noun_makes_an_unknown_name_a_company(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Der Rüstungskonzern Mustermetall ist betroffen. Das meldete Beispielfunk. "
        "Dem Konzern droht ein Bußgeld.",
        ents={"Mustermetall": "PER", "Beispielfunk": "ORG"},
    )
    actors = link_article(doc, DAY, kb).to_models()
    company = _actor_of(actors, "Mustermetall")
    assert company is not None
    assert (company.type, company.sector) == ("ORG", "BUS")
    # The company wins over the nearer organisation of unknown kind.
    konzern = _actor_of(actors, "Dem Konzern")
    assert konzern is not None and konzern.id == company.id


def test_a_person_with_a_first_name_stays_a_person(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Die Firma Erika Musterfrau verkauft Brot.",
        ents={"Erika Musterfrau": "PER"},
    )
    person = _actor_of(link_article(doc, DAY, kb).to_models(), "Erika Musterfrau")
    assert person is not None and person.type == "PER"


def test_plural_group_nouns_are_group_actors(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = _morph(
        make_doc(
            "In Frankreich streiken viele. Frankreich hofft. Die Investoren protestierten. "
            "Den Bahn-Konkurrenten fehlt Geld.",
            ents={"Frankreich": "LOC"},
        ),
        "Number=Plur",
        "Investoren",
        "Bahn-Konkurrenten",
    )
    actors = link_article(doc, DAY, kb).to_models()
    investors = _actor_of(actors, "Die Investoren")
    assert investors is not None
    assert (investors.id, investors.code) == ("new:grp-fra-investor", "FRABUS")
    rivals = _actor_of(actors, "Den Bahn-Konkurrenten")
    assert rivals is not None and rivals.id == "new:grp-fra-konkurrent"


def test_a_singular_group_noun_is_one_person(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = _morph(
        make_doc("Ein Mitarbeiter der Firma protestierte."),
        "Number=Sing",
        "Mitarbeiter",
    )
    actor = _actor_of(link_article(doc, DAY, kb).to_models(), "Ein Mitarbeiter")
    assert actor is None or actor.type == "PER"


def test_group_nouns_split_compounds() -> None:
    rules = load_rules()
    found = rules.group_noun("Bahn-Konkurrenten")
    assert found is not None and (found.noun, found.qualifier, found.sector) == (
        "Konkurrent",
        "Bahn",
        "BUS",
    )
    assert rules.group_noun("Beschäftigten") is not None
    assert rules.group_noun("Konzern") is None


def test_media_nouns_take_their_apposition_past_opening_quotes(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Das berichtete die Wochenzeitschrift „Beispielblatt“ am Montag.",
        ents={"Beispielblatt": "ORG"},
    )
    actors = link_article(doc, DAY, kb).to_models()
    paper = _actor_of(actors, "Beispielblatt")
    described = _actor_of(actors, "die Wochenzeitschrift")
    assert paper is not None and described is not None and described.id == paper.id


def test_peoples_and_residents_are_group_actors(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    """„die Araber … Sie“: a people across states takes no focus country; residents do."""
    doc = _morph(
        make_doc(
            "In Frankreich streiken viele. Frankreich hofft. Die Araber protestierten. "
            "Sie fühlen sich ungerecht behandelt. Die Anwohner klagen.",
            ents={"Frankreich": "LOC"},
        ),
        "Number=Plur",
        "Araber",
        "Sie",
        "Anwohner",
    )
    actors = link_article(doc, DAY, kb).to_models()
    arabs = _actor_of(actors, "Die Araber")
    assert arabs is not None and arabs.id == "new:grp-araber"
    assert _actor_of(actors, "Sie") == arabs
    residents = _actor_of(actors, "Die Anwohner")
    assert residents is not None and residents.id == "new:grp-fra-anwohner"
    # Voters are not made a group actor (mostly acted upon).
    assert load_rules().group_noun("Wähler") is None


def test_a_plural_in_e_is_a_group_whatever_the_morphology(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    """„die Rückkehr der Flüchtlinge“: the tagger's feminine singular is the genitive plural."""
    doc = _morph(
        make_doc(
            "Erika Beispiel sprach. Sie forderte die Rückkehr der Flüchtlinge.",
            ents={"Erika Beispiel": "PER"},
        ),
        "Case=Gen|Gender=Fem|Number=Sing",
        "Flüchtlinge",
    )
    actors = link_article(doc, DAY, kb).to_models()
    refugees = _actor_of(actors, "der Flüchtlinge")
    assert refugees is not None and refugees.type == "MISC"


def test_a_listed_plural_form_without_article_is_a_group(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    """„russische Offizielle“ whatever the morphologizer says; "die Angestellte" may be one
    woman, so there the morphology decides."""
    doc = _morph(
        make_doc("Dort posierten russische Offizielle. Die Angestellte lachte."),
        "Case=Nom|Gender=Fem|Number=Sing",
        "Offizielle",
        "Angestellte",
    )
    for token in doc:
        if token.text == "russische":
            token.pos_ = "ADJ"
    actors = link_article(doc, DAY, kb).to_models()
    officials = _actor_of(actors, "russische Offizielle")
    assert officials is not None and officials.id == "new:grp-rus-offizieller"
    one = _actor_of(actors, "Die Angestellte")
    assert one is None or not one.id.startswith("new:grp")


def test_the_possessive_ihr_may_be_a_groups(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    """„Die Araber … ihr Gebiet“: the possessive "ihr" is "their" as well as "her"."""
    doc = _morph(
        make_doc("In Frankreich streiken viele. Die Araber können ihr Gebiet ausweiten."),
        "Number=Plur",
        "Araber",
    )
    for token in doc:
        if token.text == "Gebiet":
            token.pos_ = "NOUN"
    actors = link_article(doc, DAY, kb).to_models()
    arabs = _actor_of(actors, "Die Araber")
    assert arabs is not None and any(m.text == "ihr" for m in arabs.mentions)
