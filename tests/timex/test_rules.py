"""One test per rule family: the text span, type and value the tagger gives."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.models import TimeExpr
from lagebild.timex import tag

THURSDAY = date(2023, 11, 9)


def only(sentence: str, anchor: date = THURSDAY) -> TimeExpr:
    found = tag(sentence, anchor)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "text", "type_", "value"),
    [
        ("Er kam am 9. November 2023 an.", "am 9. November 2023", "DATE", "2023-11-09"),
        ("Er kam am 9.11.2023 an.", "am 9.11.2023", "DATE", "2023-11-09"),
        ("Er kam am 9. Nov. 2023 an.", "am 9. Nov. 2023", "DATE", "2023-11-09"),
        ("Das war im November 2023.", "im November 2023", "DATE", "2023-11"),
        ("Die Partei entstand 2007 neu.", "2007", "DATE", "2007"),
        ("Das Werk wurde im Frühjahr 2024 eröffnet.", "im Frühjahr 2024", "DATE", "2024-SP"),
        ("Das war im dritten Quartal 2016 so.", "im dritten Quartal 2016", "DATE", "2016-Q3"),
        ("Das war in den 1980er Jahren so.", "1980er Jahren", "DATE", "198"),
        ("Das war im 19. Jahrhundert so.", "im 19. Jahrhundert", "DATE", "18"),
        ("Die KW 12 2024 war ruhig.", "KW 12 2024", "DATE", "2024-W12"),
    ],
)
def test_written_dates(sentence: str, text: str, type_: str, value: str) -> None:
    found = only(sentence)
    assert (found.text, found.type, found.value) == (text, type_, value)
    assert not found.inferred


@pytest.mark.parametrize(
    ("sentence", "value", "mod"),
    [
        ("Anfang März hatte er gewarnt.", "2023-03", "START"),
        ("Mitte 2022 hatte er gewarnt.", "2022", "MID"),
        ("Ende des Monats hatte er gewarnt.", "2023-11", "END"),
        ("Anfang nächsten Jahres soll es losgehen.", "2024", "START"),
        ("Zum Jahresende soll es losgehen.", "2023", "END"),
    ],
)
def test_positions_set_mod(sentence: str, value: str, mod: str) -> None:
    found = only(sentence)
    assert (found.value, found.mod) == (value, mod)


def test_month_without_year_follows_tense() -> None:
    assert only("Im März hatte er gewarnt.").value == "2023-03"
    assert only("Im März soll gewählt werden.").value == "2024-03"
    past = only("Im Dezember war er gereist.")
    assert past.value == "2022-12"
    assert past.inferred and "2023-11-09" in past.basis


def test_weekday_with_date_infers_year_and_says_why() -> None:
    found = only("Am Donnerstag (9. November) besuchte er Astana.", date(2026, 11, 28))
    assert found.text == "Am Donnerstag (9. November)"
    assert found.value == "2023-11-09"
    assert found.inferred
    assert "2017, 2023, 2028" in found.basis


def test_weekday_with_written_year_is_not_inferred() -> None:
    found = only("Am Donnerstag, 9. November 2023, besuchte er Astana.")
    assert found.value == "2023-11-09" and not found.inferred


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Gestern hatte er gewarnt.", "2023-11-08"),
        ("Vorgestern hatte er gewarnt.", "2023-11-07"),
        ("Übermorgen reist er ab.", "2023-11-11"),
        ("Vergangene Woche hatte er gewarnt.", "2023-W44"),
        ("Kommende Woche reist er ab.", "2023-W46"),
        ("Vor zwei Wochen hatte er gewarnt.", "2023-W43"),
        ("In drei Tagen reist er ab.", "2023-11-12"),
        ("Vor drei Jahren hatte er gewarnt.", "2020"),
        ("Im Vormonat hatte er gewarnt.", "2023-10"),
        ("Derzeit wird verhandelt.", "PRESENT_REF"),
        ("Vor einigen Wochen hatte er gewarnt.", "PAST_REF"),
    ],
)
def test_relative_dates(sentence: str, value: str) -> None:
    assert only(sentence).value == value


def test_capitalised_morgen_inside_a_sentence_is_the_noun() -> None:
    assert tag("Der Morgen war kalt.", THURSDAY) == []
    assert only("Morgen wird gewählt.").value == "2023-11-10"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Die Sitzung begann um 14 Uhr.", "2023-11-09T14:00"),
        ("Die Sitzung begann um 14.30 Uhr.", "2023-11-09T14:30"),
        ("Die Sitzung begann am Abend.", "2023-11-09TEV"),
        ("Die Sitzung begann gestern Abend.", "2023-11-08TEV"),
        ("Die Sitzung begann am Dienstagmorgen.", "2023-11-07TMO"),
    ],
)
def test_times(sentence: str, value: str) -> None:
    found = only(sentence)
    assert (found.type, found.value) == ("TIME", value)


def test_time_takes_the_day_named_before_it() -> None:
    found = tag("Am Montag um 9 Uhr begann der Streik.", THURSDAY)
    assert [f.value for f in found] == ["2023-11-06", "2023-11-06T09:00"]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Die Verhandlungen dauerten drei Tage.", "drei Tage", "P3D"),
        ("Er saß zwei Jahre lang in Haft.", "zwei Jahre lang", "P2Y"),
        ("Seit Monaten wird gestritten.", "Seit Monaten", "PXM"),
        ("Das dauerte eineinhalb Stunden.", "eineinhalb Stunden", "PT90M"),
        ("Das dauerte 48 Stunden.", "48 Stunden", "PT48H"),
        ("Das wurde jahrelang verschleppt.", "jahrelang", "PXY"),
        ("Er war zweiundzwanzig Jahre im Amt.", "zweiundzwanzig Jahre", "P22Y"),
    ],
)
def test_durations(sentence: str, text: str, value: str) -> None:
    found = only(sentence)
    assert (found.text, found.type, found.value) == (text, "DURATION", value)


def test_durations_anchored_in_the_past() -> None:
    found = only("Seit drei Jahren regiert sie.")
    assert (found.value, found.direction, found.anchor) == ("P3Y", "past", "2023-11-09")
    window = only("In den letzten Monaten hat er geschwiegen.")
    assert (window.value, window.direction) == ("PXM", "past")
    ahead = only("In den nächsten zwei Wochen wird verhandelt.")
    assert (ahead.value, ahead.direction) == ("P2W", "future")


def test_duration_mod() -> None:
    found = only("Das dauerte mehr als sechs Monate.")
    assert (found.text, found.value, found.mod) == ("mehr als sechs Monate", "P6M", "MORE_THAN")


@pytest.mark.parametrize(
    ("sentence", "value", "freq"),
    [
        ("Jeden Montag wird demonstriert.", "XXXX-WXX-1", None),
        ("Sonntags wird demonstriert.", "XXXX-WXX-7", None),
        ("Der Bericht erscheint jährlich.", "P1Y", None),
        ("Die Kommission tagt dreimal im Jahr.", "P1Y", "3X"),
        ("Gewählt wird alle fünf Jahre.", "P5Y", None),
    ],
)
def test_sets(sentence: str, value: str, freq: str | None) -> None:
    found = only(sentence)
    assert (found.type, found.value, found.freq) == ("SET", value, freq)


def test_day_range_shares_month_and_year() -> None:
    found = tag("Die Messe läuft vom 3. bis 5. März 2024.", THURSDAY)
    assert [(f.text, f.value) for f in found] == [
        ("vom 3.", "2024-03-03"),
        ("bis 5. März 2024", "2024-03-05"),
    ]


def test_year_range() -> None:
    found = tag("Zwischen 2019 und 2021 stieg die Zahl.", THURSDAY)
    assert [f.value for f in found] == ["2019", "2021"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rund 2000 Menschen kamen.",
        "Er zahlte 1500 Euro.",
        "August Bebel sprach.",
        "Das Ende ist offen.",
        "Die Firma hat 2000 Mitarbeiter.",
    ],
)
def test_counts_and_names_are_not_dates(sentence: str) -> None:
    assert tag(sentence, THURSDAY) == []


def test_offsets_point_into_the_text() -> None:
    text = "Vorwort.\n\nAm Montag, 6. November, traf er sie. Um 9 Uhr begann es."
    for expr in tag(text, THURSDAY):
        assert text[expr.start : expr.end] == expr.text


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Streitig ist der Monat Mai 2012.", ["2012-05"]),
        ("Im Frühjahr des Jahres 2014 kam er.", ["2014-SP"]),
        ("Die Monate Januar bis November 2015 fehlen.", ["2015-01", "2015-11"]),
        ("Sie war vom 1. 4. bis 31. 8. 2011 krank.", ["2011-04-01", "2011-08-31"]),
        ("Um 8 Uhr abends begann es.", ["2023-11-09T20:00"]),
        ("Die Jahresarbeitszeit beträgt 1.018 Stunden.", []),
        ("1. 2. Weiterhin gilt das Merkmal 1.9 H1 nicht.", []),
        ("Die Zahlen für Q3 2023 liegen vor.", ["2023-Q3"]),
    ],
)
def test_forms_found_on_the_court_data(sentence: str, values: list[str]) -> None:
    assert [t.value for t in tag(sentence, THURSDAY)] == values


def test_day_and_month_without_tense_take_the_nearest_year() -> None:
    mid_october = date(2019, 10, 19)
    found = only("Die Frist über den 31. Oktober hinaus zu verlängern.", mid_october)
    assert found.value == "2019-10-31"
    assert "nearest" in found.basis
    assert only("Am 31. Oktober hatte er gewarnt.", date(2019, 10, 19)).value == "2018-10-31"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Um halb acht begann es.", "2023-11-09T07:30"),
        ("Um Viertel nach acht begann es.", "2023-11-09T08:15"),
        ("Gegen Viertel vor zehn kam er.", "2023-11-09T09:45"),
        ("Um acht Uhr begann es.", "2023-11-09T08:00"),
        ("In der Nacht zu Sonntag hatte es gestürmt.", "2023-11-04TNI"),
    ],
)
def test_clock_words_and_nights(sentence: str, value: str) -> None:
    found = only(sentence)
    assert (found.type, found.value) == ("TIME", value)


def test_a_clock_is_not_a_time() -> None:
    assert tag("Er kaufte eine Uhr.", THURSDAY) == []


def test_frequency_with_count() -> None:
    found = only("Der Bericht erscheint zweimal jährlich.")
    assert (found.text, found.value, found.freq) == ("zweimal jährlich", "P1Y", "2X")
