"""The actors evaluator's pronoun rows by grammatical person."""

from __future__ import annotations

import pytest

from lagebild.actors.evaluate import pronoun_person


@pytest.mark.parametrize(
    ("pronoun", "before", "person"),
    [
        ("wir", "so ", "first"),
        ("Unsere", "„", "first"),
        ("mir", "gab ", "first"),
        ("Ihnen", "en ", "second"),  # formal, inside a sentence
        ("dich", "e ", "second"),
        ("Sie", ". ", "third"),  # opening a sentence: she or they
        ("Sie", "", "third"),
        ("sie", "ss ", "third"),
        ("ihr", "te ", "third"),  # her/their, rarely "you" in news
        ("er", "te ", "third"),
    ],
)
def test_pronoun_person(pronoun: str, before: str, person: str) -> None:
    assert pronoun_person(pronoun, before) == person
