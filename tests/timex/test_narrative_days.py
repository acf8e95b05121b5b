"""Days counted from the day the text named last: "Tags darauf", "am Vorabend"."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.timex import tag

THURSDAY = date(2023, 11, 9)


@pytest.mark.parametrize(
    ("text", "anaphor", "value"),
    [
        ("Am 3. Mai 2019 wurde gewählt. Tags darauf trat er zurück.", "Tags darauf", "2019-05-04"),
        (
            "Am 12. März 2021 landete sie. Am folgenden Tag begann die Tagung.",
            "Am folgenden Tag",
            "2021-03-13",
        ),
        (
            "Das Treffen fand am 2. Juni 2022 statt. Am Tag zuvor hatte es Proteste gegeben.",
            "Am Tag zuvor",
            "2022-06-01",
        ),
        (
            "Am Dienstag tagte der Ausschuss. Er billigte den Bericht des Vortags.",
            "des Vortags",
            "2023-11-06",
        ),
        (
            "Am 1. Juli 2020 fiel die Entscheidung. An diesem Tag regnete es.",
            "An diesem Tag",
            "2020-07-01",
        ),
        (
            "Die Sendung vom Samstagabend zeigte Bilder vom Vorabend.",
            "vom Vorabend",
            "2023-11-03TEV",
        ),
        (
            "Am 8. August 2018 hieß es, die Straße sei ab dem nächsten Morgen frei.",
            "ab dem nächsten Morgen",
            "2018-08-09TMO",
        ),
    ],
)
def test_counts_from_the_day_named_last(text: str, anaphor: str, value: str) -> None:
    found = {t.text: t.value for t in tag(text, THURSDAY)}
    assert found[anaphor] == value


def test_without_a_named_day_the_anchor_counts() -> None:
    (found,) = tag("Er war am Tag zuvor angereist.", THURSDAY)
    assert (found.text, found.value, found.anchor) == ("am Tag zuvor", "2023-11-08", "2023-11-09")


@pytest.mark.parametrize(
    ("text", "offset", "value"),
    [
        (
            "Der Vertrag wurde 1990 geschlossen. Zwei Jahre später trat er in Kraft.",
            "Zwei Jahre später",
            "1992",
        ),
        (
            "Am 4. März 2021 begann der Prozess. Zehn Tage danach fiel das Urteil.",
            "Zehn Tage danach",
            "2021-03-14",
        ),
        (
            "Im Frühjahr 2010 brach die Krise aus. Eineinhalb Jahre später war sie vorbei.",
            "Eineinhalb Jahre später",
            "2011",
        ),
        (
            "Im Mai 2015 wurde gewählt. Drei Monate zuvor war er zurückgetreten.",
            "Drei Monate zuvor",
            "2015-02",
        ),
    ],
)
def test_lengths_before_or_after_the_date_named_last(text: str, offset: str, value: str) -> None:
    found = {t.text: t.value for t in tag(text, THURSDAY)}
    assert found[offset] == value


def test_a_finer_offset_than_the_date_named_falls_back_to_the_anchor() -> None:
    found = {
        t.text: t.value
        for t in tag("Er kam 1973 zur Welt. Drei Tage später zogen sie um.", THURSDAY)
    }
    assert found["Drei Tage später"] == "2023-11-12"


def test_weekday_in_apposition_fixes_the_year() -> None:
    found = tag("Alles beginnt am 26. Oktober, einem Freitag.", date(2018, 12, 22))
    assert [(t.text, t.value) for t in found] == [("am 26. Oktober, einem Freitag", "2018-10-26")]
