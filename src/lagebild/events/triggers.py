"""Trigger detection: which tokens of a sentence name an event, and in which sense.

Per clause: multiword constructions first (their tokens are then taken), then
verbs with separated particles rejoined ("schlug ... vor" -> vorschlagen), nouns
and compounds by their head ("Vergeltungsangriff" -> Angriff). A sense must pass
its restrictions (`TriggerEntry.allows`) with the prepositions that attach to
the trigger itself. No trigger inside an actor's name or a named entity
("Organisation des Vertrags über kollektive Sicherheit"). A noun trigger that is
the theme of another trigger ("Festigung der Kooperation") is marked `nested`;
the extractor keeps it only if it has an actor of its own. A separated particle the
parser hung on another word rejoins its finite verb (`far_particles`); advocacy takes
its sense from what its für-phrase names (`prep_object`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from lagebild.events.actor_index import ActorIndex
from lagebild.events.clause import (
    attached_preps,
    case_of,
    clause_head,
    clause_tokens,
    composed_lemma,
    feats,
    is_verbal,
    lemma_of,
    preposition_of,
)
from lagebild.events.config import ExtractorConfig
from lagebild.events.far_particles import far_particle, finite_form
from lagebild.events.lexicon import Lexicon, TriggerEntry
from lagebild.events.prep_object import measure_sense

TriggerKind = Literal["VERB", "NOUN", "MWE"]
# Named-entity labels whose tokens never trigger (MISC keeps "Ukraine-Krieg").
_NAME_LABELS = frozenset({"PER", "ORG", "LOC", "GPE"})
# Dependencies through which a noun is the theme of its head.
_THEME_DEPS = frozenset({"obj", "iobj", "nmod", "obl:arg", "nsubj:pass"})
_PP_DEPS = frozenset({"obl", "nmod"})
_MAX_SPREAD = 6
# Demands whose passive relative clause can name the thing demanded, and the
# prepositions of a passive agent.
_DEMAND_TYPES = frozenset({"REQUEST"})
_AGENT_PREPS = frozenset({"von", "vom", "durch"})


@dataclass(frozen=True)
class Trigger:
    entry: TriggerEntry
    anchor: Token  # the token whose dependents carry the arguments
    tokens: tuple[Token, ...]  # every token of the trigger (particle and MWE parts)
    kind: TriggerKind
    nested: bool = False

    @property
    def char_span(self) -> tuple[int, int]:
        """The trigger's text; a construction spread over more than `_MAX_SPREAD`
        tokens is represented by its first listed part ("Kritik" of "Kritik üben")."""
        tokens = self.tokens
        if max(t.i for t in tokens) - min(t.i for t in tokens) >= _MAX_SPREAD:
            tokens = (self.lead,)
        return min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens)

    @property
    def lead(self) -> Token:
        return self.tokens[0] if self.kind == "MWE" else self.anchor


def _senses(
    entries: list[TriggerEntry], lemmas: list[str], preps: list[str]
) -> TriggerEntry | None:
    """The first sense whose restrictions hold; restricted senses are more specific."""
    allowed = [e for e in entries if e.allows(lemmas, preps)]
    allowed.sort(key=lambda e: not (e.requires_prep or e.requires_any))
    return allowed[0] if allowed else None


def _blocked(token: Token, actors: ActorIndex) -> bool:
    if token.ent_type_ in _NAME_LABELS and token.ent_iob_ == "I":
        return True
    return actors.in_name(token)


class TriggerFinder:
    def __init__(self, lexicon: Lexicon, cfg: ExtractorConfig) -> None:
        self.lexicon = lexicon
        self.cfg = cfg

    def find(self, sentence: SpacySpan, actors: ActorIndex) -> list[Trigger]:
        heads = {clause_head(t, self.cfg).i: clause_head(t, self.cfg) for t in sentence}
        found: list[Trigger] = []
        for head in sorted(heads.values(), key=lambda t: t.i):
            found += self._in_clause(clause_tokens(head, self.cfg), actors)
        return self._mark_nested(found)

    def _in_clause(self, tokens: list[Token], actors: ActorIndex) -> list[Trigger]:
        particles = self.lexicon.particles
        plain = [self._cue_form(t, lemma_of(t, particles)) for t in tokens]
        composed = [self._cue_form(t, composed_lemma(t, self.cfg, particles)) for t in tokens]
        found = self._multiword(tokens, plain, composed, actors)
        taken = {t.i for trig in found for t in trig.tokens}
        for token, lemma in zip(tokens, composed, strict=True):
            if token.i in taken or _blocked(token, actors):
                continue
            trigger = self._far(token, composed, actors) or self._single(
                token, lemma, composed, actors
            )
            if trigger and not self._dismissed(trigger, actors):
                found.append(trigger)
        return found

    def _cue_form(self, token: Token, lemma: str) -> str:
        """A noun's lemma, or the singular a construction part or sense cue names when
        the lemmatiser left the plural ("Handschellen" -> Handschelle, "NGOs" -> NGO).
        A construction part wins over a sense cue: a cue list may name the plural too
        ("Beschränkungen"), the construction only the singular ("Beschränkungen
        verfügen" has the part Beschränkung)."""
        if token.pos_ not in {"NOUN", "PROPN"}:
            return lemma
        candidates = noun_candidates(lemma, token.text)
        for words in (self.lexicon.part_words, self.lexicon.cue_words):
            hit = next((c for c in candidates if c.casefold() in words), None)
            if hit is not None:
                return hit
        return lemma

    def _multiword(
        self, tokens: list[Token], plain: list[str], composed: list[str], actors: ActorIndex
    ) -> list[Trigger]:
        found: list[Trigger] = []
        taken: set[int] = set()
        # Only a separated particle (PTKVZ) completes a particle verb part.
        particles_at = {i for i, t in enumerate(tokens) if t.tag_ == "PTKVZ"}
        for match in self.lexicon.match_multiword(plain, particles_at=particles_at):
            parts = [tokens[i] for i in match.indices]
            if any(_blocked(t, actors) or t.i in taken for t in parts):
                continue
            if _stray_attribute(parts):
                continue
            anchor = next((t for t in parts if is_verbal(t)), parts[0])
            # A construction's own preposition part is attached by definition.
            preps = [p for t in parts for p in attached_preps(t, self.cfg)]
            preps += [preposition_of(t) for t in parts if t.pos_ == "ADP"]
            if match.entry.allows(composed, preps):
                entry = measure_sense(match.entry, parts, actors, self.cfg)
                found.append(Trigger(entry, anchor, tuple(parts), "MWE"))
                taken.update(t.i for t in parts)
        return found

    def _single(
        self, token: Token, lemma: str, clause: list[str], actors: ActorIndex
    ) -> Trigger | None:
        # A participle used as an adverb names a manner, not an act ("arbeitet nur
        # eingeschränkt").
        adverbial = token.tag_ == "ADJD" and token.dep_ == "advmod"
        if token.pos_ == "VERB" or (token.pos_ == "ADJ" and is_verbal(token) and not adverbial):
            entries = self.lexicon.lookup(lemma, pos="VERB")
            kind: TriggerKind = "VERB"
        elif token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.tag_ == "NN"):
            # A common noun the tagger called a name ("Grossangriff"): the STTS tag decides.
            entries = self._noun_entries(noun_candidates(lemma, token.text))
            kind = "NOUN"
        else:
            return None
        particles = [c for c in token.children if c.dep_ in self.cfg.particle_deps]
        entry = _senses(entries, clause, attached_preps(token, self.cfg))
        if entry is None:
            return None
        entry = measure_sense(entry, [token, *particles], actors, self.cfg)
        return Trigger(entry, token, (token, *particles), kind)

    def _far(self, token: Token, clause: list[str], actors: ActorIndex) -> Trigger | None:
        """A particle verb whose particle the parser hung elsewhere (`far_particles`)."""
        base = finite_form(token)
        particle = far_particle(token, base, self.lexicon, self.cfg) if base else None
        if base is None or particle is None:
            return None
        found = self.lexicon.lookup(base, particle=particle.text, pos="VERB")
        entry = _senses(found, clause, attached_preps(token, self.cfg))
        if entry is None:
            return None
        entry = measure_sense(entry, [token, particle], actors, self.cfg)
        return Trigger(entry, token, (token, particle), "VERB")

    def _dismissed(self, trigger: Trigger, actors: ActorIndex) -> bool:
        return (
            self._looming(trigger, actors)
            or self._awaited(trigger)
            or _demanded_thing(trigger, actors)
        )

    def _looming(self, trigger: Trigger, actors: ActorIndex) -> bool:
        """Whether a threat verb means that something impends ("Der Partei droht eine
        Millionenstrafe", "Deutschland droht ein Lockdown"): the threat sense takes no
        accusative object, so a bare noun phrase that names no agent beside it is what
        impends, and nobody threatens."""
        verb = trigger.anchor
        if trigger.kind != "VERB" or trigger.entry.lemma not in self.cfg.loom_verbs:
            return False
        for child in verb.children:
            if child.pos_ != "NOUN" or case_of(child) or child.dep_ in self.cfg.dative_deps:
                continue
            if "Dat" in feats(child, "Case"):
                continue
            hit = actors.actor_at(child)
            if hit is None or actors.type_of(hit[0]) == "LOC":
                return True
        return False

    def _awaited(self, trigger: Trigger) -> bool:
        """Whether a noun trigger is what someone hopes for, needs or expects ("auf
        Unterstützung hoffen", "ist auf Hilfe angewiesen"), or an agreement that
        exists already ("sein Versprechen einhalten"): its head word, reached directly
        or through its preposition, is such a word."""
        noun = trigger.anchor
        if trigger.kind != "NOUN" or noun.head.i == noun.i:
            return False
        head = noun.head.lemma_
        # An agreement kept, implemented or failed with is an existing document.
        existing = trigger.entry.type in self.cfg.existing_types and head in self.cfg.existing_heads
        # "von einem Treffen etwas erwarten": the meeting is the source of the hope.
        source = case_of(noun) in self.cfg.expectation_source_preps
        return existing or (head in self.cfg.expectation_heads and not source)

    def _noun_entries(self, candidates: list[str]) -> list[TriggerEntry]:
        for word in candidates:
            if entries := self.lexicon.lookup(word, pos="NOUN"):
                return entries
        for word in candidates:
            if head := self.lexicon.lookup_head(word):
                return head[1]
        return []

    def _mark_nested(self, triggers: list[Trigger]) -> list[Trigger]:
        anchors = {t.anchor.i for t in triggers}
        out = []
        for trig in triggers:
            nested = trig.kind == "NOUN" and _governed_by(trig.anchor, anchors, self.cfg)
            out.append(
                trig
                if not nested
                else Trigger(trig.entry, trig.anchor, trig.tokens, trig.kind, True)
            )
        return out


def _demanded_thing(trigger: Trigger, actors: ActorIndex) -> bool:
    if trigger.kind != "VERB" or trigger.entry.type not in _DEMAND_TYPES:
        return False
    return names_demanded_thing(trigger.anchor, actors)


def names_demanded_thing(verb: Token, actors: ActorIndex) -> bool:
    """Whether a demand verb is a passive relative clause that names what is demanded
    ("Nicht alles, was gefordert wird", "die Kosten, die von den Abgemahnten gefordert
    werden"): its subject is the relative pronoun and no actor demands it, so the
    clause is a noun phrase in disguise and nobody makes a demand here."""
    children = list(verb.children)
    relative = any(
        c.dep_ == "nsubj:pass" and ("Rel" in feats(c, "PronType") or c.lower_ == "was")
        for c in children
    )
    if not relative:
        return False
    agents = [c for c in children if c.dep_ == "obl:agent" or case_of(c) in _AGENT_PREPS]
    return all(actors.actor_at(a) is None for a in agents)


def _stray_attribute(parts: list[Token]) -> bool:
    """Whether a participle part attributes a noun outside the construction: "die
    verschärfte Wirtschaftskrise ... Sanktionen" is no tightening of sanctions, "die
    verschärften Sanktionen" is."""
    indices = {t.i for t in parts}
    return any(t.dep_ == "amod" and t.head.i not in indices for t in parts if t.pos_ == "ADJ")


_UMLAUT = str.maketrans("äöüÄÖÜ", "aouAOU")
_PLURAL_ENDINGS = ("en", "er", "n", "e", "s")
_NIS_ENDINGS = ("nissen", "nisses", "nisse")


def noun_candidates(lemma: str, text: str) -> list[str]:
    """Lemma, surface form, then the form without a plural ending, with and without
    umlaut, for lemmatisers that leave plurals alone ("Vorwürfe" -> "Vorwurf")."""
    found = [lemma, text]
    # Nouns in -nis double the s before an ending (Zugeständnisse, Bündnissen, Geständnisses).
    for ending in _NIS_ENDINGS:
        if text.endswith(ending):
            found.append(text[: -len(ending)] + "nis")
    for ending in _PLURAL_ENDINGS:
        if text.endswith(ending) and len(text) - len(ending) >= 4:
            stem = text[: -len(ending)]
            found += [stem, stem.translate(_UMLAUT)]
    return list(dict.fromkeys(found))


def _theme_link(token: Token, cfg: ExtractorConfig) -> bool:
    if token.dep_ in _PP_DEPS and case_of(token):
        return case_of(token) in cfg.theme_preps
    return token.dep_ in _THEME_DEPS


def _governed_by(token: Token, anchors: set[int], cfg: ExtractorConfig) -> bool:
    """Whether a noun is the theme of a trigger, directly or through one noun or
    verb in between ("Festigung der Kooperation", "die Zusammenarbeit auszubauen")."""
    current = token
    for _ in range(2):
        if not _theme_link(current, cfg) or current.head.i == current.i:
            return False
        current = current.head
        if current.i in anchors:
            return True
    return False
