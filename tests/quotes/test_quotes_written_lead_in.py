"""Session 3: quoted text after a colon whose lead-in names a text or a written
place, with no cue verb, is a title, headline or slogan, not speech."""

from __future__ import annotations

from collections.abc import Callable

Row = tuple[str, str, str | None, str | None]
Quotes = Callable[[str], list[Row]]


def test_titles_and_slogans_after_a_colon_are_no_quotes(quotes: Quotes) -> None:
    assert quotes("Die Zeitung enthielt Artikel wie: „Kippt auch bald Ihr Viertel?“") == []
    assert quotes("Auf dem Banner ist zu lesen: «Die Deutschen zerstörten unsere Familien.»") == []
    assert quotes("Am Ende steht die Empfehlung: „Wollen wir so leben? Besser AfD wählen.“") == []


def test_speech_after_a_colon_stays(quotes: Quotes) -> None:
    rows = quotes("In einem Artikel schrieb er: „Wir schaffen das.“")
    assert [(r[0], r[2]) for r in rows] == [("direct", "schrieb")]
    # a particle closes "aufstehen"; a text in a phrase is the speaker's medium
    assert [r[0] for r in quotes("Der Minister stand auf: „Wir schaffen das.“")] == ["direct"]
    rows = quotes("Ein Geschäft warb mit Plakaten: „Bei uns können Sie einkaufen.“")
    assert [r[0] for r in rows] == ["direct"]
