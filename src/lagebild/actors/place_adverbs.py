"""„Dort“: the place (or the organisation, as a workplace) named just before.

"… bis in den Dschungel Malaysias. Dort fanden Flughunde …", "kommen aus Hildesheim, gehen
dort zur Schule", "die LoogBerry GmbH … K. war dort Geschäftsführer": the adverb refers to
the latest place, state or organisation mentioned in its sentence or the one before
(`PLACE_SENTENCES`), not one inside an apposition; persons and groups are never "dort". Forms: `place_adverbs` in
pronoun_cues.yaml.
"""

from __future__ import annotations

from lagebild.actors.docview import DocView
from lagebild.actors.entities import ArticleActors, Entity
from lagebild.actors.pronoun_cues import load_cues

PLACE_SENTENCES = 1
PLACE_TYPES = frozenset({"LOC", "GPE", "ORG"})


def place_of(char: int, view: DocView, actors: ArticleActors) -> Entity | None:
    sent = view.sent_of(char)
    for mention in reversed(actors.before(char)):
        if mention.place.sent < sent - PLACE_SENTENCES:
            return None
        entity = actors.entities[mention.entity]
        if mention.kind in ("adjective", "pronoun") or mention.end > char:
            continue
        if _in_apposition(view, mention.place.token):
            continue  # „nach Oslo, der Hauptstadt Norwegens, dort …“: Oslo, not Norway
        if not entity.is_person and not entity.is_group and entity.model.type in PLACE_TYPES:
            return entity
    return None


def _in_apposition(view: DocView, token: int) -> bool:
    """The mention is an apposition or inside one: the place the apposition describes is
    the one the text goes on about."""
    if not view.parsed or token < 0:
        return False
    word = view.doc[token]
    return word.dep_ == "appos" or (word.head.i != token and word.head.dep_ == "appos")


def link_place_adverbs(view: DocView, actors: ArticleActors) -> None:
    forms = load_cues().place_adverbs
    for token in view.doc:
        if token.lower_ not in forms:
            continue
        entity = place_of(token.idx, view, actors)
        if entity is not None:
            start, end = token.idx, token.idx + len(token)
            actors.add(entity, start, end, token.text, "pronoun", view.place(start, end))
    actors.mentions.sort(key=lambda m: m.start)
