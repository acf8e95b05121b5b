"""Nominal coreference: head match, kind match and indefinite introductions."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from lagebild.actors.entities import ArticleActors
from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.nominal_coref import heads_match
from lagebild.actors.nominal_kinds import load_nominal_kinds
from lagebild.actors.stage import link_article

DAY = date(2023, 11, 9)
MASC = "Case=Nom|Gender=Masc|Number=Sing"


def _at(text: str, phrase: str, actors: ArticleActors, nth: int = 0) -> list[str]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return [m.entity for m in actors.mentions if m.start == start and m.kind == "description"]


def _names(text: str, word: str, actors: ArticleActors) -> list[str]:
    start = text.index(word)
    return [m.entity for m in actors.mentions if m.start == start and m.kind == "name"]


def _nouns(doc: Doc, tag, *words: str) -> Doc:  # type: ignore[no-untyped-def]
    return tag(doc, "NOUN", *words, morph=MASC)


def test_heads_match_the_noun_or_the_head_of_a_compound(make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Flugzeugträger US-Flugzeugträger Träger Rat Verrat Konzern Konzerne")
    t = {tok.text: tok for tok in doc}
    assert heads_match(t["Flugzeugträger"], t["US-Flugzeugträger"])
    assert heads_match(t["Flugzeugträger"], t["Flugzeugträger"])
    # The compound's head must be a word of its own, not three letters at its end.
    assert not heads_match(t["Rat"], t["Verrat"])
    # A more specific noun is no repetition of the general one.
    assert not heads_match(t["Flugzeugträger"], t["Träger"])


def test_kind_nouns_and_their_compounds() -> None:
    kinds = load_nominal_kinds()
    konzern = kinds.kind_of("Rüstungskonzern")
    assert konzern is not None and konzern.fits("ORG", None) and konzern.fits("ORG", "BUS")
    assert not konzern.fits("ORG", "PTY") and not konzern.fits("LOC", None)
    partei = kinds.kind_of("Partei")
    assert partei is not None and not partei.fits("ORG", None)  # a party must be coded
    assert kinds.kind_of("Terrororganisation") is kinds.kind_of("Organisation")
    assert kinds.kind_of("Wetter") is None


def test_a_definite_noun_repeats_the_head_of_a_close_apposition(
    kb: KnowledgeBase, make_doc, tag
) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Eine Drohne flog über den Flugzeugträger Musterschiff hinweg. Die Marine schwieg. "
        "Der Flugzeugträger liegt im Hafen."
    )
    doc = _nouns(make_doc(text, ents={"Musterschiff": "ORG"}), tag, "Flugzeugträger")
    tag(doc, "DET", "Der", "den", morph="Number=Sing")
    actors = link_article(doc, DAY, kb)
    (ship,) = _names(text, "Musterschiff", actors)
    assert _at(text, "Der Flugzeugträger", actors) == [ship]


def test_a_contrasting_modifier_makes_another_one(kb: KnowledgeBase, make_doc, tag) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Eine Drohne flog über den Flugzeugträger Musterschiff hinweg. "
        "Der andere Flugzeugträger liegt im Hafen."
    )
    doc = _nouns(make_doc(text, ents={"Musterschiff": "ORG"}), tag, "Flugzeugträger")
    tag(doc, "ADJ", "andere")
    actors = link_article(doc, DAY, kb)
    assert _at(text, "Der andere Flugzeugträger", actors) == []


def test_a_kind_noun_refers_to_the_latest_actor_of_its_kind(
    kb: KnowledgeBase, make_doc, tag
) -> None:  # type: ignore[no-untyped-def]
    text = "Die Hamas kontrolliert Gaza. Immer wieder feuert die Terrororganisation Raketen."
    doc = make_doc(text, ents={"Hamas": "ORG", "Gaza": "LOC"})
    tag(doc, "NOUN", "Terrororganisation", "Raketen", morph="Gender=Fem|Number=Sing")
    actors = link_article(doc, DAY, kb)
    (hamas,) = _names(text, "Hamas", actors)
    assert _at(text, "die Terrororganisation", actors) == [hamas]


def test_a_party_noun_needs_an_actor_coded_as_a_party(kb: KnowledgeBase, make_doc, tag) -> None:  # type: ignore[no-untyped-def]
    text = "Musterwerk baut Autos. Die Ostpartei schweigt."
    doc = make_doc(text, ents={"Musterwerk": "ORG"})
    tag(doc, "NOUN", "Ostpartei", "Autos", morph="Gender=Fem|Number=Sing")
    actors = link_article(doc, DAY, kb)
    assert _at(text, "Die Ostpartei", actors) == []


def test_an_indefinite_kind_noun_introduces_an_organisation(
    kb: KnowledgeBase, make_doc, tag
) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Betroffen war ein externer Dienstleister. "
        "Man beendete die Zusammenarbeit mit dem Dienstleister."
    )
    doc = _nouns(make_doc(text), tag, "Dienstleister", "Zusammenarbeit")
    tag(doc, "ADJ", "externer")
    tag(doc, "DET", "ein", "dem", "die", morph="Number=Sing")
    actors = link_article(doc, DAY, kb)
    (provider,) = _at(text, "ein externer Dienstleister", actors)
    assert actors.entities[provider].model.type == "ORG"
    assert actors.entities[provider].model.sector == "BUS"
    assert _at(text, "dem Dienstleister", actors) == [provider]


def test_a_repeated_phrase_of_an_organisation_kind_is_one_unnamed_organisation(
    kb: KnowledgeBase, make_doc, tag
) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Die Bürgermeisterin und ihr links-grünes Bündnis feiern. Die Wahl war knapp. "
        "Das links-grüne Bündnis muss jetzt liefern. Die Wahl ist vorbei."
    )
    doc = make_doc(text)
    tag(doc, "NOUN", "Bündnis", morph="Gender=Neut|Number=Sing")
    tag(doc, "NOUN", "Wahl", morph="Gender=Fem|Number=Sing")
    tag(doc, "ADJ", "links-grünes", "links-grüne")
    tag(doc, "DET", "ihr", "Das", "Die", morph="Number=Sing")
    actors = link_article(doc, DAY, kb)
    (alliance,) = _at(text, "ihr links-grünes Bündnis", actors)
    assert actors.entities[alliance].model.type == "ORG"
    assert _at(text, "Das links-grüne Bündnis", actors) == [alliance]
    # A repeated noun that names no kind of actor makes none.
    assert _at(text, "Die Wahl", actors) == [] and _at(text, "Die Wahl", actors, nth=1) == []


def test_a_kind_noun_the_tagger_called_proper_still_introduces(
    kb: KnowledgeBase, make_doc, tag
) -> None:  # type: ignore[no-untyped-def]
    text = "Die Partei erhielt eine Spende von einem russischen Pharmakonzern. Niemand wusste es."
    doc = make_doc(text)
    tag(doc, "PROPN", "Pharmakonzern", morph="Case=Dat|Gender=Masc|Number=Sing")
    tag(doc, "ADJ", "russischen")
    tag(doc, "DET", "einem", morph="Number=Sing")
    actors = link_article(doc, DAY, kb)
    (company,) = _at(text, "einem russischen Pharmakonzern", actors)
    assert actors.entities[company].model.country == "RUS"
