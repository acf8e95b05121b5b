"""Scores and thresholds of name matching, in one place.

The fuzzy thresholds are chosen from the evaluation in `name_eval.py` (pairs of spellings of
the same and of different people, `data/actors/name_pairs.csv`); the measured table is in
docs/actors.md. Rerun `python -m lagebild.actors.name_eval` after changing the normalisation.
"""

from __future__ import annotations

# Minimum similarity of phonetic keys for a fuzzy match. Single words (surnames) need more:
# short keys differ by one letter between different people (Scholz/Schulz, Merz/März).
FUZZY_MULTI_WORD = 0.85
FUZZY_SINGLE_WORD = 0.90

# Keys shorter than this (EU, UN, Xi) are matched only as case-sensitive abbreviations.
MIN_KEY_LENGTH = 3

SCORES: dict[str, float] = {
    # An exact phonetic-key match of a full name variant.
    "exact": 0.95,
    # An abbreviation matched case-sensitively (EU, OVKS).
    "abbreviation": 0.93,
    # The surname (or first + last name) of a known person.
    "surname": 0.85,
    # A fuzzy match is scaled by its similarity: a 0.9 similarity scores 0.9 * 0.85.
    "fuzzy": 0.85,
    # Reading "Putins" as "Putin" costs a little: the s may belong to the name.
    "genitive_penalty": 0.02,
    # Reviewed actors are the newsworthy ones; prefer them among equal matches.
    "reviewed_bonus": 0.03,
    # A person holding an office on the article's date is the likelier referent.
    "in_office_bonus": 0.02,
    # A person whose first office begins after the article's date.
    "not_yet_penalty": 0.1,
    # The article's country focus.
    "country_bonus": 0.02,
}
