"""Session 3: zu-infinitives after a cue — an adverbial infinitive (um/ohne …
zu) and one after the cue's object are no content; "sich bereit erklären" offers."""

from __future__ import annotations

from collections.abc import Callable

Row = tuple[str, str, str | None, str | None]
Quotes = Callable[[str], list[Row]]


def test_an_adverbial_infinitive_is_no_content(quotes: Quotes) -> None:
    rows = quotes("Er erklärte, um die Wähler zu beruhigen.")
    assert rows == []
    rows = quotes("Er erklärte, die Lage zu kennen.")
    assert [r[1] for r in rows] == ["die Lage zu kennen"]
    assert quotes("Man kann Kritik äußern, ohne sich dem Vorwurf ausgesetzt zu sehen.") == []


def test_an_infinitive_after_the_cues_object_is_no_content(quotes: Quotes) -> None:
    text = "Die Professoren beklagen ein Desinteresse der Studierenden, sich Wissen anzueignen."
    assert quotes(text) == []
    # without an object the claim is reported
    rows = quotes("Sie behauptet, nichts gewusst zu haben.")
    assert [(r[1], r[2]) for r in rows] == [("nichts gewusst zu haben", "behauptet")]


def test_sich_bereit_erklaeren_offers(quotes: Quotes) -> None:
    text = "Israel erklärt sich bereit, den Palästinensern Autonomie zu gewähren."
    assert quotes(text) == []
    rows = quotes("Er erklärte, dass er bereit sei.")
    assert [(r[1], r[2]) for r in rows] == [("dass er bereit sei", "erklärte")]


def test_after_a_cue_in_a_relative_clause_the_main_clause_resumes(quotes: Quotes) -> None:
    text = "Die Punkte, von denen berichtet wird, scheinen nur Absichtserklärungen zu sein."
    assert quotes(text) == []
    text = "Die Punkte, über die er sprach, sind nur Absichtserklärungen."
    assert quotes(text) == []
    # a dass-clause still is its content
    rows = quotes("Es gibt Politiker, die sagen, dass die Lage ernst ist.")
    assert [r[1] for r in rows] == ["dass die Lage ernst ist"]


def test_davon_sprechen(quotes: Quotes) -> None:
    rows = quotes("Der Minister sprach davon, dass die Lage ernst sei.")
    assert [(r[1], r[3]) for r in rows] == [("dass die Lage ernst sei", "Der Minister")]
    # a plan in a zu-infinitive is no claim; its quoted words are the speaker's
    text = (
        "Auch Ex-Minister Jens Spahn spricht davon, »Migration mit Gewalt« aufzuhalten, "
        "und Friedrich Merz empfiehlt, sich mit Sarrazin auseinanderzusetzen."
    )
    assert [(r[0], r[3]) for r in quotes(text)] == [("partial", "Ex-Minister Jens Spahn")]


def test_a_zu_infinitive_content_ends_at_its_comma(quotes: Quotes) -> None:
    text = "Sie behauptet, nichts gewusst zu haben, und der Minister schweigt."
    assert [r[1] for r in quotes(text)] == ["nichts gewusst zu haben"]
