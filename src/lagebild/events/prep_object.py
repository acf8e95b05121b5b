"""Senses chosen by what a prepositional phrase names (`TriggerEntry.measure`).

"sich für X aussprechen", "für X plädieren" back X when X is an actor ("plädiert
für Merz": SUPPORT) and call for X when X is a measure or a clause ("für mehr
Investitionen", "dafür, dass der Staat ...": REQUEST). The phrase is a PP of the
entry's preposition hung on a trigger token, the preposition part of a
construction, or a pronominal adverb (darauf, dafür) that stands for a clause.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from spacy.tokens import Token

from lagebild.events.actor_index import ActorIndex
from lagebild.events.clause import adverb_preposition, case_of, preposition_of
from lagebild.events.config import ExtractorConfig
from lagebild.events.lexicon import TriggerEntry

Phrase = Token | Literal["clause"]


def prep_phrase(tokens: Sequence[Token], prep: str, cfg: ExtractorConfig) -> Phrase | None:
    """The head noun of the `prep` phrase of a trigger, "clause" for a pronominal
    adverb, None when the trigger has no such phrase."""
    want = prep.casefold()
    for token in tokens:
        if token.pos_ == "ADP" and preposition_of(token) == want and token.head.i != token.i:
            return token.head
        for child in token.children:
            if child.tag_ == "PAV" and adverb_preposition(child.text, cfg) == want:
                return "clause"
            if child.pos_ in {"NOUN", "PROPN", "PRON"} and case_of(child) == want:
                return child
    return None


def _names_actor(head: Token, actors: ActorIndex, cfg: ExtractorConfig) -> bool:
    """The phrase's head or one of its conjuncts is an actor's mention (not a
    genitive inside it: "für mehr Investitionen des Staates" names a measure)."""
    heads = [head, *(c for c in head.children if c.dep_ in cfg.np_conj_deps)]
    return any(actors.actor_at(h) is not None for h in heads)


def measure_sense(
    entry: TriggerEntry, tokens: Sequence[Token], actors: ActorIndex, cfg: ExtractorConfig
) -> TriggerEntry:
    """The entry, or its `measure` sense when the phrase of its preposition names
    no actor (a measure, or a clause through a pronominal adverb)."""
    if entry.measure is None:
        return entry
    phrase = prep_phrase(tokens, entry.measure.prep, cfg)
    if phrase is None:
        return entry
    # isinstance, not `!= "clause"`: spaCy's Token compares unequal to nothing.
    if isinstance(phrase, Token) and _names_actor(phrase, actors, cfg):
        return entry
    return entry.measure.of(entry)
