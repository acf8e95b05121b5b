"""The actors of one article while it is linked: who they are and where they are mentioned.

`ArticleActors` collects entities (KB, learned or new) and their placed mentions; the
linking steps read it (surname chains, appositions, salience for pronouns) and add to it;
`to_models()` gives the contract's actor records, first-mentioned first.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Literal

from lagebild.actors.docview import Place
from lagebild.actors.legalforms import without_legal_form
from lagebild.actors.names import name_key, slug, surname_keys
from lagebild.actors.records import KbActor
from lagebild.models import Actor, Mention

NEW_PREFIX = "new:"
MentionKindT = Literal["name", "description", "pronoun", "metonym", "adjective"]


_UMLAUTS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)


def new_id(name: str) -> str:
    """„Universität Hamburg“ -> "new:universitaet-hamburg" (German transliteration, as the
    gold files write local ids)."""
    return NEW_PREFIX + slug(name.translate(_UMLAUTS))


def anonymous_id(label: str, text: str) -> str:
    """The id of an unnamed actor ("ein junger Mann", "ein externer Dienstleister"): scoped
    to this article's text, never learned across articles ("new:anon-mann-1a2b3c4d")."""
    return new_id(f"anon {label} {_text_scope(text)}")


@lru_cache(maxsize=8)
def _text_scope(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


@dataclass
class Entity:
    """One actor of the article; `model` is its contract record without mentions."""

    model: Actor
    is_person: bool
    gender: str | None = None
    # The gender came from the name alone (an ending, a first-name list): what the text says
    # ("Präsident X", "die Ministerin") overrides it.
    gender_guessed: bool = False
    keys: set[str] = field(default_factory=set)
    first_words: set[str] = field(default_factory=set)
    # A group of people named by a plural description ("die Demonstranten"): one actor that
    # plural pronouns ("sie", "ihre") may refer to.
    is_group: bool = False
    # Role key -> where (ISO3) for roles read from the text ("Kasachstans Präsident X").
    text_roles: dict[str, str] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.model.id

    @classmethod
    def from_kb(cls, actor: KbActor, day: date | None) -> Entity:
        entity = cls(actor.to_model(day), actor.type == "PER")
        if entity.is_person:
            for name in actor.all_names():
                entity.add_name_keys(name)
        return entity

    @classmethod
    def new(cls, name: str, type_: str) -> Entity:
        """An actor the KB does not know: a stable id from the name's slug (as in the gold)."""
        actor = Actor.model_validate(
            {"id": new_id(name), "name": name, "name_de": name, "type": type_}
        )
        entity = cls(actor, type_ == "PER")
        if entity.is_person:
            entity.add_name_keys(name)
        return entity

    def add_name_keys(self, name: str) -> None:
        self.keys.add(name_key(name))
        if len(name.split()) > 1:
            self.keys.update(surname_keys(name))
            self.first_words.add(name_key(name.split()[0]))


@dataclass(frozen=True, slots=True)
class Placed:
    """A mention of an entity, with its place in the Doc."""

    start: int
    end: int
    text: str
    kind: MentionKindT
    entity: str
    place: Place

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


class ArticleActors:
    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.mentions: list[Placed] = []

    def entity(self, candidate: Entity) -> Entity:
        """The article's entity with this id (or the same company with or without its legal
        form: "Blaser GmbH" ... "Blaser"), adding `candidate` if it is new."""
        found = self.entities.get(candidate.id) or self._same_company(candidate)
        return found or self.entities.setdefault(candidate.id, candidate)

    def _same_company(self, candidate: Entity) -> Entity | None:
        if candidate.is_person or not candidate.id.startswith(NEW_PREFIX):
            return None
        base = without_legal_form(candidate.model.name)
        for entity in self.entities.values():
            name = entity.model.name
            if (
                entity.id.startswith(NEW_PREFIX)
                and not entity.is_person
                and (base != candidate.model.name or without_legal_form(name) != name)
                and without_legal_form(name) == base
            ):
                return entity
        return None

    def add(
        self, entity: Entity, start: int, end: int, text: str, kind: MentionKindT, place: Place
    ) -> Placed:
        entity = self.entity(entity)
        placed = Placed(start, end, text, kind, entity.id, place)
        self.mentions.append(placed)
        return placed

    def covered(self, start: int, end: int, kinds: frozenset[str] | None = None) -> bool:
        return any(
            m.overlaps(start, end) and (kinds is None or m.kind in kinds) for m in self.mentions
        )

    def inside(self, start: int, end: int, kinds: frozenset[str] | None = None) -> bool:
        """Whether a mention (of these kinds) contains all of start..end."""
        return any(
            m.start <= start and end <= m.end and (kinds is None or m.kind in kinds)
            for m in self.mentions
        )

    def persons_by_key(self, key: str) -> list[Entity]:
        return [e for e in self.entities.values() if e.is_person and key in e.keys]

    def persons_by_first_word(self, key: str) -> list[Entity]:
        return [e for e in self.entities.values() if e.is_person and key in e.first_words]

    def before(self, char: int) -> list[Placed]:
        """Mentions that start before `char`, nearest last."""
        return sorted((m for m in self.mentions if m.start < char), key=lambda m: m.start)

    def to_models(self) -> list[Actor]:
        first: dict[str, int] = {}
        by_entity: dict[str, list[Mention]] = {}
        seen: set[tuple[str, int, int, str]] = set()
        for m in sorted(self.mentions, key=lambda m: (m.start, m.end)):
            if (m.entity, m.start, m.end, m.kind) in seen:
                continue
            seen.add((m.entity, m.start, m.end, m.kind))
            first.setdefault(m.entity, m.start)
            by_entity.setdefault(m.entity, []).append(
                Mention(start=m.start, end=m.end, text=m.text, kind=m.kind)
            )
        out = []
        for entity_id in sorted(first, key=lambda e: (first[e], e)):
            model = self.entities[entity_id].model.model_copy(deep=True)
            model.mentions = by_entity[entity_id]
            out.append(model)
        return out
