"""Session 3: who a source adverb ("demnach") points back to when no speech
came before; a named frame wins over it; a fronted "Vom …" completes *sprechen*."""

from __future__ import annotations

from collections.abc import Callable

from lagebild.quotes.sources import named_source
from lagebild.quotes.text import tokenize

Row = tuple[str, str, str | None, str | None]
Quotes = Callable[[str], list[Row]]


def test_demnach_points_to_the_research_named_before(quotes: Quotes) -> None:
    text = (
        "Das ist das Ergebnis einer Recherche von „Correctiv“. "
        "Die Hersteller dürfen sie demnach ins Ausland verkaufen."
    )
    assert [(r[1], r[3]) for r in quotes(text)] == [
        ("Die Hersteller dürfen sie demnach ins Ausland verkaufen", "Correctiv")
    ]
    text = "Das ergaben Recherchen des Verbands. Zu den Herstellern gehören demnach auch Firmen."
    assert [r[3] for r in quotes(text)] == ["des Verbands"]


def test_demnach_after_speech_keeps_its_speaker(quotes: Quotes) -> None:
    text = "Der Minister sagte, die Lage sei ernst. Die Firmen dürfen demnach nichts liefern."
    assert [r[3] for r in quotes(text)] == ["Der Minister", "Der Minister"]


def test_demnach_without_a_named_source_has_no_speaker(quotes: Quotes) -> None:
    text = "Das Wetter war schlecht. Die Firmen dürfen demnach nichts liefern."
    assert [r[3] for r in quotes(text)] == [None]


def test_a_named_frame_wins_over_demnach(quotes: Quotes) -> None:
    text = "Es handle sich demnach um Lieferscheine, so ein Sprecher."
    assert [(r[1], r[2], r[3]) for r in quotes(text)] == [
        ("Es handle sich demnach um Lieferscheine", "so", "ein Sprecher")
    ]


def test_named_source_needs_a_genitive_or_von() -> None:
    assert named_source(tokenize("Das ist eine Recherche in Berlin.")) is None
    toks = tokenize("Das zeigt eine Studie der Universität Mainz.")
    span = named_source(toks)
    assert span is not None and toks[span[0]].text == "der"


def test_a_fronted_vom_completes_sprechen(quotes: Quotes) -> None:
    text = (
        "Vom größten Problem für den Wettbewerb spricht der Manager. "
        "Der Takt erschwere demnach den Zugang."
    )
    assert [(r[1], r[3]) for r in quotes(text)] == [
        ("Der Takt erschwere demnach den Zugang", "der Manager")
    ]


def test_a_relative_zufolge_reports_its_clause(quotes: Quotes) -> None:
    text = (
        "Er verwies auf eine Entscheidung des Gerichts, der zufolge ein Teil der "
        "Leistungen bar ausgezahlt werden muss."
    )
    assert [(r[1], r[2], r[3]) for r in quotes(text)] == [
        (
            "ein Teil der Leistungen bar ausgezahlt werden muss",
            "zufolge",
            "eine Entscheidung des Gerichts",
        )
    ]
    # the clause ends at its comma
    rows = quotes("Es gibt eine Studie, der zufolge die Preise steigen, und alle schweigen.")
    assert [r[1] for r in rows] == ["die Preise steigen"]
