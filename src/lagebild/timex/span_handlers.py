"""Handlers for times of day, durations and sets."""

from __future__ import annotations

import re
from datetime import timedelta

from lagebild.timex import arith
from lagebild.timex.date_handlers import on_date
from lagebild.timex.lexicon import number_value
from lagebild.timex.relative_handlers import sentence_initial
from lagebild.timex.resolution import MatchContext, Resolution, group, key


def _clock_hour(m: re.Match[str], ctx: MatchContext) -> int | None:
    if digits := group(m, "h"):
        return int(digits)
    word = group(m, "hw")
    # A number word is an hour only after "um/gegen" ("eine Uhr" is a clock).
    if word is None or group(m, "pre") is None:
        return None
    value = number_value(word, ctx.lexicon)
    return int(value) if value is not None and value == int(value) else None


def _clock_words(m: re.Match[str], hour: int) -> tuple[int, int]:
    """'halb acht' 7:30, 'Viertel nach acht' 8:15, 'Viertel vor acht' 7:45, 'Viertel acht' 7:15."""
    if group(m, "half"):
        return hour - 1, 30
    quarter, direction = group(m, "quarter"), key(group(m, "qd") or "")
    if quarter is None:
        return hour, int(group(m, "mi") or 0)
    if direction == "nach":
        return hour, 15
    if direction == "vor" or "drei" in key(quarter):
        return hour - 1, 45
    return hour - 1, 15


def on_clock(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    written = _clock_hour(m, ctx)
    if written is None:
        return None
    hour, minute = _clock_words(m, written)
    if not 0 <= hour <= 24 or (hour == 24 and minute):
        return None
    # "um 8 Uhr abends" is 20:00; "um 2 Uhr nachts" stays 02:00.
    part = group(m, "dpa")
    code = ctx.lexicon.day_part_adverbs.get(key(part)) if part else None
    if code in ("AF", "EV") and hour < 12:
        hour += 12
    # The day is filled in by the tagger from the sentence (or the anchor).
    return Resolution(
        "TIME",
        "",
        "time",
        time_suffix=f"T{hour:02d}:{minute:02d}",
        uses_anchor=True,
        year_source="anchor",
    )


def on_day_part(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    lex = ctx.lexicon
    code = lex.day_parts[key(group(m, "dp") or "")]
    suffix = f"T{code}"
    if word := group(m, "dw"):
        day = ctx.anchor + timedelta(days=lex.day_words[key(word)])
    elif (name := group(m, "wd")) and (rel := group(m, "rel")):
        # "des Donnerstags vergangener Woche": that weekday in the week named
        monday = ctx.anchor - timedelta(days=ctx.anchor.isoweekday() - 1)
        day = monday + timedelta(weeks=lex.relative[key(rel)], days=lex.weekdays[key(name)] - 1)
    elif name := group(m, "wd"):
        day = arith.resolve_weekday(lex.weekdays[key(name)], ctx.anchor, ctx.direction, None)
    else:
        return Resolution(
            "TIME", "", "time", time_suffix=suffix, uses_anchor=True, year_source="anchor"
        )
    return Resolution(
        "TIME", day.isoformat() + suffix, "time", uses_anchor=True, year_source="anchor"
    )


def on_day_part_of_date(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    found = on_date(m, ctx)
    if found is None:
        return None
    code = ctx.lexicon.day_parts[key(group(m, "dp") or "")]
    found.type, found.granularity = "TIME", "time"
    found.value += f"T{code}"
    return found


def _amount(m: re.Match[str], ctx: MatchContext) -> float | None:
    """The number of units: written, vague ('einige' -> None), or one ('den ganzen Tag')."""
    if number := group(m, "n"):
        return number_value(number, ctx.lexicon)
    if group(m, "whole"):
        return 1.0
    return None


def on_night_before(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    """'in der Nacht zu Sonntag' is the night that begins on Saturday."""
    weekday = ctx.lexicon.weekdays[key(group(m, "wd") or "")]
    day = arith.resolve_weekday(weekday, ctx.anchor, ctx.direction, None) - timedelta(days=1)
    return Resolution(
        "TIME", day.isoformat() + "TNI", "time", uses_anchor=True, year_source="anchor"
    )


def on_night_between(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    """'in der Nacht von Samstag auf Sonntag' is Saturday's night; 'vom 9. zum 10. Mai' the 9th's."""
    lex = ctx.lexicon
    if group(m, "d"):
        found = on_date(m, ctx)
        if found is None:
            return None
        found.type, found.granularity = "TIME", "time"
        found.value += "TNI"
        return found
    first = lex.weekdays[key(group(m, "wd") or "")]
    if rel := group(m, "rel"):
        monday = ctx.anchor - timedelta(days=ctx.anchor.isoweekday() - 1)
        day = monday + timedelta(weeks=lex.relative[key(rel)], days=first - 1)
    else:
        second = lex.weekdays[key(group(m, "wd2") or "")]
        day = arith.resolve_weekday(second, ctx.anchor, ctx.direction, None) - timedelta(days=1)
    return Resolution(
        "TIME", day.isoformat() + "TNI", "time", uses_anchor=True, year_source="anchor"
    )


def _is_age(ctx: MatchContext) -> bool:
    """'der 33 Jahre alte', 'im Alter von 93 Jahren', 'mit 37 Jahren nur wenig älter'."""
    lex = ctx.lexicon
    after = ctx.text[ctx.end : ctx.end + 20].split()
    if after and after[0].strip(",.;:)").lower() in lex.age_after:
        return True
    before = " ".join(ctx.text[max(0, ctx.start - 20) : ctx.start].lower().split())
    for cue in lex.age_before:
        if before.endswith(cue):
            # "mit zehn Jahren Haft" is a term: only an age when no noun follows
            return cue != "mit" or not (after and after[0][:1].isupper())
    return False


def _one_day_adverb(m: re.Match[str], ctx: MatchContext) -> bool:
    """Genitive 'eines Tages' is 'one day' (some time), not a length; 'innerhalb eines
    Tages' is one."""
    if key(m.group(0)) != "eines tages":
        return False
    before = ctx.text[max(0, ctx.start - 20) : ctx.start].split()
    return not (before and before[-1].lower() in ctx.lexicon.genitive_prepositions)


def on_duration(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    lex = ctx.lexicon
    if word := group(m, "lw"):
        unit = lex.long_words[key(word)]
    else:
        unit = lex.duration_units[key(group(m, "du") or "")]
    if unit == "year" and group(m, "n") and _is_age(ctx):
        return None
    if _one_day_adverb(m, ctx):
        return None
    amount = _amount(m, ctx)
    if group(m, "adj") and (amount is None or amount < 2):
        return None  # "drei lange Jahre" is a length; "ein gutes Jahr" names a year
    if (prefix := group(m, "pre")) and number_value(prefix, lex) is not None:
        return None  # "eine Fünf-Tage-Woche" is a kind of week, not a day
    if group(m, "n") and (amount is None or amount <= 0):
        return None
    value = arith.duration_value(amount, unit) if amount else arith.vague_duration(unit)
    mod_word = group(m, "mod")
    since = group(m, "since") is not None
    return Resolution(
        "DURATION",
        value,
        "duration",
        mod=lex.duration_mods.get(key(mod_word)) if mod_word else None,
        direction="past" if since else None,
        uses_anchor=since,
        year_source="anchor" if since else "text",
    )


def _names_person(ctx: MatchContext) -> bool:
    """'die 26-jährige Stürmerin', 'der fünfjährige Junge', 'Der 33-Jährige': an age."""
    written = ctx.text[ctx.start : ctx.end].split()[-1]
    capitalised = written[:1].isupper() and not sentence_initial(ctx.text, ctx.start)
    if "-J" in written or capitalised:
        return True
    after = ctx.text[ctx.end : ctx.end + 40].split()
    noun = after[0].strip(',.;:)“"') if after else ""
    lower = noun.lower()
    return lower in ctx.lexicon.person_nouns or (
        noun[:1].isupper() and lower.endswith(("in", "innen"))
    )


def on_duration_adjective(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    """'fünfjährige Amtszeit' P5Y, 'mehrstündigen' PTXH; ages ('der 33-jährige Fahrer') are not."""
    lex = ctx.lexicon
    unit = lex.duration_adjectives[key(group(m, "adj") or "")]
    if _names_person(ctx):
        return None
    if group(m, "v"):
        value = arith.vague_duration(unit)
    else:
        amount = number_value(group(m, "n") or group(m, "nw") or "", lex)
        if amount is None or amount <= 0:
            return None
        value = arith.duration_value(amount, unit)
    mod_word = group(m, "mod")
    return Resolution(
        "DURATION",
        value,
        "duration",
        mod=lex.duration_mods.get(key(mod_word)) if mod_word else None,
    )


def on_duration_window(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    """'in den letzten Monaten': a stretch of time ending (or starting) at the anchor."""
    lex = ctx.lexicon
    unit = lex.duration_units[key(group(m, "du") or "")]
    relative = lex.relative.get(key(group(m, "rel") or ""), 0)
    if relative == 0:
        return None
    amount = _amount(m, ctx)
    value = arith.duration_value(amount, unit) if amount else arith.vague_duration(unit)
    return Resolution(
        "DURATION",
        value,
        "duration",
        direction="past" if relative < 0 else "future",
        uses_anchor=True,
        year_source="anchor",
    )


def on_set_each(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    lex = ctx.lexicon
    before = ctx.text[max(0, ctx.start - 12) : ctx.start].split()
    if group(m, "wd") and before and before[-1].lower() in lex.genitive_articles:
        return None  # "des Donnerstags vergangener Woche" names a day, not a habit
    part = group(m, "dp") or group(m, "dpa")
    code = (lex.day_parts.get(key(part)) or lex.day_part_adverbs.get(key(part))) if part else None
    if name := group(m, "wd"):
        value = f"XXXX-WXX-{lex.weekdays[key(name)]}" + (f"T{code}" if code else "")
    elif unit_word := group(m, "du"):
        amount = number_value(group(m, "n") or "1", lex)
        if amount is None or amount <= 0:
            return None
        value = arith.duration_value(amount, lex.duration_units[key(unit_word)])
    elif code:
        value = f"XXXX-XX-XXT{code}"
    else:
        return None
    return Resolution("SET", value, "set")


def on_set_times(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    count = number_value(group(m, "n") or "", ctx.lexicon) if group(m, "n") else None
    if group(m, "many"):
        count = None  # "mehrmals am Tag": a rate of no stated count
    elif count is None or count <= 0 or count != int(count):
        return None
    freq = f"{int(count)}X" if count else None
    if word := group(m, "sw"):
        value = ctx.lexicon.set_words[key(word)]
        return Resolution("SET", value, "set", freq=freq)
    unit = ctx.lexicon.units[key(group(m, "unit") or "")]
    if unit == "weekend":
        return None
    amount, unit = {"quarter": (3, "month"), "half": (6, "month")}.get(unit, (1, unit))
    return Resolution("SET", arith.duration_value(amount, unit), "set", freq=freq)


def on_set_per(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    """'pro Jahr', 'je Monat': a rate of once per unit."""
    unit = ctx.lexicon.units[key(group(m, "unit") or "")]
    if unit == "weekend":
        return Resolution("SET", "XXXX-WXX-WE", "set")
    amount, unit = {"quarter": (3, "month"), "half": (6, "month")}.get(unit, (1, unit))
    return Resolution("SET", arith.duration_value(amount, unit), "set")


def on_set_rate(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    """'123 Euro im Monat', 'zwei Stunden am Tag': a rate only right after an amount."""
    before = ctx.text[max(0, ctx.start - 30) : ctx.start].split()[-2:]
    if not any(w[:1].isdigit() or number_value(w, ctx.lexicon) for w in before):
        return None
    return on_set_per(m, ctx)


def on_set_word(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    return Resolution("SET", ctx.lexicon.set_words[key(group(m, "sw") or "")], "set")


def on_set_rhythm(m: re.Match[str], ctx: MatchContext) -> Resolution | None:
    """'im 30-Minuten-Takt', 'im Monatstakt': once per that length of time."""
    amount = number_value(group(m, "n") or "1", ctx.lexicon)
    if amount is None or amount <= 0:
        return None
    unit = ctx.lexicon.rhythm_units[key(group(m, "ru") or "")]
    return Resolution("SET", arith.duration_value(amount, unit), "set")
