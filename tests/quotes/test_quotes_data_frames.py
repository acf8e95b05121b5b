"""Session 3: a frame whose source is data (figures, estimates, a statistics
portal) cites numbers, it reports no speech; a speaker's frame still does."""

from __future__ import annotations

from collections.abc import Callable

from lagebild.quotes.frames import cites_data
from lagebild.quotes.text import tokenize

Row = tuple[str, str, str | None, str | None]
Quotes = Callable[[str], list[Row]]


def test_a_laut_frame_with_data_is_no_speech(quotes: Quotes) -> None:
    assert (
        quotes("Laut Daten der Bundespolizei wurden im September 21.366 Einreisen festgestellt.")
        == []
    )
    assert quotes("Die Sendung erreichte laut Statista rund zehn Millionen Zuschauer.") == []
    text = "Laut der niedrigsten Schätzung, die auch die Regierung anerkannte, kamen 197 Menschen ums Leben."
    assert quotes(text) == []
    # compounds of the longer data nouns too
    assert quotes("Laut Kriminalstatistik stieg die Zahl der Diebstähle.") == []


def test_nach_schaetzungen_is_no_source_frame(quotes: Quotes) -> None:
    text = "Nach Schätzungen von Amnesty International liegt die Zahl der Toten bei 322."
    assert quotes(text) == []


def test_a_speakers_frame_still_reports(quotes: Quotes) -> None:
    rows = quotes("Laut Scheuer könnten Bahnfahrer um 400 Millionen Euro entlastet werden.")
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("indirect", "könnten Bahnfahrer um 400 Millionen Euro entlastet werden", "Laut")
    ]
    rows = quotes("Nach Angaben des Ministeriums sind mindestens 1400 Menschen getötet worden.")
    assert [r[0] for r in rows] == ["indirect"]


def test_cites_data_needs_the_head_noun() -> None:
    toks = tokenize("laut den Kandidaten der Partei")
    assert not cites_data(toks, 1, len(toks))  # "Kandidaten" is no compound of "Daten"
    toks = tokenize("laut Soldaten der Armee")
    assert not cites_data(toks, 1, len(toks))
    toks = tokenize("laut Fallzahlen des Instituts")
    assert cites_data(toks, 1, len(toks))
