"""Date, location, status and contexts of one trigger (docs/events.md "The extractor").

Date: a DATE time expression in a verb trigger's clause, else its sentence; in a
noun trigger's own phrase (or participial attribute), else its clause when it is
an argument of the clause's verb, else its sentence; else, for a realized or proposed
event reported by a verb in the lead (title, kicker, teaser, first paragraph), the
publication date.
Location: a place PP (in/auf/bei ...) in the clause whose phrase is a LOC or GPE
actor ("in der Hauptstadt Astana"); else the dateline's actor for an event dated
on the publication day.
Status: the status cues of the trigger's clause, with negation counted only when
it attaches to the trigger, Konjunktiv II only with past tense morphology, future
*werden* only over an infinitive, plus the cue verbs of the governing clauses
("schlug vor, die Zusammenarbeit auszubauen"). A realized event dated after the
publication date is planned.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from lagebild.events.actor_index import ActorIndex
from lagebild.events.clause import (
    case_of,
    clause_head,
    clause_tokens,
    composed_lemma,
    future_auxiliaries,
    governors,
    is_konjunktiv2,
    is_verbal,
)
from lagebild.events.config import ExtractorConfig
from lagebild.events.dates import DATE_VALUE, is_after
from lagebild.events.lexicon import ContextCues, Status, StatusCues
from lagebild.events.roles import prenominal_attribute
from lagebild.events.triggers import Trigger
from lagebild.models import Article, Block, TimeExpr

_PLACE_TYPES = frozenset({"LOC", "GPE"})


@dataclass(frozen=True)
class ArticleFacts:
    """What the attribute rules need from the article, computed once."""

    published: str | None
    dateline_actor: str | None
    times: tuple[TimeExpr, ...]
    blocks: tuple[Block, ...]
    lead_end: int  # character offset where the lead ends

    @classmethod
    def of(cls, article: Article, cfg: ExtractorConfig) -> ArticleFacts:
        times = tuple(t for t in article.times if t.type == "DATE" and DATE_VALUE.match(t.value))
        lead_end, paragraphs = 0, 0
        for block in article.blocks:
            if block.kind in cfg.lead_blocks:
                lead_end = max(lead_end, block.end)
            elif block.kind == "paragraph" and paragraphs < cfg.lead_paragraphs:
                paragraphs += 1
                lead_end = max(lead_end, block.end)
        return cls(
            published=article.published.value if article.published else None,
            dateline_actor=_dateline_actor(article),
            times=times,
            blocks=tuple(article.blocks),
            lead_end=lead_end,
        )

    def block_kind(self, offset: int) -> str:
        for block in self.blocks:
            if block.start <= offset < block.end:
                return block.kind
        return "paragraph"


def _dateline_actor(article: Article) -> str | None:
    """The dateline's actor; when the actors stage left it open, the place actor
    with a mention of exactly the dateline's text."""
    if article.dateline is None:
        return None
    if article.dateline.actor:
        return article.dateline.actor
    wanted = article.dateline.text.strip().casefold()
    for actor in article.actors:
        if actor.type in _PLACE_TYPES and any(m.text.casefold() == wanted for m in actor.mentions):
            return actor.id
    return None


def time_in(times: Sequence[TimeExpr], start: int, end: int) -> str | None:
    inside = [t for t in times if t.start >= start and t.end <= end]
    return inside[0].value if inside else None


def _extent(tokens: Sequence[Token]) -> tuple[int, int]:
    return min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens)


def find_date(
    trigger: Trigger, facts: ArticleFacts, cfg: ExtractorConfig, status: Status
) -> str | None:
    anchor = trigger.anchor
    if is_verbal(anchor) or trigger.kind == "MWE":
        scopes = [
            _extent(clause_tokens(anchor, cfg)),
            (anchor.sent.start_char, anchor.sent.end_char),
        ]
    else:
        # A noun's date is in its own phrase, or on the verb it is an argument of
        # ("Am Montag kam es zu einem Angriff"), not anywhere in the sentence.
        scopes = [_extent(list(anchor.subtree))]
        attribute = prenominal_attribute(anchor)  # "dem im März ... ausgestellten Haftbefehl"
        if attribute:
            scopes.append(_extent(attribute))
        own = next((v for s in scopes if (v := time_in(facts.times, *s))), None)
        head = clause_head(anchor, cfg)
        if own is None and anchor.head.i == head.i:
            own = _verb_time(head, facts, cfg)
        # The sentence's date, as for a verb: the parser often hangs the time
        # expression elsewhere ("Die Massenproteste ... im April 2018").
        return own or time_in(facts.times, anchor.sent.start_char, anchor.sent.end_char)
    for scope in scopes:
        if value := time_in(facts.times, *scope):
            return value
    in_lead = trigger.char_span[0] < facts.lead_end
    if in_lead and status in {"realized", "proposed"} and trigger.kind != "NOUN":
        return facts.published
    return None


def _verb_time(head: Token, facts: ArticleFacts, cfg: ExtractorConfig) -> str | None:
    """A time expression of the clause that modifies its verb itself ("Am Montag kam
    es zu einem Angriff"), not one inside another phrase ("dem im März ... Haftbefehl")."""
    start, end = _extent(clause_tokens(head, cfg))
    doc = head.doc
    for time in facts.times:
        if not (start <= time.start and time.end <= end):
            continue
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is not None and span.root.head.i == head.i:
            return time.value
    return None


def find_location(
    trigger: Trigger,
    date: str | None,
    facts: ArticleFacts,
    actors: ActorIndex,
    cfg: ExtractorConfig,
) -> str | None:
    for token in clause_tokens(trigger.anchor, cfg):
        if token.dep_ not in cfg.oblique_deps or case_of(token) not in cfg.location_preps:
            continue
        for ref in actors.phrase_actors(token, cfg):
            if actors.type_of(ref.actor) in _PLACE_TYPES:
                return ref.actor
    same_day = date is not None and facts.published is not None and date == facts.published
    return facts.dateline_actor if same_day else None


def _own(token: Token, trigger: Trigger) -> bool:
    return any(token.i == t.i for t in trigger.tokens)


def _attached_negation(token: Token, trigger: Trigger, cfg: ExtractorConfig) -> bool:
    """A negation counts only on the trigger or its clause's verb, not elsewhere."""
    heads = {trigger.anchor.i, clause_head(trigger.anchor, cfg).i}
    return token.head.i in heads


def status_lemmas(trigger: Trigger, cfg: ExtractorConfig, particles: tuple[str, ...]) -> list[str]:
    """The clause lemmas (without the trigger's own) that may cue the status, plus
    the clause heads above and the words their clauses attach to."""
    lemmas = []
    for token in clause_tokens(trigger.anchor, cfg):
        lemma = composed_lemma(token, cfg, particles)
        if _own(token, trigger):
            continue
        if lemma.casefold() in cfg.negation_lemmas and not _attached_negation(token, trigger, cfg):
            continue
        lemmas.append(lemma)
    current = clause_head(trigger.anchor, cfg)
    for head in governors(trigger.anchor, cfg):
        if current.head.i != head.i:  # "Bedenken, dass ...": the noun the clause hangs on
            lemmas.append(composed_lemma(current.head, cfg, particles))
        lemmas.append(composed_lemma(head, cfg, particles))
        current = head
    return lemmas


def own_status(
    trigger: Trigger, cues: StatusCues, cfg: ExtractorConfig, particles: tuple[str, ...]
) -> Status:
    """The status the trigger word itself cues (vorschlagen, werben, Bedenken, Planung).

    Never negated (zurückweisen is a realized REJECT) and never for a REQUEST (a
    demand is a realized request even though fordern cues proposals elsewhere)."""
    if trigger.entry.type == "REQUEST":
        return "realized"
    own = [composed_lemma(t, cfg, particles) for t in trigger.tokens]
    own += [t.text for t in trigger.tokens]  # a weak lemmatiser ("Bedenken" -> "Bedenk")
    cued = [s for s in cues.cued(own) if s != "negated"]
    return cued[0] if cued else "realized"


def find_status(
    trigger: Trigger,
    cfg: ExtractorConfig,
    cues: StatusCues,
    particles: tuple[str, ...],
) -> Status:
    clause = clause_tokens(trigger.anchor, cfg)
    verbs = [t for t in clause if t.pos_ in {"VERB", "AUX"}]
    moods = ["Sub"] if any(is_konjunktiv2(t, cfg) for t in verbs) else []
    aux = [a for v in verbs for a in future_auxiliaries(v)]
    context = cues.status_of(status_lemmas(trigger, cfg, particles), moods, aux)
    own = own_status(trigger, cues, cfg, particles)
    order = [*cues.precedence, "realized"]
    return context if order.index(context) <= order.index(own) else own


def dated_future(status: Status, date: str | None, published: str | None) -> Status:
    """A realized event dated after the publication day is planned."""
    if status != "realized" or not date or not published:
        return status
    return "planned" if is_after(date, published) else status


def theme_tokens(trigger: Trigger, cfg: ExtractorConfig) -> list[Token]:
    """What the event is about: the trigger's phrase and the complements it governs."""
    clause = {t.i for t in clause_tokens(trigger.anchor, cfg)}
    found = [t for t in trigger.anchor.subtree if t.i in clause]
    for child in trigger.anchor.children:
        if child.dep_ in {"xcomp", "ccomp", "dep"} and child.i not in clause:
            found.extend(child.subtree)
    return found


def find_contexts(trigger: Trigger, lemmas: Sequence[str], cues: ContextCues) -> list[str]:
    return sorted({*trigger.entry.context, *cues.contexts_for(lemmas)})
