"""Sixth round (issue 7): ASSAULT and COERCE coverage of the trigger lexicon."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from spacy.tokens import Doc

from lagebild.events.extract import Extractor
from lagebild.events.lexicon import Lexicon
from lagebild.models import Article

Row = tuple[str, str, str, str, str, int, str]
DocOf = Callable[[Sequence[Sequence[Row]]], Doc]
ArticleOf = Callable[..., Article]


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.load()


@pytest.mark.parametrize(
    ("lemma", "type_", "mode"),
    [
        ("Militärschlag", "ASSAULT", None),
        ("Drohnenschlag", "ASSAULT", "drone"),
        ("Feuergefecht", "ASSAULT", "firearms"),
        ("Gefangennahme", "COERCE", "arrest"),
        ("Internierung", "COERCE", "arrest"),
        ("Abriegelung", "COERCE", "restrict"),
        ("Vereinsverbot", "COERCE", "restrict"),
    ],
)
def test_new_nouns(lex: Lexicon, lemma: str, type_: str, mode: str | None) -> None:
    (found,) = lex.lookup(lemma, pos="NOUN")
    assert (found.type, found.mode) == (type_, mode)


@pytest.mark.parametrize(
    ("base", "particle", "type_"),
    [("knüppeln", "nieder", "ASSAULT"), ("kesseln", "ein", "COERCE"), ("setzen", "fest", "COERCE")],
)
def test_new_particle_verbs(lex: Lexicon, base: str, particle: str, type_: str) -> None:
    assert [e.type for e in lex.lookup(base, particle=particle, pos="VERB")] == [type_]


@pytest.mark.parametrize(
    ("compound", "head", "type_", "mode"),
    [
        ("Hausdurchsuchung", "durchsuchung", "COERCE", "seize"),
        ("Waffenbeschlagnahme", "beschlagnahme", "COERCE", "seize"),
        ("Kamikaze-Drohnenangriff", "Drohnenangriff", "ASSAULT", "drone"),
        ("Vergeltungs-Raketenangriff", "Raketenangriff", "ASSAULT", "heavy-weapons"),
    ],
)
def test_new_compound_heads(lex: Lexicon, compound: str, head: str, type_: str, mode: str) -> None:
    found = lex.lookup_head(compound)
    assert found is not None
    assert found[0].casefold() == head.casefold()
    assert [(e.type, e.mode) for e in found[1]] == [(type_, mode)]


def test_a_war_of_words_is_no_fight(lex: Lexicon) -> None:
    # Gefecht is deliberately no compound head.
    assert lex.lookup_head("Wortgefecht") is None


def test_dropping_needs_a_bomb(lex: Lexicon) -> None:
    (drop,) = lex.lookup("Abwurf", pos="NOUN")
    assert drop.allows(["Abwurf", "Fassbombe"])
    assert not drop.allows(["Abwurf", "Flugblatt"])


def test_fixing_a_date_is_no_arrest(lex: Lexicon) -> None:
    (arrest,) = lex.lookup("setzen", particle="fest", pos="VERB")
    assert arrest.allows(["Polizei", "festsetzen", "Journalist"])
    assert not arrest.allows(["Regierung", "festsetzen", "Termin"])


def test_handcuffs_and_arson_constructions(lex: Lexicon) -> None:
    (cuffs,) = lex.match_multiword(["Polizei", "anlegen", "er", "Handschelle"])
    assert (cuffs.entry.type, cuffs.entry.mode) == ("COERCE", "arrest")
    (fire,) = lex.match_multiword(["stecken", "Europa", "in", "Brand"])
    assert fire.entry.type == "ASSAULT"


GERMANY = ("Q183", "GPE", "DEU", [("Deutschland", "name")])
EUROPE = ("lb:bloc-eur", "GPE", None, [("Europa", "name")])


def test_setting_a_country_on_fire_is_an_assault(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Deutschland steckte Europa in Brand."
    doc = doc_of([[("Deutschland", "Deutschland", "PROPN", "NE", "nsubj", 1, "Case=Nom"),
                   ("steckte", "stecken", "VERB", "VVFIN", "ROOT", 1, "VerbForm=Fin"),
                   ("Europa", "Europa", "PROPN", "NE", "obj", 1, "Case=Acc"),
                   ("in", "in", "ADP", "APPR", "case", 4, ""),
                   ("Brand", "Brand", "NOUN", "NN", "obl", 1, "Case=Acc"),
                   (".", ".", "PUNCT", "$.", "punct", 1, "")]])  # fmt: skip
    found = Extractor().mentions(article_of(doc, [GERMANY, EUROPE]), doc)
    assert [(m.type, sorted(m.source), sorted(m.target)) for m in found] == [
        ("ASSAULT", ["Q183"], ["lb:bloc-eur"])
    ]


TURKEY = ("Q43", "GPE", "TUR", [("Türkei", "name")])
SYRIA = ("Q858", "GPE", "SYR", [("Syrien", "name")])


def _marched(particle_head: int) -> list[Row]:
    # "Die Türkei marschierte, unprovoziert, in Syrien ein."
    return [("Die", "der", "DET", "ART", "det", 1, "Case=Nom"),
            ("Türkei", "Türkei", "PROPN", "NE", "nsubj", 2, "Case=Nom"),
            ("marschierte", "marschieren", "VERB", "VVFIN", "ROOT", 2, "VerbForm=Fin"),
            (",", ",", "PUNCT", "$,", "punct", 4, ""),
            ("unprovoziert", "unprovozieren", "VERB", "VVPP", "conj", 2, "VerbForm=Part"),
            ("in", "in", "ADP", "APPR", "case", 6, ""),
            ("Syrien", "Syrien", "PROPN", "NE", "obl", 2, "Case=Dat"),
            ("ein", "ein", "ADV", "PTKVZ", "compound:prt", particle_head, ""),
            (".", ".", "PUNCT", "$.", "punct", 2, "")]  # fmt: skip


@pytest.mark.parametrize("particle_head", [2, 4])
def test_a_stray_particle_belongs_to_the_finite_verb(
    doc_of: DocOf, article_of: ArticleOf, particle_head: int
) -> None:
    # The parser may hang "ein" on the participle; only a finite verb leaves its
    # particle behind, so "marschierte ... ein" is einmarschieren, not a march.
    doc = doc_of([_marched(particle_head)])
    found = Extractor().mentions(article_of(doc, [TURKEY, SYRIA]), doc)
    assert [(m.type, sorted(m.source)) for m in found] == [("ASSAULT", ["Q43"])]


POLICE = ("lb:police", "ORG", "GBR", [("Polizei", "description")])
JOHNSON = ("Q180589", "PER", "GBR", [("Johnson", "name")])


@pytest.mark.parametrize("lemma", ["Handschelle", "Handschellen"])
def test_a_plural_the_lemmatiser_left_still_matches_a_construction(
    doc_of: DocOf, article_of: ArticleOf, lemma: str
) -> None:
    # "Die Polizei legte Johnson Handschellen an." with and without a lemmatised plural.
    doc = doc_of([[("Die", "der", "DET", "ART", "det", 1, "Case=Nom"),
                   ("Polizei", "Polizei", "NOUN", "NN", "nsubj", 2, "Case=Nom"),
                   ("legte", "legen", "VERB", "VVFIN", "ROOT", 2, "VerbForm=Fin"),
                   ("Johnson", "Johnson", "PROPN", "NE", "iobj", 2, "Case=Dat"),
                   ("Handschellen", lemma, "NOUN", "NN", "obj", 2, "Case=Acc"),
                   ("an", "an", "ADV", "PTKVZ", "compound:prt", 2, ""),
                   (".", ".", "PUNCT", "$.", "punct", 2, "")]])  # fmt: skip
    found = Extractor().mentions(article_of(doc, [POLICE, JOHNSON]), doc)
    assert [(m.type, m.mode, sorted(m.source), sorted(m.target)) for m in found] == [
        ("COERCE", "arrest", ["lb:police"], ["Q180589"])
    ]
