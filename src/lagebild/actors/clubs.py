"""Sports clubs and the town names that stand for them.

German sports reporting names a club once in full ("FC Bayern", "Bayer Leverkusen") and
then by its town alone ("Bayern gewann", "Leverkusen führt"). A club's full name is one
organisation, not the place inside it; after it, the bare town word (and its genitive,
and the first part of compounds: "Bayern-Trainer") is the club, except after a preposition
of place ("in Dortmund"). Club words: `data/actors/clubs.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lagebild.actors.docview import DocView
from lagebild.actors.entities import ArticleActors, Placed
from lagebild.actors.reviewed import read_yaml
from lagebild.actors.spotter import Spot
from lagebild.errors import ConfigError

CLUBS_FILE = "clubs.yaml"
SOURCE = "club"


@dataclass(frozen=True, slots=True)
class ClubWords:
    pattern: re.Pattern[str]  # "<club word(s)> <Town>", the town in group "town"
    place_prepositions: frozenset[str]


@lru_cache(maxsize=1)
def load_club_words() -> ClubWords:
    data = read_yaml(CLUBS_FILE)
    try:
        words = "|".join(re.escape(w) for w in sorted(data["club_words"], key=len, reverse=True))
        prepositions = frozenset(data["place_prepositions"])
    except (KeyError, TypeError) as exc:
        raise ConfigError("E402", path=CLUBS_FILE, detail=repr(exc)) from exc
    pattern = re.compile(
        rf"(?<![\w-])(?:1\. )?(?:(?:{words})[ -])+(?P<town>[A-ZÄÖÜ][a-zäöüß]+)(?: \d{{2,4}})?(?![\w])"
    )
    return ClubWords(pattern, prepositions)


def club_spots(text: str, spots: list[Spot]) -> list[Spot]:
    """Club names as organisation spans, in place of the spans they overlap ("Bayer
    Leverkusen" rather than the town "Leverkusen"); not inside a compound ("FC-Bayern-Legende")."""
    clubs = []
    for m in load_club_words().pattern.finditer(text):
        if text[m.end() : m.end() + 1] == "-" or "-" in m.group():
            continue
        clubs.append(Spot(m.start(), m.end(), m.group(), "ORG", SOURCE))
    if not clubs:
        return spots
    kept = [s for s in spots if not any(c.start < s.end and s.start < c.end for c in clubs)]
    return sorted(kept + clubs, key=lambda s: (s.start, -s.end))


def link_club_towns(view: DocView, actors: ArticleActors) -> None:
    """Bare town names after a club's full name -> the club."""
    words = load_club_words()
    clubs: dict[str, tuple[str, int]] = {}  # town -> (club entity, first mention)
    for m in actors.mentions:
        found = words.pattern.fullmatch(m.text) if m.kind == "name" else None
        if found is not None and actors.entities[m.entity].model.type == "ORG":
            clubs.setdefault(found.group("town"), (m.entity, m.start))
    if not clubs:
        return
    for i, m in enumerate(actors.mentions):
        town = _town_of(m, clubs)
        if town is None or m.entity == clubs[town][0] or m.start < clubs[town][1]:
            continue
        before = view.text[: m.start].split()
        if before and before[-1].lower() in words.place_prepositions:
            continue
        actors.mentions[i] = Placed(m.start, m.end, m.text, "name", clubs[town][0], m.place)


def _town_of(m: Placed, clubs: dict[str, tuple[str, int]]) -> str | None:
    if m.kind != "name":
        return None
    if m.text in clubs:
        return m.text
    if m.text.endswith("s") and m.text[:-1] in clubs:
        return m.text[:-1]  # "Bayerns"
    return None
