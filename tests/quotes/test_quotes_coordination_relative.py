"""Session 3: of coordinated speakers a person speaks, else the first; a
relative clause after the first noun phrase does not hide a Konjunktiv I."""

from __future__ import annotations

from collections.abc import Callable

from lagebild.models import Actor, Mention, Quote
from lagebild.quotes.grammar import without_relative_clause
from lagebild.quotes.records import QuoteMatch
from lagebild.quotes.speaker_ids import with_speakers
from lagebild.quotes.text import tokenize

Row = tuple[str, str, str | None, str | None]
Quotes = Callable[[str], list[Row]]

TEXT = "Die Deutsche Bahn und Minister Scheuer versprachen: Alles werde besser."
SPEAKER = "Die Deutsche Bahn und Minister Scheuer"


def _actor(id_: str, type_: str, word: str) -> Actor:
    at = TEXT.index(word)
    return Actor(
        id=id_, name=word, type=type_, mentions=[Mention(start=at, end=at + len(word), text=word)]
    )


def _speaker(actors: list[Actor]) -> str | None:
    start = TEXT.index("Alles")
    quote = Quote(start=start, end=len(TEXT) - 1, text=TEXT[start:-1], kind="indirect")
    match = QuoteMatch(
        quote=quote, speaker_span=(0, len(SPEAKER)), cue_span=None, speaker_text=SPEAKER
    )
    return with_speakers([match], actors)[0].speaker


def test_a_person_among_coordinated_speakers_speaks() -> None:
    bahn, scheuer = _actor("db", "ORG", "Deutsche Bahn"), _actor("scheuer", "PER", "Scheuer")
    assert _speaker([bahn, scheuer]) == "scheuer"


def test_else_the_first_conjunct_speaks() -> None:
    bahn, other = _actor("db", "ORG", "Deutsche Bahn"), _actor("min", "ORG", "Minister")
    assert _speaker([bahn, other]) == "db"


def test_a_relative_clause_after_the_subject_is_skipped(quotes: Quotes) -> None:
    text = (
        "Der Minister sagte, alles sei gut. "
        "Der Takt der Bahn, der ab 2021 eingeführt werden soll, habe nur Vorteile."
    )
    assert [r[1] for r in quotes(text)][-1] == (
        "Der Takt der Bahn, der ab 2021 eingeführt werden soll, habe nur Vorteile"
    )
    # the indicative after it reports nothing
    assert quotes("Der Takt, der eingeführt wurde, hat Vorteile.") == []


def test_without_relative_clause() -> None:
    toks = tokenize("Der Takt, der eingeführt wurde, hat Vorteile.")
    assert [t.text for t in without_relative_clause(toks)] == [
        "Der",
        "Takt",
        "hat",
        "Vorteile",
        ".",
    ]
    toks = tokenize("Der Takt, die Bahn und der Bus fahren.")
    assert len(without_relative_clause(toks)) == len(toks)
