"""The timex data files load, and their tables are complete and consistent."""

from __future__ import annotations

from lagebild.timex.lexicon import load_lexicon, number_value
from lagebild.timex.patterns import load_grammar


def test_every_month_and_weekday_is_named() -> None:
    lex = load_lexicon()
    assert set(lex.months.values()) == set(range(1, 13))
    assert set(lex.weekdays.values()) == set(range(1, 8))
    assert lex.months["nov."] == 11
    assert lex.weekdays["sonnabend"] == 6


def test_number_words() -> None:
    lex = load_lexicon()
    assert number_value("drei", lex) == 3
    assert number_value("einundzwanzig", lex) == 21
    assert number_value("Neunundneunzig", lex) == 99
    assert number_value("eineinhalb", lex) == 1.5
    assert number_value("ein halbes", lex) == 0.5
    assert number_value("24", lex) == 24
    assert number_value("1,5", lex) == 1.5
    assert number_value("Haus", lex) is None


def test_ordinals_take_every_ending() -> None:
    lex = load_lexicon()
    for form in ("dritte", "dritten", "drittem", "dritter", "drittes"):
        assert lex.ordinals[form] == 3


def test_grammar_compiles_with_known_handlers() -> None:
    from lagebild.timex.tagger import HANDLERS

    grammar = load_grammar()
    assert len(grammar.rules) > 30
    for rule in grammar.rules:
        assert rule.handler in HANDLERS, rule.name
    names = [rule.name for rule in grammar.rules]
    assert len(names) == len(set(names))


def test_cue_lists_do_not_contradict() -> None:
    cues = load_lexicon().cues
    assert not set(cues.future) & set(cues.past)
    assert not cues.weak_future & cues.weak_past
