"""Speaker spans to actor ids through the actors stage's linked mentions."""

from __future__ import annotations

from lagebild.models import Actor, Mention, Quote
from lagebild.quotes.records import QuoteMatch
from lagebild.quotes.speaker_ids import speaker_of, with_speakers

TEXT = "Die russische Regierung … Putin sagte: „A.“ „B.“ Später hieß es: „C.“"
PUTIN = Actor(
    id="Q7747",
    name="Vladimir Putin",
    type="PER",
    mentions=[Mention(start=26, end=31, text="Putin")],
)
RUSSIA = Actor(
    id="Q159",
    name="Russia",
    type="GPE",
    mentions=[Mention(start=4, end=13, text="russische", kind="adjective")],
)


def _match(
    start: int, end: int, speaker: tuple[int, int] | None, cue: tuple[int, int] | None
) -> QuoteMatch:
    quote = Quote(start=start, end=end, text=TEXT[start:end], kind="direct")
    return QuoteMatch(quote=quote, speaker_span=speaker, cue_span=cue)


def test_a_country_adjective_never_speaks() -> None:
    assert speaker_of((0, 23), [RUSSIA]) is None
    assert speaker_of((26, 31), [RUSSIA, PUTIN]) == "Q7747"


def test_an_unattributed_quote_continues_the_previous_speaker() -> None:
    first = _match(39, 43, (26, 31), (32, 37))
    second = _match(44, 48, None, None)
    quotes = with_speakers([first, second], [PUTIN])
    assert [q.speaker for q in quotes] == ["Q7747", "Q7747"]


def test_a_quote_with_its_own_cue_but_no_speaker_stays_null() -> None:
    first = _match(39, 43, (26, 31), (32, 37))
    third = _match(65, 69, None, (58, 63))
    assert [q.speaker for q in with_speakers([first, third], [PUTIN])] == ["Q7747", None]
