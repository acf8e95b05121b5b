"""Session 3: subject phrases — a genitive opened by another determiner than
des/der, letter abbreviations before an inverted subject, and a name's
capitalised adjective that a tagger calls ADJ."""

from __future__ import annotations

from collections.abc import Callable

from lagebild.quotes.grammar import np_end, subject_after
from lagebild.quotes.text import Token, tokenize

Row = tuple[str, str, str | None, str | None]
Quotes = Callable[[str], list[Row]]


def test_a_genitive_after_a_bare_plural_belongs_to_the_subject(quotes: Quotes) -> None:
    text = (
        "Kongressmitglieder beider Parteien forderten in einer Erklärung eine Umsetzung. "
        "Es gehe um eine Botschaft an das Regime."
    )
    assert [r[3] for r in quotes(text)] == ["Kongressmitglieder beider Parteien"]
    toks = tokenize("Die Forscher einer Universität sagen")
    assert np_end(toks, 0) == 4


def test_letter_abbreviations_are_skipped_before_an_inverted_subject() -> None:
    toks = tokenize("meldet u.a. die Zeitung")
    found = subject_after(toks, 0, len(toks))
    assert found is not None and [t.text for t in toks[found[0] : found[1]]] == ["die", "Zeitung"]
    # a tokenizer's one token "u.a." too
    toks = [
        Token(0, 6, "meldet"),
        Token(7, 11, "u.a."),
        Token(12, 15, "die"),
        Token(16, 23, "Zeitung"),
    ]
    assert subject_after(toks, 0, len(toks)) == (2, 4)


def test_a_tagged_capital_adjective_inside_a_name() -> None:
    toks = [
        Token(0, 3, "die", pos="DET"),
        Token(4, 15, "Süddeutsche", pos="ADJ"),
        Token(16, 23, "Zeitung", pos="NOUN"),
    ]
    assert np_end(toks, 0) == 3


def test_a_coordinated_clause_shares_the_subject_before_und(quotes: Quotes) -> None:
    text = (
        "Auch die Polizei zeigte sich zunächst handzahm und hatte am Samstag auf "
        "Anfrage mitgeteilt, ihr seien keine Straftaten bekannt."
    )
    assert [r[3] for r in quotes(text)] == ["die Polizei"]  # past the focus particle
    assert [r[3] for r in quotes("Der Minister kam und sagte, die Lage sei ernst.")] == [
        "Der Minister"
    ]


def test_the_subject_before_an_apposition_in_a_relative_clause(quotes: Quotes) -> None:
    text = (
        "Nun begann eine Konferenz, an die der Premier von Sachsen-Anhalt, Reiner "
        "Haseloff (CDU), im Vorfeld folgende Erwartung formulierte: „Der Montag entscheidet.“"
    )
    assert [(r[0], r[2], r[3]) for r in quotes(text)] == [
        ("direct", "formulierte", "der Premier von Sachsen-Anhalt")
    ]
    # a dative before the apposition is no subject
    assert [r[3] for r in quotes("Dem Premier, Reiner Haseloff, wurde gesagt, es sei ernst.")] == [
        None
    ]
