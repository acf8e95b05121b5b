"""Confidence of one event mention from documented features (docs/events.md).

    confidence = base[trigger kind]
                 - ambiguity[entry.ambiguity]
                 - source[how the source was found]   (direct, inherited, speaker, none)
                 - target_missing                     (when no target was found)
                 - path_step * (extra dependency steps to the actors)
                 - mention_kind[weakest actor mention] (name, description, pronoun, ...)
                 - status[status] - block[block kind]
    clipped to [floor, 0.95]; a mention without a source is capped at sourceless_cap.

The weights live in `data/events/extractor.yaml`; the features are what a user
can check in the evidence, so filtering by confidence is explainable.
"""

from __future__ import annotations

from dataclasses import dataclass

from lagebild.events.actor_index import ActorRef
from lagebild.events.config import ConfidenceWeights

_CEILING = 0.95


@dataclass(frozen=True)
class Features:
    trigger_kind: str  # VERB, NOUN, MWE, QUOTE
    ambiguity: str
    source_how: str
    has_target: bool
    actors: tuple[ActorRef, ...]
    status: str
    block_kind: str


def confidence(features: Features, weights: ConfidenceWeights) -> float:
    value = weights.base.get(features.trigger_kind, 0.5)
    value -= weights.ambiguity.get(features.ambiguity, 0.0)
    value -= weights.source.get(features.source_how, 0.0)
    if not features.has_target:
        value -= weights.target_missing
    if features.actors:
        extra_steps = max(max(r.steps for r in features.actors) - 1, 0)
        value -= weights.path_step * extra_steps
        value -= max(weights.mention_kind.get(r.kind, 0.0) for r in features.actors)
    value -= weights.status.get(features.status, 0.0)
    value -= weights.block.get(features.block_kind, 0.0)
    value = min(max(value, weights.floor), _CEILING)
    if features.source_how == "none":
        value = min(value, weights.sourceless_cap)
    return round(value, 3)
