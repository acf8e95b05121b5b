"""Compiles the grammar (`data/timex/rules.yaml`) into regexes over the vocabulary."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from lagebild.errors import ConfigError
from lagebild.timex.lexicon import TimexLexicon, alternation, load_lexicon

_FLAGS = re.IGNORECASE | re.VERBOSE
_PLACEHOLDER = re.compile(r"@(\w+)")

# Numbers without words: two-digit days and months, four-digit years 1500-2099.
_FIXED = {
    "day": r"(?:0?[1-9]|[12]\d|3[01])",
    "mon": r"(?:0?[1-9]|1[0-2])",
    "year": r"(?:1[5-9]\d\d|20\d\d)",
}


@dataclass(frozen=True)
class Rule:
    name: str
    handler: str
    regex: re.Pattern[str]


@dataclass(frozen=True)
class Grammar:
    rules: tuple[Rule, ...]
    prefix: re.Pattern[str]  # a preposition right before an expression
    lead: re.Pattern[str]  # an expression that already starts with one


def placeholders(lex: TimexLexicon) -> dict[str, str]:
    words: dict[str, Any] = {
        "month": lex.months,
        "weekday": lex.weekdays,
        "weekday_abbr": lex.weekday_abbreviations,
        "season": lex.seasons,
        "day_word": lex.day_words,
        "relative": lex.relative,
        "unit": lex.units,
        "duration_unit": lex.duration_units,
        "plural_unit": lex.plural_units,
        "long_word": lex.long_words,
        "set_word": lex.set_words,
        "per_word": lex.per_words,
        "day_part": lex.day_parts,
        "day_part_adverb": lex.day_part_adverbs,
        "relative_compound": lex.relative_compounds,
        "position": lex.positions,
        "position_compound": lex.position_compounds,
        "reference": lex.references,
        "vague": lex.vague_quantities,
        "duration_mod": lex.duration_mods,
        "decade_word": lex.decade_words,
        "year_turn": lex.year_turn,
        "holiday": lex.holidays,
        "ordinal": lex.ordinals,
        "duration_adjective": lex.duration_adjectives,
        "rhythm_word": lex.rhythm_words,
        "rhythm_unit": lex.rhythm_units,
        "cardinal": lex.cardinals,
        "day_anaphor": lex.day_anaphors,
        "narrative_direction": lex.narrative_directions,
        "day_part_anaphor": lex.day_part_anaphors,
    }
    table = {name: alternation(forms) for name, forms in words.items()}
    table["number"] = (
        r"(?:\d+(?:,\d+)?|(?:ein(?:e[nmrs]?)?\s+)?halbe[nmrs]?|" + alternation(lex.cardinals) + ")"
    )
    table.update(_FIXED)
    return table


def _expand(template: str, table: dict[str, str], source: str) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in table:
            raise ConfigError("E402", path=source, detail=f"unknown placeholder @{name}")
        return table[name]

    return _PLACEHOLDER.sub(replace, template)


def _compile(pattern: str, source: str) -> re.Pattern[str]:
    try:
        return re.compile(r"(?<!\w)(?:" + pattern + r")(?!\w)", _FLAGS)
    except re.error as exc:
        raise ConfigError("E402", path=source, detail=str(exc)) from exc


@lru_cache(maxsize=1)
def load_grammar() -> Grammar:
    source = "lagebild/data/timex/rules.yaml"
    raw = yaml.safe_load(
        resources.files("lagebild.data").joinpath("timex", "rules.yaml").read_text("utf-8")
    )
    table = placeholders(load_lexicon())
    rules = tuple(
        Rule(r["name"], r["handler"], _compile(_expand(r["pattern"], table, source), source))
        for r in raw["rules"]
    )
    words = alternation(raw["prefixes"])
    prefix = re.compile(r"(?<!\w)" + words + r"\s+$", re.IGNORECASE)
    lead = re.compile(words + r"\s", re.IGNORECASE)
    return Grammar(rules=rules, prefix=prefix, lead=lead)
