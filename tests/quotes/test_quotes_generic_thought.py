"""A thought of generic "man" is the writer's own reasoning, no report (what
"man sagt" is hearsay and stays a report); a negated belief reports the
negation. Texts are written for these tests."""

from collections.abc import Callable

Row = tuple[str, str, str | None, str | None]
Quotes = Callable[[str], list[Row]]
Only = Callable[[str], Row]


def test_a_generic_assumption_is_no_report(quotes: Quotes) -> None:
    assert quotes("Man kann davon ausgehen, dass die Miliz Bilder als Propaganda nutzt.") == []


def test_a_generic_belief_in_a_subordinate_clause_is_no_report(quotes: Quotes) -> None:
    assert quotes("Es wäre naiv, wenn man glaubt, dass die Karte den Missbrauch beendet.") == []


def test_a_generic_opinion_noun_is_no_report(quotes: Quotes) -> None:
    assert quotes("Man kann der Meinung sein, dass die Grenzen falsch verlaufen.") == []


def test_generic_hearsay_stays_a_report(only: Only) -> None:
    assert only("Man sagt, dass der Minister bald zurücktritt.")[:3] == (
        "indirect",
        "dass der Minister bald zurücktritt",
        "sagt",
    )


def test_a_named_thinker_still_reports(only: Only) -> None:
    assert only("Der Minister glaubt, dass man sparen muss.") == (
        "indirect",
        "dass man sparen muss",
        "glaubt",
        "Der Minister",
    )


def test_a_negated_belief_reports_the_negation(only: Only) -> None:
    text = "Doch der Experte glaubt nicht, dass die Sanktionen das Regime erweichen."
    assert only(text) == (
        "indirect",
        "dass die Sanktionen das Regime erweichen",
        "glaubt",
        "der Experte",
    )


def test_a_negated_perception_still_reports_nothing(quotes: Quotes) -> None:
    assert quotes("Der Minister hatte nicht bemerkt, dass die Frist abgelaufen war.") == []
