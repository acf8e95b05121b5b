"""Session 3: span boundaries of indirect speech — a postposed so-frame with a
relative clause about its source, a cue noun that is a so-frame's source, a
fronted frame that attributes its own sentence inside a report, and an
elliptic second clause after a comma."""

from __future__ import annotations

from collections.abc import Callable

Row = tuple[str, str, str | None, str | None]
Quotes = Callable[[str], list[Row]]


def _rows(rows: list[Row]) -> list[tuple[str, str | None, str | None]]:
    return [(r[1], r[2], r[3]) for r in rows]


def test_a_relative_clause_after_a_so_frame_closes_the_sentence(quotes: Quotes) -> None:
    text = "Jetzt sei der Zeitpunkt gekommen, so der Chef des Verbands (DSGV), der die Sparkassen vertritt."
    assert _rows(quotes(text)) == [
        ("Jetzt sei der Zeitpunkt gekommen", "so", "der Chef des Verbands")
    ]
    # an article after the comma goes on with the sentence: the frame is inserted
    text = "Man müsse, so der Minister, die Grenzen schließen."
    assert _rows(quotes(text)) == [
        ("Man müsse, so der Minister, die Grenzen schließen", "so", "der Minister")
    ]


def test_a_cue_noun_in_a_so_frame_opens_no_clause(quotes: Quotes) -> None:
    text = "Die Linke, so der Vorwurf, tabuisiere unbequeme Positionen und verhindere jede Debatte."
    rows = quotes(text)
    assert [r[1] for r in rows] == [
        "Die Linke, so der Vorwurf, tabuisiere unbequeme Positionen und verhindere jede Debatte"
    ]


def test_a_fronted_frame_attributes_its_own_sentence(quotes: Quotes) -> None:
    text = (
        "Die Daten seien ein Protest, schrieb er. "
        "Nach eigenen Angaben kaufte er die Daten von einem Hacker."
    )
    assert [r[1] for r in quotes(text)][-1] == "kaufte er die Daten von einem Hacker"


def test_an_elliptic_clause_after_a_comma_is_no_attribution(quotes: Quotes) -> None:
    text = (
        "Der Minister sagte, es werde besser. "
        "Zugfahren solle schneller werden, das Erreichen der Anschlüsse verlässlicher."
    )
    assert [r[1] for r in quotes(text)][-1] == (
        "Zugfahren solle schneller werden, das Erreichen der Anschlüsse verlässlicher"
    )
