"""Adjectives of length ("fünfjährige") and rhythms ("im 30-Minuten-Takt")."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.timex import tag

THURSDAY = date(2023, 11, 9)


@pytest.mark.parametrize(
    ("sentence", "text", "type_", "value"),
    [
        ("Der Vertrag sieht eine dreijährige Übergangszeit vor.", "dreijährige", "DURATION", "P3Y"),
        (
            "Nach der 48-stündigen Feuerpause flogen wieder Raketen.",
            "48-stündigen",
            "DURATION",
            "PT48H",
        ),
        ("Der Kreis plant einen 2-wöchigen Probebetrieb.", "2-wöchigen", "DURATION", "P2W"),
        (
            "Nach fast zweijährigen Gesprächen kam die Einigung.",
            "fast zweijährigen",
            "DURATION",
            "P2Y",
        ),
        ("Nach mehrtägigen Beratungen stand das Ergebnis fest.", "mehrtägigen", "DURATION", "PXD"),
        ("Die Linie fährt künftig im 15-Minuten-Takt.", "im 15-Minuten-Takt", "SET", "PT15M"),
        ("Die Busse kommen im Zwei-Stunden-Rhythmus.", "im Zwei-Stunden-Rhythmus", "SET", "PT2H"),
        ("Neue Zahlen erscheinen im Wochentakt.", "im Wochentakt", "SET", "P1W"),
    ],
)
def test_lengths_and_rhythms(sentence: str, text: str, type_: str, value: str) -> None:
    found = [(t.text, t.type, t.value) for t in tag(sentence, THURSDAY) if t.type != "DATE"]
    assert found == [(text, type_, value)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die 19-jährige Torhüterin hielt den Elfmeter.",
        "Der 45-Jährige wurde am Abend festgenommen.",
        "Ein zwölfjähriger Junge wurde leicht verletzt.",
        "Die 80-jährige Frau rief die Polizei.",
        "Der Deutschlandtakt soll kommen.",
        "Der Dirigent gab den Takt vor.",
    ],
)
def test_ages_and_other_words_are_not_lengths(sentence: str) -> None:
    assert [t.text for t in tag(sentence, THURSDAY) if t.type in ("DURATION", "SET")] == []


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Die Miete stieg auf 900 Euro im Monat.", "im Monat", "P1M"),
        ("Viele Kinder schauen drei Stunden am Tag fern.", "am Tag", "P1D"),
        ("Die Halle wird mehrmals am Tag gelüftet.", "mehrmals am Tag", "P1D"),
    ],
)
def test_rates(sentence: str, text: str, value: str) -> None:
    sets = [(t.text, t.value) for t in tag(sentence, THURSDAY) if t.type == "SET"]
    assert sets == [(text, value)]


@pytest.mark.parametrize(
    "sentence",
    ["Im Monat nach der Wahl blieb es ruhig.", "Am Tag der Wahl regnete es."],
)
def test_without_an_amount_no_rate(sentence: str) -> None:
    assert [t for t in tag(sentence, THURSDAY) if t.type == "SET"] == []
