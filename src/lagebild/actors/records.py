"""The knowledge base's records: frozen dataclasses, built from the compiled JSON once.

Dataclasses rather than pydantic models because the KB holds ~30,000 actors and loads on
every run; `KbActor.to_model()` gives the contract's `models.Actor`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from lagebild.models import Actor

ActorType = Literal["PER", "ORG", "GPE", "LOC", "MISC"]
MatchMethod = Literal["exact", "surname", "fuzzy", "abbreviation"]


def _date(value: object) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


@dataclass(frozen=True, slots=True)
class Role:
    """An office or a CAMEO code held over a period; `end` is exclusive, None = open."""

    role: str
    where: str | None = None
    code: str | None = None
    start: date | None = None
    end: date | None = None
    label: str | None = None
    source: str = ""

    def valid_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Role:
        return cls(
            role=data["role"],
            where=data.get("where"),
            code=data.get("code"),
            start=_date(data.get("start")),
            end=_date(data.get("end")),
            label=data.get("label"),
            source=data.get("source", ""),
        )


@dataclass(frozen=True, slots=True)
class KbActor:
    """One canonical actor: a person, organisation, state or place."""

    id: str
    type: ActorType
    name: str
    name_de: str | None
    names: dict[str, tuple[str, ...]]
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    wikidata: str | None = None
    abbreviations: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    sources: tuple[str, ...] = ()

    def all_names(self) -> list[str]:
        seen: dict[str, None] = {}
        for variants in self.names.values():
            for name in variants:
                seen.setdefault(name, None)
        return list(seen)

    def roles_on(self, day: date) -> list[Role]:
        return [r for r in self.roles if r.valid_on(day)]

    def code_on(self, day: date | None) -> str | None:
        """The CAMEO code on a day: a dated code role valid then, else the default code."""
        if day is not None:
            # The office taken last decides (a party leader who became a minister: GOV).
            valid = [r for r in self.roles if r.code and r.start is not None and r.valid_on(day)]
            if valid:
                return max(valid, key=lambda r: r.start or date.min).code
        return self.code

    def role_labels(self, day: date | None = None) -> list[str]:
        roles = self.roles if day is None else tuple(self.roles_on(day))
        return [r.label for r in roles if r.label]

    def to_model(self, day: date | None = None) -> Actor:
        """The contract record (without mentions)."""
        return Actor(
            id=self.id,
            name=self.name,
            name_de=self.name_de,
            type=self.type,
            country=self.country,
            sector=self.sector,
            code=self.code_on(day),
            wikidata=self.wikidata,
            roles=self.role_labels(day),
        )

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KbActor:
        return cls(
            id=data["id"],
            type=data["type"],
            name=data["name"],
            name_de=data.get("name_de"),
            names={lang: tuple(v) for lang, v in data.get("names", {}).items()},
            country=data.get("country"),
            sector=data.get("sector"),
            code=data.get("code"),
            wikidata=data.get("wikidata"),
            abbreviations=tuple(data.get("abbreviations", ())),
            roles=tuple(Role.from_json(r) for r in data.get("roles", ())),
            sources=tuple(data.get("sources", ())),
        )


@dataclass(frozen=True, slots=True)
class Candidate:
    """A KB actor that a surface string may refer to, with a score in [0, 1]."""

    actor: KbActor
    score: float
    matched: str
    method: MatchMethod


@dataclass(frozen=True, slots=True)
class CountryInfo:
    """A country's German names and the words derived from it."""

    iso3: str
    actor_id: str
    name_de: str
    names_de: tuple[str, ...]
    adjectives: tuple[str, ...]
    demonyms: tuple[str, ...]
    article: str = ""
    leader_role: str = "head_of_state"
    capital_id: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CountryInfo:
        return cls(
            iso3=data["iso3"],
            actor_id=data["actor_id"],
            name_de=data["name_de"],
            names_de=tuple(data.get("names_de", ())),
            adjectives=tuple(data.get("adjectives", ())),
            demonyms=tuple(data.get("demonyms", ())),
            article=data.get("article", ""),
            leader_role=data.get("leader_role", "head_of_state"),
            capital_id=data.get("capital_id"),
        )


@dataclass(frozen=True, slots=True)
class Metonym:
    """A place or seat of power standing for a government or organisation."""

    name: str
    forms: tuple[str, ...]
    actor_id: str
    code: str | None
    sector: str | None
    country: str | None
    place_id: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Metonym:
        return cls(
            name=data["name"],
            forms=tuple(data.get("forms", ())),
            actor_id=data["actor_id"],
            code=data.get("code"),
            sector=data.get("sector"),
            country=data.get("country"),
            place_id=data.get("place_id"),
        )


@dataclass(frozen=True, slots=True)
class RoleNoun:
    """A German noun naming a role, with its CAMEO sector and the office it points to."""

    noun: str
    forms: tuple[str, ...]
    sector: str
    role: str | None = None
    person: bool = True
    country: str | None = None
    qualifier: str | None = field(default=None, compare=False)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RoleNoun:
        return cls(
            noun=data["noun"],
            forms=tuple(data.get("forms", ())),
            sector=data["sector"],
            role=data.get("role"),
            person=bool(data.get("person", True)),
            country=data.get("country"),
        )
