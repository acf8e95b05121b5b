"""Targets from the discourse: the counterpart of the source in the preceding text.

News names the recipient once and then drops it: "Putin besuchte Kasachstan. …
Er schlug vor, die Zusammenarbeit auszubauen." A directed mention with a source
and no target takes the other participants of the nearest earlier mention (within
a window) that involves its source, except actors of the source's own country.
Configured in `extractor.yaml` (`discourse_target`); the mention's confidence
drops by the configured penalty, so the inference stays visible.

A recipient that is only a pair group without a country ("beide Länder", "die
beiden Staatschefs": `pair_words` before every mention) names the two parties of
the discourse, not a third actor: it counts as missing, and the counterpart
replaces it ("erklärte Putin, dass beide Länder Verbündete seien" -> Kasachstan).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

from lagebild.events.config import DiscourseTarget
from lagebild.events.merge import EventMention
from lagebild.models import Actor


def pair_groups(actors: Sequence[Actor], text: str, words: Collection[str]) -> frozenset[str]:
    """Actors without a country each of whose mentions follows a pair word."""
    if not words:
        return frozenset()
    before = re.compile(r"(?:^|\W)(?:" + "|".join(map(re.escape, words)) + r")\s+$", re.I)
    return frozenset(
        a.id
        for a in actors
        if not a.country
        and a.mentions
        and all(before.search(text[max(m.start - 20, 0) : m.start]) for m in a.mentions)
    )


def _counterparts(
    mention: EventMention, earlier: EventMention, countries: Mapping[str, str]
) -> frozenset[str]:
    home = {countries[a] for a in mention.source if a in countries}
    return frozenset(
        a for a in earlier.participants - mention.source if not (home and countries.get(a) in home)
    )


def fill_targets(
    mentions: Sequence[EventMention],
    countries: Mapping[str, str],
    rule: DiscourseTarget,
    pairs: frozenset[str] = frozenset(),
) -> list[EventMention]:
    ordered = sorted(mentions, key=lambda m: m.trigger)
    out: list[EventMention] = []
    for i, mention in enumerate(ordered):
        needs = mention.source and mention.target <= pairs and not mention.reciprocal
        if needs and mention.type in rule.types:
            for earlier in reversed(ordered[:i]):
                if earlier.trigger[0] < mention.trigger[0] - rule.window:
                    break
                if not earlier.participants & mention.source:
                    continue
                found = _counterparts(mention, earlier, countries) - pairs
                if found:
                    confidence = round(max(mention.confidence - rule.penalty, 0.05), 3)
                    mention = replace(mention, target=found, confidence=confidence)
                    break
        out.append(mention)
    return out
