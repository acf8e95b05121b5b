"""Session 3: hopes and fears (kind `wish` in cues.yaml) report no speech;
beliefs and expectations still do."""

from __future__ import annotations

from collections.abc import Callable

from lagebild.quotes.cues import find_cues
from lagebild.quotes.text import tokenize

Row = tuple[str, str, str | None, str | None]
Quotes = Callable[[str], list[Row]]


def test_hopes_and_fears_are_no_speech(quotes: Quotes) -> None:
    assert quotes("Die Opposition hofft nun, dass das Gesetz hilft.") == []
    assert quotes("Die Betreiber fürchten, dass es schwerer wird.") == []
    assert quotes("Viele befürchteten, dass die Preise steigen.") == []
    assert quotes("Die Befürchtung, dass die Preise steigen, wuchs.") == []


def test_nothing_continues_a_hope(quotes: Quotes) -> None:
    text = "Die Regierung hofft, dass sie gewinnt. Dies könnte aus ihrer Sicht den Streit beenden."
    assert quotes(text) == []


def test_beliefs_still_report(quotes: Quotes) -> None:
    rows = quotes("Doch Bassiki glaubt nicht, dass sich Asad erweichen lässt.")
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("indirect", "dass sich Asad erweichen lässt", "Bassiki")
    ]
    assert [r[2] for r in quotes("Der Verband erwartet, dass die Preise steigen.")] == ["erwartet"]


def test_a_wish_verb_is_no_cue_hit() -> None:
    assert find_cues(tokenize("Sie hofft, dass es klappt.")) == []
