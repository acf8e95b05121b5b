"""Argument roles of a trigger from the dependency parse and morphology.

Verbs: the subject (nsubj) is the source; the accusative object is the target when
the entry says `obj: target`, the dative when `dat: target`; a PP whose preposition
the entry lists (gegen, mit, an, gegenüber, zu, ...) is the target. In the passive
(a participle with an auxiliary or an nsubj:pass) the von/durch phrase is the source
and the promoted subject the target (also when the parser hung the von phrase on an
adverb: "wurde deutlich von X kritisiert"); a bare dative the parser labelled
oblique is the dative object. A clause without a subject of its own
("um ... zu werben", "und kritisierte ...") takes its governing clause's subject; of
two phrases the parser labelled subject, the one naming an actor is it (a verb has one
subject: "Am Montag geht Geyer ...", "verübt die Hamas Selbstmordattentate").

Nouns: a genitive or possessive is the source or target as the entry's `gen` says
("Besuch Putins", "Festnahme des Journalisten"); von/durch is the source; listed
prepositions mark the target ("Haftbefehl gegen Putin"); an actor adjective or
compound part is the source ("westliche Sanktionen"); a participial attribute
lends its arguments ("der vom Strafgerichtshof gegen Putin ausgestellte
Haftbefehl"). A noun without a source that is the object or adjunct of a verb
takes that verb's subject ("Bei einer Pressekonferenz mit X betonte Putin").

Reciprocal entries (meetings, agreements) keep mit/zwischen partners as
participants; a gegen phrase makes the mention directed (docs/events.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from spacy.tokens import Token

from lagebild.events.actor_index import ActorIndex, ActorRef
from lagebild.events.clause import (
    case_of,
    clause_head,
    clause_tokens,
    feats,
    governors,
    is_verbal,
    preposition_of,
)
from lagebild.events.config import ExtractorConfig
from lagebild.events.parse_repairs import object_as_subject, shared_auxiliary, verb_dependents
from lagebild.events.participles import attributive_voice, stative_passive
from lagebild.events.triggers import Trigger

SourceHow = Literal["direct", "inherited", "speaker", "none"]


@dataclass
class Roles:
    source: list[ActorRef] = field(default_factory=list)
    target: list[ActorRef] = field(default_factory=list)
    how: SourceHow = "none"
    reciprocal: bool = False

    def add(self, side: Literal["source", "target"], refs: list[ActorRef]) -> None:
        bucket = self.source if side == "source" else self.target
        for ref in refs:
            if ref.actor not in {r.actor for r in bucket}:
                bucket.append(ref)

    @property
    def source_ids(self) -> frozenset[str]:
        return frozenset(r.actor for r in self.source)

    @property
    def target_ids(self) -> frozenset[str]:
        return frozenset(r.actor for r in self.target) - self.source_ids


def _is_passive(verb: Token, cfg: ExtractorConfig) -> bool:
    participle = verb.tag_ == "VVPP" or "Part" in feats(verb, "VerbForm")
    if not participle:
        return False
    # An agent phrase marks the passive on its own: "der erste Luxemburger gefallen,
    # von deutschen Soldaten getötet" has no auxiliary.
    return any(
        c.dep_ in cfg.passive_subject_deps
        or c.dep_ in cfg.agent_deps
        or (c.dep_.startswith("aux") and (c.lemma_ or c.text).casefold() == "werden")
        for c in verb.children
    )


def content_clauses(anchor: Token, cfg: ExtractorConfig) -> list[Token]:
    """Heads of the clauses that state what an accusation claims: a complement of
    the trigger, or of the verb governing a noun trigger, or a coordinated clause in
    Konjunktiv I (reported speech: "wiederholt seine Vorwürfe, der Westen führe ...")."""
    heads = [anchor] if is_verbal(anchor) else [anchor, anchor.head]
    found = []
    for child in (c for h in heads for c in h.children):
        if child.pos_ not in {"VERB", "AUX"} or child.i == anchor.i:
            continue
        reported = child.dep_ in {"conj", "parataxis"} and "Sub" in feats(child, "Mood")
        if child.dep_ in cfg.complement_deps or reported:
            found.append(child)
    return found


_DETERMINERS = frozenset({"ART", "PDS", "PDAT", "PPOSAT", "PIAT", "PIDAT"})
_CLAUSE_BREAKS = frozenset({"$.", "$,", "$(", "VVFIN", "VAFIN", "VMFIN", "KOUS", "KON"})
_PARTICIPLE = re.compile(r"(t|en)(e|en|em|er|es)$")


def prenominal_attribute(noun: Token, reach: int = 15) -> list[Token]:
    """The tokens between a determiner and an inflected participle right before the
    noun ("dem [im März vom Gericht gegen Putin] ausgestellten Haftbefehl")."""
    doc, i = noun.doc, noun.i - 1
    if i < 1 or doc[i].tag_ != "ADJA" or not _PARTICIPLE.search(doc[i].text):
        return []
    for j in range(i - 1, max(noun.sent.start, noun.i - reach) - 1, -1):
        if doc[j].tag_ in _DETERMINERS:
            return list(doc[j + 1 : i])
        if doc[j].tag_ in _CLAUSE_BREAKS:
            return []
    return []


def _passive_or_subject(verb: Token, cfg: ExtractorConfig) -> bool:
    deps = cfg.subject_deps | cfg.passive_subject_deps
    children = verb_dependents(verb, cfg)
    return _is_passive(verb, cfg) or any(c.dep_ in deps and not c.is_space for c in children)


def _phrase_head(token: Token, cfg: ExtractorConfig) -> Token:
    """Up through names, appositions and coordination to the phrase's head."""
    current = token
    links = cfg.np_link_deps | cfg.np_conj_deps
    while current.dep_ in links and current.head.i != current.i:
        current = current.head
    return current


def _shift(refs: list[ActorRef], steps: int) -> list[ActorRef]:
    return [ActorRef(r.actor, r.kind, r.steps + steps) for r in refs]


class RoleFinder:
    def __init__(self, cfg: ExtractorConfig, actors: ActorIndex) -> None:
        self.cfg = cfg
        self.actors = actors

    def roles(self, trigger: Trigger) -> Roles:
        roles = Roles(reciprocal=trigger.entry.reciprocal)
        anchor = trigger.anchor
        voice = attributive_voice(anchor) if is_verbal(anchor) else None
        if is_verbal(anchor):
            self._verb(anchor, trigger, roles)
            if voice is not None:
                self._attributed(anchor, trigger, roles, voice)
        else:
            self._noun(anchor, trigger, roles)
        for part in trigger.tokens:
            if part.i != anchor.i and part.pos_ in {"NOUN", "PROPN"}:
                self._preps(part, trigger, roles, passive=False)
        # The object of a verb of receiving has that verb's subject as its recipient.
        received = self._received(anchor, roles)
        # An attribute's arguments are its noun and its own phrases (participles.py).
        if not roles.source and not received and voice is None and self._may_inherit(anchor):
            self._inherit(anchor, roles)
        if (
            not roles.source
            and is_verbal(anchor)
            and voice is None
            and not _passive_or_subject(anchor, self.cfg)
        ):
            self._nominative(anchor, roles)
        if any(case_of(c) == "gegen" for t in trigger.tokens for c in t.children):
            roles.reciprocal = False  # "Krieg gegen die Ukraine" is directed
        if roles.reciprocal and not roles.source and len(roles.target) >= 2:
            # "Treffen zwischen X und Y": the partners are the actors.
            roles.source, roles.target, roles.how = roles.target, [], "direct"
        self._drop_place_sources(trigger, roles)
        if not roles.source:
            roles.reciprocal = False  # one known side is no evidence of a two-sided event
        if trigger.entry.type == "ACCUSE" and not roles.target:
            self._accused(anchor, roles)
        if roles.source and not roles.target and not roles.reciprocal:
            self._content_partner(trigger, roles)
        if roles.source and not roles.target and not roles.reciprocal:
            self._clause_partner(trigger, roles)
        if not roles.target and not roles.reciprocal and trigger.entry.type in self.cfg.blame_types:
            self._blamed(anchor, roles)
        return roles

    def _drop_place_sources(self, trigger: Trigger, roles: Roles) -> None:
        """A place named as such is no agent ("in Moestroff", "Manbidj ... unter ihre
        Kontrolle gebracht"); a capital standing for its government is a metonym
        mention and stays. Force against a place hits it: it becomes the recipient."""
        places = [
            r for r in roles.source if self.actors.type_of(r.actor) == "LOC" and r.kind != "metonym"
        ]
        if not places or roles.reciprocal:
            return
        roles.source = [r for r in roles.source if r not in places]
        if trigger.entry.type in self.cfg.context_target.place_types and not roles.target:
            roles.add("target", places)
        if not roles.source:
            roles.how = "none"

    # --- verbs -----------------------------------------------------------------------

    def _verb(self, verb: Token, trigger: Trigger, roles: Roles) -> None:
        entry, passive = trigger.entry, _is_passive(verb, self.cfg)
        # "vom Iran unterstützte Milizen", "die nun zerstört ist": passive readings.
        passive = passive or attributive_voice(verb) == "passive"
        passive = passive or (entry.obj != "none" and stative_passive(verb))
        shared = shared_auxiliary(verb, self.cfg)
        if shared is not None and not passive:
            passive = _is_passive(shared, self.cfg)
        subject = None if passive else object_as_subject(verb, self.cfg)
        for child in verb_dependents(verb, self.cfg):
            refs = self.actors.phrase_actors(child, self.cfg)
            if not refs and child.dep_ in self.cfg.subject_deps and not passive:
                refs = self.actors.national(child)
            if not refs:
                continue
            cases = set(feats(child, "Case"))
            if child.dep_ in self.cfg.subject_deps and shared is not None and not passive:
                # Its subject is the first participle's; what the parser called
                # one is an object ("hat die Regierung ... tausende Menschen verhaftet").
                if entry.obj == "target":
                    roles.add("target", refs)
            elif (child.dep_ in self.cfg.subject_deps and not passive) or (
                subject is not None and child.i == subject.i
            ):
                stray = self._stray_objects(child)
                stray_ids = {r.actor for s in stray for r in self.actors.phrase_actors(s, self.cfg)}
                roles.add("source", [r for r in refs if r.actor not in stray_ids] or refs)
                roles.how = "direct"
                if entry.obj == "target":
                    for token in stray:
                        roles.add("target", _shift(self.actors.phrase_actors(token, self.cfg), 1))
            elif child.dep_ in self.cfg.passive_subject_deps or (
                passive and child.dep_ in self.cfg.subject_deps
            ):
                if entry.obj == "target":
                    roles.add("target", refs)
            elif (
                child.dep_ in self.cfg.dative_deps
                or self._bare_dative(child)
                or (
                    child.dep_ in self.cfg.object_deps
                    and ("Dat" in cases or (entry.dat == "target" and self._dative_first(child)))
                )
            ):
                if entry.dat == "target" or (entry.obj == "target" and "Dat" not in cases):
                    roles.add("target", refs)
            elif child.dep_ in self.cfg.object_deps and entry.obj == "target":
                roles.add("target", refs)
        self._preps(verb, trigger, roles, passive=passive)
        if passive and not roles.source:
            self._adverb_agent(verb, roles)
        if not roles.target:
            self._stray_pps(verb, trigger, roles)
        if not roles.target and entry.obj != "target":
            self._object_pps(verb, trigger, roles)
        if not roles.target and entry.type in self.cfg.owner_types and entry.obj == "target":
            self._owners(verb, roles)
        if not roles.target and entry.type in self.cfg.theme_owner_types and entry.obj == "theme":
            self._owners(verb, roles, seized=True)
        if roles.how == "none" and roles.source:
            roles.how = "direct"

    def _attributed(self, verb: Token, trigger: Trigger, roles: Roles, voice: str) -> None:
        """The noun an attributive participle modifies: the agent of a present
        participle ("die protestierenden Studenten"), the patient of a past one ("die
        verhafteten Journalisten"). A past participle of a reciprocal verb names a
        standing relation ("die mit der Regierung verbündete Partei"), no act."""
        refs = _shift(self.actors.phrase_actors(verb.head, self.cfg), 1)
        if voice == "active":
            roles.add("source", [r for r in refs if r.actor not in roles.target_ids])
            if roles.source:
                roles.how = "direct"
        elif trigger.entry.obj == "target":
            roles.add("target", [r for r in refs if r.actor not in roles.source_ids])

    def _adverb_agent(self, verb: Token, roles: Roles) -> None:
        """The agent phrase of a passive that the parser hung on an adverb of the verb
        ("wurde zuletzt deutlich [von den Experten X und Y] kritisiert"): an adverb
        takes no agent, the passive participle does."""
        for adverb in verb.children:
            if adverb.dep_ != "advmod" or adverb.pos_ not in {"ADV", "ADJ"}:
                continue
            for pp in adverb.children:
                if pp.dep_ in self.cfg.oblique_deps and case_of(pp) in self.cfg.agent_preps:
                    refs = _shift(self.actors.phrase_actors(pp, self.cfg), 1)
                    if refs:
                        roles.add("source", refs)
                        roles.how = "direct"

    def _bare_dative(self, child: Token) -> bool:
        """A dative phrase without a preposition that the parser labelled oblique is
        the dative object ("Der Bund zahlt [den Ländern] mehr Geld"): a PP shows its
        preposition, and adverbial nouns of time are accusative or genitive."""
        return (
            child.dep_ in self.cfg.oblique_deps
            and child.dep_ != "nmod"
            and case_of(child) is None
            and feats(child, "Case") == ["Dat"]
        )

    def _dative_first(self, obj: Token) -> bool:
        """Of two bare objects the first is the dative: German puts the recipient
        before the thing, and names without an article show no case ("gibt Ägypten
        den Sinai zurück")."""
        return any(
            c.dep_ in self.cfg.object_deps and c.i > obj.i and c.pos_ in {"NOUN", "PROPN"}
            and not case_of(c)
            for c in obj.head.children
        )  # fmt: skip

    def _owners(self, verb: Token, roles: Roles, seized: bool = False) -> None:
        """An object that names no actor is a thing; the actors its modifiers name own
        it, and criticising or rejecting it addresses them ("kritisierte die
        US-türkische Vereinbarung" -> USA, Turkey). Force and coercion against a
        thing (`seized`: theme_owner_types) hit the actor the object names or its
        genitive owner too ("grenzt den Gazastreifen ab", "okkupierte das Gebiet der
        Tschechen")."""
        source = {r.actor for r in roles.source}
        for child in verb.children:
            if child.dep_ in self.cfg.object_deps and not case_of(child):
                owners = self.actors.modifier_actors(child, self.cfg)
                if seized:  # what is seized or destroyed: the actor it names, or its owner
                    owners += self.actors.phrase_actors(child, self.cfg)
                    owners += [r for g in child.children if self._genitive(g)
                               for r in _shift(self.actors.phrase_actors(g, self.cfg), 2)]  # fmt: skip
                roles.add("target", [r for r in owners if r.actor not in source])

    def _blamed(self, anchor: Token, roles: Roles) -> None:
        """The one whose act is the reason for an accusation or a punishment is its
        recipient ("ermitteln wegen möglicher Verstöße der AfD" -> AfD)."""
        source = {r.actor for r in roles.source}
        for child in anchor.children:
            if child.dep_ in self.cfg.oblique_deps and case_of(child) in self.cfg.reason_preps:
                refs = self.actors.phrase_actors(child, self.cfg)
                refs = refs or self.actors.modifier_actors(child, self.cfg)
                # The reason's genitive, also when the tagger missed its case ("der AfD").
                for nmod in (c for c in child.children if c.dep_ == "nmod" and not case_of(c)):
                    refs = refs or _shift(self.actors.phrase_actors(nmod, self.cfg), 1)
                roles.add("target", _shift([r for r in refs if r.actor not in source], 1))

    def _stray_pps(self, verb: Token, trigger: Trigger, roles: Roles) -> None:
        """A PP that stands inside an extraposed infinitive clause but hangs on the
        governing verb belongs to the infinitive ("ist verpflichtet, [bei der EU] eine
        Verlängerung zu beantragen"): the clause runs from after that verb to the
        infinitive, so nothing in between can be the governing verb's."""
        head = verb.head
        if verb.dep_ != "xcomp" or head.i >= verb.i:
            return
        for sibling in head.children:
            if sibling.dep_ not in self.cfg.oblique_deps or not head.i < sibling.left_edge.i:
                continue
            if sibling.i < verb.i and case_of(sibling) in trigger.entry.preps:
                roles.add("target", _shift(self.actors.phrase_actors(sibling, self.cfg), 1))

    def _object_pps(self, verb: Token, trigger: Trigger, roles: Roles) -> None:
        """A PP with one of the entry's prepositions hung on the verb's object (the
        thing moved, not a recipient) is the verb's: parsers attach it to the nearest
        noun ("zieht seine Soldaten [aus dem Gazastreifen] ab")."""
        for obj in verb.children:
            if obj.dep_ not in self.cfg.object_deps:
                continue
            nouns = [obj, *(c for c in obj.children if c.dep_ in self.cfg.np_conj_deps)]
            pps = [c for n in nouns for c in n.children if c.dep_ in self.cfg.oblique_deps]
            for pp in pps:
                if case_of(pp) in trigger.entry.preps:
                    roles.add("target", _shift(self.actors.phrase_actors(pp, self.cfg), 2))

    def _stray_objects(self, subject: Token) -> list[Token]:
        """Noun phrases the parser hung on the subject as apposition although their
        article is accusative: an apposition agrees in case with its head, so "Russlands
        Staatspräsident [das Nachbarland Kasachstan]" holds the verb's object."""
        if "Nom" not in feats(subject, "Case"):
            return []
        found = []
        for child in subject.children:
            if child.dep_ not in self.cfg.np_link_deps or child.i < subject.i:
                continue
            dets = [d for d in child.children if d.dep_ == "det"]
            if any("Acc" in feats(d, "Case") and "Nom" not in feats(d, "Case") for d in dets):
                found.append(child)
        return found

    # --- nouns -----------------------------------------------------------------------

    def _genitive(self, child: Token) -> bool:
        """A genitive or possessive dependent of a noun ("Besuch Putins", "seine")."""
        return child.dep_ in self.cfg.genitive_deps or (
            child.dep_ == "nmod" and "Gen" in feats(child, "Case") and not case_of(child)
        )

    def _noun(self, noun: Token, trigger: Trigger, roles: Roles) -> None:
        entry = trigger.entry
        for child in noun.children:
            genitive = self._genitive(child)
            if genitive and entry.gen != "none":
                refs = self.actors.phrase_actors(child, self.cfg)
                roles.add(entry.gen, refs)
            if genitive:
                self._genitive_pps(child, trigger, roles)
            elif child.dep_ in self.cfg.modifier_deps:
                hit = self.actors.actor_at(child)
                # A place's adjective names where, not who ("Münchner Abkommen").
                if hit and self.actors.type_of(hit[0]) != "LOC":
                    roles.add("source", [ActorRef(hit[0], hit[1], 1)])
            if child.dep_ == "amod" and child.tag_ in {"ADJA", "VVPP"}:
                # A participial attribute carries the noun's arguments.
                self._preps(child, trigger, roles, passive=True)
        self._preps(noun, trigger, roles, passive=True)
        if not roles.target or not roles.source:
            self._next_pp(noun, trigger, roles)
        if not roles.source or not roles.target:
            self._prenominal(noun, trigger, roles)
        partial = self.actors.partial.get(noun.i)
        if partial:
            side: Literal["source", "target"] = "target" if roles.source else "source"
            if trigger.entry.type in {"ASSAULT", "COERCE"} and not roles.target:
                side = "target"
            roles.add(side, [ActorRef(partial[0], partial[1], 0)])
        if roles.source:
            roles.how = "direct"

    def _genitive_pps(self, genitive: Token, trigger: Trigger, roles: Roles) -> None:
        """A PP with one of the entry's prepositions hung on the noun's genitive is the
        noun's ("der Rückzug der US-Militärs [aus Syrien]"): parsers attach it to the
        nearest noun."""
        for child in genitive.children:
            if child.dep_ in self.cfg.oblique_deps and case_of(child) in trigger.entry.preps:
                roles.add("target", _shift(self.actors.phrase_actors(child, self.cfg), 2))

    def _next_pp(self, noun: Token, trigger: Trigger, roles: Roles) -> None:
        """A PP right after the noun but attached by the parser to the verb is the
        noun's ("verhängte Sanktionen gegen Iran"): PP attachment is the parser's
        commonest error, and the entry's prepositions make the reading safe. An agent
        preposition there names the actor."""
        needs_target = not roles.target
        for sibling in noun.head.children:
            if (
                sibling.dep_ not in self.cfg.oblique_deps
                or sibling.left_edge.i != noun.right_edge.i + 1
            ):
                continue
            prep = case_of(sibling)
            refs = _shift(self.actors.phrase_actors(sibling, self.cfg), 1)
            if prep in self.cfg.agent_preps and not roles.source and refs:
                # "Die Unterdrückung der Proteste [durch die Polizei] geht weiter"
                roles.add("source", refs)
                roles.how = "direct"
            elif prep in trigger.entry.preps and needs_target:
                roles.add("target", refs)

    def _prenominal(self, noun: Token, trigger: Trigger, roles: Roles) -> None:
        """An extended participial attribute between article and noun carries the
        noun's arguments ("dem im März vom Strafgerichtshof gegen Putin ausgestellten
        Haftbefehl"). Read from the STTS tags, because parsers seldom get its inside
        right: von/durch X is the source, an entry preposition's X the target."""
        chunk = prenominal_attribute(noun)
        for k, token in enumerate(chunk):
            if token.tag_ not in {"APPR", "APPRART"}:
                continue
            prep = preposition_of(token)
            phrase = []
            for nxt in chunk[k + 1 :]:
                if nxt.tag_ in {"APPR", "APPRART"}:
                    break
                phrase.append(nxt)
            hit = next((h for t in phrase if (h := self.actors.actor_at(t))), None)
            if hit is None:
                continue
            ref = ActorRef(hit[0], hit[1], 2)
            if prep in self.cfg.agent_preps and not roles.source:
                roles.add("source", [ref])
                roles.how = "direct"
            elif prep in trigger.entry.preps and not roles.target:
                roles.add("target", [ref])

    # --- prepositional arguments -----------------------------------------------------------

    def _preps(self, token: Token, trigger: Trigger, roles: Roles, passive: bool) -> None:
        entry = trigger.entry
        for child in token.children:
            if child.dep_ not in self.cfg.oblique_deps:
                continue
            prep = case_of(child)
            if prep is None:
                continue
            refs = self.actors.phrase_actors(child, self.cfg)
            if not refs and passive and prep in self.cfg.agent_preps:
                refs = self.actors.national(child)
            if not refs:
                continue
            if passive and prep in self.cfg.agent_preps:
                roles.add("source", refs)
                roles.how = "direct"
            elif prep in entry.preps or (entry.reciprocal and prep in self.cfg.reciprocal_preps):
                roles.add("target", refs)

    def _may_inherit(self, anchor: Token) -> bool:
        if is_verbal(anchor):
            return True
        if not is_verbal(anchor.head):
            return False  # "Scharfmacher im Ukraine-Krieg": the noun hangs on a noun
        if anchor.dep_ in self.cfg.object_deps or self._second_subject(anchor):
            return True
        return anchor.dep_ in self.cfg.oblique_deps and case_of(anchor) in self.cfg.inherit_preps

    def _second_subject(self, noun: Token) -> bool:
        """Whether a noun the parser made a subject stands beside another subject that
        names an actor: a verb has one subject, so the act is its object ("Zudem verübt
        die Hamas [erste Selbstmordattentate]")."""
        if noun.dep_ not in self.cfg.subject_deps:
            return False
        return any(
            c.i != noun.i and c.dep_ in self.cfg.subject_deps
            and self.actors.phrase_actors(c, self.cfg)
            for c in noun.head.children
        )  # fmt: skip

    def _accused(self, anchor: Token, roles: Roles) -> None:
        """The subject of an accusation's content clause is its target
        ("Bedenken, dass Moskau ... nutzen könnte", "warf vor, X habe ...")."""
        # The content clause hangs on the noun ("Vorwürfe, der Westen führe ...") or,
        # as parsers often attach it, on the verb that governs the noun.
        for child in content_clauses(anchor, self.cfg):
            for grand in child.children:
                if grand.dep_ in self.cfg.subject_deps:
                    roles.add("target", _shift(self.actors.phrase_actors(grand, self.cfg), 1))

    def _content_partner(self, trigger: Trigger, roles: Roles) -> None:
        """A commitment's recipient is the one its complement clause acts on: the
        objects of "den Palästinensern Autonomie zu gewähren" after "erklärt sich
        bereit", not an actor of a coordinated clause or the focus country."""
        if trigger.entry.type not in self.cfg.content_target_types:
            return
        taken = roles.source_ids
        for clause in trigger.anchor.children:
            if clause.dep_ not in self.cfg.content_verb_deps or not is_verbal(clause):
                continue
            for obj in clause.children:
                if obj.dep_ in self.cfg.object_deps | self.cfg.dative_deps:
                    refs = self.actors.phrase_actors(obj, self.cfg)
                    roles.add("target", _shift([r for r in refs if r.actor not in taken], 1))

    def _clause_partner(self, trigger: Trigger, roles: Roles) -> None:
        """A verbal act with a source and no recipient found on the parse takes the one
        other actor of its clause, if there is exactly one (no place, not the source's
        country): the recipient is there, the parse just did not attach it."""
        if trigger.entry.type not in self.cfg.discourse_target.types:
            return
        home = {self.actors.country(r.actor) for r in roles.source} - {None}
        # The subject's own attributes name its owner or affiliation, no recipient
        # ("Das Unternehmen von Mark Zuckerberg kritisiert ...").
        subject = {
            t.i
            for c in trigger.anchor.children
            if c.dep_ in self.cfg.subject_deps
            for t in c.subtree
        }
        others = set()
        for token in clause_tokens(trigger.anchor, self.cfg):
            if token.i in subject:
                continue
            hit = self.actors.actor_at(token)
            if hit is None or hit[0] in roles.source_ids:
                continue
            if self.actors.type_of(hit[0]) == "LOC" or self.actors.country(hit[0]) in home:
                continue
            others.add(hit)
        if len({actor for actor, _ in others}) == 1:
            actor, kind = next(iter(others))
            roles.add("target", [ActorRef(actor, kind, 3)])

    def _nominative(self, verb: Token, roles: Roles) -> None:
        """When the parse gives the verb no subject at all: the nearest actor phrase of
        its clause in the nominative that is no object and not inside a PP (the
        morphology, not the word order, decides; taggers often miss a postponed
        subject: "Am Sonntag trafen X und Y")."""
        taken = {r.actor for r in roles.target}
        candidates = []
        for token in clause_tokens(verb, self.cfg):
            head = _phrase_head(token, self.cfg)
            if head.i == verb.i or self.actors.actor_at(token) is None:
                continue
            if case_of(head) or head.dep_ in self.cfg.object_deps | self.cfg.oblique_deps:
                continue
            if "Nom" not in feats(head, "Case") and "Nom" not in feats(token, "Case"):
                continue
            candidates.append((abs(token.i - verb.i), head))
        for _, head in sorted(candidates, key=lambda c: c[0]):
            refs = [r for r in self.actors.phrase_actors(head, self.cfg) if r.actor not in taken]
            if refs:
                roles.add("source", _shift(refs, 1))
                roles.how = "inherited"
                return

    # --- subjects from the governing clause ---------------------------------------------

    def _received(self, anchor: Token, roles: Roles) -> bool:
        """Whether `anchor` is a noun that is the object of a verb of receiving; its
        subject is then the recipient ("erhielt eine Großspende von ...")."""
        verb = anchor.head
        if is_verbal(anchor) or anchor.dep_ not in self.cfg.object_deps or verb.i == anchor.i:
            return False
        if verb.lemma_.casefold() not in self.cfg.receive_verbs:
            return False
        for child in verb.children:
            if child.dep_ in self.cfg.subject_deps and not child.is_space:
                taken = roles.source_ids | roles.target_ids
                refs = [
                    r for r in self.actors.phrase_actors(child, self.cfg) if r.actor not in taken
                ]
                roles.add("target", _shift(refs, 1))
        return True

    def _inherit(self, anchor: Token, roles: Roles) -> None:
        """A subjectless clause or a noun adjunct takes the nearest governing subject."""
        own = any(
            c.dep_ in self.cfg.subject_deps and not c.is_space
            for c in (verb_dependents(anchor, self.cfg) if is_verbal(anchor) else anchor.children)
        )
        if own and shared_auxiliary(anchor, self.cfg) is None:
            return  # its own subject names no actor: borrowing one would be a guess
        steps = 1
        candidates = [clause_head(anchor, self.cfg), *governors(anchor, self.cfg)]
        for head in candidates[:3]:
            if head.i == anchor.i and is_verbal(anchor):
                continue
            own_subject = not is_verbal(anchor) and anchor.dep_.startswith("nsubj")
            if own_subject and not self._second_subject(anchor):
                return  # the noun is the subject itself: no actor to borrow
            repaired = object_as_subject(head, self.cfg)
            subjects = [
                child
                for child in head.children
                if (child.dep_ in self.cfg.subject_deps or child.i == getattr(repaired, "i", -1))
                and child.i != anchor.i
                and not child.is_space
            ]
            # Of two "subjects" the one naming an actor is the subject: a time phrase
            # the parser took for one ("Am Montag geht Ressortchef Geyer ...") names none.
            found = [refs for c in subjects if (refs := self.actors.phrase_actors(c, self.cfg))]
            if found:
                roles.add("source", _shift(found[0], steps))
                roles.how = "inherited"
                return
            if subjects:
                return  # a subject without an actor: do not look further up
            steps += 1
