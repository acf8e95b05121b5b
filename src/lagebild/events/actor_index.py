"""Which actor a token refers to, from the actors stage's mention offsets.

A token belongs to the longest mention that covers it: in "Russlands
Staatspräsident" the description mention (Putin) wins over the name "Russlands"
(Russia). `phrase_actors` then resolves a whole noun phrase from its head,
following appositions, names and coordination through the parse.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from lagebild.events.clause import feats
from lagebild.events.config import ExtractorConfig
from lagebild.models import Actor


@dataclass(frozen=True)
class ActorRef:
    """One actor found for a phrase, with how it was found (for confidence)."""

    actor: str
    kind: str  # the mention kind: name, description, pronoun, metonym, adjective
    steps: int  # dependency steps from the phrase head to the mention's token


class ActorIndex:
    """Token index -> (actor id, mention kind, mention span) for one Doc."""

    def __init__(self, doc: Doc, actors: Sequence[Actor]) -> None:
        self.by_token: dict[int, tuple[str, str, tuple[int, int]]] = {}
        # Tokens that a mention covers only in part: the first element of a compound
        # ("Ukraine-Krieg", "US-Sanktionen") names a participant of the head's event.
        self.partial: dict[int, tuple[str, str]] = {}
        # Every actor a token names in part, in text order: "US-türkische" names both
        # the United States and Turkey.
        self.parts: dict[int, list[tuple[int, str, str]]] = {}
        self.actors = {a.id: a for a in actors}
        spans = sorted(
            ((m.start, m.end, a.id, m.kind) for a in actors for m in a.mentions),
            key=lambda s: s[1] - s[0],
        )
        # Shortest first, so the longest covering mention is written last and wins.
        for start, end, actor_id, kind in spans:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                if start <= token.idx and token.idx + len(token.text) <= end:
                    self.by_token[token.i] = (actor_id, kind, (start, end))
                else:
                    self.partial[token.i] = (actor_id, kind)
                    self.parts.setdefault(token.i, []).append((start, actor_id, kind))

    def actor_at(self, token: Token) -> tuple[str, str] | None:
        found = self.by_token.get(token.i)
        return (found[0], found[1]) if found else None

    def modifier_actors(self, head: Token, cfg: ExtractorConfig) -> list[ActorRef]:
        """Actors named by a noun's adjective and compound modifiers, places excepted:
        the owners of the thing ("die US-türkische Vereinbarung" -> USA, Turkey;
        "die russische Politik" -> Russia)."""
        found: list[ActorRef] = []
        for child in head.children:
            if child.dep_ not in cfg.modifier_deps:
                continue
            hits = [(h[0], h[1])] if (h := self.actor_at(child)) else []
            hits += [(a, k) for _, a, k in sorted(self.parts.get(child.i, []))]
            found += [ActorRef(a, k, 2) for a, k in hits if self.type_of(a) != "LOC"]
        return list({r.actor: r for r in found}.values())

    def in_name(self, token: Token) -> bool:
        """Whether the token lies inside a name mention (no trigger there: "Vertrag" in
        "Organisation des Vertrags über kollektive Sicherheit")."""
        found = self.by_token.get(token.i)
        return bool(found and found[1] == "name")

    def country(self, actor_id: str) -> str | None:
        actor = self.actors.get(actor_id)
        return actor.country if actor else None

    def type_of(self, actor_id: str) -> str | None:
        actor = self.actors.get(actor_id)
        return actor.type if actor else None

    def phrase_actors(self, head: Token, cfg: ExtractorConfig) -> list[ActorRef]:
        """Actors of the noun phrase headed by `head`, coordinated phrases included."""
        found: list[ActorRef] = []
        for conjunct in _conjuncts(head, cfg):
            ref = self._one_phrase(conjunct, cfg, steps=0 if conjunct is head else 1)
            if ref and ref.actor not in {f.actor for f in found}:
                found.append(ref)
        return found

    def _one_phrase(self, head: Token, cfg: ExtractorConfig, steps: int) -> ActorRef | None:
        own = self.actor_at(head)
        if own:
            return ActorRef(own[0], own[1], steps)
        antecedent = _antecedent(head)
        if antecedent is not None:
            return self._one_phrase(antecedent, cfg, steps + 2)
        # Breadth first through apposition and name links, then a genitive
        # ("der Präsident Russlands" -> Russia, when no description mention covers it).
        frontier, depth = [head], 0
        while frontier and depth < 3:
            depth += 1
            # A phrase with its own preposition is no apposition, whatever the parser
            # says ("Zehn Kilometer von dort, [in Moestroff]").
            nxt = [
                c
                for t in frontier
                for c in t.children
                if c.dep_ in cfg.np_link_deps and not _has_case(c)
            ]
            for token in nxt:
                hit = self.actor_at(token)
                if hit:
                    return ActorRef(hit[0], hit[1], steps + depth)
            frontier = nxt
        for child in head.children:
            if child.dep_ == "nmod" and "Gen" in feats(child, "Case"):
                hit = self.actor_at(child)
                if hit:
                    return ActorRef(hit[0], hit[1], steps + 1)
        return None

    def national(self, head: Token) -> list[ActorRef]:
        """The nation whose adjective names an agent group that is no actor itself
        ("durch russische Kampfflieger" -> Russia, "von deutschen Soldaten getötet" ->
        Germany, "die deutsche Obrigkeit beraubte ..."): PLOVER codes forces and
        officials by their country. Only for agents (subject, von/durch): as objects
        such phrases name things ("treffen den syrischen Militärkomplex"). Places
        excepted."""
        if head.pos_ not in {"NOUN", "PROPN"} or self.actor_at(head):
            return []
        for child in head.children:
            hit = self.actor_at(child) if child.dep_ == "amod" else None
            if hit and hit[1] == "adjective" and self.type_of(hit[0]) != "LOC":
                return [ActorRef(hit[0], hit[1], 1)]
        return []


def _has_case(token: Token) -> bool:
    return any(c.dep_ == "case" for c in token.children)


def _antecedent(token: Token) -> Token | None:
    """The noun a relative pronoun stands for ("die Länder, die das gefordert
    hatten": die -> Länder): the head of the relative clause's head."""
    if token.tag_ not in {"PRELS", "PRELAT"}:
        return None
    clause = token.head
    if not clause.dep_.startswith("acl") or clause.head.i == clause.i:
        return None
    return clause.head


def _conjuncts(head: Token, cfg: ExtractorConfig) -> list[Token]:
    out, stack = [head], [head]
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ in cfg.np_conj_deps and child.pos_ not in {"VERB", "AUX"}:
                out.append(child)
                stack.append(child)
    return out
