"""Speaker spans to actor ids, through the mentions the actors stage linked.

The quote detector finds who speaks as a span of text ("Er", "der russische
Präsident", "Tokajew"); the actors stage has already linked such spans to actors.
A speaker is the actor whose mention covers most of the speaker span; when no
linked mention touches it, the speaker stays null: never a guess.
"""

from __future__ import annotations

from lagebild.models import Actor, Quote
from lagebild.quotes.records import QuoteMatch


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def speaker_of(span: tuple[int, int] | None, actors: list[Actor]) -> str | None:
    if span is None:
        return None
    best, best_overlap = None, 0
    for actor in actors:
        for mention in actor.mentions:
            overlap = _overlap(span, (mention.start, mention.end))
            # Prefer people: "der russische Präsident" also holds the adjective "russische".
            score = overlap * (2 if actor.type == "PER" else 1)
            if score > best_overlap:
                best, best_overlap = actor.id, score
    return best


def with_speakers(matches: list[QuoteMatch], actors: list[Actor]) -> list[Quote]:
    return [
        m.quote.model_copy(update={"speaker": speaker_of(m.speaker_span, actors)}) for m in matches
    ]
