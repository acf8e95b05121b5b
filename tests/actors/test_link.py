"""Linking rules on short texts we wrote: names, transliterations, dates, descriptions,
metonyms, adjectives. Docs are built without a trained model (conftest.build_doc)."""

from __future__ import annotations

from datetime import date

import spacy

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.stage import LinkOptions, link_article
from lagebild.models import Actor

DAY = date(2023, 11, 9)


def link(doc: spacy.tokens.Doc, kb: KnowledgeBase, day: date = DAY) -> list[Actor]:
    return link_article(doc, day, kb).to_models()


def mentions_of(actors: list[Actor], actor_id: str) -> list[tuple[str, str]]:
    for actor in actors:
        if actor.id == actor_id:
            return [(m.text, m.kind) for m in actor.mentions]
    return []


def actor_of(actors: list[Actor], text: str, kind: str | None = None) -> str | None:
    for actor in actors:
        for m in actor.mentions:
            if m.text == text and (kind is None or m.kind == kind):
                return actor.id
    return None


def blank(text: str) -> spacy.tokens.Doc:
    return spacy.blank("de")(text)


def test_surname_and_genitive_join_the_full_name(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Putin reiste ab. Wladimir Putin sprach lange. Putins Sprecher schwieg.",
        ents={"Wladimir Putin": "PER", "Putin": "PER", "Putins": "PER"},
    )
    found = mentions_of(link(doc, kb), "Q7747")
    assert [t for t, _ in found] == ["Putin", "Wladimir Putin", "Putins"]


def test_transliterations_in_one_article_are_one_actor(kb: KnowledgeBase) -> None:
    text = (
        "Wolodymyr Selenskyj traf Kassym-Jomart Tokajew. Zelensky und Kassym-Schomart "
        "Tokajew sprachen. Tokayev lobte Selenskyjs Plan. Sergei Lawrow und Lavrov."
    )
    actors = link(blank(text), kb)
    assert [t for t, _ in mentions_of(actors, "Q3874799")] == [
        "Wolodymyr Selenskyj",
        "Zelensky",
        "Selenskyjs",
    ]
    assert [t for t, _ in mentions_of(actors, "Q200881")] == [
        "Kassym-Jomart Tokajew",
        "Kassym-Schomart Tokajew",
        "Tokayev",
    ]
    assert actor_of(actors, "Lavrov") == actor_of(actors, "Sergei Lawrow") is not None


def test_unknown_surname_follows_its_full_name(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Die Bürgermeisterin Erika Beispielfrau kam. Später sprach Beispielfrau.",
        ents={"Erika Beispielfrau": "PER", "Beispielfrau": "PER"},
    )
    actors = link(doc, kb)
    assert [t for t, _ in mentions_of(actors, "new:erika-beispielfrau")][-1] == "Beispielfrau"


def test_a_known_surname_does_not_cut_an_unknown_person(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Heute sprach Martin Beispielmann.", ents={"Martin Beispielmann": "PER"})
    assert actor_of(link(doc, kb), "Martin Beispielmann") == "new:martin-beispielmann"


def test_an_organisation_named_after_a_place_stays_whole(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Die Universität Leipzig klagt. Die Ex-Sowjetrepublik Kasachstan reagierte.",
        ents={"Universität Leipzig": "ORG", "Ex-Sowjetrepublik Kasachstan": "ORG"},
    )
    actors = link(doc, kb)
    assert actor_of(actors, "Universität Leipzig") == "new:universitaet-leipzig"
    assert actor_of(actors, "Kasachstan") == "Q232"


def test_role_holder_depends_on_the_date(kb: KnowledgeBase) -> None:
    text = "Der deutsche Bundeskanzler reiste nach Paris."
    assert actor_of(link(blank(text), kb, date(2015, 6, 1)), "Der deutsche Bundeskanzler") == "Q567"
    assert (
        actor_of(link(blank(text), kb, date(2023, 6, 1)), "Der deutsche Bundeskanzler") == "Q61053"
    )


def test_descriptions_resolve_by_country_word(kb: KnowledgeBase) -> None:
    text = (
        "Russlands Staatspräsident kam. Auslandsreisen des russischen Machthabers sind "
        "selten. Der US-Außenminister schwieg."
    )
    actors = link(blank(text), kb)
    assert actor_of(actors, "Russlands Staatspräsident") == "Q7747"
    assert actor_of(actors, "des russischen Machthabers") == "Q7747"
    us_minister = actor_of(actors, "Der US-Außenminister")
    assert us_minister is not None
    assert kb.by_id[us_minister].country == "USA"


def test_apposition_teaches_a_description(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Kasachstans Präsident Max Beispielmann kam. Später sprach Kasachstans Präsident.",
        ents={"Max Beispielmann": "PER"},
    )
    actors = link(doc, kb)
    new = next(a for a in actors if a.id == "new:max-beispielmann")
    assert [m.kind for m in new.mentions] == ["description", "name", "description"]
    assert (new.country, new.code, new.roles) == ("KAZ", "KAZGOV", ["Präsident von Kasachstan"])


def test_comma_apposition_after_a_name(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Heute sprach Max Beispielmann, Präsident von Kasachstan, lange.",
        ents={"Max Beispielmann": "PER"},
    )
    assert actor_of(link(doc, kb), "Präsident") == "new:max-beispielmann"


def test_party_politician_gets_the_party_country(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Der Grünen-Politiker Max Beispielmann kritisierte das.", ents={"Max Beispielmann": "PER"}
    )
    new = next(a for a in link(doc, kb) if a.id == "new:max-beispielmann")
    assert new.country == "DEU"
    assert new.sector == "PTY"


def test_counterpart_is_the_same_office_in_the_other_country(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Wladimir Putin empfing seinen kasachischen Amtskollegen.",
        ents={"Wladimir Putin": "PER"},
        subjects=("Putin",),
    )
    assert actor_of(link(doc, kb), "seinen kasachischen Amtskollegen") == "Q200881"


def test_predicative_role_is_not_a_mention(kb: KnowledgeBase) -> None:
    actors = link(blank("Das Parlament wählte ihn zum Präsidenten."), kb)
    assert actor_of(actors, "zum Präsidenten") is None
    assert actor_of(actors, "Präsidenten") is None


def test_metonym_acts_as_government_else_is_the_place(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    acting = make_doc("Heute kritisierte Moskau die Sanktionen.", subjects=("Moskau",))
    assert actor_of(link(acting, kb), "Moskau", "metonym") == "Q159"
    place = make_doc("Er reiste nach Moskau.")
    assert actor_of(link(place, kb), "Moskau", "name") == "lb:loc-rus-moscow"


def test_institution_metonym_is_the_state_body(kb: KnowledgeBase) -> None:
    actors = link(blank("Die Bundesregierung widersprach."), kb)
    body = next(a for a in actors if any(m.text == "Bundesregierung" for m in a.mentions))
    assert body.code == "DEUGOV"


def test_country_adjectives_and_sector_bodies(kb: KnowledgeBase) -> None:
    actors = link(blank("Russische Truppen rückten vor. Die westlichen Sanktionen wirken."), kb)
    assert actor_of(actors, "Russische", "adjective") == "Q159"
    troops = next(a for a in actors if any(m.text == "Russische Truppen" for m in a.mentions))
    assert (troops.country, troops.sector, troops.code) == ("RUS", "MIL", "RUSMIL")
    assert actor_of(actors, "westlichen", "adjective") == "lb:bloc-wst"


def test_apposition_names_a_place_description(kb: KnowledgeBase) -> None:
    text = (
        "Putin besuchte die Ex-Sowjetrepublik Kasachstan. Die Kooperation zwischen Russland "
        "und der Ex-Sowjetrepublik wächst. Sie treffen sich in der belarussischen Hauptstadt."
    )
    actors = link(blank(text), kb)
    assert actor_of(actors, "die Ex-Sowjetrepublik", "description") == "Q232"
    assert actor_of(actors, "der Ex-Sowjetrepublik", "description") == "Q232"
    assert actor_of(actors, "der belarussischen Hauptstadt") == "lb:loc-blr-minsk"


def test_demonyms_stand_for_the_state(kb: KnowledgeBase) -> None:
    actors = link(blank("Die Briten stimmten ab."), kb)
    assert actor_of(actors, "Die Briten", "description") == "Q145"


def test_gazetteer_can_be_switched_off(kb: KnowledgeBase) -> None:
    doc = blank("Wladimir Putin kam.")
    off = link_article(doc, DAY, kb, options=LinkOptions(use_gazetteer=False)).to_models()
    assert actor_of(off, "Wladimir Putin") is None
    assert actor_of(link(doc, kb), "Wladimir Putin") == "Q7747"


def test_definite_description_without_office_refers_back(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Gestern sprach Robert Habeck lange. Der Grünen-Politiker sagte, alles sei gut.",
        ents={"Robert Habeck": "PER"},
        subjects=("Habeck",),
    )
    habeck = actor_of(link(doc, kb), "Robert Habeck")
    assert habeck is not None
    assert actor_of(link(doc, kb), "Der Grünen-Politiker", "description") == habeck


def test_the_party_is_the_party_named_last(kb: KnowledgeBase) -> None:
    actors = link(blank("Gestern stritt die SPD. Heute sagte die Partei nichts."), kb)
    assert actor_of(actors, "die Partei", "description") == actor_of(actors, "SPD")


def test_known_one_word_names_recur_unknown_ones_do_not(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    first = "Die Hamas griff an. Danach schwieg die Hamas. In Essen und Essen blieb es ruhig."
    doc = make_doc(first, ents={"Hamas": "ORG"})
    doc.ents = [doc.ents[0]]  # the NER found only the first "Hamas"
    doc_e = make_doc("Ein Fest in Essen. Das Essen war gut.", ents={"Essen": "LOC"})
    doc_e.ents = [doc_e.ents[0]]
    assert [m.text for a in link(doc, kb) for m in a.mentions if a.id == "Q38799"] == [
        "Hamas",
        "Hamas",
    ]
    assert len([m for a in link(doc_e, kb) for m in a.mentions if m.text == "Essen"]) == 1


def test_no_new_actor_from_a_span_that_runs_into_the_sentence(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Sieben Menschen sterben bei Institut für Beispielkunde.",
        ents={"Sieben Menschen sterben bei": "ORG", "Institut für Beispielkunde": "ORG"},
    )
    ids = [a.id for a in link(doc, kb)]
    assert ids == ["new:institut-fuer-beispielkunde"]


def test_organisation_chef_describes_an_unknown_person(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Gestern sprach CDU-Chef Max Beispielmann.", ents={"Max Beispielmann": "PER"})
    new = next(a for a in link(doc, kb) if a.id == "new:max-beispielmann")
    assert (new.country, new.sector, new.code) == ("DEU", "PTY", "DEUPTY")
    assert new.roles == ["Chef (CDU)"]


def test_a_known_name_longer_than_the_ner_span_wins(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Kim Jong Un taucht auf.", ents={"Kim Jong": "PER"})
    assert actor_of(link(doc, kb), "Kim Jong Un") == "Q56226"


def test_hyphenated_country_adjectives_count_part_by_part(kb: KnowledgeBase) -> None:
    actors = link(blank("An der deutsch-französischen Grenze und in Madagaskar."), kb)
    adjectives = {(m.text, a.id) for a in actors for m in a.mentions if m.kind == "adjective"}
    assert adjectives == {("deutsch", "Q183"), ("französischen", "Q142")}
    assert kb.country_by_adjective("madagassischen") is not None


def test_a_genitive_compound_before_a_known_surname_is_cut(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Andry Rajoelina kam. Die Frau des Show-Manns Rajoelina lachte.",
        ents={"Andry Rajoelina": "PER", "Show-Manns Rajoelina": "PER"},
    )
    actors = link(doc, kb)
    assert [a.id for a in actors if a.type == "PER"] == ["Q57363"]


def test_a_definite_city_noun_is_the_place_named_last(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "In Beispielstadt protestierten viele. Die Stadt schwieg.",
        ents={"Beispielstadt": "LOC"},
    )
    actors = link(doc, kb)
    assert actor_of(actors, "Die Stadt", "description") == "new:beispielstadt"


def test_place_adjectives_are_adjective_mentions(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Die Thüringer Landesregierung und der Münchner Stadtrat streiten.",
        ents={"Thüringer Landesregierung": "ORG"},
    )
    actors = link(doc, kb)
    assert actor_of(actors, "Thüringer", "adjective") == "Q1205"
    assert actor_of(actors, "Münchner", "adjective") == "lb:loc-deu-munchen"


def test_a_people_the_ner_took_for_a_name_is_its_state(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    """„von den Israelis“ tagged as a name, "den Palästinensern Autonomie": the states."""
    doc = make_doc(
        "Häuser würden von den Israelis abgerissen. Israel erklärt sich bereit, "
        "den Palästinensern Autonomie zu gewähren.",
        ents={"Israelis": "MISC", "Israel": "LOC"},
    )
    actors = link_article(doc, date(2023, 11, 9), kb).to_models()
    by_text = {m.text: a.id for a in actors for m in a.mentions}
    assert by_text["den Israelis"] == "Q801"
    assert by_text["den Palästinensern"] == "Q407199"
    assert not any(a.id.startswith("new:") for a in actors)


def test_an_unknown_one_word_name_recurs_where_the_text_shows_a_name(
    kb: KnowledgeBase, make_doc
) -> None:  # type: ignore[no-untyped-def]
    """„Musterland“ once found as a place is linked where it recurs, not inside a compound;
    a common noun the NER took for a name once ("Klima") is not repeated."""
    from spacy.tokens import Span

    doc = make_doc(
        "Im Musterland leben viele. Das Musterland ist klein. Die Musterland-Politik scheitert. "
        "Das Klima ist rau. Das Klima ändert sich."
    )
    words = [t.text for t in doc]
    for token in doc:
        token.pos_ = "PROPN" if token.text == "Musterland" else "NOUN"
    klima = words.index("Klima")
    doc.set_ents([Span(doc, 1, 2, label="LOC"), Span(doc, klima, klima + 1, label="ORG")])
    actors = link_article(doc, date(2023, 11, 9), kb).to_models()
    place = next(a for a in actors if any(m.text == "Musterland" for m in a.mentions))
    assert sum(m.text == "Musterland" for m in place.mentions) == 2
    assert sum(m.text == "Klima" for a in actors for m in a.mentions) <= 1


def test_a_known_name_in_s_is_no_genitive(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    """„Wie der Business Insider berichtet“: a name the KB knows whole is not cut as a
    genitive before a noun; the press names of `organisations.yaml` are found."""
    doc = make_doc("Wie der Business Insider berichtet, sagte die Wirtschaftswoche nichts.")
    for token in doc:
        token.pos_ = "NOUN" if token.text in ("Insider", "Wirtschaftswoche") else "VERB"
    actors = link_article(doc, date(2020, 4, 1), kb).to_models()
    by_text = {m.text: a for a in actors for m in a.mentions}
    assert by_text["Business Insider"].type == "ORG"
    assert by_text["Wirtschaftswoche"].sector == "MED"
