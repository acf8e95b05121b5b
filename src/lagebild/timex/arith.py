"""Calendar arithmetic and TIMEX3 value formatting (pure functions over `datetime.date`).

`direction` is "past" or "future": which side of the anchor an underspecified
date lies on. Values follow ISO 8601 / TIMEX3: 2023-11-09, 2023-W45,
2023-W45-WE, 2023-11, 2023-Q4, 2023-H2, 2023-SP, 2023, 202 (decade), 20 (century).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

Direction = Literal["past", "future"]

# How far back/forward year inference searches: a weekday and a date repeat
# within 28 years in the Gregorian calendar (11 at most, between leap cycles).
YEAR_SEARCH = 40
WEEKDAY_SLACK_DAYS = 7


def make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    for day in (d.day, 30, 29, 28):
        result = make_date(year, month + 1, day)
        if result is not None:
            return result
    raise ValueError(d)  # unreachable: day 28 exists in every month


def shift(d: date, n: int, unit: str) -> date:
    """Move `d` by `n` calendar units (day, week, weekend, month, quarter, half, year, ...)."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit in ("week", "weekend"):
        return d + timedelta(weeks=n)
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}
    return add_months(d, n * months[unit])


def format_unit(d: date, unit: str) -> str:
    """The TIMEX3 value of the `unit` that contains `d`."""
    iso_year, iso_week, _ = d.isocalendar()
    formats = {
        "day": d.isoformat(),
        "week": f"{iso_year:04d}-W{iso_week:02d}",
        "weekend": f"{iso_year:04d}-W{iso_week:02d}-WE",
        "month": f"{d.year:04d}-{d.month:02d}",
        "quarter": f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}",
        "half": f"{d.year:04d}-H{(d.month - 1) // 6 + 1}",
        "year": f"{d.year:04d}",
        "decade": f"{d.year // 10:03d}",
        "century": f"{d.year // 100:02d}",
    }
    return formats[unit]


def year_for_month(month: int, anchor: date, direction: Direction) -> int:
    """The year of 'im <month>': the latest not after the anchor, or the next not before it."""
    if direction == "past":
        return anchor.year if month <= anchor.month else anchor.year - 1
    return anchor.year if month >= anchor.month else anchor.year + 1


def year_for_near_month(month: int, anchor: date, ahead: int) -> int:
    """The year of a month named without tense: the coming one when it is at most `ahead`
    months away, else the latest not after the anchor."""
    if 0 < (month - anchor.month) % 12 <= ahead:
        return anchor.year if month > anchor.month else anchor.year + 1
    return year_for_month(month, anchor, "past")


def year_for_day(month: int, day: int, anchor: date, direction: Direction) -> int | None:
    """The year of '<day>. <month>' on the `direction` side of the anchor (29 Feb searched)."""
    step = -1 if direction == "past" else 1
    for offset in range(0, 9):
        year = anchor.year + step * offset
        candidate = make_date(year, month, day)
        if candidate is None:
            continue
        if (direction == "past" and candidate <= anchor) or (
            direction == "future" and candidate >= anchor
        ):
            return year
    return None


def nearest_year(month: int, day: int, anchor: date) -> int | None:
    """The year that puts <day>.<month>. closest to the anchor, either side."""
    candidates = [
        c
        for y in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (c := make_date(y, month, day)) is not None
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda c: abs((c - anchor).days)).year


def years_with_weekday(month: int, day: int, weekday: int, around: int, span: int) -> list[int]:
    """Years within `around` ± `span` in which <day>.<month>. falls on ISO `weekday`."""
    years = []
    for year in range(around - span, around + span + 1):
        candidate = make_date(year, month, day)
        if candidate is not None and candidate.isoweekday() == weekday:
            years.append(year)
    return years


def infer_year(
    month: int, day: int, weekday: int, anchor: date, direction: Direction
) -> int | None:
    """The latest year not after the anchor (past) or the earliest not before it (future)
    in which that day fell on that weekday.

    A week of slack on the other side: news names a weekday with its date for the
    days around publication ("Am Freitag, 10. November, tagt ..." on the 9th).
    """
    step = -1 if direction == "past" else 1
    slack = timedelta(days=WEEKDAY_SLACK_DAYS)
    for offset in range(-1, YEAR_SEARCH):
        year = anchor.year + step * offset
        candidate = make_date(year, month, day)
        if candidate is None or candidate.isoweekday() != weekday:
            continue
        if (direction == "past" and candidate <= anchor + slack) or (
            direction == "future" and candidate >= anchor - slack
        ):
            return year
    return None


def resolve_weekday(weekday: int, anchor: date, direction: Direction, relative: int | None) -> date:
    """The date of a weekday named without a date.

    Bare or past: the latest such day not after the anchor (a Thursday report's
    "am Donnerstag" is that day); future: the earliest not before it.
    "vergangenen"/"kommenden" exclude the anchor day; "diesen" is the anchor's week.
    """
    delta = weekday - anchor.isoweekday()
    if relative == 0:
        return anchor + timedelta(days=delta)
    if relative is not None and relative < 0:
        back = (anchor.isoweekday() - weekday) % 7 or 7
        return anchor - timedelta(days=back + 7 * (-relative - 1))
    if relative is not None and relative > 0:
        forward = delta % 7 or 7
        return anchor + timedelta(days=forward + 7 * (relative - 1))
    if direction == "past":
        return anchor - timedelta(days=(anchor.isoweekday() - weekday) % 7)
    return anchor + timedelta(days=delta % 7)


def resolve_weekend(anchor: date, direction: Direction) -> date:
    """A Saturday: the last weekend (or this one, when the anchor is on it) or the next."""
    if anchor.isoweekday() >= 6:
        return anchor
    return resolve_weekday(6, anchor, direction, -1 if direction == "past" else 1)


def duration_value(amount: float, unit: str) -> str:
    """ISO 8601 duration; fractions go down one unit where exact ('P18M', 'PT90M')."""
    codes = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "DE", "century": "CE"}
    time_codes = {"hour": "H", "minute": "M", "second": "S"}
    smaller = {
        "year": ("month", 12),
        "day": ("hour", 24),
        "hour": ("minute", 60),
        "week": ("day", 7),
        "minute": ("second", 60),
        "decade": ("year", 10),
    }
    if amount != int(amount) and unit in smaller:
        lower, factor = smaller[unit]
        if amount * factor == int(amount * factor):
            return duration_value(amount * factor, lower)
    number = str(int(amount)) if amount == int(amount) else str(amount)
    if unit in time_codes:
        return f"PT{number}{time_codes[unit]}"
    return f"P{number}{codes[unit]}"


def vague_duration(unit: str) -> str:
    """'seit Monaten' -> PXM."""
    return duration_value(1, unit).replace("1", "X", 1)
