"""Session 3, second round (docs/events.md): families of political vocabulary the
lexicon lacked: idioms and light-verb constructions, agent nouns of financing,
counter-attacks, alliances, declarations of war."""

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
    ("lemma", "type_"),
    [
        ("Kriegserklärung", "THREATEN"),
        ("Gegenschlag", "ASSAULT"),
        ("Gegenangriff", "ASSAULT"),
        ("Zusammenschluss", "COOPERATE"),
        ("Geldgeber", "AID"),
        ("Kreditgeber", "AID"),
        ("Rettungspaket", "AID"),
        ("Rettungsschirm", "AID"),
    ],
)
def test_new_nouns(lex: Lexicon, lemma: str, type_: str) -> None:
    assert [e.type for e in lex.lookup(lemma, pos="NOUN")] == [type_]


@pytest.mark.parametrize(
    ("base", "particle", "type_"),
    [("schlagen", "zurück", "ASSAULT"), ("schließen", "zusammen", "COOPERATE")],
)
def test_new_particle_verbs(lex: Lexicon, base: str, particle: str, type_: str) -> None:
    assert [e.type for e in lex.lookup(base, particle=particle, pos="VERB")] == [type_]


@pytest.mark.parametrize(
    ("lemmas", "type_"),
    [
        (["Trump", "geben", "er", "grün", "Licht"], "CONCEDE"),
        (["Regierung", "erteilen", "grün", "Licht", "für"], "CONCEDE"),
        (["Netanjahu", "erklären", "der", "Hamas", "der", "Krieg"], "THREATEN"),
        (["Israel", "erklären", "sich", "bereit"], "AGREE"),
        (["Einvernehmen", "werden", "erzielen"], "AGREE"),
        (["beide", "finden", "Konsens"], "AGREE"),
        (["Agentur", "übernehmen", "der", "Kosten"], "AID"),
        (["Präsident", "aktivieren", "Sanktion"], "SANCTION"),
        (["sie", "schmieden", "ein", "Bündnis"], "COOPERATE"),
        (["Handschelle", "klicken"], "COERCE"),
        (["fallen", "Bombe", "auf", "Gaza"], "ASSAULT"),
        (["er", "folgen", "der", "Einladung"], "CONSULT"),
        (["Bevölkerung", "erfreuen", "zeigen", "über"], "SUPPORT"),
        (["Partei", "zeigen", "sich", "zufrieden"], "SUPPORT"),
        (["Minister", "zeigen", "sich", "empört"], "ACCUSE"),
        (["sie", "zeigen", "sich", "enttäuschen"], "ACCUSE"),
        (["Tausende", "ziehen", "durch", "der", "Straße"], "PROTEST"),
    ],
)
def test_constructions(lex: Lexicon, lemmas: list[str], type_: str) -> None:
    assert [m.entry.type for m in lex.match_multiword(lemmas)] == [type_]


def test_light_without_green_is_no_concession(lex: Lexicon) -> None:
    assert lex.match_multiword(["er", "geben", "Licht"]) == []


def test_troops_in_the_streets_are_no_march(lex: Lexicon) -> None:
    (march,) = lex.match_multiword(["Demonstrant", "ziehen", "durch", "Straße"])
    assert march.entry.allows(["Demonstrant", "ziehen", "durch", "Straße"])
    assert not march.entry.allows(["Truppe", "ziehen", "durch", "Straße"])


def test_costs_alone_are_no_aid(lex: Lexicon) -> None:
    assert lex.match_multiword(["Kosten", "steigen"]) == []


NETANYAHU = ("Q43723", "PER", "ISR", [("Netanjahu", "name")])
HAMAS = ("Q38799", "ORG", "PSE", [("Hamas", "name")])


def test_declaring_war_threatens_the_dative(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Netanjahu erklärt der Hamas den Krieg."
    doc = doc_of([[("Netanjahu", "Netanjahu", "PROPN", "NE", "nsubj", 1, "Case=Nom"),
                   ("erklärt", "erklären", "VERB", "VVFIN", "ROOT", 1, "VerbForm=Fin"),
                   ("der", "der", "DET", "ART", "det", 3, "Case=Dat"),
                   ("Hamas", "Hamas", "PROPN", "NE", "iobj", 1, "Case=Dat"),
                   ("den", "der", "DET", "ART", "det", 5, "Case=Acc"),
                   ("Krieg", "Krieg", "NOUN", "NN", "obj", 1, "Case=Acc"),
                   (".", ".", "PUNCT", "$.", "punct", 1, "")]])  # fmt: skip
    found = Extractor().mentions(article_of(doc, [NETANYAHU, HAMAS]), doc)
    assert [(m.type, sorted(m.source), sorted(m.target)) for m in found] == [
        ("THREATEN", ["Q43723"], ["Q38799"])
    ]


def test_agitation_keeps_its_sense_in_compounds(lex: Lexicon) -> None:
    found = lex.lookup_head("CDU-Stimmungsmache")
    assert found is not None
    assert [e.type for e in found[1]] == ["ACCUSE"]


def test_closing_ngos_names_the_plural(lex: Lexicon) -> None:
    (closing,) = lex.lookup("Schließung", pos="NOUN")
    assert closing.allows(["Regierung", "Schließung", "NGOs"])
    assert not closing.allows(["Schließung", "Debatte"])
