"""German grammar the tagger must follow: dative adjectives, adjectives inside a length,
the adverb "eines Tages", compounds with "Uhr"."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.timex import tag

THURSDAY = date(2023, 11, 9)


def found(sentence: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(sentence, THURSDAY)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Seit vergangenem Jahr steigen die Mieten.", ("Seit vergangenem Jahr", "DATE", "2022")),
        ("Ab kommendem Monat gilt die Regel.", ("Ab kommendem Monat", "DATE", "2023-12")),
        ("Er regierte zwölf lange Jahre.", ("zwölf lange Jahre", "DURATION", "P12Y")),
        ("Nach drei harten Wochen kam die Einigung.", ("drei harten Wochen", "DURATION", "P3W")),
        (
            "Zwei Corona-Jahre haben die Schulen verändert.",
            ("Zwei Corona-Jahre", "DURATION", "P2Y"),
        ),
        ("Der Umbau gelang binnen eines Tages.", ("eines Tages", "DURATION", "P1D")),
    ],
)
def test_forms(sentence: str, expected: tuple[str, str, str]) -> None:
    assert found(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Vielleicht wird sie eines Tages Kanzlerin.",
        "Es war ein schwieriges Jahr für die Branche.",
        "Die 20-Uhr-Ausgabe und die 19 Uhr-Sendung zeigten Bilder.",
        "Die Arbeit ist auf eine Fünf-Tage-Woche verteilt.",
    ],
)
def test_not_times(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In der Altstadt wurde zu Silvester gefeiert.", ("zu Silvester", "DATE", "2022-12-31")),
        ("Zu Silvester soll ein Böllerverbot gelten.", ("Zu Silvester", "DATE", "2023-12-31")),
        (
            "Sie sprach am Tag der Deutschen Einheit 1990 in Berlin.",
            ("am Tag der Deutschen Einheit 1990", "DATE", "1990-10-03"),
        ),
        ("An Neujahr war es ruhig.", ("An Neujahr", "DATE", "2023-01-01")),
    ],
)
def test_holidays(sentence: str, expected: tuple[str, str, str]) -> None:
    assert found(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Die Firma wurde vor mehr als fünfzig Jahren gegründet.",
            ("vor mehr als fünfzig Jahren", "DATE", "1973"),
        ),
        ("Er zog vor knapp zwei Monaten nach Köln.", ("vor knapp zwei Monaten", "DATE", "2023-09")),
        (
            "Am Abend des Dienstags vergangener Woche brannte es.",
            ("Am Abend des Dienstags vergangener Woche", "TIME", "2023-10-31TEV"),
        ),
        ("Am Morgen des Montag gab es Stau.", ("Am Morgen des Montag", "TIME", "2023-11-06TMO")),
    ],
)
def test_ago_with_modifier_and_part_of_a_weekday(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert found(sentence) == [expected]


def test_a_holiday_with_its_year_is_no_publication_evidence() -> None:
    from lagebild.timex import infer_from_text

    text = "Wulff sagte am Tag der Deutschen Einheit im Jahr 2010, der Islam gehöre dazu."
    assert infer_from_text(text, date(2026, 11, 28)) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Der Umsatz lag über dem Vorjahreszeitraum.", ("Vorjahreszeitraum", "DATE", "2022")),
        ("Die Preise sanken gegenüber dem Vorjahresmonat.", ("Vorjahresmonat", "DATE", "2022-11")),
    ],
)
def test_previous_year_compounds(sentence: str, expected: tuple[str, str, str]) -> None:
    assert found(sentence) == [expected]
