"""Actors the KB does not know, learned across articles.

The store keeps every actor an article produced; the new ones (ids `new:<slug>`) come
back here as a `KnownActors` source, which the linker consults after the KB, so a person
introduced as "der Grünen-Politiker Max Beispiel" in one article is the same actor, with
the same role and country, when a later article says "Beispiel".

    known = load_known_actors("lagebild.duckdb")
    stage = ActorsStage(known=known)
    list_new_actors("lagebild.duckdb")        # what `lagebild actors --new` prints
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from lagebild.actors.entities import NEW_PREFIX
from lagebild.actors.names import genitive_stems, name_key, surname_keys
from lagebild.models import Actor

ACTOR_COLUMNS = ("id", "name", "name_de", "type", "country", "sector", "code", "wikidata", "roles")


class KnownActors:
    """Learned actors indexed by name key; a surname alone matches only if it is unique."""

    def __init__(self, actors: Iterable[Actor] = ()) -> None:
        self.by_id: dict[str, Actor] = {}
        self._full: dict[str, str] = {}
        self._surname: dict[str, set[str]] = {}
        for actor in actors:
            self.add(actor)

    def add(self, actor: Actor) -> None:
        actor = actor.model_copy(update={"mentions": []})
        self.by_id[actor.id] = actor
        for name in {actor.name, actor.name_de or actor.name}:
            self._full.setdefault(name_key(name), actor.id)
            if actor.type == "PER" and len(name.split()) > 1:
                for key in surname_keys(name):
                    self._surname.setdefault(key, set()).add(actor.id)

    def match(self, surface: str) -> Actor | None:
        for stem in genitive_stems(surface):
            key = name_key(stem)
            if key in self._full:
                return self.by_id[self._full[key]]
            ids = self._surname.get(key, set())
            if len(ids) == 1:
                return self.by_id[next(iter(ids))]
        return None

    def __len__(self) -> int:
        return len(self.by_id)


def _roles(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = json.loads(value) if value.strip() else []
    return [str(v) for v in value] if isinstance(value, list) else []


def actor_from_row(row: Mapping[str, Any]) -> Actor:
    return Actor(
        id=row["id"],
        name=row["name"],
        name_de=row.get("name_de"),
        type=row.get("type") or "MISC",
        country=row.get("country"),
        sector=row.get("sector"),
        code=row.get("code"),
        wikidata=row.get("wikidata"),
        roles=_roles(row.get("roles")),
    )


ANONYMOUS_PREFIX = NEW_PREFIX + "anon-"


def is_learnable(actor_id: str) -> bool:
    """Named actors the KB does not know; unnamed people ("ein junger Mann") stay in
    their article."""
    return actor_id.startswith(NEW_PREFIX) and not actor_id.startswith(ANONYMOUS_PREFIX)


def learned_actors_from_rows(
    rows: Iterable[Mapping[str, Any] | Sequence[Any]], columns: Sequence[str] = ACTOR_COLUMNS
) -> KnownActors:
    """The store's `actors` rows (dicts, or tuples in `columns` order) -> a `KnownActors`
    source of the actors the KB does not know (ids `new:...`)."""
    known = KnownActors()
    for row in rows:
        data = row if isinstance(row, Mapping) else dict(zip(columns, row, strict=False))
        if is_learnable(str(data.get("id", ""))):
            known.add(actor_from_row(data))
    return known


_NEW_SQL = """
SELECT a.id, a.name, a.name_de, a.type, a.country, a.sector, a.code, a.wikidata, a.roles,
       a.first_seen, count(m.actor_id) AS mentions, count(DISTINCT m.article_id) AS articles
FROM actors a LEFT JOIN mentions m ON m.actor_id = a.id
WHERE a.id LIKE ?
GROUP BY ALL
ORDER BY articles DESC, mentions DESC, a.id
"""


def list_new_actors(db_path: str | Path) -> list[dict[str, Any]]:
    """Actors the KB does not know, most-mentioned first, for review (`lagebild actors --new`):
    id, name, type, country, sector, code, roles, first_seen, mentions, articles."""
    from lagebild.store import query

    result = query(db_path, _NEW_SQL, [NEW_PREFIX + "%"])
    out = []
    for values in result.rows:
        row = dict(zip(result.columns, values, strict=True))
        row["roles"] = _roles(row["roles"])
        out.append(row)
    return out


def load_known_actors(db_path: str | Path) -> KnownActors:
    """Every learned actor in the store, ready for `ActorsStage(known=...)`."""
    return learned_actors_from_rows(list_new_actors(db_path))
