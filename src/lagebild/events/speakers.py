"""Sources from the quotes stage: the speaker of a quote is the agent of its cue verb.

Reported speech puts the reporting verb after the quote and the speaker after the
verb ("Der AStA entziehe sich seiner Verantwortung, kritisierte Lucke weiter"),
where parsers often read the speaker as the object, or the subject is a pronoun the
actors stage left unresolved ("Er forderte, …"). The quotes stage has already
named the speaker and the cue verb, so a mention of a `quote_speaker` type whose
trigger is the cue verb of a quote in its sentence, and that has no source or has
the speaker as its recipient, takes the speaker as its source; its recipients
become the actors named inside the quote (not the speaker, no places), else none,
and the later target rules may fill one. The confidence drops by `penalty`.
Configured in `extractor.yaml` (`quote_speaker`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from lagebild.events.actor_index import ActorIndex
from lagebild.events.config import QuoteSpeaker
from lagebild.events.merge import EventMention
from lagebild.models import Quote


def _cue_of(mention: EventMention, quotes: Sequence[Quote], doc: Doc) -> Quote | None:
    """The quote whose cue verb is the mention's trigger: same word, same sentence,
    outside the quoted words."""
    start, end = mention.trigger
    word = doc.text[start:end].split()[0].casefold() if end > start else ""
    for quote in quotes:
        if not quote.speaker or not quote.cue or quote.start <= start < quote.end:
            continue
        if quote.cue.split()[0].casefold() != word:
            continue
        first = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if first is None or len(first) == 0:
            continue
        sentences = {first[0].sent.start_char, first[-1].sent.start_char}
        trigger = doc.char_span(start, end, alignment_mode="expand")
        if trigger is not None and len(trigger) and trigger[0].sent.start_char in sentences:
            return quote
    return None


def _quoted_actors(quote: Quote, speaker: str, doc: Doc, actors: ActorIndex) -> frozenset[str]:
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    found = set()
    for token in span or ():
        hit = actors.actor_at(token)
        if hit and hit[0] != speaker and actors.type_of(hit[0]) != "LOC":
            found.add(hit[0])
    return frozenset(found)


def speaker_sources(
    mentions: Sequence[EventMention],
    quotes: Sequence[Quote],
    doc: Doc,
    actors: ActorIndex,
    rule: QuoteSpeaker,
) -> list[EventMention]:
    out: list[EventMention] = []
    for mention in mentions:
        quote = _cue_of(mention, quotes, doc) if mention.type in rule.types else None
        # Only a speaker among the article's actors (not one of another actor set).
        speaker = quote.speaker if quote and quote.speaker in actors.actors else None
        if quote and speaker and (not mention.source or speaker in mention.target):
            target = _quoted_actors(quote, speaker, doc, actors)
            confidence = round(max(mention.confidence - rule.penalty, 0.05), 3)
            mention = replace(
                mention, source=frozenset({speaker}), target=target, confidence=confidence
            )
        out.append(mention)
    return out
