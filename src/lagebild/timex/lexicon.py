"""Loads the timex vocabulary (`data/timex/*.yaml`) once, keyed by lower-cased form."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from lagebild.errors import ConfigError


@dataclass(frozen=True)
class Cues:
    future: tuple[str, ...]
    past: tuple[str, ...]
    weak_future: frozenset[str]
    weak_past: frozenset[str]
    future_prepositions: tuple[str, ...]
    published_markers: tuple[str, ...]


@dataclass(frozen=True)
class TimexLexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    weekday_abbreviations: dict[str, int]
    seasons: dict[str, str]
    day_words: dict[str, int]
    relative: dict[str, int]
    units: dict[str, str]
    duration_units: dict[str, str]
    plural_units: frozenset[str]
    genitive_articles: frozenset[str]
    genitive_prepositions: frozenset[str]
    long_words: dict[str, str]
    set_words: dict[str, str]
    day_parts: dict[str, str]
    day_part_adverbs: dict[str, str]
    relative_compounds: dict[str, tuple[str, int]]
    positions: dict[str, str]
    position_compounds: dict[str, tuple[str, str]]
    references: dict[str, str]
    vague_quantities: frozenset[str]
    duration_mods: dict[str, str]
    decade_words: dict[str, int]
    year_turn: frozenset[str]
    holidays: dict[str, str]
    year_context: frozenset[str]
    count_context: frozenset[str]
    count_after: frozenset[str]
    age_after: frozenset[str]
    age_before: tuple[str, ...]
    per_words: tuple[str, ...]
    day_anaphors: dict[str, int]
    narrative_directions: dict[str, int]
    day_part_anaphors: dict[str, tuple[int, str]]
    duration_adjectives: dict[str, str]
    person_nouns: frozenset[str]
    rhythm_words: tuple[str, ...]
    rhythm_units: dict[str, str]
    cardinals: dict[str, float]
    ordinals: dict[str, int]
    cues: Cues


def _read(name: str) -> Any:
    text = resources.files("lagebild.data").joinpath("timex", name).read_text("utf-8")
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError("E402", path=f"lagebild/data/timex/{name}", detail=str(exc)) from exc


def _invert(table: Mapping[Any, Iterable[str]]) -> dict[str, Any]:
    """{value: [forms]} -> {form.lower(): value}."""
    return {form.lower(): value for value, forms in table.items() for form in forms}


def _lower_keys(table: Mapping[str, Any]) -> dict[str, Any]:
    return {key.lower(): value for key, value in table.items()}


def _cardinals(raw: dict[str, Any]) -> dict[str, float]:
    table: dict[str, float] = {k: float(v) for k, v in _invert(raw["cardinals"]).items()}
    table.update({k: float(v) for k, v in _invert(raw["fractions"]).items()})
    for ten_value, ten in raw["tens"].items():
        table[ten] = float(ten_value)
        for unit_value, unit in raw["compound_units"].items():
            table[f"{unit}und{ten}"] = float(ten_value + unit_value)
    return table


def _ordinals(raw: dict[str, Any]) -> dict[str, int]:
    endings = ("e", "en", "em", "er", "es")
    return {stem + end: int(n) for n, stem in raw["ordinals"].items() for end in endings}


def _cues(raw: dict[str, Any]) -> Cues:
    return Cues(
        future=tuple(c.lower() for c in raw["future"]),
        past=tuple(c.lower() for c in raw["past"]),
        weak_future=frozenset(c.lower() for c in raw["weak_future"]),
        weak_past=frozenset(c.lower() for c in raw["weak_past"]),
        future_prepositions=tuple(c.lower() for c in raw["future_prepositions"]),
        published_markers=tuple(raw["published_markers"]),
    )


@lru_cache(maxsize=1)
def load_lexicon() -> TimexLexicon:
    lex = _read("lexicon.yaml")
    numbers = _read("numbers.yaml")
    try:
        return TimexLexicon(
            months=_invert(lex["months"]),
            weekdays=_invert(lex["weekdays"]),
            weekday_abbreviations=_invert(lex["weekday_abbreviations"]),
            seasons=_invert(lex["seasons"]),
            day_words=_invert(lex["day_words"]),
            relative=_invert(lex["relative"]),
            units=_invert(lex["units"]),
            duration_units=_invert(lex["duration_units"]),
            plural_units=frozenset(w.lower() for w in lex["plural_units"]),
            genitive_articles=frozenset(w.lower() for w in lex["genitive_articles"]),
            genitive_prepositions=frozenset(w.lower() for w in lex["genitive_prepositions"]),
            long_words=_invert(lex["long_words"]),
            set_words=_invert(lex["set_words"]),
            day_parts=_invert(lex["day_parts"]),
            day_part_adverbs=_invert(lex["day_part_adverbs"]),
            relative_compounds={
                k.lower(): (v[0], int(v[1])) for k, v in lex["relative_compounds"].items()
            },
            positions=_invert(lex["positions"]),
            position_compounds={
                k.lower(): (v[0], v[1]) for k, v in lex["position_compounds"].items()
            },
            references=_invert(lex["references"]),
            vague_quantities=frozenset(q.lower() for q in lex["vague_quantities"]),
            duration_mods=_invert(lex["duration_mods"]),
            decade_words=_invert(lex["decade_words"]),
            year_turn=frozenset(w.lower() for w in lex["year_turn"]),
            holidays=_invert(lex["holidays"]),
            year_context=frozenset(w.lower() for w in lex["year_context"]),
            count_context=frozenset(w.lower() for w in lex["count_context"]),
            count_after=frozenset(w.lower() for w in lex["count_after"]),
            age_after=frozenset(w.lower() for w in lex["age_after"]),
            age_before=tuple(w.lower() for w in lex["age_before"]),
            per_words=tuple(w.lower() for w in lex["per_words"]),
            day_anaphors=_invert(lex["day_anaphors"]),
            narrative_directions=_invert(lex["narrative_directions"]),
            day_part_anaphors={
                k.lower(): (int(v[0]), str(v[1])) for k, v in lex["day_part_anaphors"].items()
            },
            duration_adjectives=_invert(lex["duration_adjectives"]),
            person_nouns=frozenset(w.lower() for w in lex["person_nouns"]),
            rhythm_words=tuple(w.lower() for w in lex["rhythm_words"]),
            rhythm_units=_invert(lex["rhythm_units"]),
            cardinals=_cardinals(numbers),
            ordinals=_ordinals(numbers),
            cues=_cues(_read("cues.yaml")),
        )
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise ConfigError("E402", path="lagebild/data/timex", detail=repr(exc)) from exc


def alternation(forms: Iterable[str]) -> str:
    """A regex alternation of `forms`, longest first, with flexible inner spaces."""
    ordered = sorted(set(forms), key=lambda f: (-len(f), f))
    return "(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in ordered) + ")"


def number_value(word: str, lexicon: TimexLexicon) -> float | None:
    """'drei' -> 3.0, '24' -> 24.0, '1,5' -> 1.5, 'ein halbes' -> 0.5."""
    text = " ".join(word.lower().split())
    if re.fullmatch(r"\d+(?:,\d+)?", text):
        return float(text.replace(",", "."))
    if text in lexicon.cardinals:
        return lexicon.cardinals[text]
    if text.endswith(("halbe", "halben", "halbes", "halber")):
        return 0.5
    return None
