"""Publication date inference from the text."""

from __future__ import annotations

from datetime import date

from lagebild.timex import infer_from_text

TODAY = date(2026, 11, 28)


def test_dateline_date_wins() -> None:
    text = "Berlin, 14. März 2024 – Die Koalition hat sich geeinigt. Am 2. Mai 2023 war das anders."
    found = infer_from_text(text, TODAY)
    assert found is not None and found.value == "2024-03-14"
    assert found.inferred and "dateline" in found.basis


def test_published_marker_line() -> None:
    text = "Stand: 05.06.2024\n\nDie Regierung hatte am Montag entschieden."
    found = infer_from_text(text, TODAY)
    assert found is not None and found.value == "2024-06-05"


def test_weekday_date_beats_older_written_dates() -> None:
    text = "Am 2. März 2007 war er gewählt worden. Am Dienstag, 7. November, hatte der Rat getagt."
    found = infer_from_text(text, TODAY)
    assert found is not None and found.value == "2023-11-07"


def test_latest_written_date_is_a_lower_bound() -> None:
    text = "Am 3. Mai 2021 hatte das Gericht entschieden, am 1. Juni 2021 die Berufung abgelehnt."
    found = infer_from_text(text, TODAY)
    assert found is not None and found.value == "2021-06-01"
    assert "lower bound" in found.basis


def test_future_dates_are_not_evidence() -> None:
    text = "Die Wahl soll am 3. Mai 2030 stattfinden."
    assert infer_from_text(text, TODAY) is None


def test_a_month_alone_is_no_evidence() -> None:
    # Measured on news-dev: the latest written month was never the publication month.
    assert infer_from_text("Im Oktober 2022 hatten die Proteste begonnen.", TODAY) is None


def test_history_is_no_lower_bound_when_a_later_year_is_named() -> None:
    text = "Am 9. September 1993 war der Vertrag unterzeichnet worden; 2021 lief er aus."
    assert infer_from_text(text, TODAY) is None


def test_deadlines_are_not_evidence() -> None:
    text = "Anträge konnten bis zum 31. August 2020 gestellt werden."
    assert infer_from_text(text, TODAY) is None


def test_nothing_to_go_on() -> None:
    assert infer_from_text("Die Koalition streitet über den Haushalt.", TODAY) is None
