"""`lagebild eval events`: P/R/F1 of the events on the gold files (`lagebild.gold`).

Each gold page is run through the default pipeline (plus the nlp, actors and events
stages when the lead has not wired them yet); predictions after the gold's `scope_end`
are ignored. Matching is one-to-one and maximal (augmenting paths):

- lenient: same type (a gold type may list alternatives, "AGREE|COOPERATE"), and
  the sides match: every gold source and target is matched by a predicted actor on
  the same side by id or by country code. An event with no target on one side
  (PLOVER's reciprocal events) is compared as one participant set.
- strict: lenient plus the same date (equal, both missing, or the prediction's a
  prefix-compatible refinement) and the same location (id or country, or both none).

Rows: `lenient`, `strict`, `lenient@0.5` (only events with confidence >= 0.5), then
`lenient/TYPE` per gold type. Options (`--set KEY=VALUE`: actors=gold, align=0,
pages=...) or their environment variables: `LAGEBILD_EVENTS_ACTORS=gold` replaces the
actors with the gold actors (measures the extractor alone), `LAGEBILD_EVENTS_MODEL`
names the spaCy pipeline for the nlp stage when the default cannot load,
`LAGEBILD_EVAL_PAGES=SPLIT|all` (default all) the split of `splits.yaml`.

Figures: besides the counts, the cause of every lenient miss (`miss_no_trigger`,
`miss_type`, `miss_no_actor`, `miss_dropped`, `miss_taken`, `miss_target`,
`miss_source`, `miss_actors`, `miss_unanchored`) and of every false event
(`false_no_gold`, `false_type`, `false_duplicate`, `false_actor`), by sentence
(`lagebild.events.diagnose`); with `--verbose` each missed and extra event's note
names its cause. Gold events and predictions of one sentence are matched first.

Local actors: the annotators' `new:` ids are slugs the pipeline cannot spell, so a
predicted actor counts as the gold local actor the actors evaluator's identity rule
names (`lagebild.actors.evaluate.same_actor` with its mention-overlap aliases) before
matching; `LAGEBILD_EVENTS_ALIGN=0` (or `--set align=0`) switches that off.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lagebild.evaluation import Counts, EvalOptions, EvalReport, ScoreRow, evaluator
from lagebild.events.diagnose import Sentences, diagnose, gold_sentences, pred_sentences
from lagebild.gold import (
    GoldArticle,
    GoldEvent,
    gold_files,
    load_gold,
    resolve_anchor,
    scope_limit,
    select_pages,
    source_path,
)
from lagebild.models import Actor, Article, Event, Mention

if TYPE_CHECKING:
    from lagebild.events.triggers import TriggerFinder
    from lagebild.pipeline import AnalysisState

Countries = dict[str, str]
# Which gold pages are for development and which are held out (shared with other evaluators).
# The confidence threshold of the extra `lenient@0.5` row.
CONFIDENT = 0.5


def _side_ok(gold: Sequence[str], pred: Sequence[str], countries: Countries) -> bool:
    pred_ids = set(pred)
    pred_cc = {countries[p] for p in pred if p in countries}
    return all(g in pred_ids or countries.get(g, "\0") in pred_cc for g in gold) and (
        bool(pred) or not gold
    )


def _types(gold: GoldEvent) -> set[str]:
    return {t.strip() for t in gold.type.replace(" or ", "|").split("|")}


def lenient_match(gold: GoldEvent, pred: Event, countries: Countries) -> bool:
    if pred.type not in _types(gold):
        return False
    if not pred.target or not gold.target:
        both_g, both_p = [*gold.source, *gold.target], [*pred.source, *pred.target]
        return _side_ok(both_g, both_p, countries)
    return _side_ok(gold.source, pred.source, countries) and _side_ok(
        gold.target, pred.target, countries
    )


def _in_week(week: str, day: str) -> bool:
    """Whether an ISO day lies in an ISO week value ("2020-W18")."""
    match = re.fullmatch(r"(\d{4})-W(\d{2})", week)
    if match is None:
        return False
    try:
        iso = date.fromisoformat(day[:10]).isocalendar()
    except ValueError:
        return False
    return (iso.year, iso.week) == (int(match[1]), int(match[2]))


def _dates_ok(gold: str | None, pred: str | None) -> bool:
    """Equal, or the prediction refines the gold value (a day of its month or week)."""
    if not gold or gold == "ongoing":
        return not pred or gold == "ongoing"
    if not pred:
        return False
    return pred.startswith(gold) or _in_week(gold, pred)


def _location_ok(gold: str | None, pred: str | None, countries: Countries) -> bool:
    if gold is None or pred is None:
        return gold == pred
    return gold == pred or (gold in countries and countries.get(gold) == countries.get(pred))


def strict_match(gold: GoldEvent, pred: Event, countries: Countries) -> bool:
    return (
        lenient_match(gold, pred, countries)
        and _dates_ok(gold.date, pred.date)
        and _location_ok(gold.location, pred.location, countries)
    )


Matcher = Callable[[GoldEvent, Event, Countries], bool]


def score(
    gold: Sequence[GoldEvent], pred: Sequence[Event], countries: Countries, match: Matcher,
    near: Callable[[int, int], bool] | None = None,
) -> tuple[Counts, list[GoldEvent], list[Event]]:  # fmt: skip
    """Maximum one-to-one matching (augmenting paths, gold and predictions tried in
    reading order); returns counts, missed gold and extra predictions. Greedy
    matching undercounts: a loose gold event could take the prediction a later,
    stricter one needs ("France → Germany" taking the Le Drian ↔ Maas call).
    `near(i, j)`: gold i and prediction j are reported in the same place; such pairs
    are matched first, so that a miss is blamed where it happened (the counts are
    the same: augmenting from a matching keeps its matched events matched)."""
    fits = [[j for j, p in enumerate(pred) if match(g, p, countries)] for g in gold]
    owner: dict[int, int] = {}  # prediction index -> gold index

    def augment(i: int, seen: set[int], allowed: Callable[[int, int], bool]) -> bool:
        for j in fits[i]:
            if j in seen or not allowed(i, j):
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen, allowed):
                owner[j] = i
                return True
        return False

    phases = [near, lambda i, j: True] if near else [lambda i, j: True]
    for allowed in phases:
        for i in range(len(gold)):
            if i not in set(owner.values()):
                augment(i, set(), allowed)
    matched = set(owner.values())
    missed = [g for i, g in enumerate(gold) if i not in matched]
    left = [p for j, p in enumerate(pred) if j not in owner]
    counts = Counts(tp=len(gold) - len(missed), fp=len(left), fn=len(missed))
    return counts, missed, left


def gold_actors(gold: GoldArticle, text: str) -> list[Actor]:
    """The gold actors as contract records, their mention anchors resolved in `text`."""
    actors = []
    for g in gold.actors:
        mentions = []
        for m in g.mentions:
            try:
                spans = resolve_anchor(text, m)
            except ValueError:
                continue
            mentions += [Mention(start=s, end=e, text=text[s:e], kind=m.kind) for s, e in spans]
        actors.append(Actor(id=g.id, name=g.name, type=g.type, country=g.country, code=g.code,
                            mentions=mentions))  # fmt: skip
    return actors


def local_aliases(gold: GoldArticle, text: str, actors: Sequence[Actor]) -> dict[str, str]:
    """Predicted actor id -> the gold local (`new:`) actor it is, by the actors
    evaluator's rule: the same name, or the most overlapping mentions in this article.
    KB ids and countries are compared by the matchers themselves."""
    from lagebild.actors.entities import NEW_PREFIX
    from lagebild.actors.evaluate import PredMention, new_actor_aliases, same_actor

    preds = [PredMention(m.start, m.end, m.kind, a) for a in actors for m in a.mentions]
    overlap = new_actor_aliases(gold, text, preds)
    local = [g for g in gold.actors if g.id.startswith(NEW_PREFIX)]
    out: dict[str, str] = {}
    for actor in actors:
        if actor.id in {g.id for g in gold.actors}:
            continue
        hit = next((g.id for g in local if same_actor(g, actor, overlap)), None)
        if hit:
            out[actor.id] = hit
    return out


def _renamed(event: Event, aliases: dict[str, str]) -> Event:
    if not aliases:
        return event
    return event.model_copy(
        update={
            "source": [aliases.get(a, a) for a in event.source],
            "target": [aliases.get(a, a) for a in event.target],
        }
    )


def _stages() -> list[Any]:
    """The default pipeline, with nlp (after article) and actors (after the rest)
    added where the default does not have them yet, and events last."""
    from lagebild.actors import ActorsStage
    from lagebild.events.stage import EventsStage
    from lagebild.nlp.stage import NlpStage
    from lagebild.pipeline import default_pipeline

    stages = [s for s in default_pipeline().stages if s.name != "events"]
    names = [s.name for s in stages]
    if "nlp" not in names:
        stages.insert(1, NlpStage(model=os.environ.get("LAGEBILD_EVENTS_MODEL")))
    if "actors" not in names:
        stages.append(ActorsStage())
    return [*stages, EventsStage()]


def analyse(gold: GoldArticle, shared: Path, use_gold_actors: bool) -> Article:
    return analyse_state(gold, shared, use_gold_actors).require_article


def analyse_state(gold: GoldArticle, shared: Path, use_gold_actors: bool) -> AnalysisState:
    """The pipeline's state after the events stage (the article and its Doc)."""
    from lagebild.ingest import read_file
    from lagebild.models import RawDocument
    from lagebild.pipeline import AnalysisState

    (raw,) = list(read_file(source_path(gold, shared)))
    assert isinstance(raw, RawDocument)
    state = AnalysisState(raw=raw)
    for stage in _stages():
        if stage.name == "events" and use_gold_actors:
            state.require_article.actors = gold_actors(gold, state.require_article.text)
        stage.run(state)
    return state


@evaluator("events")
def evaluate(options: EvalOptions) -> EvalReport:
    use_gold = (options.extra.get("actors") or os.environ.get("LAGEBILD_EVENTS_ACTORS")) == "gold"
    pages_opt = options.extra.get("pages") or os.environ.get("LAGEBILD_EVAL_PAGES") or "all"
    align = (options.extra.get("align") or os.environ.get("LAGEBILD_EVENTS_ALIGN") or "1") != "0"
    paths = select_pages(gold_files(), pages_opt)
    paths = paths[: options.limit] if options.limit else paths
    totals = {"lenient": Counts(), "strict": Counts(), f"lenient@{CONFIDENT}": Counts()}
    per_type: dict[str, Counts] = {}
    causes: Counter[str] = Counter()
    notes: list[str] = []
    pages = 0
    for path in paths:
        try:
            gold = load_gold(path)
        except ValueError as exc:  # a file being written, or invalid: report, go on
            notes.append(f"{path.name}: unreadable gold ({str(exc)[:80]})")
            continue
        if not gold.events:
            continue
        state = analyse_state(gold, options.shared, use_gold)
        article = state.require_article
        pages += 1
        limit = scope_limit(article.text, gold)
        pred = [e for e in article.events if e.evidence.start < limit]
        if align and not use_gold:
            aliases = local_aliases(gold, article.text, article.actors)
            pred = [_renamed(e, aliases) for e in pred]
        countries = {a.id: a.country for a in [*article.actors, *gold_actors(gold, article.text)]
                     if a.country}  # fmt: skip
        sents = _sentences(state)
        near = _near(gold.events, pred, article.text, sents)
        for name, matcher in (("lenient", lenient_match), ("strict", strict_match)):
            counts, missed, extra = score(gold.events, pred, countries, matcher, near)
            totals[name].add(counts)
            if name == "lenient":
                _per_type(gold.events, missed, extra, per_type)
                found, why_missed, why_extra = diagnose(
                    gold.events, pred, missed, extra, article.text, sents,
                    countries, lenient_match, _side_ok, _trigger_types(state),
                )  # fmt: skip
                causes.update(found)
                if options.verbose:
                    notes += [f"{path.name}: missed {c}: {g.type} {g.source}->{g.target} "
                              f"{g.trigger.text if g.trigger else ''!r}" for c, g in why_missed]  # fmt: skip
                    notes += [f"{path.name}: extra {c}: {p.type} {p.source}->{p.target} "
                              f"{p.trigger.text!r}" for c, p in why_extra]  # fmt: skip
        # What a user filtering by confidence gets.
        confident = [e for e in pred if e.confidence >= CONFIDENT]
        totals[f"lenient@{CONFIDENT}"].add(
            score(gold.events, confident, countries, lenient_match)[0]
        )
    rows = [ScoreRow.from_counts(k, v) for k, v in totals.items()]
    rows += [ScoreRow.from_counts(f"lenient/{t}", c) for t, c in sorted(per_type.items())]
    return EvalReport(
        stage="events",
        data=f"{pages} gold pages with events, split {pages_opt} "
        f"({'gold' if use_gold else 'pipeline'} actors"
        f"{'' if use_gold or align else ', local actors not aligned'})",
        rows=rows,
        figures={
            "pages": pages,
            "gold_events": totals["lenient"].tp + totals["lenient"].fn,
            **dict(sorted(causes.items())),
        },
        notes=notes,
    )


def _near(
    gold: Sequence[GoldEvent], pred: Sequence[Event], text: str, sents: Sentences
) -> Callable[[int, int], bool]:
    """Whether gold event i and prediction j share a sentence."""
    where_gold = [gold_sentences(g, text, sents) for g in gold]
    where_pred = [pred_sentences(p, sents) for p in pred]
    return lambda i, j: bool(where_gold[i] & where_pred[j])


def _sentences(state: AnalysisState) -> Sentences:
    """Sentence starts of the Doc; one sentence per block when there is no Doc."""
    if state.doc is not None:
        return Sentences([s.start_char for s in state.doc.sents])
    return Sentences([b.start for b in state.require_article.blocks])


def _trigger_types(state: AnalysisState) -> Callable[[set[int]], dict[str, bool]]:
    """The types of the lexicon's triggers in sentences (by index), each with whether
    one of them found an actor: tells a miss with no trigger from one whose trigger
    found no actors, and from one whose mention was dropped."""
    from lagebild.events.actor_index import ActorIndex
    from lagebild.events.roles import RoleFinder

    def types(where: set[int]) -> dict[str, bool]:
        if state.doc is None:
            return {}
        actors = ActorIndex(state.doc, state.require_article.actors)
        finder, roles = _finder(), RoleFinder(_finder().cfg, actors)
        found: dict[str, bool] = {}
        for i, sentence in enumerate(state.doc.sents):
            if i not in where:
                continue
            for trigger in finder.find(sentence, actors):
                found_roles = roles.roles(trigger)
                argued = bool(found_roles.source or found_roles.target)
                found[trigger.entry.type] = found.get(trigger.entry.type, False) or argued
        return found

    return types


@cache
def _finder() -> TriggerFinder:
    from lagebild.events.config import ExtractorConfig
    from lagebild.events.lexicon import Lexicon
    from lagebild.events.triggers import TriggerFinder

    return TriggerFinder(Lexicon.load(), ExtractorConfig.load())


def _per_type(
    gold: Sequence[GoldEvent], missed: Sequence[GoldEvent], extra: Sequence[Event],
    table: dict[str, Counts],
) -> None:  # fmt: skip
    for g in gold:
        key = sorted(_types(g))[0]
        table.setdefault(key, Counts())
        if g in missed:
            table[key].fn += 1
        else:
            table[key].tp += 1
    for p in extra:
        table.setdefault(p.type, Counts()).fp += 1
