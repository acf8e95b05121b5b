"""Round-2 anaphora rules: "es" for neuter organisations, "der Verein", age nouns, groups."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.rules import load_rules
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


def test_age_noun_after_a_number_is_a_description(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    """„Die 32-Jährige“: the compound starts with a digit, the noun is capitalised."""
    doc = make_doc(
        "Gestern sprach Kim Beispiel. Die 32-Jährige lachte. Dann ging sie.",
        ents={"Kim Beispiel": "PER"},
        subjects=("Beispiel", "32-Jährige", "sie"),
    )
    _morph(doc, "32-Jährige", "Case=Nom|Gender=Fem|Number=Sing")
    actors = link_article(doc, DAY, kb).to_models()
    person = linked(actors, "Kim Beispiel", "name")
    assert person
    assert linked(actors, "Die 32-Jährige", "description") == person
    assert linked(actors, "sie", "pronoun") == person


def test_der_freistaat_is_the_free_state_named_last(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "In Thüringen und Hessen wird gewählt. Der Freistaat wartet. Hamburg wartet nicht.",
        ents={"Thüringen": "LOC", "Hessen": "LOC", "Hamburg": "LOC"},
    )
    actors = link_article(doc, DAY, kb).to_models()
    assert linked(actors, "Der Freistaat", "description") == ["Q1205"]  # not Hessen


def test_state_nouns_name_only_kb_actors(kb: KnowledgeBase) -> None:
    for noun in ("Freistaat", "Bundesland"):
        place = load_rules().place_noun(noun)
        assert place is not None and place.refers
        assert all(actor_id in kb.by_id for actor_id in place.refers), noun


def test_definite_opposition_and_parliament_are_the_focus_countrys(
    kb: KnowledgeBase, make_doc
) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Großbritannien streitet. Die Opposition lehnt ab. Im Parlament gab es Streit.",
        ents={"Großbritannien": "LOC"},
    )
    actors = link_article(doc, DAY, kb).to_models()
    assert linked(actors, "Die Opposition", "description") == ["lb:grp-gbr-opp"]
    assert linked(actors, "Im Parlament", "description") == ["lb:grp-gbr-leg"]


def test_plural_office_is_no_one_person(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Innenminister Horst Beispiel sprach. Die Innenminister stritten. Der Innenminister ging.",
        ents={"Horst Beispiel": "PER"},
    )
    plural = [t for t in doc if t.text == "Innenminister"][1]
    plural.set_morph("Case=Nom|Gender=Masc|Number=Plur")
    actors = link_article(doc, date(2020, 5, 1), kb).to_models()
    person = linked(actors, "Horst Beispiel", "name")
    assert person
    assert linked(actors, "Die Innenminister", "description") == []
    assert linked(actors, "Der Innenminister", "description") == person


def test_indefinite_pronoun_tagged_as_a_name_is_no_actor(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Andreas Beispiel schwieg. Niemand habe ihn informiert.",
        ents={"Andreas Beispiel": "PER", "Niemand": "PER"},
        subjects=("Beispiel", "Niemand"),
    )
    actors = link_article(doc, DAY, kb).to_models()
    assert not any(a.id == "new:niemand" for a in actors)
    assert linked(actors, "ihn", "pronoun") == linked(actors, "Andreas Beispiel", "name")


def test_pronoun_agrees_with_the_noun_that_described_a_body(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    """„Die Regierung hofft, dass sie gewinnt“: "sie" is the government (a feminine noun)."""
    doc = make_doc(
        "Großbritannien wartet. Die Regierung hofft, dass sie gewinnt.",
        ents={"Großbritannien": "LOC"},
        subjects=("Regierung", "sie"),
    )
    for word in ("Die", "Regierung"):  # the test parse makes the article the phrase's root
        _morph(doc, word, "Case=Nom|Gender=Fem|Number=Sing")
    actors = link_article(doc, DAY, kb).to_models()
    assert linked(actors, "Die Regierung", "description") == ["lb:grp-gbr-gov"]
    assert linked(actors, "sie", "pronoun") == ["lb:grp-gbr-gov"]


def test_seat_of_power_as_a_partner_is_its_government(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Er erzielte eine Einigung mit Brüssel. Dann reiste er nach Brüssel.")
    actors = link_article(doc, DAY, kb).to_models()
    assert linked(actors, "Brüssel", "metonym") == ["Q458"]  # the EU, once
    assert linked(actors, "Brüssel", "name") == ["lb:loc-bel-brussels"]


def test_definite_singular_demonym_is_a_person_of_that_country(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Chamberlain lobte Mike Pence. Der Amerikaner lachte. Die Amerikaner schwiegen.",
        ents={"Chamberlain": "PER", "Mike Pence": "PER"},
        subjects=("Chamberlain", "Amerikaner"),
    )
    singular, plural = [t for t in doc if t.text == "Amerikaner"]
    singular.set_morph("Case=Nom|Gender=Masc|Number=Sing")
    plural.set_morph("Case=Nom|Gender=Masc|Number=Plur")
    actors = link_article(doc, date(2019, 10, 20), kb).to_models()
    assert linked(actors, "Der Amerikaner", "description") == ["Q24313"]  # Pence, USA
    assert linked(actors, "Die Amerikaner", "description") == ["Q30"]


def test_country_of_the_named_actors_is_the_focus(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    """No country is named, but Habeck is German: "die Regierung" is Germany's."""
    doc = make_doc("Robert Habeck sprach. Die Regierung schwieg.", ents={"Robert Habeck": "PER"})
    actors = link_article(doc, date(2023, 5, 1), kb).to_models()
    assert linked(actors, "Die Regierung", "description") == ["lb:grp-deu-gov"]


def test_ruler_epithets_need_a_country_word(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    day = date(2019, 10, 20)
    doc = make_doc(
        "Donald Trump gab dem türkischen Imperator nach. Der Despot lachte. "
        "Es half einem Despoten. Der Sultan aus Ankara siegte.",
        ents={"Donald Trump": "PER"},
        subjects=("Trump",),
    )
    actors = link_article(doc, day, kb).to_models()
    assert linked(actors, "dem türkischen Imperator", "description") == ["Q39259"]
    assert linked(actors, "Der Despot", "description") == []
    assert linked(actors, "einem Despoten", "description") == []
    assert linked(actors, "Der Sultan", "description") == ["Q39259"]


def test_regional_office_is_not_the_federal_one(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Der saarländische Innenminister Klaus Beispiel sprach. Der Bundesinnenminister "
        "schwieg. Der Innenminister lachte. Der saarländische Innenminister ging.",
        ents={"Klaus Beispiel": "PER"},
    )
    actors = link_article(doc, date(2020, 5, 1), kb).to_models()
    regional = linked(actors, "Der saarländische Innenminister", "description")
    assert regional == ["new:klaus-beispiel", "new:klaus-beispiel"]
    assert linked(actors, "Der Bundesinnenminister", "description") == ["lb:per-deu-horst-seehofer"]
    assert linked(actors, "Der Innenminister", "description") == ["lb:per-deu-horst-seehofer"]


def test_federal_prefix_follows_a_foreign_focus(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Die USA streiten. Die Bundesbehörden schweigen.", ents={"USA": "LOC"})
    actors = link_article(doc, date(2020, 5, 1), kb).to_models()
    assert linked(actors, "Die Bundesbehörden", "description") == ["lb:grp-usa-gov"]


def test_das_ministerium_is_the_ministry_named_before(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Das Beispielministerium plant viel. Heute sprach Olaf Scholz. Das Ministerium schwieg.",
        ents={"Beispielministerium": "ORG", "Olaf Scholz": "PER"},
    )
    actors = link_article(doc, date(2020, 5, 1), kb).to_models()
    ministry = linked(actors, "Beispielministerium", "name")
    assert ministry and linked(actors, "Das Ministerium", "description") == ministry


def test_die_stadt_far_back_is_the_city_named_most(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Chicago wächst. Chicago baut. In Seattle auch. Es regnet. Es schneit. Es taut. "
        "Die Stadt wartet.",
        ents={"Chicago": "LOC", "Seattle": "LOC"},
    )
    actors = link_article(doc, DAY, kb).to_models()
    city = linked(actors, "Chicago", "name")
    assert city and linked(actors, "Die Stadt", "description") == city[:1]


def test_demonym_before_a_noun_is_the_countrys_adjective(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Die Schweizer Agentur zahlte. Ihrem Chef gefiel das.")
    for token in doc:
        if token.text == "Agentur":
            token.pos_ = "NOUN"
    actors = link_article(doc, DAY, kb).to_models()
    assert linked(actors, "Schweizer", "adjective") == ["Q39"]
    assert linked(actors, "Ihrem", "pronoun") == []  # an adjective is no antecedent


def test_noun_with_relative_clause_introduces_a_person(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Gestern sprach Olaf Scholz. Reporter konnten die Person finden, die das verkaufte. "
        "Der Mann lachte. Dann ging er.",
        ents={"Olaf Scholz": "PER"},
        subjects=("Scholz", "Reporter", "Mann", "er"),
    )
    _morph(doc, "Person", "Case=Acc|Gender=Fem|Number=Sing")
    for token in doc:
        if token.text == "finden":
            token.pos_ = "VERB"  # the clause-final verb the relative clause follows
    actors = link_article(doc, DAY, kb).to_models()
    person = linked(actors, "die Person", "description")
    assert len(person) == 1 and person[0].startswith("new:anon-")
    assert linked(actors, "Der Mann", "description") == person
    # „die Person“ says nothing of the sex: "er" may refer to it.
    assert linked(actors, "er", "pronoun") == person


def test_noun_without_relative_clause_refers_back(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Gestern sprach Olaf Scholz. Reporter konnten die Person finden.",
        ents={"Olaf Scholz": "PER"},
        subjects=("Scholz", "Reporter"),
    )
    actors = link_article(doc, DAY, kb).to_models()
    assert not [i for i in linked(actors, "die Person", "description") if "anon" in i]


def test_relative_clause_refers_back_to_an_unnamed_person(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Gestern kam ein Mann. Dann sprach der Mann, der dort wohnt.",
        subjects=("Mann",),
    )
    actors = link_article(doc, DAY, kb).to_models()
    first = linked(actors, "ein Mann", "description")
    assert len(first) == 1
    assert linked(actors, "der Mann", "description") == first


def test_office_before_a_name_past_a_missed_given_name(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Gestern sprach Außenministerin Karin Kneissl.",
        ents={"Kneissl": "PER"},
        subjects=("Kneissl",),
    )
    actors = link_article(doc, DAY, kb).to_models()
    assert linked(actors, "Außenministerin", "description") == linked(actors, "Kneissl", "name")


def test_office_before_two_names_takes_no_second_word(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Gestern sprach die Außenministerin Schwedens Kneissl.",
        ents={"Kneissl": "PER"},
    )
    actors = link_article(doc, DAY, kb).to_models()
    assert "new:kneissl" not in linked(actors, "die Außenministerin", "description")
