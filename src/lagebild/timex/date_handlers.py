"""Handlers for calendar dates: a match and its context in, a `Resolution` out (or None)."""

from __future__ import annotations

import re
from datetime import date

from lagebild.timex import arith
from lagebild.timex.resolution import MatchContext, Resolution, group, key

WEEKDAY_NAMES = ("", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
# Below this much cue evidence (one weak cue) the tense counts as unknown.
WEAK_TENSE = 0.6
# A month named without tense this many months ahead of the anchor is the coming one.
NEAR_MONTHS = 3


def _year(text: str, anchor: date) -> int:
    """A written year; two digits are the century nearest the anchor ('23' -> 2023)."""
    value = int(text)
    if value >= 100:
        return value
    century = anchor.year // 100 * 100
    candidates = (century - 100 + value, century + value, century + 100 + value)
    return min(candidates, key=lambda y: abs(y - anchor.year))


def _day(m: re.Match[str], ctx: MatchContext) -> int | None:
    if digits := group(m, "d"):
        return int(digits)
    word = group(m, "do")
    return ctx.lexicon.ordinals.get(key(word)) if word else None


def _month(m: re.Match[str], ctx: MatchContext) -> int | None:
    if word := group(m, "mw"):
        return ctx.lexicon.months.get(key(word).rstrip(".")) or ctx.lexicon.months.get(key(word))
    digits = group(m, "mn")
    return int(digits) if digits else None


def _context_basis(ctx: MatchContext) -> str:
    side = "latest not after" if ctx.direction == "past" else "earliest not before"
    return f"year from the anchor {ctx.anchor.isoformat()}: the {side} it ({ctx.direction} context)"


def year_for_relative_month(month: int, ctx: MatchContext, relative: int | None) -> int:
    """'im März' by tense; 'vergangenen März' strictly before, 'kommenden' strictly after."""
    anchor = ctx.anchor
    if relative is None:
        return arith.year_for_month(month, anchor, ctx.direction)
    if relative == 0:
        return anchor.year
    if relative < 0:
        return (anchor.year if month < anchor.month else anchor.year - 1) + relative + 1
    return (anchor.year if month > anchor.month else anchor.year + 1) + relative - 1


def _relative(m: re.Match[str], ctx: MatchContext) -> int | None:
    word = group(m, "rel")
    return ctx.lexicon.relative.get(key(word)) if word else None


def _mod(m: re.Match[str], ctx: MatchContext) -> str | None:
    word = group(m, "pos")
    return ctx.lexicon.positions.get(key(word)) if word else None


def on_date(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    day, month = _day(m, ctx), _month(m, ctx)
    if day is None or month is None:
        return None
    if _is_reference_number(m, ctx):
        return None
    if written := group(m, "y"):
        year, source, basis = _year(written, ctx.anchor), "text", ""
    elif abs(ctx.tense_score) < WEAK_TENSE:
        # No clear tense: a day and month is the occurrence nearest the anchor
        # ("die Brexit-Frist über den 31. Oktober hinaus" in mid-October).
        found = arith.nearest_year(month, day, ctx.anchor)
        if found is None:
            return None
        year, source = found, "anchor"
        basis = f"no clear tense: the {day}.{month}. nearest the anchor {ctx.anchor.isoformat()}"
    else:
        found = arith.year_for_day(month, day, ctx.anchor, ctx.direction)
        if found is None:
            return None
        year, source, basis = found, "anchor", _context_basis(ctx)
    value = arith.make_date(year, month, day)
    if value is None:
        return None
    return Resolution(
        "DATE",
        value.isoformat(),
        "day",
        inferred=source != "text",
        basis=basis,
        year_source=source,
        uses_anchor=source != "text",
    )


def _is_reference_number(m: re.Match[str], ctx: MatchContext) -> bool:
    """'Anm. 2. 2.', 'Nr. 3. 4.', '1. 2. Weiterhin': section numbers, not dates."""
    numeric_only = group(m, "mn") is not None and group(m, "y") is None
    if numeric_only and any(c.isspace() for c in m.group(0)):
        return True  # "1. 2." without a year is an enumeration; "09.11." is written solid
    return numeric_only and _previous_word(ctx.text, ctx.start) in ctx.lexicon.count_context


def on_weekday_date(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    day, month = _day(m, ctx), _month(m, ctx)
    name = key(group(m, "wd") or "")
    weekday = ctx.lexicon.weekdays.get(name) or ctx.lexicon.weekday_abbreviations.get(name)
    if day is None or month is None or weekday is None:
        return None
    if group(m, "y"):
        return on_date(m, ctx)
    direction = ctx.direction
    year = arith.infer_year(month, day, weekday, ctx.anchor, direction)
    if direction == "future" and year is not None and year > ctx.anchor.year + 1:
        # news gives a weekday with the date of a coming day only within the year ahead;
        # a fit years away means the text looks back ("beginnt am 26. Oktober, einem Freitag")
        direction = "past"
        year = arith.infer_year(month, day, weekday, ctx.anchor, direction)
    if year is None:
        return on_date(m, ctx)
    fits = arith.years_with_weekday(month, day, weekday, year, 6)
    side = "latest such year not after" if direction == "past" else "earliest not before"
    basis = (
        f"year inferred: {day}.{month}. fell on a {WEEKDAY_NAMES[weekday]} in "
        f"{', '.join(map(str, fits))}; {year} is the {side} the anchor {ctx.anchor.isoformat()}"
    )
    return Resolution(
        "DATE",
        date_iso(year, month, day),
        "day",
        inferred=True,
        basis=basis,
        year_source="weekday",
        uses_anchor=True,
    )


def date_iso(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


def on_month(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    number = _month(m, ctx)
    if number is None:
        return None
    if written := group(m, "y"):
        return Resolution(
            "DATE", f"{_year(written, ctx.anchor):04d}-{number:02d}", "month", mod=_mod(m, ctx)
        )
    if year_word := group(m, "yrel"):
        year = ctx.anchor.year + ctx.lexicon.relative[key(year_word)]
        return Resolution(
            "DATE",
            f"{year:04d}-{number:02d}",
            "month",
            mod=_mod(m, ctx),
            uses_anchor=True,
            year_source="anchor",
        )
    relative = _relative(m, ctx)
    year = year_for_relative_month(number, ctx, relative)
    basis = _context_basis(ctx) if relative is None else "year from the relative word"
    if relative is None and abs(ctx.tense_score) < WEAK_TENSE:
        # No clear tense: news names the next few months as what comes ("Anfang Mai und
        # Juni könnte es anders aussehen" at the end of April); farther ones are past.
        year = arith.year_for_near_month(number, ctx.anchor, NEAR_MONTHS)
        basis = (
            f"no clear tense: the coming month if at most {NEAR_MONTHS} ahead of the anchor "
            f"{ctx.anchor.isoformat()}, else the latest not after it"
        )
    return Resolution(
        "DATE",
        f"{year:04d}-{number:02d}",
        "month",
        mod=_mod(m, ctx),
        inferred=relative is None,
        basis=basis,
        year_source="anchor",
        uses_anchor=True,
    )


def on_holiday(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    """'zu Silvester', 'am Tag der Deutschen Einheit im Jahr 2010': a fixed day; without
    a year, the one the tense points to (news mostly looks back on a holiday)."""
    month, day = (int(p) for p in ctx.lexicon.holidays[key(group(m, "hol") or "")].split("-"))
    if written := group(m, "y"):
        # a holiday with its year recalls history, never dates the page: no publication evidence
        value = f"{_year(written, ctx.anchor):04d}-{month:02d}-{day:02d}"
        return Resolution("DATE", value, "day", year_source="holiday")
    year = arith.year_for_day(month, day, ctx.anchor, ctx.direction)
    if year is None:
        return None
    return Resolution(
        "DATE",
        f"{year:04d}-{month:02d}-{day:02d}",
        "day",
        inferred=True,
        basis=_context_basis(ctx),
        year_source="anchor",
        uses_anchor=True,
    )


def on_year(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    written = group(m, "y")
    if written is None:
        return None
    return Resolution("DATE", f"{int(written):04d}", "year", mod=_mod(m, ctx))


def _previous_word(text: str, start: int) -> str:
    words = re.findall(r"[\w.§%]+|[^\w\s]", text[max(0, start - 30) : start])
    return words[-1].lower() if words else ""


def _next_word(text: str, end: int) -> str:
    found = re.match(r"\s*([\w.§%]+|[^\w\s])", text[end : end + 30])
    return found.group(1) if found else ""


def on_year_bare(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    """A four-digit number is a year unless its neighbours make it a count ('rund 2000 Menschen')."""
    lex = ctx.lexicon
    before, after = _previous_word(ctx.text, ctx.start), _next_word(ctx.text, ctx.end)
    if before in lex.count_context or after.lower() in lex.count_after:
        return None
    if before not in lex.year_context and after[:1].isupper():
        return None
    return on_year(m, ctx)


def on_relative_unit(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    unit_word = group(m, "unit")
    if unit_word is None:
        return None
    unit = ctx.lexicon.units[key(unit_word)]
    offset = _relative(m, ctx) or 0
    if unit == "weekend":
        value = arith.format_unit(_weekend(ctx.anchor, offset), "weekend")
    else:
        value = arith.format_unit(arith.shift(ctx.anchor, offset, unit), unit)
    return Resolution("DATE", value, unit, mod=_mod(m, ctx), uses_anchor=True, year_source="anchor")


def _weekend(anchor: date, offset: int) -> date:
    if offset == 0:
        return arith.resolve_weekday(6, anchor, "past", 0)
    return arith.resolve_weekday(6, anchor, "past", offset)


def on_relative_compound(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    unit, offset = ctx.lexicon.relative_compounds[key(group(m, "rc") or "")]
    value = arith.format_unit(arith.shift(ctx.anchor, offset, unit), unit)
    return Resolution("DATE", value, unit, uses_anchor=True, year_source="anchor")


def on_position_compound(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    unit, mod = ctx.lexicon.position_compounds[key(group(m, "pc") or "")]
    if written := group(m, "y"):
        return Resolution("DATE", f"{int(written):04d}", "year", mod=mod)
    return Resolution(
        "DATE",
        arith.format_unit(ctx.anchor, unit),
        unit,
        mod=mod,
        uses_anchor=True,
        year_source="anchor",
    )


def on_year_turn(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    """The turn of the year is the start of the new year: the last one, or the coming one."""
    if written := group(m, "y"):
        turn = int(written) + (1 if "/" in m.group(0) else 0)
        return Resolution("DATE", f"{turn:04d}", "year", mod="START")
    turn = ctx.anchor.year if ctx.direction == "past" else ctx.anchor.year + 1
    return Resolution(
        "DATE",
        f"{turn:04d}",
        "year",
        mod="START",
        inferred=True,
        basis=f"the {ctx.direction} turn of the year from the anchor",
        uses_anchor=True,
        year_source="anchor",
    )


def on_season(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    code = ctx.lexicon.seasons[key(group(m, "season") or "")]
    if written := group(m, "y"):
        return Resolution("DATE", f"{int(written):04d}-{code}", "season", mod=_mod(m, ctx))
    if not (group(m, "rel") or group(m, "pos") or group(m, "pre")):
        return None  # "Sommer" alone is a noun more often than a date
    relative = _relative(m, ctx)
    year = year_for_relative_month(SEASON_START[code], ctx, relative)
    return Resolution(
        "DATE",
        f"{year:04d}-{code}",
        "season",
        mod=_mod(m, ctx),
        inferred=relative is None,
        basis=_context_basis(ctx),
        uses_anchor=True,
        year_source="anchor",
    )


def on_quarter(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    if code_text := group(m, "qc"):
        letter, number = code_text[0].upper(), int(code_text[1])
    else:
        letter = "H" if (group(m, "qu") or "").lower().startswith("halb") else "Q"
        ordinal = group(m, "qo")
        found = ctx.lexicon.ordinals.get(key(ordinal)) if ordinal else int(group(m, "qn") or 0)
        if not found:
            return None
        number = found
    months = 3 if letter == "Q" else 6
    if number > 12 // months:
        return None
    if written := group(m, "y"):
        return Resolution("DATE", f"{int(written):04d}-{letter}{number}", "quarter")
    year = arith.year_for_month((number - 1) * months + 1, ctx.anchor, ctx.direction)
    return Resolution(
        "DATE",
        f"{year:04d}-{letter}{number}",
        "quarter",
        inferred=True,
        basis=_context_basis(ctx),
        uses_anchor=True,
        year_source="anchor",
    )


def on_decade(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    if digits := group(m, "dy"):
        return Resolution("DATE", digits, "decade")
    if digit := group(m, "ds"):
        return Resolution(
            "DATE",
            f"19{digit}",
            "decade",
            inferred=True,
            basis="two-digit decade read as the 1900s",
        )
    word = group(m, "dw") or ""
    if not m.group(0).lower().rstrip("n").endswith("jahre"):
        return None  # "ein Zwanziger" is a banknote
    return Resolution(
        "DATE",
        f"19{ctx.lexicon.decade_words[key(word)]}",
        "decade",
        inferred=True,
        basis="decade word read as the 1900s",
    )


def on_century(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    ordinal = group(m, "co")
    number = ctx.lexicon.ordinals.get(key(ordinal)) if ordinal else int(group(m, "cn") or 0)
    if not number or number > 21:
        return None
    return Resolution("DATE", f"{number - 1:02d}", "century")


def on_calendar_week(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    week = int(group(m, "wn") or group(m, "wk") or 0)
    if not 1 <= week <= 53:
        return None
    if written := group(m, "y"):
        return Resolution("DATE", f"{int(written):04d}-W{week:02d}", "week")
    return Resolution(
        "DATE",
        f"{ctx.anchor.isocalendar()[0]:04d}-W{week:02d}",
        "week",
        inferred=True,
        basis="year of the anchor",
        uses_anchor=True,
        year_source="anchor",
    )
