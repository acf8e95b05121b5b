"""`lagebild eval actors`: mention-level linking accuracy and actor-level P/R on the gold.

A gold mention is linked right when a predicted mention overlapping it names the same
actor: the same id; for a state, any actor of the same country (its government, its
sector body, the state); for a new actor, the same name key. Rows per mention kind
(name, description, pronoun, metonym, adjective): recall = linking accuracy on the gold
mentions of that kind, precision = the share of predicted mentions of that kind, among
those overlapping some gold mention, that are right. The `actors` row compares the sets
of actors. Options (`--set KEY=VALUE`): model=NAME (an nlp pipeline; default the shipped one, a
blank tokenizer if none loads), ner=PATH (a second pipeline whose entities replace the
first's, while our models are trained separately), gazetteer=0 (switch it off),
gold=DIR (another folder of gold files, e.g. a frozen copy); the environment variables
LAGEBILD_ACTORS_EVAL_MODEL / _NER / _GAZETTEER / _GOLD give the same from the command line.
pages=SPLIT (or LAGEBILD_EVAL_PAGES; a split name of `tests/resources/gold/splits.yaml`,
comma-separated page ids, or `all`) picks the pages: rules are developed on the open splits,
the sealed ones are measured at the end of a session.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.actors.entities import NEW_PREFIX
from lagebild.actors.link import GROUP_PREFIX
from lagebild.actors.names import name_key
from lagebild.actors.stage import LinkOptions, article_day, link_article
from lagebild.evaluation import Counts, EvalOptions, EvalReport, ScoreRow, evaluator
from lagebild.gold import (
    AnchorNotFound,
    GoldActor,
    GoldArticle,
    gold_files,
    load_gold,
    resolve_anchor,
    scope_limit,
    select_pages,
    source_path,
)
from lagebild.models import Actor, Article

KINDS = ("name", "description", "pronoun", "metonym", "adjective")
GOALS = {"name": 0.95, "description": 0.85, "pronoun": 0.85}


@dataclass(frozen=True, eq=False)
class PredMention:
    start: int
    end: int
    kind: str
    actor: Actor


def _slug_key(actor_id: str) -> str:
    return name_key(actor_id.split(":", 1)[-1].replace("-", " "))


def _name_forms(name: str) -> set[str]:
    """An annotator's name and, for "English (German)" names such as "Federal Police
    (Bundespolizei)", each of its two parts."""
    forms = {name_key(name)}
    if name.endswith(")") and " (" in name:
        outer, inner = name[:-1].split(" (", 1)
        forms |= {name_key(outer), name_key(inner)}
    return forms - {""}


def _same_type(gold_type: str, pred_type: str) -> bool:
    """MISC is any type; a state or region annotated GPE is the KB's place (LOC) too."""
    places = {"GPE", "LOC"}
    return gold_type in (pred_type, "MISC") or {gold_type, pred_type} <= places


def same_actor(gold: GoldActor, pred: Actor, aliases: dict[str, str] | None = None) -> bool:
    """Same id; a state and anything of its country; a local actor by name or id spelling,
    or by overlapping name mentions (`aliases`), or a KB actor of the same name and type;
    a local body and our sector actor with the gold's code (new:bundestag, DEULEG)."""
    if gold.id == pred.id:
        return True
    if aliases and aliases.get(pred.id) == gold.id:
        return True
    if gold.id.startswith(NEW_PREFIX) and not pred.id.startswith(NEW_PREFIX):
        # The annotator's local actor that the KB now knows, by the same canonical name and
        # type ("new:mike-pence" = Q24313 Mike Pence); not by a part of the name.
        names = {name_key(pred.name), name_key(pred.name_de or "")}
        if _name_forms(gold.name) & names and _same_type(gold.type, pred.type):
            return True
    if gold.type == "GPE" and gold.country and pred.country == gold.country:
        return True
    if gold.id.startswith(NEW_PREFIX):
        if pred.id.startswith(NEW_PREFIX) and (
            _slug_key(gold.id) == _slug_key(pred.id)
            or name_key(gold.name) in {name_key(pred.name), name_key(pred.name_de or "")}
        ):
            return True
        # Our sector actor for an unnamed body (new:bundestag = DEULEG); never another named
        # actor that happens to share the code (new:piratenpartei is not the CDU, DEUPTY).
        return (
            bool(gold.code)
            and gold.type != "PER"
            and pred.id.startswith(GROUP_PREFIX)
            and pred.code == gold.code
        )
    return False


@dataclass
class Tally:
    gold: dict[str, Counts]
    actors: Counts
    # The same, on gold mentions of actors the KB knows (ids not "new:..."): linking
    # quality apart from how the annotators spelled local ids.
    known: dict[str, Counts]
    # Pronouns by grammatical person (`pronoun_person`): first and second person resolve
    # through who speaks or is addressed, third person through salience; and by whether
    # the stage linked some name or description of the pronoun's actor ("found").
    pronouns: dict[str, Counts] = field(default_factory=dict)

    @classmethod
    def empty(cls) -> Tally:
        return cls({k: Counts() for k in KINDS}, Counts(), {k: Counts() for k in KINDS})


_FIRST_PERSON = re.compile(r"(ich|mich|mir|mein\w*|wir|uns|unser\w*)", re.IGNORECASE)
_SECOND_PERSON = re.compile(r"(du|dich|dir|dein\w*|euch|euer\w*|eur\w*)", re.IGNORECASE)
_FORMAL = re.compile(r"(Sie|Ihnen|Ihr\w*)")


def pronoun_person(text: str, before: str) -> str:
    """Grammatical person: "first", "second" (du, euch; formal "Sie"/"Ihnen"/"Ihr…" not
    opening a sentence) or "third". `before`: the text just before the pronoun."""
    if _FIRST_PERSON.fullmatch(text):
        return "first"
    opens = not before.strip() or before.rstrip()[-1] in '.!?:„“"»«–'
    if _SECOND_PERSON.fullmatch(text) or (_FORMAL.fullmatch(text) and not opens):
        return "second"
    return "third"


def score_article(gold: GoldArticle, text: str, predicted: list[Actor], tally: Tally) -> list[str]:
    """Add one article's counts; returns the misses, for --verbose."""
    limit = scope_limit(text, gold)
    preds = [
        PredMention(m.start, m.end, m.kind, a)
        for a in predicted
        for m in a.mentions
        if m.start < limit
    ]
    aliases = new_actor_aliases(gold, text, preds)
    misses: list[str] = []
    overlapping: set[PredMention] = set()
    right: set[PredMention] = set()
    pronoun_results: list[tuple[str, str, bool]] = []  # (gold actor, person, right)
    found: set[str] = set()  # gold actors with a name or description linked right
    for actor in gold.actors:
        for mention in actor.mentions:
            try:
                spans = resolve_anchor(text, mention)
            except AnchorNotFound:
                misses.append(f"anchor not found: {mention.text!r}")
                continue
            for start, end in spans:
                near = [p for p in preds if p.start < end and start < p.end]
                overlapping.update(near)
                good = [p for p in near if same_actor(actor, p.actor, aliases)]
                right.update(good)
                counts = tally.gold[mention.kind]
                known = tally.known[mention.kind]
                if mention.kind == "pronoun":
                    person = pronoun_person(text[start:end], text[max(0, start - 3) : start])
                    pronoun_results.append((actor.id, person, bool(good)))
                elif good:
                    found.add(actor.id)
                if not actor.id.startswith(NEW_PREFIX):
                    known.tp, known.fn = known.tp + bool(good), known.fn + (not good)
                if good:
                    counts.tp += 1
                else:
                    counts.fn += 1
                    got = ", ".join(sorted({p.actor.id for p in near})) or "nothing"
                    misses.append(
                        f"{mention.kind} {mention.text!r}@{start} -> {got}, want {actor.id}"
                    )
    for actor_id, person, was_right in pronoun_results:
        # A pronoun of an actor the stage never found cannot be right: that is an upstream
        # miss (names, descriptions), not a coreference one.
        for row in (person, "found" if actor_id in found else "unfound"):
            counts = tally.pronouns.setdefault(row, Counts())
            counts.tp, counts.fn = counts.tp + was_right, counts.fn + (not was_right)
    for pred in overlapping - right:
        if pred.kind in tally.gold:
            tally.gold[pred.kind].fp += 1
    _score_actors(gold, predicted, limit, tally.actors, misses, aliases)
    return misses


def new_actor_aliases(gold: GoldArticle, text: str, preds: list[PredMention]) -> dict[str, str]:
    """Predicted local actors -> the gold local actor whose name mentions theirs overlap most.

    Local ids are slugs of whatever name the annotator or the linker chose ("new:nrw" vs
    "new:nordrhein-westfalen", "new:lucke" vs "new:bernd-lucke"), so id spelling says little.
    Lenient but fair: both must be local actors and share a name span in this article; each
    predicted actor maps to one gold actor at most (the one with the most overlaps, then the
    first annotated). A predicted local actor without any name (a group the linker built from
    descriptions, "die Demonstranten" ... "sie") is mapped the same way by its descriptions
    and pronouns: the usual majority mapping of coreference clusters, so a group that
    merges two gold groups is right on the larger one only."""
    spans: list[tuple[int, int, str, str]] = []
    for actor in gold.actors:
        if not actor.id.startswith(NEW_PREFIX):
            continue
        for mention in actor.mentions:
            try:
                spans += [(s, e, actor.id, mention.kind) for s, e in resolve_anchor(text, mention)]
            except AnchorNotFound:
                continue
    named = {p.actor.id for p in preds if p.kind == "name"}
    order = {a.id: i for i, a in enumerate(gold.actors)}
    votes: dict[str, dict[str, int]] = {}
    for pred in preds:
        if not pred.actor.id.startswith(NEW_PREFIX):
            continue
        by_name = pred.actor.id in named
        if by_name and pred.kind != "name":
            continue
        for start, end, gold_id, kind in spans:
            if by_name and kind != "name":
                continue
            if pred.start < end and start < pred.end:
                tally = votes.setdefault(pred.actor.id, {})
                tally[gold_id] = tally.get(gold_id, 0) + 1
    return {
        pred_id: min(tally, key=lambda g: (-tally[g], order[g])) for pred_id, tally in votes.items()
    }


def _score_actors(
    gold: GoldArticle,
    predicted: list[Actor],
    limit: int,
    counts: Counts,
    misses: list[str],
    aliases: dict[str, str],
) -> None:
    pred = [a for a in predicted if any(m.start < limit for m in a.mentions)]
    matched: set[str] = set()
    for actor in gold.actors:
        hit = next((p for p in pred if p.id not in matched and same_actor(actor, p, aliases)), None)
        if hit is None:
            counts.fn += 1
            misses.append(f"actor missing: {actor.id} {actor.name}")
        else:
            counts.tp += 1
            matched.add(hit.id)
    extra = [p for p in pred if p.id not in matched]
    counts.fp += len(extra)
    misses += [f"actor extra: {p.id} {p.name}" for p in extra]


def _article(gold: GoldArticle, shared: Path) -> Article:
    from lagebild.article import ArticleStage
    from lagebild.ingest import read_file
    from lagebild.models import RawDocument
    from lagebild.pipeline import Pipeline

    (raw,) = list(read_file(source_path(gold, shared)))
    assert isinstance(raw, RawDocument)
    return Pipeline([ArticleStage()]).run(raw)


def make_parser(extra: dict[str, str]) -> tuple[Callable[[str], Doc], str]:
    """The nlp pipeline to evaluate with, and a note saying which it is."""
    import spacy

    from lagebild.errors import ConfigError
    from lagebild.nlp import load_nlp

    try:
        nlp: Language = load_nlp(extra.get("model"))
        note = f"nlp: {extra.get('model', 'default')}"
    except ConfigError:
        nlp, note = spacy.blank("de"), "nlp: none loadable, blank tokenizer (gazetteer only)"
    ner_path = extra.get("ner")
    if not ner_path:
        return nlp, note
    ner = spacy.load(ner_path)

    def parse(text: str) -> Doc:
        doc, ents = nlp(text), []
        for ent in ner(text).ents:
            span = doc.char_span(ent.start_char, ent.end_char, ent.label_, alignment_mode="expand")
            if span is not None:
                ents.append(span)
        doc.set_ents(spacy.util.filter_spans(ents))
        return doc

    return parse, f"{note}; entities from {ner_path}"


def _extra(options: EvalOptions) -> dict[str, str]:
    extra = dict(options.extra)
    for key in ("model", "ner", "gazetteer", "gold"):
        value = os.environ.get(f"LAGEBILD_ACTORS_EVAL_{key.upper()}")
        if value and key not in extra:
            extra[key] = value
    pages = os.environ.get("LAGEBILD_EVAL_PAGES")
    if pages and "pages" not in extra:
        extra["pages"] = pages
    return extra


@evaluator("actors")
def evaluate_actors(options: EvalOptions) -> EvalReport:
    extra = _extra(options)
    files = gold_files(Path(extra["gold"]) if extra.get("gold") else None)
    files = select_pages(files, extra.get("pages", "all"))
    files = files[: options.limit] if options.limit else files
    parse, note = make_parser(extra)
    link_options = LinkOptions(use_gazetteer=extra.get("gazetteer", "1") != "0")
    tally, notes, used = Tally.empty(), [note], 0
    for path in files:
        gold = load_gold(path)
        if not source_path(gold, options.shared).is_file():
            notes.append(f"{path.name}: source missing, skipped")
            continue
        article = _article(gold, options.shared)
        fallback = date.fromisoformat(gold.published) if gold.published else None
        doc = parse(article.text)
        day = article_day(article, fallback, doc)
        predicted = link_article(doc, day, article=article, options=link_options).to_models()
        misses = score_article(gold, article.text, predicted, tally)
        used += 1
        if options.verbose:
            notes += [f"{path.name}: {m}" for m in misses]
    return _report(tally, used, notes, extra.get("pages", "all"))


def _report(tally: Tally, used: int, notes: list[str], pages: str = "all") -> EvalReport:
    rows = [ScoreRow.from_counts(k, c) for k, c in tally.gold.items() if c.tp + c.fn + c.fp]
    rows.append(ScoreRow.from_counts("actors", tally.actors))
    figures: dict[str, float | int | str] = {"articles": used}
    total = Counts()
    for kind, counts in tally.gold.items():
        total.add(Counts(counts.tp, 0, counts.fn))
        if counts.tp + counts.fn:
            figures[f"accuracy_{kind}"] = round(counts.recall, 4)
            figures[f"gold_{kind}"] = counts.tp + counts.fn
    figures["accuracy_all"] = round(total.recall, 4)
    for kind, counts in tally.known.items():
        if counts.tp + counts.fn:
            figures[f"accuracy_{kind}_kb"] = round(counts.recall, 4)
            figures[f"gold_{kind}_kb"] = counts.tp + counts.fn
    for person, counts in sorted(tally.pronouns.items()):
        figures[f"accuracy_pronoun_{person}"] = round(counts.recall, 4)
        figures[f"gold_pronoun_{person}"] = counts.tp + counts.fn
    for kind, goal in GOALS.items():
        value = figures.get(f"accuracy_{kind}")
        if isinstance(value, float) and value < goal:
            notes.append(f"below goal: {kind} {value} < {goal}")
    return EvalReport(
        stage="actors",
        data=f"{used} gold articles ({pages} pages)",
        rows=rows,
        figures=figures,
        notes=notes,
    )
