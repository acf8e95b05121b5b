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
from lagebild.quotes.head_match import actor_by_head, anaphoric_person, country_of_officials
from lagebild.quotes.impersonal import paragraph_organisation
from lagebild.quotes.records import QuoteMatch


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def linked_mention(span: tuple[int, int] | None, actors: list[Actor]) -> tuple[str, str] | None:
    """The actor whose linked mention covers most of `span`, with that mention's kind."""
    if span is None:
        return None
    best: tuple[str, str] | None = None
    best_overlap = 0
    for actor in actors:
        for mention in actor.mentions:
            if mention.kind == "adjective":
                continue  # "die nicaraguanische Ärztekammer" is not Nicaragua speaking
            overlap = _overlap(span, (mention.start, mention.end))
            # Prefer people: "der russische Präsident" also holds the adjective "russische".
            score = overlap * (2 if actor.type == "PER" else 1)
            if score > best_overlap:
                best, best_overlap = (actor.id, mention.kind), score
    return best


def speaker_of(span: tuple[int, int] | None, actors: list[Actor]) -> str | None:
    found = linked_mention(span, actors)
    return found[0] if found else None


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


def _conjunct_link(match: QuoteMatch, actors: list[Actor]) -> tuple[str, str] | None:
    linked = [linked_mention(span, actors) for span in conjuncts(match)]
    people = {a.id for a in actors if a.type == "PER"}
    return next((ln for ln in linked if ln and ln[0] in people), linked[0] if linked else None)


def conjunct_speaker(match: QuoteMatch, actors: list[Actor]) -> str | None:
    """One act needs one speaker: of coordinated speakers a person ("Deutsche Bahn
    und Bundesverkehrsminister Scheuer" -> Scheuer), else the first, as news text
    names the leading one first ("Berlin und Paris")."""
    link = _conjunct_link(match, actors)
    return link[0] if link else None


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


# Where a speaker id came from (`speaker_sources`, the page evaluator's figures):
# the kind of the linked mention that covers the speaker span ("name",
# "description", "pronoun"), "inferred" from the context of a quote with no
# attribution, "unlinked" (a speaker span no actor covers), or "null" (no span).
SOURCES = ("name", "description", "pronoun", "inferred", "unlinked", "null")


def _from_span(match: QuoteMatch, actors: list[Actor]) -> tuple[str, str] | None:
    link = (
        _conjunct_link(match, actors)
        or linked_mention(head_span(match), actors)
        or linked_mention(match.speaker_span, actors)
    )
    if link is not None:  # a metonym ("Moskau" for the government) counts as a name
        return link[0], link[1] if link[1] in ("pronoun", "description") else "name"
    found = (
        country_of_officials(match.speaker_text, match.speaker_span, actors)
        or actor_by_head(match.speaker_text, match.quote.start, actors)
        or anaphoric_person(match.speaker_text, match.speaker_span, match.quote.cue, actors)
    )
    return (found, "description") if found else None


def speaker_sources(
    matches: list[QuoteMatch], actors: list[Actor], text: str = ""
) -> list[tuple[Quote, str]]:
    """The quotes in text order with their speaker ids, each with its source
    (`SOURCES`); with the article `text`, an impersonal cue with no source in
    reach falls back to the paragraph's organisation (`paragraph_organisation`)."""
    quotes: list[tuple[Quote, str]] = []
    previous: Quote | None = None
    for match in sorted(matches, key=lambda m: m.quote.start):
        speaker, source = _from_span(match, actors) or (None, "null")
        if speaker is None and match.speaker_span is not None:
            source = "unlinked"
        unattributed = match.speaker_span is None and (
            match.cue_span is None or match.context_source
        )
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
        if speaker is None and match.context_source and text:
            speaker = paragraph_organisation(text, match.quote.start, actors)
        if speaker is not None and source == "null":
            source = "inferred"
        quote = match.quote.model_copy(update={"speaker": speaker})
        quotes.append((quote, source))
        previous = quote
    return quotes


def with_speakers(matches: list[QuoteMatch], actors: list[Actor], text: str = "") -> list[Quote]:
    return [quote for quote, _ in speaker_sources(matches, actors, text)]
