"""Session 6 (round 3): the one spoken to after a cue is not the speaker.
"der" + an acronym (gender unknown) before another subject is a dative, and so
before a first-person-singular quote, which no outlet or body speaks; an acronym
takes no genitive; a name after "der" + feminine noun is the subject. Sentences
written for these tests."""

from __future__ import annotations

from dataclasses import replace

from lagebild.quotes import find_quotes
from lagebild.quotes.text import tokenize

from .conftest import Only


def test_an_acronym_before_another_subject_is_the_addressee(only: Only) -> None:
    assert only("„Wir bleiben“, sagte der FAZ ein Sprecher des Vereins.")[3] == (
        "ein Sprecher des Vereins"
    )


def test_an_acronym_takes_no_genitive(only: Only) -> None:
    assert only("„Das ist gut“, sagte dem ZDF der Minister.")[3] == "der Minister"
    assert only("„Das ist gut“, sagte gegenüber TE der Vorsitzende.")[3] == "der Vorsitzende"


def test_an_acronym_alone_after_the_cue_stays_the_speaker(only: Only) -> None:
    assert only("„Wir sind zufrieden“, sagte der DFB.")[3] == "der DFB"
    assert only("Der Verband ist zufrieden, sagte der DFB: „Wir sind stolz.“")[3] == "der DFB"


def test_an_acronym_before_an_ich_quote_is_the_one_told(only: Only) -> None:
    row = only("Nun hofft der Kapitän, dass Meier bleibt, sagte der MOPO: „Ich rede mit ihm.“")
    assert row[3] == "der Kapitän"
    assert only("„Ich bin stolz auf mein Team“, sagte der WAZ.")[3] is None


def test_a_name_after_der_and_a_feminine_noun_is_the_subject() -> None:
    text = "„Das ist gut“, sagte der Zeitung Walter Fink."
    tags = {"Walter": "PROPN", "Fink": "PROPN", "Zeitung": "NOUN", "sagte": "VERB"}
    tokens = [replace(t, pos=tags.get(t.text)) for t in tokenize(text)]
    assert [m.speaker_text for m in find_quotes(text, tokens=tokens)] == ["Walter Fink"]
