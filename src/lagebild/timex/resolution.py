"""What a rule handler returns, and what it is given."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from lagebild.timex.arith import Direction
from lagebild.timex.lexicon import TimexLexicon


@dataclass
class Resolution:
    """A normalised expression before it becomes a `TimeExpr`."""

    type: str  # DATE, TIME, DURATION, SET
    value: str
    granularity: str
    mod: str | None = None
    inferred: bool = False
    basis: str = ""
    direction: Direction | None = None
    freq: str | None = None
    # TIME without its own day ("um 14 Uhr"): the day comes from the sentence.
    time_suffix: str | None = None
    # Where the year came from: "text", "weekday" (inferred from a weekday), "anchor",
    # "holiday" (written with a holiday: history, not evidence of the publication date).
    year_source: str = "text"
    uses_anchor: bool = False
    # "Tags darauf", "am Vorabend": days after the day the text named last (the value
    # holds the anchor's reading until the tagger finds such a day).
    narrative_days: int | None = None
    # "fünf Jahre später": units after the date the text named last (same fallback).
    narrative_offset: tuple[int, str] | None = None


@dataclass(frozen=True)
class MatchContext:
    text: str
    start: int
    end: int
    anchor: date
    direction: Direction
    lexicon: TimexLexicon
    # Signed cue evidence behind `direction` (> 0 future); near 0 means weak.
    tense_score: float = 0.0


def group(match: re.Match[str], name: str) -> str | None:
    """A named group's text, or None when the pattern has no such group or it did not match."""
    try:
        value = match.group(name)
    except IndexError:
        return None
    return value if value else None


def key(text: str) -> str:
    """Lexicon key of a matched word: lower case, single spaces."""
    return " ".join(text.lower().split())
