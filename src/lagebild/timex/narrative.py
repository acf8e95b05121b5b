"""Narrative anchoring after matching: days and dates the expressions leave open are
taken from what the text named before them ("Tags darauf", "fünf Jahre später",
"um 14 Uhr"), and a clock time joins the day it belongs to ("heute Abend um 21 Uhr")."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lagebild.timex import arith
from lagebild.timex.context import TenseContext

if TYPE_CHECKING:
    from lagebild.timex.tagger import Hit

_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_PART = re.compile(r"(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])")
_PART_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12, "H1": 1, "H2": 7}
_PART_START.update({f"Q{n}": 3 * n - 2 for n in range(1, 5)})
_CLOCK_RULES = frozenset({"clock", "clock_words", "clock_colon"})
_POINT = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")


def _named_day(hit: Hit) -> str | None:
    """The day an expression names itself (a date, or a time with its own day)."""
    res = hit.resolution
    if res.type not in ("DATE", "TIME") or res.time_suffix:
        return None
    return res.value[:10] if _DAY.fullmatch(res.value[:10]) else None


def _named_point(hit: Hit) -> tuple[date, str] | None:
    """The day, month or year a date names ('1973', 'im Mai 2019', 'am 26. Oktober')."""
    res = hit.resolution
    if res.type == "DATE" and (part := _PART.fullmatch(res.value)):
        # a season or quarter gives its year (and its first month to count from)
        return date(int(part.group(1)), _PART_START[part.group(2)], 1), "year"
    if res.type != "DATE" or not (found := _POINT.fullmatch(res.value)):
        return None
    year, month, day = found.groups()
    unit = "day" if day else "month" if month else "year"
    return date(int(year), int(month or 1), int(day or 1)), unit


def _shifted(point: tuple[date, str], steps: int, unit: str) -> str | None:
    """`point` moved by `steps` units, at the coarser of the two granularities."""
    order = ("day", "week", "month", "year")
    if unit not in order:
        return None
    coarse = order[max(order.index(point[1]), order.index(unit))]
    if coarse != unit and not (unit == "month" and coarse == "year"):
        return None  # "drei Tage später" after "1973" says no day; "eineinhalb Jahre" does
    moved = arith.shift(point[0], steps, unit)
    return arith.format_unit(moved, "year" if unit == "month" and steps % 12 == 0 else coarse)


def fill_days(hits: list[Hit], tense: TenseContext, anchor: date) -> None:
    """Days the expressions leave open, in text order: 'um 14 Uhr' takes the last day
    named before it in its sentence, else the anchor; 'Tags darauf', 'am Vorabend' count
    from the last day named before them anywhere in the text, 'fünf Jahre später' from the
    last date (narrative anchoring)."""
    last: tuple[int, str] | None = None
    point: tuple[date, str] | None = None
    for hit in hits:
        res = hit.resolution
        if res.time_suffix and not res.value:
            sentence_start = tense.sentence_of(hit.start)[0]
            same = last is not None and last[0] >= sentence_start
            res.value = (last[1] if last and same else anchor.isoformat()) + res.time_suffix
        elif res.narrative_days is not None and last is not None:
            day = date.fromisoformat(last[1]) + timedelta(days=res.narrative_days)
            res.value = day.isoformat() + res.value[10:]
            res.basis = f"{res.narrative_days:+d} days from {last[1]}, the day named before it"
            res.uses_anchor = False
        elif res.narrative_offset and point and (value := _shifted(point, *res.narrative_offset)):
            res.value = value
            res.basis = f"{res.narrative_offset[0]:+d} {res.narrative_offset[1]}s from the date named before it"
            res.uses_anchor = False
        if named := _named_day(hit):
            last = (hit.start, named)
        point = _named_point(hit) or point


def _joins(text: str, day: Hit, clock: Hit) -> bool:
    """A clock time set off after a date ('29.04.2020, 17:15 Uhr', 'Am Mittwoch (21 Uhr)')
    or refining a part of the day ('heute Abend um 21 Uhr'); 'Am Montag um 9 Uhr' stays two."""
    named = _named_day(day)
    if clock.rule not in _CLOCK_RULES or not named or not clock.resolution.value.startswith(named):
        return False
    between = text[day.end : clock.start].strip()
    if between in (",", "("):
        return True
    return between == "" and day.resolution.type == "TIME"


def _hour_in_day_part(day: Hit, clock: Hit) -> None:
    """'heute Abend um acht Uhr' is 20:00; 'in der Nacht zu Sonntag um 2 Uhr' is Sunday."""
    value = clock.resolution.value
    hour = int(value[11:13])
    if day.resolution.value.endswith(("TAF", "TEV")) and hour < 12:
        clock.resolution.value = f"{value[:11]}{hour + 12:02d}{value[13:]}"
    elif day.resolution.value.endswith("TNI") and hour < 12:
        after = date.fromisoformat(value[:10]) + timedelta(days=1)
        clock.resolution.value = after.isoformat() + value[10:]


def join_clock_times(text: str, hits: list[Hit]) -> list[Hit]:
    """A day and the clock time that belongs to it are one TIME (the clock took that day);
    applied to the output only, so publication date inference still sees the day."""
    joined: list[Hit] = []
    for hit in hits:
        day = joined[-1] if joined else None
        if day is not None and _joins(text, day, hit):
            if text[day.end : hit.start].strip() == "(" and text[hit.end : hit.end + 1] == ")":
                hit.end += 1
            _hour_in_day_part(day, hit)
            day.end, day.rule = hit.end, hit.rule
            day.resolution = replace(
                day.resolution, type="TIME", granularity="time", value=hit.resolution.value
            )
            continue
        joined.append(hit)
    return joined
