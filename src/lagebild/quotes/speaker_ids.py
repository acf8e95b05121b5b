"""Speaker spans to actor ids, through the mentions the actors stage linked.

The quote detector finds who speaks as a span of text ("Er", "der russische
Präsident", "Tokajew"); the actors stage has already linked such spans to actors.
A speaker is the actor whose mention covers most of the speaker span (people
first; a country adjective inside the span never speaks); when no linked mention
touches it, the speaker stays null: never a guess. The inferences for a quote with no attribution at all: the
linked subject of the narrating sentence right before it (`lead_span`), else the
speaker of an attributed quote just before it.
"""

from __future__ import annotations

import re

from lagebild.models import Actor, Quote
from lagebild.quotes.head_match import actor_by_head, country_of_officials
from lagebild.quotes.records import QuoteMatch


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def speaker_of(span: tuple[int, int] | None, actors: list[Actor]) -> str | None:
    if span is None:
        return None
    best, best_overlap = None, 0
    for actor in actors:
        for mention in actor.mentions:
            if mention.kind == "adjective":
                continue  # "die nicaraguanische Ärztekammer" is not Nicaragua speaking
            overlap = _overlap(span, (mention.start, mention.end))
            # Prefer people: "der russische Präsident" also holds the adjective "russische".
            score = overlap * (2 if actor.type == "PER" else 1)
            if score > best_overlap:
                best, best_overlap = actor.id, score
    return best


# "Bund und Länder", "Sowohl Keith als auch Keuter": coordinated speakers
_COORDINATION = re.compile(r"\s(?:und|sowie|oder|als auch)\s")


def conjuncts(match: QuoteMatch) -> list[tuple[int, int]]:
    """The spans of coordinated speakers ("Bund und Länder"), or none."""
    if match.speaker_span is None or match.speaker_text is None:
        return []
    start, spans, at = match.speaker_span[0], [], 0
    for joint in _COORDINATION.finditer(match.speaker_text):
        spans.append((start + at, start + joint.start()))
        at = joint.end()
    if not spans:
        return []
    return [*spans, (start + at, match.speaker_span[1])]


def conjunct_speaker(match: QuoteMatch, actors: list[Actor]) -> str | None:
    """One act needs one speaker: of coordinated speakers a person ("Deutsche Bahn
    und Bundesverkehrsminister Scheuer" -> Scheuer), else the first, as news text
    names the leading one first ("Berlin und Paris")."""
    linked = [speaker_of(span, actors) for span in conjuncts(match)]
    people = {a.id for a in actors if a.type == "PER"}
    return next((a for a in linked if a in people), linked[0] if linked else None)


# "der für die Tagesschau verantwortliche NDR": a prepositional phrase between an
# article and the adjective it modifies belongs to the attribute, not the head
_ATTRIBUTIVE_PP = re.compile(
    r"^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)\s+"
    r"(?:für|von|vom|im|in|mit|aus|bei|an|am|auf|über|nach|zur|zum)\s.+?\s"
    r"[a-zäöüß]+(?:e|en|er|es|em)\s"
)


def head_span(match: QuoteMatch) -> tuple[int, int] | None:
    """The speaker span without a prepositional phrase inside its attribute, so
    that a mention there ("die Tagesschau") does not speak for the head ("NDR")."""
    if match.speaker_span is None or match.speaker_text is None:
        return None
    inside = _ATTRIBUTIVE_PP.match(match.speaker_text)
    if inside is None:
        return None
    return (match.speaker_span[0] + inside.end(), match.speaker_span[1])


# A quote with no attribution of its own continues the speaker of a quote this close
# before it (news convention: the next paragraph's quote is the same person's).
CONTINUATION_CHARS = 400


def with_speakers(matches: list[QuoteMatch], actors: list[Actor]) -> list[Quote]:
    quotes: list[Quote] = []
    previous: Quote | None = None
    for match in sorted(matches, key=lambda m: m.quote.start):
        speaker = (
            conjunct_speaker(match, actors)
            or speaker_of(head_span(match), actors)
            or speaker_of(match.speaker_span, actors)
            or country_of_officials(match.speaker_text, match.speaker_span, actors)
            or actor_by_head(match.speaker_text, match.quote.start, actors)
        )
        unattributed = match.speaker_span is None and match.cue_span is None
        if speaker is None and unattributed:
            speaker = speaker_of(match.lead_span, actors)
        if (
            speaker is None
            and unattributed
            and previous is not None
            and previous.speaker is not None
            and match.quote.start - previous.end <= CONTINUATION_CHARS
        ):
            speaker = previous.speaker
        quote = match.quote.model_copy(update={"speaker": speaker})
        quotes.append(quote)
        previous = quote
    return quotes
