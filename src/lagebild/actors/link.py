"""Names -> actors: metonyms, the article's own persons, the KB, learned actors, new ones.

Order matters and is why the linker is right more often than the KB alone:
1. a seat of power (Moskau, Kreml, Brüssel) is the government when it acts, else the place;
2. a surname or genitive ("Putins", "Müller") is first looked up among the persons of the
   article ("Wladimir Putin" earlier or later), so two romanisations join one actor;
3. the KB ranks candidates by score, date, the article's country focus and entity type;
4. actors learned from earlier articles (`learn.KnownActors`);
5. otherwise a new local actor with a stable id.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from lagebild.actors.docview import Place
from lagebild.actors.entities import ArticleActors, Entity, MentionKindT
from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.names import genitive_stems, name_key
from lagebild.actors.placespots import may_be_place
from lagebild.actors.records import Candidate, Metonym
from lagebild.actors.spotter import Spot, starts_with_particle
from lagebild.models import Actor

# A KB candidate below this score is not trusted (fuzzy single-word matches reach
# 0.85 x 0.90 = 0.765 at the threshold measured in docs/actors.md).
MIN_LINK_SCORE = 0.76
# Preference for a candidate whose type agrees with the NER label; small, because the
# interim NER often calls states persons.
TYPE_BONUS = 0.04
ARTICLE_BONUS = 0.05
_LABEL_TYPES = {
    "PER": frozenset({"PER"}),
    "LOC": frozenset({"GPE", "LOC"}),
    "ORG": frozenset({"ORG", "GPE"}),
    "MISC": frozenset({"ORG", "GPE", "LOC", "PER"}),
}
_NEW_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}
# The rest of a German place name after the town's: "an der Our", "ob der Tauber". Not "am",
# "bei", "(": "in Seattle am Montag", "bei Kämpfen", "Seattle (Reuters)" follow whole names.
_PLACE_SUFFIX = re.compile(r"^ (?:an der|ob der) [A-ZÄÖÜ]")


class KnownSource(Protocol):
    """Actors from outside the KB (see learn.KnownActors)."""

    def match(self, surface: str) -> Actor | None: ...


@dataclass
class Linked:
    entity: Entity
    kind: MentionKindT


GROUP_PREFIX = "lb:grp-"
# Blocs of states the KB names ("der Westen", "Zentralasien").
BLOC_PREFIX = "lb:bloc-"


def group_entity(kb: KnowledgeBase, iso3: str, sector: str) -> Entity:
    """A state's body (its government, military, ...) as one actor: RUS + MIL -> RUSMIL."""
    info = kb.countries.get(iso3)
    country = kb.by_id.get(info.actor_id) if info else None
    name = country.name if country else iso3
    name_de = country.name_de if country else None
    actor = Actor(
        id=f"{GROUP_PREFIX}{iso3.lower()}-{sector.lower()}",
        name=f"{name} ({sector})",
        name_de=f"{name_de} ({sector})" if name_de else None,
        type="ORG",
        country=iso3 if len(iso3) == 3 else None,
        sector=sector,
        code=f"{iso3}{sector}",
    )
    return Entity(actor, is_person=False)


class NameLinker:
    def __init__(
        self,
        kb: KnowledgeBase,
        day: date | None,
        focus: str | None = None,
        known: KnownSource | None = None,
    ) -> None:
        self.kb = kb
        self.day = day
        self.focus = focus
        self.known = known
        # The article's text, for choosing a new person's canonical (nominative) name.
        self.text: str | None = None
        # Whether a word is a role, body or place noun (set by the stage from the rules).
        self.is_description_noun: Callable[[str], bool] = lambda word: False
        self._cache: dict[tuple[str, str | None], list[Candidate]] = {}
        # Whether an unknown span looks like a name at all (set by the stage).
        self.plausible: Callable[[Spot], bool] = lambda spot: True

    def kb_entity(self, actor_id: str) -> Entity:
        return Entity.from_kb(self.kb.by_id[actor_id], self.day)

    def link(self, spot: Spot, place: Place, actors: ArticleActors) -> Linked | None:
        metonym = self.kb.metonym(spot.text)
        if metonym is not None:
            return self._metonym(metonym, place)
        country = self.kb.country_by_name(spot.text)
        if country is not None:
            return Linked(self.kb_entity(country.actor_id), "name")
        by_adjective = self.kb.place_by_adjective(spot.text)
        if by_adjective is not None:
            # "Thüringer" left of a split "Thüringer Landesregierung": the place's adjective.
            return Linked(self.kb_entity(by_adjective.id), "adjective")
        chained = self._chain(spot.text, actors)
        if chained is not None:
            return Linked(chained, "name")
        best = self.best_candidate(spot.text, spot.label, actors) or self._in_capitals(spot, actors)
        if best is not None:
            return Linked(self.kb_entity(best.actor.id), "name")
        if spot.label == "LOC" and may_be_place(spot.text) and not self._longer_place(spot):
            city = self.kb.place(spot.text)
            if city is not None:
                return Linked(self._gazetteer_place(city.id, spot.text), "name")
        if self.known is not None:
            learned = self.known.match(spot.text)
            if learned is not None:
                entity = Entity(learned.model_copy(deep=True), learned.type == "PER")
                if entity.is_person:
                    entity.add_name_keys(learned.name)
                return Linked(entity, "name")
        return self._new(spot)

    def _metonym(self, metonym: Metonym, place: Place) -> Linked:
        if metonym.place_id is None:
            # An institution that is never a place (Bundesregierung, Duma): always the body.
            if metonym.country and metonym.sector:
                return Linked(group_entity(self.kb, metonym.country, metonym.sector), "name")
            return Linked(self.kb_entity(metonym.actor_id), "name")
        if place.role in ("subject", "agent", "partner"):
            return Linked(self.kb_entity(metonym.actor_id), "metonym")
        return Linked(self.kb_entity(metonym.place_id), "name")

    def _chain(self, surface: str, actors: ArticleActors) -> Entity | None:
        """A person of the article that this (short or inflected) name refers to: by
        surname, else (for one word) by the first word of a name, as East Asian names put
        the family name first ("Kim" after "Kim Jong Un"), the most mentioned such person."""
        stems = genitive_stems(surface)
        for stem in stems:
            found = actors.persons_by_key(name_key(stem))
            if found:
                return _most_recent(found, actors)
        if len(surface.split()) == 1:
            for stem in stems:
                found = actors.persons_by_first_word(name_key(stem))
                if found:
                    return _most_mentioned(found, actors)
        return None

    def best_candidate(
        self, surface: str, label: str, actors: ArticleActors | None = None
    ) -> Candidate | None:
        candidates = self._match(surface, self.focus)
        wanted = _LABEL_TYPES.get(label, _LABEL_TYPES["MISC"])

        def rank(c: Candidate) -> float:
            bonus = TYPE_BONUS if c.actor.type in wanted else 0.0
            if actors is not None and c.actor.id in actors.entities:
                bonus += ARTICLE_BONUS
            return c.score + bonus

        good = [c for c in candidates if c.score >= MIN_LINK_SCORE and _trusted(c, surface)]
        return max(good, key=rank) if good else None

    def _in_capitals(self, spot: Spot, actors: ArticleActors) -> Candidate | None:
        """„SPIEGEL“: a title its publisher prints in capitals is the KB's name in title
        case, with or without its article ("Der Spiegel"); exact names only."""
        if " " in spot.text or len(spot.text) < 4 or not spot.text.isupper():
            return None
        title = spot.text.title()
        for form in (title, f"Der {title}", f"Die {title}", f"Das {title}"):
            best = self.best_candidate(form, spot.label, actors)
            if best is not None and best.method == "exact":
                return best
        return None

    def _longer_place(self, spot: Spot) -> bool:
        """ "Roth an der Our", "Frankfurt (Oder)": the NER cut a longer name of another
        place, which the gazetteer's "Roth" does not name."""
        after = (self.text or "")[spot.end : spot.end + 30]
        return bool(_PLACE_SUFFIX.match(after))

    def _gazetteer_place(self, actor_id: str, surface: str) -> Entity:
        """A GeoNames place, named in German as the article writes it ("Kobane" for
        Ayn al-Arab); a genitive -s is dropped when the KB knows the place without it."""
        entity = self.kb_entity(actor_id)
        if entity.model.name_de is None:
            known = self.kb.place(surface[:-1]) if surface.endswith("s") else None
            entity.model.name_de = surface[:-1] if known is not None else surface
        return entity

    def known_name(self, surface: str) -> bool:
        """Whether the KB (or a metonym) links this surface; used to judge NER spans."""
        return self.kb.metonym(surface) is not None or bool(
            [c for c in self._match(surface, None) if c.score >= MIN_LINK_SCORE]
        )

    def _match(self, surface: str, country: str | None) -> list[Candidate]:
        """`kb.match_name`, remembered per article: names recur, and fuzzy lookups cost."""
        key = (surface, country)
        if key not in self._cache:
            self._cache[key] = self.kb.match_name(surface, on=self.day, country=country)
        return self._cache[key]

    def _new(self, spot: Spot) -> Linked | None:
        if self.kb.country_by_demonym(spot.text) is not None:
            return None  # „die Israelis“: the state, a description (`peoples.py`)
        type_ = _NEW_TYPES.get(spot.label)
        # A person's name may open with a particle ("de Jager"), no other name.
        particle = type_ == "PER" and starts_with_particle(spot.text)
        if type_ is None or not (spot.text[:1].isupper() or particle):
            return None
        if " " not in spot.text and self.is_description_noun(spot.text):
            # "die Ampel", "der Freistaat": a description the NER took for a name.
            return None
        if not self.plausible(spot):
            return None
        name = spot.text
        if type_ == "PER" and name.endswith("s") and self.text is not None:
            # "Thilo Sarrazins": the canonical name is the nominative if the text has it,
            # or if a noun follows (a genitive: "Sarrazins Buch").
            stem = name[:-1]
            if spot.before_noun or re.search(rf"(?<![\w-]){re.escape(stem)}(?![\w-])", self.text):
                name = stem
        if spot.source == "institution":
            name = _nominative(name)  # „des Vereinigungsministeriums“
        return Linked(Entity.new(name, type_), "name")


def _nominative(noun: str) -> str:
    """A strong noun's genitive singular made nominative: Ministeriums, Amtes, Ausschusses."""
    if noun.endswith("es") and noun[-3:-2] not in "aeiouäöü":
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _trusted(cand: Candidate, surface: str) -> bool:
    """A person found by surname or fuzzy spelling only if newsworthy (our reviewed list or
    the world leaders): PETRARCH's 18,000 historical persons turn ordinary German surnames
    (Wagner, Hiller for Hitler) into false links. A full name must match as a full name,
    and an all-caps acronym is never a surname."""
    if cand.actor.type != "PER" or cand.method in ("exact", "abbreviation"):
        return True
    if surface.isupper() or (len(surface.split()) > 1 and cand.method == "surname"):
        return False
    return bool({"reviewed", "world-leaders"} & set(cand.actor.sources))


def _most_mentioned(found: list[Entity], actors: ArticleActors) -> Entity:
    counts = {e.id: 0 for e in found}
    for m in actors.mentions:
        if m.entity in counts:
            counts[m.entity] += 1
    return max(found, key=lambda e: counts[e.id])


def _most_recent(found: list[Entity], actors: ArticleActors) -> Entity:
    last: dict[str, int] = {}
    for m in actors.mentions:
        last[m.entity] = max(last.get(m.entity, -1), m.start)
    return max(found, key=lambda e: last.get(e.id, -1))
