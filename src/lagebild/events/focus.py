"""Recipients from the context: the sentence's other actors, else the country in focus.

A directed verbal act often names its recipient nowhere in its clause: "Die
Opposition hält die Verschiebung für eine schwere Fehlentscheidung" criticises the
government of the country the article is about, "Russwurm sprach sich für eine
Senkung der Stromsteuer aus" asks that government for a change. After the parse
(`roles.py`) and the discourse (`discourse.py`) have had their turn, a mention of a
`context_target` type with a source and still no target takes

1. the other actors named in its sentence (no places, not the source, not an actor
   named right beside a source, which is the source's own apposition or
   organisation: "Siegfried Russwurm, Präsident des BDI"); else
2. the country in focus: the country whose state and government actors (actor
   code = country code, or country code + GOV) are mentioned most often, as its
   state actor (else its government), unless that is the source itself.

An ASSAULT or COERCE (`place_types`) with no recipient in the parse takes its
location when that is a state or region (GPE) of another country than the
source's: force used in a place hits that place.

A mention of a `state_types` type (arrests, bans, closures, expulsions: acts of a
state's authorities) that names its recipient but no source ("tausende Menschen
wurden ohne Anklage verhaftet") takes the country in focus as source; it keeps the
low confidence of a sourceless mention.

The confidence of a filled target drops by the configured penalty per step, so users can filter the
inference out. Settings in `extractor.yaml` (`context_target`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from lagebild.events.config import ContextTarget
from lagebild.events.merge import EventMention
from lagebild.models import Actor

# Characters around a source's name within which another actor counts as its
# apposition or affiliation, not as a separate party.
_BESIDE = 40


def _state(actor: Actor) -> bool:
    """A state (GPE) or its government (ORG): actor code = country code (+ GOV).
    Persons carry GOV codes too, but are no country."""
    country = actor.country
    if actor.type not in {"GPE", "ORG"} or not country or not actor.mentions:
        return False
    return actor.code in {country, f"{country}GOV"}


def focus_country(actors: Sequence[Actor], kinds: Collection[str] | None = None) -> str | None:
    """The state actor (state or government) of the country named most often (counting
    mentions of `kinds`, default all); the state itself when it is an actor, else its
    government (ties: the first listed)."""
    states = [a for a in actors if _state(a)]
    if not states:
        return None
    weight: dict[str, int] = {}
    for a in states:
        count = sum(1 for m in a.mentions if kinds is None or m.kind in kinds)
        weight[a.country or ""] = weight.get(a.country or "", 0) + count
    country = max(weight, key=lambda c: weight[c])
    ranked = sorted(
        (a for a in states if a.country == country),
        key=lambda a: (a.type != "GPE", -len(a.mentions)),
    )
    return ranked[0].id


def _sentence_others(mention: EventMention, actors: Sequence[Actor]) -> frozenset[str]:
    start, end = mention.evidence
    source_spans = [(m.start, m.end) for a in actors if a.id in mention.source for m in a.mentions]
    found = set()
    for actor in actors:
        if actor.id in mention.source or actor.type == "LOC" or actor.id == mention.location:
            continue
        for m in actor.mentions:
            inside = start <= m.start and m.end <= end
            beside = any(s - _BESIDE <= m.start and m.end <= e + _BESIDE for s, e in source_spans)
            if inside and not beside:
                found.add(actor.id)
    return frozenset(found)


def _place_target(mention: EventMention, actors: Sequence[Actor]) -> EventMention:
    """The event's place as its recipient, when it is a state or region of another
    country than the source's."""
    place = next((a for a in actors if a.id == mention.location), None)
    if place is None or place.type != "GPE":
        return mention
    home = {a.country for a in actors if a.id in mention.source and a.country}
    if place.id in mention.source or (place.country and place.country in home):
        return mention
    return replace(mention, target=frozenset({place.id}))


def fill_context_targets(
    mentions: Sequence[EventMention], actors: Sequence[Actor], rule: ContextTarget
) -> list[EventMention]:
    focus = focus_country(actors, rule.focus_kinds)
    out: list[EventMention] = []
    for mention in mentions:
        state_act = not mention.source and mention.type in rule.state_types
        if state_act and focus and focus not in mention.target:
            mention = replace(mention, source=frozenset({focus}))
        needs = mention.source and not mention.target and not mention.reciprocal
        if needs and mention.type in rule.place_types:
            mention = _place_target(mention, actors)
            needs = not mention.target
        if needs and mention.type in rule.types:
            target: frozenset[str] = frozenset()
            steps = 1
            if rule.sentence:
                target = _sentence_others(mention, actors)
            if not target and focus and focus not in mention.source:
                target, steps = frozenset({focus}), 2
            if target:
                confidence = round(max(mention.confidence - steps * rule.penalty, 0.05), 3)
                mention = replace(mention, target=target, confidence=confidence)
        out.append(mention)
    return out
