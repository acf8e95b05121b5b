"""Actors while the KB is compiled: drafts, stable ids, and the safe merging of persons.

A person from a second source joins an existing draft only when that is safe: the same
phonetic name key in the same country and exactly one such person, or failing that the same
surname with every word alike (`MERGE_SIMILARITY`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from lagebild.actors.names import key_similarity, name_key, slug, surname_keys

# Word-by-word similarity (phonetic keys) for merging two records of one person that share
# a surname (Kasymzhomart Tokayev = Kassym-Jomart Tokayev); see docs/actors.md.
MERGE_SIMILARITY = 0.75
SOURCE_ORDER = ("reviewed", "world-leaders", "countries", "petrarch", "partyfacts", "geonames")


@dataclass
class Draft:
    """An actor while the build assembles it (JSON-ready on `to_json`)."""

    id: str
    type: str
    name: str
    name_de: str | None = None
    names: dict[str, list[str]] = field(default_factory=lambda: {"de": [], "en": [], "other": []})
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    wikidata: str | None = None
    abbreviations: list[str] = field(default_factory=list)
    roles: list[dict[str, Any]] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    # A place's adjective forms ("Münchner", "thüringischen"): adjective mentions of it.
    adjectives: list[str] = field(default_factory=list)

    def add_names(self, lang: str, names: list[str] | tuple[str, ...]) -> None:
        bucket = self.names.setdefault(lang, [])
        for name in names:
            name = " ".join(name.split())
            if name and name not in bucket:
                bucket.append(name)

    def add_source(self, source: str) -> None:
        if source not in self.sources:
            self.sources.append(source)

    def to_json(self) -> dict[str, Any]:
        roles = sorted(
            self.roles,
            key=lambda r: (SOURCE_ORDER.index(r["source"]), r.get("start") or "", r["role"]),
        )
        data: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "name": self.name,
            "name_de": self.name_de,
            "names": {k: v for k, v in self.names.items() if v},
            "country": self.country,
            "sector": self.sector,
            "code": self.code,
            "wikidata": self.wikidata,
            "abbreviations": self.abbreviations,
            "roles": roles,
            "adjectives": self.adjectives,
            "sources": sorted(self.sources, key=SOURCE_ORDER.index),
        }
        return {k: v for k, v in data.items() if v not in (None, [], {})}


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def draft_names(draft: Draft) -> list[str]:
    return [n for names in draft.names.values() for n in names]


class Registry:
    """The drafts by id, with the indexes that find a person again."""

    def __init__(self) -> None:
        self.actors: dict[str, Draft] = {}
        self.person_keys: dict[tuple[str | None, str], set[str]] = defaultdict(set)
        self.surname_index: dict[tuple[str | None, str], set[str]] = defaultdict(set)
        self.org_keys: dict[str, str] = {}
        self.stats: dict[str, int] = defaultdict(int)

    def _new_id(self, preferred: str | None, prefix: str, name: str) -> str:
        if preferred and preferred not in self.actors:
            return preferred
        base = f"lb:{prefix}-{slug(name)}"
        candidate, n = base, 2
        while candidate in self.actors:
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    def _add(self, draft: Draft) -> Draft:
        self.actors[draft.id] = draft
        return draft

    def _index_person(self, draft: Draft) -> None:
        for name in draft_names(draft):
            self.person_keys[(draft.country, name_key(name))].add(draft.id)
            for key in surname_keys(name)[:1]:
                self.surname_index[(draft.country, key)].add(draft.id)

    def _find_person(self, country: str | None, names: list[str]) -> str | None:
        """The one person already known under one of these names in this country.

        Failing an exact key, the same surname and a full-name similarity of at least
        MERGE_SIMILARITY (Kasymzhomart Tokayev = Kassym-Jomart Tokayev) is enough, when only
        one person qualifies.
        """
        found: set[str] = set()
        for name in names:
            found |= self.person_keys.get((country, name_key(name)), set())
        if found:
            return next(iter(found)) if len(found) == 1 else None
        for name in names:
            for key in surname_keys(name)[:1]:
                for actor_id in self.surname_index.get((country, key), set()):
                    if self._similar_person(actor_id, name):
                        found.add(actor_id)
        return next(iter(found)) if len(found) == 1 else None

    def _similar_person(self, actor_id: str, name: str) -> bool:
        """Same number of words, each pair of words alike.

        "George Bush" and "George W. Bush" (father and son) differ in length; "Lajos Molnar"
        and "Laszlo Molnar" share a surname but not a first name.
        """
        mine = [name_key(w) for w in name.split()]
        for other in draft_names(self.actors[actor_id]):
            theirs = [name_key(w) for w in other.split()]
            if len(theirs) == len(mine) and all(
                key_similarity(a, b) >= MERGE_SIMILARITY for a, b in zip(mine, theirs, strict=True)
            ):
                return True
        return False

    def _rekey(self, draft: Draft, qid: str) -> Draft:
        """Give a reviewed person without QID the QID Wikidata's table has for them."""
        del self.actors[draft.id]
        for ids in (*self.person_keys.values(), *self.surname_index.values()):
            if draft.id in ids:
                ids.discard(draft.id)
                ids.add(qid)
        draft.id, draft.wikidata = qid, qid
        self.stats["qids_from_world_leaders"] += 1
        return self._add(draft)
