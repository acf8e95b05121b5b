"""A clock time that belongs to the day before it is one TIME with it."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.timex import tag

THURSDAY = date(2023, 11, 9)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        (
            "Die Sendung läuft heute Abend um 20.15 Uhr.",
            "heute Abend um 20.15 Uhr",
            "2023-11-09T20:15",
        ),
        (
            "Gestern Nachmittag um drei Uhr kam der Anruf.",
            "Gestern Nachmittag um drei Uhr",
            "2023-11-08T15:00",
        ),
        (
            "Nachtrag vom 7. November 2023, 18:40 Uhr: Die Polizei meldet eine Festnahme.",
            "vom 7. November 2023, 18:40 Uhr",
            "2023-11-07T18:40",
        ),
        (
            "Am Samstag (15.30 Uhr) spielt Bremen in Köln.",
            "Am Samstag (15.30 Uhr)",
            "2023-11-04T15:30",
        ),
    ],
)
def test_day_and_clock_are_one_time(sentence: str, text: str, value: str) -> None:
    assert [(t.text, t.type, t.value) for t in tag(sentence, THURSDAY)] == [(text, "TIME", value)]


def test_a_day_and_um_clock_stay_two() -> None:
    found = [(t.text, t.value) for t in tag("Am Montag um 9 Uhr begann der Streik.", THURSDAY)]
    assert found == [("Am Montag", "2023-11-06"), ("um 9 Uhr", "2023-11-06T09:00")]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        (
            "In der Nacht von Freitag auf Samstag wurde eingebrochen.",
            "In der Nacht von Freitag auf Samstag",
            "2023-11-03TNI",
        ),
        (
            "Die Brücke fiel in der Nacht vom 3. zum 4. März 1945.",
            "in der Nacht vom 3. zum 4. März 1945",
            "1945-03-03TNI",
        ),
        (
            "In der Nacht von Montag auf Dienstag vergangener Woche gegen 3 Uhr brannte es.",
            "In der Nacht von Montag auf Dienstag vergangener Woche gegen 3 Uhr",
            "2023-10-31T03:00",
        ),
    ],
)
def test_nights_between_two_days(sentence: str, text: str, value: str) -> None:
    assert [(t.text, t.value) for t in tag(sentence, THURSDAY)] == [(text, value)]
