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
    # Where the year came from: "text", "weekday" (inferred from a weekday), "anchor".
    year_source: str = "text"
    uses_anchor: bool = False


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
