"""The engine: match every rule, keep the longest non-overlapping matches, normalise them.

`tag(text, anchor)` returns contract `TimeExpr` records with character offsets
into `text`; `tag_hits` returns the same with the internals that publication
date inference needs (rule, year source, tense direction).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from lagebild.models import TimeExpr
from lagebild.timex import date_handlers as dh
from lagebild.timex import relative_handlers as rh
from lagebild.timex import span_handlers as sh
from lagebild.timex.arith import Direction
from lagebild.timex.context import TenseContext
from lagebild.timex.lexicon import TimexLexicon, load_lexicon
from lagebild.timex.narrative import fill_days, join_clock_times
from lagebild.timex.patterns import Grammar, load_grammar
from lagebild.timex.resolution import MatchContext, Resolution

Handler = Callable[[re.Match[str], MatchContext], Resolution | None]

HANDLERS: dict[str, Handler] = {
    "weekday_date": dh.on_weekday_date,
    "range_first_day": dh.on_date,
    "date": dh.on_date,
    "month": dh.on_month,
    "year": dh.on_year,
    "year_bare": dh.on_year_bare,
    "relative_unit": dh.on_relative_unit,
    "relative_compound": dh.on_relative_compound,
    "position_compound": dh.on_position_compound,
    "year_turn": dh.on_year_turn,
    "season": dh.on_season,
    "holiday": dh.on_holiday,
    "quarter": dh.on_quarter,
    "decade": dh.on_decade,
    "century": dh.on_century,
    "calendar_week": dh.on_calendar_week,
    "day_word": rh.on_day_word,
    "weekday": rh.on_weekday,
    "weekend": rh.on_weekend,
    "offset": rh.on_offset,
    "vague_offset": rh.on_vague_offset,
    "reference": rh.on_reference,
    "day_anaphor": rh.on_day_anaphor,
    "offset_narrative": rh.on_offset_narrative,
    "clock": sh.on_clock,
    "day_part": sh.on_day_part,
    "day_part_of_date": sh.on_day_part_of_date,
    "night_before": sh.on_night_before,
    "night_between": sh.on_night_between,
    "duration": sh.on_duration,
    "duration_window": sh.on_duration_window,
    "duration_adjective": sh.on_duration_adjective,
    "set_each": sh.on_set_each,
    "set_times": sh.on_set_times,
    "set_per": sh.on_set_per,
    "set_rate": sh.on_set_rate,
    "set_word": sh.on_set_word,
    "set_rhythm": sh.on_set_rhythm,
}


@dataclass
class Hit:
    start: int
    end: int
    rule: str
    resolution: Resolution
    direction: Direction


class _Occupancy:
    """Which characters already belong to an accepted expression."""

    def __init__(self, length: int) -> None:
        self.cells = bytearray(length)

    def free(self, start: int, end: int) -> bool:
        return 1 not in self.cells[start:end]

    def take(self, start: int, end: int) -> None:
        self.cells[start:end] = b"\x01" * (end - start)


def _candidates(text: str, grammar: Grammar) -> list[tuple[int, int, int, re.Match[str]]]:
    found = []
    for index, rule in enumerate(grammar.rules):
        for match in rule.regex.finditer(text):
            if match.end() > match.start():
                found.append((match.start(), match.end(), index, match))
    found.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    return found


def _trim(text: str, start: int, end: int) -> int:
    """Drop a closing parenthesis the expression did not open, and trailing space."""
    span = text[start:end]
    if span.endswith(")") and span.count("(") < span.count(")"):
        end -= 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _extend_prefix(text: str, hit: Hit, grammar: Grammar, occupied: _Occupancy) -> None:
    """Take in the preposition that belongs to a date ("am", "für den", "seit")."""
    if hit.resolution.type not in ("DATE", "TIME"):
        return
    window_start = max(0, hit.start - 25)
    found = grammar.prefix.search(text, window_start, hit.start)
    if (
        found
        and found.end() == hit.start
        and occupied.free(found.start(), hit.start)
        and grammar.lead.match(text, hit.start, hit.end) is None
    ):
        hit.start = found.start()


def tag_hits(
    text: str, anchor: date, doc: Any = None, lexicon: TimexLexicon | None = None
) -> list[Hit]:
    lex = lexicon or load_lexicon()
    grammar = load_grammar()
    tense = TenseContext(text, lex, doc)
    occupied = _Occupancy(len(text))
    hits: list[Hit] = []
    for start, end, index, match in _candidates(text, grammar):
        if not occupied.free(start, end):
            continue
        rule = grammar.rules[index]
        score = tense.score(start, end)
        direction: Direction = "future" if score > 0 else "past"
        context = MatchContext(text, start, end, anchor, direction, lex, score)
        resolution = HANDLERS[rule.handler](match, context)
        if resolution is None:
            continue
        end = _trim(text, start, end)
        occupied.take(start, end)
        hits.append(Hit(start, end, rule.name, resolution, direction))
    hits.sort(key=lambda h: h.start)
    for hit in hits:
        _extend_prefix(text, hit, grammar, occupied)
        occupied.take(hit.start, hit.end)
    fill_days(hits, tense, anchor)
    return hits


def to_expr(text: str, hit: Hit, anchor: date) -> TimeExpr:
    res = hit.resolution
    return TimeExpr(
        start=hit.start,
        end=hit.end,
        text=text[hit.start : hit.end],
        type=res.type,
        value=res.value,
        granularity=res.granularity,
        mod=res.mod,
        anchor=anchor.isoformat() if res.uses_anchor else None,
        direction=res.direction,
        freq=res.freq,
        inferred=res.inferred,
        basis=res.basis,
    )


def tag(text: str, anchor: date, doc: Any = None) -> list[TimeExpr]:
    """Every temporal expression in `text`, normalised against `anchor`."""
    hits = join_clock_times(text, tag_hits(text, anchor, doc))
    return [to_expr(text, hit, anchor) for hit in hits]
