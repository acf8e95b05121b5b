"""Direct quotes, headline quotes, and quoted text that is no speech."""

from collections.abc import Callable

# the `quotes` and `only` fixtures of conftest.py: (kind, text, cue, speaker) rows
Row = tuple[str, str, str | None, str | None]
Quotes = Callable[[str], list[Row]]
Only = Callable[[str], Row]


def test_postposed_attribution(only: Only) -> None:
    assert only("„Wir bleiben hart“, sagte der Minister am Montag.") == (
        "direct",
        "„Wir bleiben hart“",
        "sagte",
        "der Minister",
    )


def test_postposed_without_comma_after_exclamation(only: Only) -> None:
    assert only("„Das ist ein Skandal!“ rief ein Demonstrant.")[2:] == ("rief", "ein Demonstrant")


def test_colon_attribution_and_multi_sentence(only: Only) -> None:
    text = "Die Kanzlerin sagte: „Wir schaffen das. Wir haben so vieles geschafft.“"
    assert only(text) == (
        "direct",
        "„Wir schaffen das. Wir haben so vieles geschafft.“",
        "sagte",
        "Die Kanzlerin",
    )


def test_colon_in_previous_paragraph(only: Only) -> None:
    text = "In seiner Rede sagte der Präsident:\n\n„Unsere Demokratie ist bedroht.“"
    assert only(text)[2:] == ("sagte", "der Präsident")


def test_interrupted_quote_shares_its_attribution(quotes: Quotes) -> None:
    found = quotes("„Die Inflation sinkt“, sagte die Präsidentin, „aber langsam.“")
    assert [f[0] for f in found] == ["direct", "direct"]
    assert {f[3] for f in found} == {"die Präsidentin"}


def test_speaker_in_next_sentence(only: Only) -> None:
    text = "„Wir verteidigen jeden Meter.“ Das sagte der Verteidigungsminister in Vilnius."
    assert only(text)[2:] == ("sagte", "der Verteidigungsminister")


def test_so_attribution(only: Only) -> None:
    assert only("„Niemand hat damit gerechnet“, so die Forscherin weiter.")[2:] == (
        "so",
        "die Forscherin",
    )


def test_quote_over_two_paragraphs_is_one(only: Only) -> None:
    text = "„Wir haben Fehler gemacht.\n\n„Jetzt lernen wir daraus.“\n\nDanach ging sie."
    assert only(text)[1] == "„Wir haben Fehler gemacht.\n\n„Jetzt lernen wir daraus.“"


def test_unattributed_direct_quote_has_no_speaker(only: Only) -> None:
    assert only("Applaus. „Wir kommen wieder.“ Dann war es still.")[2:] == (None, None)


def test_headline_quote_repeating_the_body_is_reported_once(only: Only) -> None:
    text = "„Historischer Tag“\n\nDie Präsidentin sprach von einem „historischen Tag für Europa“."
    assert only(text)[0] == "partial"


def test_headline_quote_with_new_words_is_direct(only: Only) -> None:
    text = "Merz: „Die Schuldenbremse bleibt“\n\nDer CDU-Chef lehnte eine Reform ab."
    assert only(text) == ("direct", "„Die Schuldenbremse bleibt“", None, "Merz")


def test_scare_quotes_are_not_speech(quotes: Quotes) -> None:
    assert quotes("Lawrow ist so etwas wie „Putins rechte Hand“.") == []
    assert quotes("Der Berater gilt als „Mann fürs Grobe“.") == []


def test_titles_and_names_are_not_speech(quotes: Quotes) -> None:
    assert quotes("Der Film „Im Westen nichts Neues“ gewann vier Oscars.") == []
    assert quotes("Die Gruppe „Letzte Generation“ blockierte den Flughafen.") == []
    assert quotes("Das sagte er der „Süddeutschen Zeitung“.") == []
    found = quotes("Nach Informationen der „Bild“-Zeitung plant die Koalition eine Reform.")
    assert [f[0] for f in found] == ["indirect"]


def test_single_quoted_word_is_speech_only_after_a_naming_verb(only: Only, quotes: Quotes) -> None:
    assert quotes("Er sagte, die „Zeitenwende“ sei nötig.")[0][0] == "indirect"
    # the judgement "X als Y" is reported too (the real-page gold's convention)
    assert quotes("Der Kreml bezeichnete die Vorwürfe als „absurd“.") == [
        ("indirect", "die Vorwürfe als „absurd“", "bezeichnete", "Der Kreml"),
        ("partial", "„absurd“", "bezeichnete", "Der Kreml"),
    ]


def test_code_in_quotes_is_not_speech(quotes: Quotes) -> None:
    assert quotes('"@type": "NewsArticle", "headline": "Wahl"') == []


def test_one_word_answer_after_cue_and_colon(only: Only) -> None:
    text = "Auf die Frage, ob er zurücktrete, antwortete der Minister: „Nein.“"
    assert only(text) == ("direct", "„Nein.“", "antwortete", "der Minister")
