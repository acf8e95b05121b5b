"""The event extractor: parsed sentences + actors + times + quotes -> events.

    mentions = Extractor().mentions(article, doc)   # one per trigger with an actor
    events = Extractor().events(article, doc)       # merged: one event, many mentions

Per sentence: triggers (`triggers.py`), their roles (`roles.py`), then date,
location, status and contexts (`attributes.py`), the coding refined by the theme
(`Refinements`), a proposed act of cooperation recoded as AGREE, and a confidence
(`confidence.py`). Quotes add speech events (`speech.py`). Rule for events with no
identifiable source: a mention that names no actor at all is dropped; one with a
target but no source is kept, with confidence at most `sourceless_cap` (0.3), for
merging (it adds a mention to an event that other reports give a source), and a
merged event that still has no source is dropped (`keep_sourceless_events`). A
nested noun trigger ("Festigung der Kooperation") is kept only if it has a source
of its own. Directed mentions without a target may take one from the discourse
(`discourse.py`). A negated act under a modal of ability or necessity ("kann ich
nicht versprechen") is dropped (`unreal.py`). A merged event of a two-party type
(aid, sanctions, talks: `two_party_types`) that names one party only is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from lagebild.events import codes
from lagebild.events.actor_index import ActorIndex
from lagebild.events.adjuncts import names_no_act
from lagebild.events.attributes import (
    ArticleFacts,
    dated_future,
    find_contexts,
    find_date,
    find_location,
    find_status,
    theme_tokens,
)
from lagebild.events.clause import lemma_of
from lagebild.events.confidence import Features, confidence
from lagebild.events.config import ExtractorConfig
from lagebild.events.discourse import fill_targets, pair_groups
from lagebild.events.focus import fill_context_targets
from lagebild.events.lexicon import Coding, ContextCues, Lexicon, Refinements, StatusCues
from lagebild.events.merge import EventMention, MergedEvent, merge_mentions
from lagebild.events.roles import RoleFinder, Roles, content_clauses
from lagebild.events.speakers import speaker_sources
from lagebild.events.speech import speech_mentions
from lagebild.events.triggers import Trigger, TriggerFinder
from lagebild.events.unreal import under_modal, unreal_modals
from lagebild.models import Article, Event, Span


class Extractor:
    def __init__(
        self,
        lexicon: Lexicon | None = None,
        cfg: ExtractorConfig | None = None,
    ) -> None:
        self.lexicon = lexicon or Lexicon.load()
        self.cfg = cfg or ExtractorConfig.load()
        self.refinements = Refinements.load()
        self.status_cues = StatusCues.load()
        self.context_cues = ContextCues.load()
        self.finder = TriggerFinder(self.lexicon, self.cfg)

    # --- public API ----------------------------------------------------------------------

    def mentions(self, article: Article, doc: Doc) -> list[EventMention]:
        actors = ActorIndex(doc, article.actors)
        facts = ArticleFacts.of(article, self.cfg)
        roles = RoleFinder(self.cfg, actors)
        found: list[EventMention] = []
        for sentence in doc.sents:
            triggers = _claimed_dropped(self.finder.find(sentence, actors), self.cfg)
            absorbed = _absorbed(triggers, self.cfg)
            anchors = frozenset(t.anchor.i for t in triggers)
            for trigger in triggers:
                if trigger.anchor.i in absorbed:
                    continue
                found_roles = roles.roles(trigger)
                for inner in absorbed.values():
                    if inner[0] is trigger:
                        _inherit(found_roles, roles.roles(inner[1]))
                mention = self._mention(trigger, found_roles, facts, actors, anchors)
                if mention is not None:
                    found.append(mention)
        found = speaker_sources(found, article.quotes, doc, actors, self.cfg.quote_speaker)
        found += speech_mentions(article, doc, actors, found, self.cfg, facts)
        countries = {a.id: a.country for a in article.actors if a.country}
        rule = self.cfg.discourse_target
        pairs = pair_groups(article.actors, article.text, rule.pair_words)
        found = fill_targets(found, countries, rule, pairs)
        return fill_context_targets(found, article.actors, self.cfg.context_target)

    def merged(self, article: Article, doc: Doc) -> list[MergedEvent]:
        countries = {a.id: a.country for a in article.actors if a.country}
        merged = merge_mentions(article.id, self.mentions(article, doc), countries)
        # "Iran's financial aid" with no recipient is no act of aid to anyone we know.
        merged = [e for e in merged if _enough_parties(e, self.cfg.two_party_types)]
        if self.cfg.keep_sourceless_events:
            return merged
        return [event for event in merged if event.source]

    def events(self, article: Article, doc: Doc) -> list[Event]:
        return [to_event(m, article.text) for m in self.merged(article, doc)]

    # --- one trigger ---------------------------------------------------------------------

    def _mention(
        self,
        trigger: Trigger,
        roles: Roles,
        facts: ArticleFacts,
        actors: ActorIndex,
        anchors: frozenset[int] = frozenset(),
    ) -> EventMention | None:
        source, target = roles.source_ids, roles.target_ids
        if not source and not target:
            return None
        if trigger.nested and roles.how != "direct":
            return None
        if names_no_act(trigger, self.cfg, anchors):
            return None
        status = find_status(trigger, self.cfg, self.status_cues, self.lexicon.particles)
        date = find_date(trigger, facts, self.cfg, status)
        status = dated_future(status, date, facts.published)
        theme = [lemma_of(t, self.lexicon.particles) for t in theme_tokens(trigger, self.cfg)]
        coding = self._recode(self.refinements.code(trigger.entry, theme), status)
        refusal = self.cfg.refusal_recode
        refused = status == "negated" and _willed(trigger, refusal.will)
        if refused and trigger.kind in refusal.kinds and coding.type in refusal.codes:
            # "wollte die Regelung nicht mittragen": a refusal that happened.
            mode, cameo = refusal.codes[coding.type]
            coding, status = Coding("REJECT", mode, cameo, coding.context), "realized"
        if status == "negated" and under_modal(trigger.anchor, unreal_modals()):
            return None  # "versprechen kann ich das nicht": no act, and no refusal either
        start, end = trigger.char_span
        block_kind = facts.block_kind(start)
        features = Features(
            trigger_kind=trigger.kind,
            ambiguity=trigger.entry.ambiguity,
            source_how=roles.how if source else "none",
            has_target=bool(target),
            actors=(*roles.source, *roles.target),
            status=status,
            block_kind=block_kind,
        )
        sentence = trigger.anchor.sent
        return EventMention(
            type=coding.type,
            source=source,
            target=target,
            trigger=(start, end),
            evidence=(sentence.start_char, sentence.end_char),
            status=status,
            mode=coding.mode,
            date=date,
            location=find_location(trigger, date, facts, actors, self.cfg),
            block_kind=block_kind,  # type: ignore[arg-type]
            confidence=confidence(features, self.cfg.confidence),
            reciprocal=roles.reciprocal and coding.type == trigger.entry.type,
            cameo=coding.cameo,
            context=frozenset(
                find_contexts(trigger, theme, self.context_cues) + list(coding.context)
            ),
        )

    def _recode(self, coding: Coding, status: str) -> Coding:
        """A proposed act of cooperation is an AGREE (the PLOVER manual's AGREE section)."""
        recode = self.cfg.agree_recode
        if status not in recode.statuses or coding.type not in recode.cameo:
            return coding
        return Coding("AGREE", None, recode.cameo[coding.type], coding.context)


def _absorbed(triggers: list[Trigger], cfg: ExtractorConfig) -> dict[int, tuple[Trigger, Trigger]]:
    """Nested noun triggers and verb complements that are what an intent is about
    ("Androhung von Sanktionen", "Forderung nach Sanktionen", "bat ihn, die Sperren
    aufzuheben"): the threatened, demanded, promised or
    refused act has not happened, so it is no event of its own; its actors belong to
    the intent ("Androhung von Sanktionen durch die USA"). Maps the nested anchor to
    (governing trigger, nested trigger)."""
    by_anchor = {t.anchor.i: t for t in triggers}
    out: dict[int, tuple[Trigger, Trigger]] = {}
    for trig in triggers:
        if trig.kind != "NOUN":
            # The same for a verb complement: "bat ihn, die Grenzsperren aufzuheben".
            head = by_anchor.get(trig.anchor.head.i)
            if head is None or head is trig or trig.anchor.dep_ not in cfg.content_verb_deps:
                continue
            if head.entry.type in cfg.intent_types:
                out[trig.anchor.i] = (head, trig)
            continue
        if not _content_link(trig.anchor, cfg):
            continue
        current = trig.anchor
        for _ in range(2):  # directly or through one word ("Drohung mit einem Angriff")
            if current.head.i == current.i:
                break
            current = current.head
            governor = by_anchor.get(current.i)
            if governor is not None and governor is not trig:
                if governor.entry.type in cfg.intent_types:
                    out[trig.anchor.i] = (governor, trig)
                break
    return out


def _enough_parties(event: MergedEvent, types: frozenset[str]) -> bool:
    """Aid is given to someone, sanctions hit someone, a meeting has two sides (PLOVER's
    definitions): such an event naming one party only lost its other side in the parse
    ("Irans Finanzhilfen", "bei einer Pressekonferenz") and is no event we can report."""
    return event.type not in types or len({*event.source, *event.target}) > 1


def _willed(trigger: Trigger, will: frozenset[str]) -> bool:
    """Whether the act is one the actor wills or commits to (a modal or future
    auxiliary, "bereit"): "wollte nicht mittragen", "wird sich nicht beteiligen";
    a plain "besuchte ... nicht" is no refusal."""
    verb = trigger.anchor
    near = [*verb.children, verb.head, *verb.head.children]
    return any((t.lemma_ or t.text).casefold() in will for t in near if t.i != verb.i)


def _content_link(noun: Token, cfg: ExtractorConfig) -> bool:
    """Whether a noun is attached as content ("Androhung von Sanktionen", "Forderung
    nach Sanktionen", "drohte mit Sanktionen", "forderte Sanktionen"), not as a
    circumstance ("Bei einer Pressekonferenz betonte ...") or the subject."""
    preps = {(c.lemma_ or c.text).casefold() for c in noun.children if c.dep_ == "case"}
    if preps:
        return bool(preps & cfg.content_preps)
    return noun.dep_ in cfg.object_deps or noun.dep_ in cfg.genitive_deps


def _inherit(roles: Roles, inner: Roles) -> None:
    """An intent without actors of its own takes those of its content."""
    if not roles.source and inner.source:
        roles.add("source", inner.source)
        roles.how = "inherited"
    if not roles.target and inner.target:
        roles.add("target", inner.target)


def _claimed_dropped(triggers: list[Trigger], cfg: ExtractorConfig) -> list[Trigger]:
    """What an accusation claims is not an event of its own ("wiederholt seine
    Vorwürfe, der Westen führe Krieg gegen Russland": one ACCUSE, no ASSAULT)."""
    claimed = {
        t.i
        for trig in triggers
        if trig.entry.type == "ACCUSE"
        for head in content_clauses(trig.anchor, cfg)
        for t in head.subtree
    }
    return [t for t in triggers if t.entry.type == "ACCUSE" or t.anchor.i not in claimed]


def to_event(merged: MergedEvent, text: str) -> Event:
    """The contract record, with GDELT's QuadClass and Goldstein and every mention."""
    event = merged.to_event(text)
    if merged.cameo and codes.is_cameo(merged.cameo):
        event.quad_class = codes.quad_class(merged.cameo)
        event.goldstein = codes.goldstein(merged.cameo)
    event.mentions = [
        Span(start=m.trigger[0], end=m.trigger[1], text=text[m.trigger[0] : m.trigger[1]])
        for m in merged.mentions
    ]
    return event


def extract_events(article: Article, doc: Doc, extractor: Extractor | None = None) -> list[Event]:
    """`article.events` for a parsed article (the Doc must be of `article.text`)."""
    return (extractor or Extractor()).events(article, doc)


def mention_texts(article: Article, mentions: Sequence[EventMention]) -> list[str]:
    """One readable line per mention (debugging and `--verbose` evaluation)."""
    return [
        f"{m.type}/{m.mode} {sorted(m.source)}->{sorted(m.target)} {m.status} {m.date} "
        f"{m.location} {m.confidence} {article.text[m.trigger[0] : m.trigger[1]]!r}"
        for m in mentions
    ]
