"""A Konjunktiv I main clause reports alone also when its first word could open a
subordinate clause (seit, damit), when its first constituent is an enumeration,
and when it ends in a colon before a direct quote. Texts are written for these
tests."""

from collections.abc import Callable

Row = tuple[str, str, str | None, str | None]
Quotes = Callable[[str], list[Row]]


def _kinds(rows: list[Row]) -> list[tuple[str, str]]:
    return [(kind, text) for kind, text, _, _ in rows]


def test_a_preposition_that_could_be_a_subordinator_opens_a_report(quotes: Quotes) -> None:
    text = "Die Lage ist ernst. Seit Monaten werde die Grenze kaum kontrolliert."
    assert _kinds(quotes(text)) == [("indirect", "Seit Monaten werde die Grenze kaum kontrolliert")]


def test_an_adverb_that_could_be_a_subordinator_opens_a_report(quotes: Quotes) -> None:
    text = "Die Länder führen eine Karte ein. Damit solle der Betrug erschwert werden."
    assert _kinds(quotes(text)) == [("indirect", "Damit solle der Betrug erschwert werden")]


def test_a_subordinate_clause_with_its_verb_last_is_no_main_clause(quotes: Quotes) -> None:
    text = "Die Firma zahlt mehr. Damit er bleibe, und sonst nichts."
    assert quotes(text) == []


def test_an_enumeration_before_the_verb_is_one_constituent(quotes: Quotes) -> None:
    text = "Das Werk stand still. In Brasilien, Mexiko und Kanada sei die Produktion eingestellt worden."
    assert _kinds(quotes(text)) == [
        ("indirect", "In Brasilien, Mexiko und Kanada sei die Produktion eingestellt worden")
    ]


def test_a_comma_before_a_relative_clause_still_ends_the_first_constituent(quotes: Quotes) -> None:
    text = "Das Werk stand still. Die Arbeiter, die seit Jahren dort arbeiten, sind wütend."
    assert quotes(text) == []


def test_a_report_alone_ends_at_the_colon_of_a_direct_quote(quotes: Quotes) -> None:
    text = "Die Abgeordneten tagten. Es gehe um ein klares Signal: „Wir geben nicht nach.“"
    assert _kinds(quotes(text)) == [
        ("indirect", "Es gehe um ein klares Signal"),
        ("direct", "„Wir geben nicht nach.“"),
    ]


def test_a_report_whose_own_cue_announces_the_quote_is_its_lead_in(quotes: Quotes) -> None:
    text = "Er spüre, dass die Stimmung kippe. Einige Nachbarn hätten ihm gesagt: „Das geht wieder los.“"
    assert [k for k, _ in _kinds(quotes(text))].count("indirect") == 1
