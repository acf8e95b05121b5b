"""Handlers for dates relative to the anchor: gestern, am Montag, vor zwei Wochen, derzeit."""

from __future__ import annotations

import re
from datetime import timedelta

from lagebild.timex import arith
from lagebild.timex.date_handlers import WEEKDAY_NAMES
from lagebild.timex.lexicon import number_value
from lagebild.timex.resolution import MatchContext, Resolution, group, key

# Units below a day give a day-precise date ("vor zwei Stunden" is today).
_CALENDAR_UNITS = {"day", "week", "month", "year", "decade", "century"}
# Tense score at or below which a sentence clearly reports the past.
_CLEAR_PAST = -0.5
# A duration modifier inside "vor ... Jahren" turns into a TIMEX3 mod of the date.
_AGO_MODS = {"MORE_THAN": "BEFORE", "LESS_THAN": "AFTER", "APPROX": "APPROX"}


def sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(' \t„"»(')
    return not before or before[-1] in ".!?:\n"


def on_day_word(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    word = group(m, "dw") or ""
    # Capitalised "Morgen" inside a sentence is the noun (the morning), not "tomorrow".
    if word[:1].isupper() and key(word) == "morgen" and not sentence_initial(ctx.text, ctx.start):
        return None
    offset = ctx.lexicon.day_words[key(word)]
    day = ctx.anchor + timedelta(days=offset)
    basis = ""
    if (name := group(m, "wd")) and ctx.lexicon.weekdays[key(name)] != day.isoweekday():
        basis = f"the text names a {name}, but the anchor gives a {WEEKDAY_NAMES[day.isoweekday()]}"
    return Resolution(
        "DATE", day.isoformat(), "day", basis=basis, uses_anchor=True, year_source="anchor"
    )


def on_weekday(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    weekday = ctx.lexicon.weekdays[key(group(m, "wd") or "")]
    rel_word = group(m, "rel")
    relative = ctx.lexicon.relative.get(key(rel_word)) if rel_word else None
    direction = "future" if _after_future_preposition(ctx) else ctx.direction
    day = arith.resolve_weekday(weekday, ctx.anchor, direction, relative)
    basis = (
        ""
        if relative is not None
        else (
            f"{'latest' if direction == 'past' else 'next'} {WEEKDAY_NAMES[weekday]} "
            f"{'not after' if direction == 'past' else 'from'} the anchor "
            f"{ctx.anchor.isoformat()} ({direction} context)"
        )
    )
    return Resolution(
        "DATE",
        day.isoformat(),
        "day",
        inferred=relative is None,
        basis=basis,
        uses_anchor=True,
        year_source="anchor",
    )


def _after_future_preposition(ctx: MatchContext) -> bool:
    """'bis Sonntag', 'für Montag': a weekday after these lies ahead, unless the sentence
    clearly reports the past ('Von Montag bis Mittwoch hatte der Parteitag getagt')."""
    if ctx.tense_score <= _CLEAR_PAST:
        return False
    before = ctx.text[max(0, ctx.start - 20) : ctx.start].lower().split()
    words = ctx.lexicon.cues.future_prepositions
    return any(" ".join(before[-n:]) in words for n in (1, 2) if len(before) >= n)


def on_weekend(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    saturday = arith.resolve_weekend(ctx.anchor, ctx.direction)
    return Resolution(
        "DATE",
        arith.format_unit(saturday, "weekend"),
        "weekend",
        inferred=True,
        basis=f"the {ctx.direction} weekend from the anchor",
        uses_anchor=True,
        year_source="anchor",
    )


def on_offset(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    """'vor zwei Wochen', 'in drei Tagen': the anchor moved by that much, at that unit."""
    amount = number_value(group(m, "n") or "", ctx.lexicon)
    unit = ctx.lexicon.duration_units[key(group(m, "du") or "")]
    if amount is None or amount <= 0:
        return None
    sign = -1 if key(group(m, "dir") or "") == "vor" else 1
    if unit not in _CALENDAR_UNITS:
        return Resolution(
            "DATE", ctx.anchor.isoformat(), "day", uses_anchor=True, year_source="anchor"
        )
    if amount != int(amount):
        if unit != "year":
            return None
        amount, unit = amount * 12, "month"
    moved = arith.shift(ctx.anchor, sign * int(amount), unit)
    # "vor mehr als hundert Jahren" lies before that year, "vor knapp drei Jahren" after it
    mod_word = group(m, "mod")
    mod = _AGO_MODS.get(ctx.lexicon.duration_mods.get(key(mod_word), "")) if mod_word else None
    return Resolution(
        "DATE",
        arith.format_unit(moved, unit),
        unit,
        mod=mod,
        uses_anchor=True,
        year_source="anchor",
    )


def on_vague_offset(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    return Resolution("DATE", "PAST_REF", "ref", uses_anchor=True, year_source="anchor")


def on_reference(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    token = ctx.lexicon.references[key(group(m, "ref") or "")]
    return Resolution("DATE", token, "ref", uses_anchor=True, year_source="anchor")


def on_day_anaphor(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    """'Tags darauf', 'am Tag zuvor', 'am Vorabend': a day counted from the last day named."""
    lex = ctx.lexicon
    if word := group(m, "ana"):
        offset, part = lex.day_anaphors[key(word)], None
    else:
        offset, part = lex.day_part_anaphors[key(group(m, "pana") or "")]
    day = (ctx.anchor + timedelta(days=offset)).isoformat()
    return Resolution(
        "TIME" if part else "DATE",
        day + (f"T{part}" if part else ""),
        "time" if part else "day",
        inferred=True,
        basis=f"{offset:+d} days from the anchor",
        uses_anchor=True,
        year_source="anchor",
        narrative_days=offset,
    )


def on_offset_narrative(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    """'fünf Jahre später', 'drei Tage zuvor': a date counted from the last date named."""
    lex = ctx.lexicon
    amount = number_value(group(m, "n") or "", lex)
    unit = lex.duration_units[key(group(m, "du") or "")]
    if amount is None or amount <= 0 or unit not in _CALENDAR_UNITS:
        return None
    if amount != int(amount):
        if unit != "year" or amount * 12 != int(amount * 12):
            return None
        amount, unit = amount * 12, "month"
    steps = lex.narrative_directions[key(group(m, "dir") or "")] * int(amount)
    moved = arith.shift(ctx.anchor, steps, unit)
    return Resolution(
        "DATE",
        arith.format_unit(moved, "year" if unit == "month" and steps % 12 == 0 else unit),
        unit,
        inferred=True,
        basis=f"{steps:+d} {unit}s from the anchor",
        uses_anchor=True,
        year_source="anchor",
        narrative_offset=(steps, unit),
    )
