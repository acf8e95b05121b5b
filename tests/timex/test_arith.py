"""Calendar arithmetic: year inference, weekdays, units, durations."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.timex import arith

THURSDAY = date(2023, 11, 9)


def test_year_inference_takes_latest_fitting_year_not_after_reference() -> None:
    # 9 November was a Thursday in 2017, 2023 and 2028; 2028 lies after the reference.
    assert arith.years_with_weekday(11, 9, 4, 2023, 6) == [2017, 2023, 2028]
    assert arith.infer_year(11, 9, 4, date(2026, 11, 28), "past") == 2023
    assert arith.infer_year(11, 9, 4, date(2023, 11, 9), "past") == 2023
    assert arith.infer_year(11, 9, 4, date(2023, 11, 3), "past") == 2023  # a week of slack
    assert arith.infer_year(11, 9, 4, date(2023, 11, 1), "past") == 2017
    assert arith.infer_year(11, 9, 4, date(2022, 1, 1), "past") == 2017


def test_year_inference_forward_in_future_context() -> None:
    assert arith.infer_year(11, 9, 4, date(2024, 1, 1), "future") == 2028


def test_year_inference_handles_29_february() -> None:
    # 29 February 2024 was a Thursday; the previous Thursday 29 February was in 1996.
    assert arith.infer_year(2, 29, 4, date(2026, 1, 1), "past") == 2024
    assert arith.infer_year(2, 29, 4, date(2023, 1, 1), "past") == 1996


@pytest.mark.parametrize(
    ("weekday", "direction", "relative", "expected"),
    [
        (1, "past", None, date(2023, 11, 6)),
        (1, "future", None, date(2023, 11, 13)),
        (4, "past", None, THURSDAY),
        (4, "future", None, THURSDAY),
        (4, "past", -1, date(2023, 11, 2)),
        (4, "past", 1, date(2023, 11, 16)),
        (5, "past", -1, date(2023, 11, 3)),
        (2, "past", 1, date(2023, 11, 14)),
        (7, "past", 0, date(2023, 11, 12)),
    ],
)
def test_resolve_weekday(
    weekday: int, direction: arith.Direction, relative: int | None, expected: date
) -> None:
    assert arith.resolve_weekday(weekday, THURSDAY, direction, relative) == expected


def test_month_year_by_direction() -> None:
    assert arith.year_for_month(3, THURSDAY, "past") == 2023
    assert arith.year_for_month(3, THURSDAY, "future") == 2024
    assert arith.year_for_month(12, THURSDAY, "past") == 2022
    assert arith.year_for_month(11, THURSDAY, "future") == 2023


def test_day_year_by_direction() -> None:
    assert arith.year_for_day(11, 23, THURSDAY, "future") == 2023
    assert arith.year_for_day(11, 23, THURSDAY, "past") == 2022
    assert arith.year_for_day(2, 29, date(2023, 5, 1), "past") == 2020


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("day", "2023-11-09"),
        ("week", "2023-W45"),
        ("weekend", "2023-W45-WE"),
        ("month", "2023-11"),
        ("quarter", "2023-Q4"),
        ("half", "2023-H2"),
        ("year", "2023"),
        ("decade", "202"),
        ("century", "20"),
    ],
)
def test_format_unit(unit: str, expected: str) -> None:
    assert arith.format_unit(THURSDAY, unit) == expected


def test_shift_clamps_month_ends() -> None:
    assert arith.shift(date(2024, 1, 31), 1, "month") == date(2024, 2, 29)
    assert arith.shift(THURSDAY, -2, "week") == date(2023, 10, 26)
    assert arith.shift(THURSDAY, 1, "quarter") == date(2024, 2, 9)


@pytest.mark.parametrize(
    ("amount", "unit", "expected"),
    [
        (3, "day", "P3D"),
        (2, "year", "P2Y"),
        (1.5, "year", "P18M"),
        (0.5, "hour", "PT30M"),
        (45, "minute", "PT45M"),
        (2, "decade", "P2DE"),
        (2, "week", "P2W"),
    ],
)
def test_duration_value(amount: float, unit: str, expected: str) -> None:
    assert arith.duration_value(amount, unit) == expected


def test_vague_duration() -> None:
    assert arith.vague_duration("month") == "PXM"
    assert arith.vague_duration("hour") == "PTXH"
