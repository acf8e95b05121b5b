"""Session 3: fixed words written apart from the verb stand right before its
participle ("hat zum Ausdruck gebracht", "hat deutlich gemacht"); the cue
"in Aussicht stellen" promises."""

from __future__ import annotations

from collections.abc import Callable

Row = tuple[str, str, str | None, str | None]
Quotes = Callable[[str], list[Row]]


def test_fixed_words_before_a_participle(quotes: Quotes) -> None:
    rows = quotes("Er hat zum Ausdruck gebracht, dass er gehen werde.")
    assert [(r[1], r[2], r[3]) for r in rows] == [("dass er gehen werde", "gebracht", "Er")]
    rows = quotes("Sie hat deutlich gemacht, dass er gehen werde.")
    assert [(r[2], r[3]) for r in rows] == [("gemacht", "Sie")]
    # without its fixed words the verb is no cue
    assert quotes("Sie hat Kaffee gemacht, dass alle wach bleiben.") == []


def test_in_aussicht_stellen(quotes: Quotes) -> None:
    text = "Den Bürgern wurde gern in Aussicht gestellt, die Konferenz werde endlich handeln."
    assert [(r[1], r[3]) for r in quotes(text)] == [("die Konferenz werde endlich handeln", None)]
    rows = quotes("Der Minister stellte in Aussicht, dass die Steuern sinken.")
    assert [(r[1], r[3]) for r in rows] == [("dass die Steuern sinken", "Der Minister")]
    assert quotes("Er stellte das Buch in das Regal, die Tür werde geschlossen.") == []
