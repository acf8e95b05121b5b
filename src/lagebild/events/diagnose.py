"""Why events are missed or false: one cause per missed gold event and per false
prediction (lenient matching), counted by the events evaluator as figures.

A gold event is located by the sentences of its trigger and evidence anchors, a
prediction by the sentences of its mentions. Trigger types are the lexicon entries'
(before a refinement or status recodes them). Causes of a miss (exclusive):

- `miss_unanchored`: the gold event's anchors are not in the text;
- `miss_no_actor`: no prediction of the gold type there; the lexicon finds a trigger
  of the gold type, but the roles find no actor for it (actors missing, or the parse);
- `miss_dropped`: no prediction of the gold type there; a trigger of the gold type has
  actors, but its mention was dropped (no source, one party of a two-party type,
  nested, absorbed);
- `miss_type`: no trigger of the gold type there, but predictions of other types (the
  lexicon codes the words otherwise);
- `miss_no_trigger`: no trigger of the gold type and no prediction there (coverage);
- `miss_taken`: a prediction there fits it, but the one-to-one matching gave that to
  another gold event (two gold events merged into one prediction, or actors matched
  by country only);
- `miss_target`: one of the gold type has the source right, the target wrong or missing;
- `miss_source`: one of the gold type has the target right, the source wrong or missing;
- `miss_actors`: the predictions of the gold type have both sides wrong.

Causes of a false event: `false_no_gold` (no gold event in its sentences),
`false_type` (gold events there, none of its type), `false_duplicate` (a gold event
there that it matches was matched by another prediction), `false_actor` (gold
events of its type there, with other actors).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence

from lagebild.gold import AnchorNotFound, GoldEvent, resolve_anchor, resolve_range
from lagebild.models import Event

Countries = dict[str, str]
SideCheck = Callable[[Sequence[str], Sequence[str], Countries], bool]
Matcher = Callable[[GoldEvent, Event, Countries], bool]
# Sentence indices -> the types of the lexicon's triggers there, each with whether
# any trigger of that type found an actor.
TypesAt = Callable[[set[int]], dict[str, bool]]
MISS_CAUSES = (
    "unanchored",
    "no_trigger",
    "no_actor",
    "dropped",
    "type",
    "taken",
    "target",
    "source",
    "actors",
)
FALSE_CAUSES = ("no_gold", "type", "duplicate", "actor")


class Sentences:
    """Sentence index of character offsets, from the sentence start offsets."""

    def __init__(self, starts: Sequence[int]) -> None:
        self.starts = sorted(set(starts)) or [0]

    def of(self, offset: int) -> int:
        return max(bisect_right(self.starts, offset) - 1, 0)

    def span(self, start: int, end: int) -> set[int]:
        return set(range(self.of(start), self.of(max(start, end - 1)) + 1))


def gold_sentences(event: GoldEvent, text: str, sents: Sentences) -> set[int]:
    found: set[int] = set()
    try:
        if event.trigger is not None:
            found |= {sents.of(s) for s, _ in resolve_anchor(text, event.trigger)}
        if event.evidence is not None:
            found |= sents.span(*resolve_range(text, event.evidence))
    except (AnchorNotFound, ValueError):
        return set()
    return found


def pred_sentences(event: Event, sents: Sentences) -> set[int]:
    spans = [event.trigger, *event.mentions]
    return {sents.of(s.start) for s in spans}


def _types(gold: GoldEvent) -> set[str]:
    return {t.strip() for t in gold.type.replace(" or ", "|").split("|")}


def _side_cause(gold: GoldEvent, pred: Event, countries: Countries, side_ok: SideCheck) -> str:
    """Which side of `pred` fails `gold`: "target" (source right), "source", "actors"."""
    if gold.target and pred.target:
        source_ok = side_ok(gold.source, pred.source, countries)
        target_ok = side_ok(gold.target, pred.target, countries)
    else:  # a reciprocal side: what the prediction's participants cover
        both = [*pred.source, *pred.target]
        source_ok = bool(gold.source) and side_ok(gold.source, both, countries)
        target_ok = bool(gold.target) and side_ok(gold.target, both, countries)
    if source_ok and target_ok:
        return "taken"
    return "target" if source_ok else "source" if target_ok else "actors"


def miss_cause(
    gold: GoldEvent, where: set[int], preds: Sequence[tuple[Event, set[int]]],
    countries: Countries, match: Matcher, side_ok: SideCheck, triggers: TypesAt | None = None,
) -> str:  # fmt: skip
    if not where:
        return "unanchored"
    near = [p for p, sent in preds if sent & where]
    typed = [p for p in near if p.type in _types(gold)]
    if not typed:
        found = triggers(where) if triggers else {}
        argued = [found[t] for t in _types(gold) if t in found]
        if argued:
            return "dropped" if any(argued) else "no_actor"
        return "type" if near else "no_trigger"
    if any(match(gold, p, countries) for p in typed):
        return "taken"
    causes = {_side_cause(gold, p, countries, side_ok) for p in typed}
    return next(c for c in ("taken", "target", "source", "actors") if c in causes)


def false_cause(
    pred: Event, where: set[int], golds: Sequence[tuple[GoldEvent, set[int]]],
    countries: Countries, match: Matcher,
) -> str:  # fmt: skip
    near = [g for g, sent in golds if sent & where]
    if not near:
        return "no_gold"
    typed = [g for g in near if pred.type in _types(g)]
    if not typed:
        return "type"
    return "duplicate" if any(match(g, pred, countries) for g in typed) else "actor"


def diagnose(
    gold: Sequence[GoldEvent], pred: Sequence[Event], missed: Sequence[GoldEvent],
    extra: Sequence[Event], text: str, sents: Sentences, countries: Countries,
    match: Matcher, side_ok: SideCheck, triggers: TypesAt | None = None,
) -> tuple[Counter[str], list[tuple[str, GoldEvent]], list[tuple[str, Event]]]:  # fmt: skip
    """Counts of `miss_*` and `false_*` causes, and the cause of each miss and extra.
    `triggers` tells which trigger types the lexicon finds in some sentences."""
    golds = [(g, gold_sentences(g, text, sents)) for g in gold]
    where_gold = {id(g): s for g, s in golds}
    preds = [(p, pred_sentences(p, sents)) for p in pred]
    misses = [
        (miss_cause(g, where_gold[id(g)], preds, countries, match, side_ok, triggers), g)
        for g in missed
    ]
    falses = [(false_cause(p, pred_sentences(p, sents), golds, countries, match), p) for p in extra]
    counts: Counter[str] = Counter({f"miss_{c}": 0 for c in MISS_CAUSES})
    counts.update({f"false_{c}": 0 for c in FALSE_CAUSES})
    counts.update(f"miss_{c}" for c, _ in misses)
    counts.update(f"false_{c}" for c, _ in falses)
    return counts, misses, falses
