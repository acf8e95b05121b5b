"""Session 3: a prepositional phrase inside an attribute ("der für die
Tagesschau verantwortliche NDR") is part of the subject phrase, and a mention
in it does not speak for the phrase's head."""

from __future__ import annotations

from collections.abc import Callable

from lagebild.models import Actor, Mention, Quote
from lagebild.quotes.grammar import np_end
from lagebild.quotes.records import QuoteMatch
from lagebild.quotes.speaker_ids import head_span, with_speakers
from lagebild.quotes.text import tokenize

Row = tuple[str, str, str | None, str | None]
Quotes = Callable[[str], list[Row]]

TEXT = "„Wir haben berichtet“, ließ der für die Tagesschau verantwortliche NDR wissen."
SPEAKER = "der für die Tagesschau verantwortliche NDR"


def test_the_phrase_spans_the_attribute(quotes: Quotes) -> None:
    toks = tokenize("der für die Sicherheit zuständige Minister sagte")
    assert np_end(toks, 0) == 6
    assert [r[3] for r in quotes(TEXT)] == [SPEAKER]
    # a preposition with no adjective after its phrase ends nothing here
    assert np_end(tokenize("der für die Sicherheit sagte"), 0) is None


def _actor(id_: str, word: str) -> Actor:
    at = TEXT.index(word)
    return Actor(
        id=id_, name=word, type="ORG", mentions=[Mention(start=at, end=at + len(word), text=word)]
    )


def test_a_mention_in_the_attribute_does_not_speak() -> None:
    at = TEXT.index(SPEAKER)
    quote = Quote(start=0, end=21, text=TEXT[:21], kind="direct")
    match = QuoteMatch(
        quote=quote, speaker_span=(at, at + len(SPEAKER)), cue_span=None, speaker_text=SPEAKER
    )
    assert head_span(match) == (TEXT.index("NDR"), at + len(SPEAKER))
    actors = [_actor("ard", "Tagesschau"), _actor("ndr", "NDR")]
    assert with_speakers([match], actors)[0].speaker == "ndr"
    # with no mention at the head, the attribute's still counts
    assert with_speakers([match], actors[:1])[0].speaker == "ard"
