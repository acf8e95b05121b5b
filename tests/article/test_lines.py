"""Line rules, one family each."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.article import lines as L


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Von Ulrike Hagen", ["Ulrike Hagen"]),
        ("VonUlrike Hagen", ["Ulrike Hagen"]),
        ("• Ulrike Hagen", ["Ulrike Hagen"]),
        ("Von Anna Keller und Tobias Wirth", ["Anna Keller", "Tobias Wirth"]),
        ("VonAnna Keller, Tobias Wirth", ["Anna Keller", "Tobias Wirth"]),
        ("Von Markus Lindner, Brüssel", ["Markus Lindner"]),
        ("Autor: Jan Peters", ["Jan Peters"]),
        ("Autorin/Autor Sarah Okafor", ["Sarah Okafor"]),
        ("Ein Kommentar von Eva Maria Roth", ["Eva Maria Roth"]),
    ],
)
def test_bylines(line: str, names: list[str]) -> None:
    assert L.byline_authors(line) == names


@pytest.mark.parametrize("line", ["Von Berlin aus", "Vonseiten der Regierung hieß es", "schließen"])
def test_not_bylines(line: str) -> None:
    assert L.byline_authors(line) is None


@pytest.mark.parametrize(
    ("line", "agencies"),
    [
        ("(uha/mit Material von dpa und AFP)", ["dpa", "AFP"]),
        ("(dpa/AFP)", ["dpa", "AFP"]),
        ("(dpa)", ["dpa"]),
        ("sak/dpa/AFP", ["dpa", "AFP"]),
        ("nob/kle (afp, dpa, rtr)", ["AFP", "dpa", "Reuters"]),
        ("Quelle: ntv.de, mli/dpa/rts", ["dpa", "Reuters"]),
        ("mit Material der dpa", ["dpa"]),
    ],
)
def test_agency_lines(line: str, agencies: list[str]) -> None:
    assert L.agency_line(line) == agencies


@pytest.mark.parametrize("line", ["(Archivbild)", "(Die Regierung hat dpa zufolge entschieden)"])
def test_not_agency_lines(line: str) -> None:
    assert not L.agency_line(line)


@pytest.mark.parametrize(
    ("line", "name", "agency"),
    [
        ("Rubriklistenbild: © Pavel Bednyakov/dpa", "Pavel Bednyakov", "dpa"),
        ("© Kay Nietfeld/dpa", "Kay Nietfeld", "dpa"),
        ("Foto: picture alliance/dpa | Henrik Vogel", "Henrik Vogel", "dpa"),
        ("Foto: IMAGO/Ukrinform", "Ukrinform", "IMAGO"),
    ],
)
def test_credit_lines(line: str, name: str, agency: str) -> None:
    credit = L.credit_line(line)
    assert credit is not None and (credit.name, credit.agency) == (name, agency)


def test_caption_credit_is_split_off() -> None:
    text, credit = L.split_caption_credit(
        "Ratsgebäude in Brüssel: Die Botschafter berieten. Foto: Lena Marquardt / AFP"
    )
    assert text == "Ratsgebäude in Brüssel: Die Botschafter berieten."
    assert credit is not None and credit.name == "Lena Marquardt" and credit.agency == "AFP"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("09.11.2023, 14:32 Uhr", date(2023, 11, 9)),
        ("Stand: 12.03.2024 18:05 Uhr", date(2024, 3, 12)),
        ("Aktualisiert am 10. Juni 2024, 8:15 Uhr", date(2024, 6, 10)),
        ("-Aktualisiert am 14.02.2024-14:21", date(2024, 2, 14)),
        ("Leipzig, 14. März 2024", date(2024, 3, 14)),
    ],
)
def test_date_lines(line: str, day: date) -> None:
    assert L.date_line(line) == day


def test_a_sentence_with_a_date_is_no_date_line() -> None:
    assert L.date_line("Am 9. November 2023 besuchte Putin Astana und traf dort Tokajew.") is None


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Astana – Seit dem Ukraine-Krieg ist vieles anders.", ("Astana", None)),
        ("BERLIN (dpa) - Die Koalition streitet.", ("Berlin", "dpa")),
        ("Kiew/Moskau (AFP) – Russland greift an.", ("Kiew/Moskau", "AFP")),
        ("Berlin (KNA) Die Kirchen warnen.", ("Berlin", "KNA")),
        ("BERLIN taz | Schon eine Stunde vorher.", ("Berlin", None)),
        ("Washington. Die Nato sagt zu.", ("Washington", None)),
    ],
)
def test_datelines(paragraph: str, expected: tuple[str, str | None]) -> None:
    assert L.dateline_prefix(paragraph) == expected


def test_no_dateline_in_plain_sentence() -> None:
    assert L.dateline_prefix("Die Regierung hat am Montag beschlossen, dass es weitergeht.") is None


@pytest.mark.parametrize(
    "line",
    ["schließen", "Teilen", "Artikel anhören • 4 Min", "Kommentare (27)", "bfi/ck", "Zustimmen"],
)
def test_widgets(line: str) -> None:
    assert L.is_widget(line)


@pytest.mark.parametrize(
    "line",
    [
        "Mehr zum Thema: Georgien",
        "Lesen Sie auch: Wahl in Nordmazedonien",
        "Copyright 2024 KNA. Alle Rechte vorbehalten.",
    ],
)
def test_boilerplate(line: str) -> None:
    assert L.is_boilerplate(line)


def test_body_sentence_is_not_boilerplate() -> None:
    assert not L.is_boilerplate("Hintergrund ist ein Prüfauftrag der Ministerpräsidentenkonferenz.")
