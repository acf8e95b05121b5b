"""Session 4, lexicon coverage (docs/events.md): common German vocabulary per CAMEO
code for the types the lexicon had thin (one sample per extended type)."""

from __future__ import annotations

import pytest

from lagebild.events.lexicon import Lexicon


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.load()


@pytest.mark.parametrize(
    ("lemma", "type_"),
    [
        ("Morddrohung", "THREATEN"),
        ("Rückzieher", "CONCEDE"),
        ("Fusion", "COOPERATE"),
        ("Militäraufmarsch", "MOBILIZE"),
        ("Menschenkette", "PROTEST"),
        ("Blockadehaltung", "REJECT"),
        ("Anfrage", "REQUEST"),
        ("Truppenrückzug", "RETREAT"),
        ("Bußgeld", "SANCTION"),
    ],
)
def test_new_nouns(lex: Lexicon, lemma: str, type_: str) -> None:
    assert [e.type for e in lex.lookup(lemma, pos="NOUN")] == [type_]


@pytest.mark.parametrize(
    ("base", "particle", "type_"),
    [
        ("rudern", "zurück", "CONCEDE"),
        ("knicken", "ein", "CONCEDE"),
        ("tun", "zusammen", "COOPERATE"),
        ("begehren", "auf", "PROTEST"),
        ("schrecken", "ab", "THREATEN"),
    ],
)
def test_new_particle_verbs(lex: Lexicon, base: str, particle: str, type_: str) -> None:
    assert [e.type for e in lex.lookup(base, particle=particle, pos="VERB")] == [type_]


@pytest.mark.parametrize(
    ("lemmas", "type_"),
    [
        (["Regierung", "stellen", "Konsequenz", "in", "Aussicht"], "THREATEN"),
        (["Partei", "geben", "klein", "bei"], "CONCEDE"),
        (["Länder", "bündeln", "ihr", "Kraft"], "COOPERATE"),
        (["Armee", "bringen", "Panzer", "in", "Stellung"], "MOBILIZE"),
        (["Gewerkschaft", "aufrufen", "zu", "Streik"], "PROTEST"),
        (["USA", "setzen", "Iran", "ein", "Frist"], "THREATEN"),
        (["Minister", "zugeben", "Fehler"], "CONCEDE"),
        (["Luftwaffe", "lassen", "Kampfjet", "aufsteigen"], "MOBILIZE"),
    ],
)
def test_new_constructions(lex: Lexicon, lemmas: list[str], type_: str) -> None:
    assert [m.entry.type for m in lex.match_multiword(lemmas)] == [type_]


@pytest.mark.parametrize(
    ("lemma", "clause", "allowed"),
    [
        ("zurücknehmen", ["Regierung", "zurücknehmen", "Entscheidung"], True),
        ("zurücknehmen", ["Händler", "zurücknehmen", "Ware"], False),
        ("eingestehen", ["Minister", "eingestehen", "Fehler"], True),
        ("eingestehen", ["er", "eingestehen", "sich", "das"], False),
    ],
)
def test_restricted_senses(lex: Lexicon, lemma: str, clause: list[str], allowed: bool) -> None:
    (entry,) = lex.lookup(lemma, pos="VERB")
    assert entry.allows(clause) is allowed


def test_abruecken_needs_von(lex: Lexicon) -> None:
    (entry,) = lex.lookup("abrücken", pos="VERB")
    assert entry.allows(["Partei", "abrücken"], preps=["von"])
    assert not entry.allows(["Truppe", "abrücken"])
