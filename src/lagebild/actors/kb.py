"""The knowledge base at run time: load the compiled KB once, answer lookups fast.

kb = KnowledgeBase.load()
kb.match_name("Selenskyjs", on=date(2023, 5, 1))   # -> [Candidate(Zelenskyy, ...)]
kb.role_holder("head_of_government", "DEU", date(2015, 1, 1))   # -> Merkel
kb.country_by_adjective("kasachischen")            # -> CountryInfo(KAZ)
kb.metonym("Moskau"), kb.igo("OVKS"), kb.sector_of_role_noun("Außenminister")
"""

from __future__ import annotations

import gzip
import json
import math
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from datetime import date
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from lagebild.actors.names import (
    fold,
    genitive_stems,
    name_key,
    short_form_keys,
    surname_keys,
    unit_keys,
    word_similarity,
)
from lagebild.actors.records import (
    Candidate,
    CountryInfo,
    KbActor,
    Metonym,
    Role,
    RoleNoun,
)
from lagebild.actors.thresholds import (
    FUZZY_MULTI_WORD,
    FUZZY_SINGLE_WORD,
    MIN_KEY_LENGTH,
    SCORES,
)

KB_FILE = "kb.json.gz"
# Courtesy titles that may precede a name in a mention but are not part of it.
_TITLES = frozenset({"herr", "frau", "dr", "prof", "mr", "mrs", "ms"})
_SOURCE_RANK = {"reviewed": 0, "world-leaders": 1}
# A given name opens at least this many persons' names in the KB, and more than this many
# times as often as it opens another actor's name.
GIVEN_NAME_MIN = 2
GIVEN_NAME_RATIO = 3


def _historical_person(actor: KbActor) -> bool:
    """A person known only from PETRARCH (not reviewed, not a world leader)."""
    return actor.type == "PER" and not {"reviewed", "world-leaders"} & set(actor.sources)


def _source_rank(role: Role) -> int:
    return _SOURCE_RANK.get(role.source, 2)


class KnowledgeBase:
    """Actors and the German words that point to them, indexed for lookup."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.by_id = _LazyActors({item["id"]: item for item in data["actors"]})
        self.countries: dict[str, CountryInfo] = {}
        self.role_labels: dict[str, str] = dict(data.get("role_labels", {}))
        self._exact: dict[str, list[str]] = defaultdict(list)
        self._surname: dict[str, list[str]] = defaultdict(list)
        self._abbr: dict[str, list[str]] = defaultdict(list)
        self._adjective: dict[str, str] = {}
        self._place_adjective: dict[str, str] = {}
        self._demonym: dict[str, str] = {}
        self._country_name: dict[str, str] = {}
        self._metonyms: dict[str, Metonym] = {}
        self._role_nouns: dict[str, RoleNoun] = {}
        self._roles: dict[tuple[str, str], list[tuple[Role, str]]] = defaultdict(list)
        self._multi: dict[str, list[str]] | None = None
        self._places: dict[str, str] = {}
        # GeoNames-only places: linked where the text shows a place, never by name alone.
        self.gazetteer_ids: set[str] = set()
        self._fuzzy_choices: dict[bool, list[str]] = {}
        self._fuzzy_cache: dict[tuple[str, bool], list[str]] = {}
        self._fuzzy_lengths: dict[bool, list[int]] = {}
        for item in data["actors"]:
            self._index_actor(item)
        for item in data["countries"]:
            self._add_country(CountryInfo.from_json(item))
        for item in data["metonyms"]:
            metonym = Metonym.from_json(item)
            for form in (metonym.name, *metonym.forms):
                self._metonyms.setdefault(fold(form), metonym)
        for item in data["role_nouns"]:
            noun = RoleNoun.from_json(item)
            for form in (noun.noun, *noun.forms):
                self._role_nouns.setdefault(fold(form), noun)

    # -- loading -----------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path | None = None) -> KnowledgeBase:
        """The shipped KB (cached: every caller shares one instance), or one from `path`."""
        if path is not None:
            return cls(_read(path.read_bytes()))
        return _shipped()

    def _index_actor(self, item: dict[str, Any]) -> None:
        """Index one actor from its JSON; the KbActor itself is built on first access."""
        actor_id, is_person = item["id"], item["type"] == "PER"
        if item.get("sources") == ["geonames"]:
            # Gazetteer places match only where the text shows a place (`place`, placespots.py).
            self.gazetteer_ids.add(actor_id)
            for variants in item.get("names", {}).values():
                for name in variants:
                    self._places.setdefault(fold(name), actor_id)
            return
        for variants in item.get("names", {}).values():
            for name in variants:
                key = name_key(name)
                if len(key) >= MIN_KEY_LENGTH:
                    _append_unique(self._exact[key], actor_id)
                if is_person:
                    for short in (*short_form_keys(name), *surname_keys(name)):
                        if len(short) >= MIN_KEY_LENGTH:
                            _append_unique(self._surname[short], actor_id)
        for abbr in item.get("abbreviations", ()):
            _append_unique(self._abbr[abbr], actor_id)
        for form in item.get("adjectives", ()):
            self._place_adjective.setdefault(fold(form), actor_id)
        for role_data in item.get("roles", ()):
            if role_data["role"] != "code" and role_data.get("where"):
                role = Role.from_json(role_data)
                self._roles[(role.role, role_data["where"])].append((role, actor_id))

    @cached_property
    def given_names(self) -> frozenset[str]:
        """Folded first words of persons' several-word names, seen at least twice and far
        more often opening a person's name than another actor's ("Maria", "Joel", "Ali";
        not "New", "San", "General")."""
        person: Counter[str] = Counter()
        other: Counter[str] = Counter()
        for actor_id in self.by_id:
            item = self.by_id.raw(actor_id)
            counts = person if item["type"] == "PER" else other
            for variants in item.get("names", {}).values():
                for name in variants:
                    words = name.split()
                    if len(words) > 1 and words[0].isalpha() and words[0][:1].isupper():
                        counts[fold(words[0])] += 1
        return frozenset(
            w for w, n in person.items() if n >= GIVEN_NAME_MIN and n > GIVEN_NAME_RATIO * other[w]
        )

    def _add_country(self, info: CountryInfo) -> None:
        self.countries[info.iso3] = info
        for form in info.adjectives:
            self._adjective.setdefault(fold(form), info.iso3)
        for form in info.demonyms:
            self._demonym.setdefault(fold(form), info.iso3)
        for name in info.names_de:
            self._country_name.setdefault(fold(name), info.iso3)
        actor = self.by_id.get(info.actor_id)
        if actor is not None:
            for name in actor.names.get("en", ()):
                self._country_name.setdefault(fold(name), info.iso3)

    # -- names -------------------------------------------------------------------------
    def match_name(
        self,
        surface: str,
        on: date | None = None,
        types: frozenset[str] | None = None,
        country: str | None = None,
        limit: int = 10,
    ) -> list[Candidate]:
        """Actors a name may refer to, best first; scores in [0, 1]."""
        found: dict[str, Candidate] = {}
        variants = self._surface_variants(surface)
        for text, penalty in variants:
            self._collect(text, penalty, found)
        if not found:
            # Fuzzy on the surface as written: a fuzzy genitive stem ("Bündni") over-reaches.
            text, penalty = variants[0]
            self._collect_fuzzy(text, penalty, found)
        ranked = [self._adjust(c, on, country) for c in found.values()]
        ranked = [c for c in ranked if types is None or c.actor.type in types]
        if surface[:1].islower():
            # A lower-case word is an adjective or common noun ("britische"), never a person.
            ranked = [c for c in ranked if c.actor.type != "PER"]
        ranked.sort(key=lambda c: (-c.score, c.actor.id))
        return ranked[:limit]

    def _surface_variants(self, surface: str) -> list[tuple[str, float]]:
        """The surface, its genitive stem, and both without a leading title or role noun."""
        words = surface.split()
        while len(words) > 1 and (
            fold(words[0]).rstrip(".") in _TITLES or self.role_noun(words[0]) is not None
        ):
            words = words[1:]
        bases = [surface.strip()] if len(words) == len(surface.split()) else [" ".join(words)]
        out: list[tuple[str, float]] = []
        for base in bases:
            for i, stem in enumerate(genitive_stems(base)):
                out.append((stem, SCORES["genitive_penalty"] if i else 0.0))
        return out

    def _collect(self, text: str, penalty: float, found: dict[str, Candidate]) -> None:
        for abbr_id in self._abbr.get(text.strip(), ()):
            _keep(
                found, Candidate(self.by_id[abbr_id], SCORES["abbreviation"], text, "abbreviation")
            )
        key = name_key(text)
        for actor_id in self._exact.get(key, ()):
            score = SCORES["exact"] - penalty
            _keep(found, Candidate(self.by_id[actor_id], score, text, "exact"))
        # A stripped genitive leaves short stems ("Haus" -> "Hau"): too weak for a surname.
        surnames = self._surname.get(key, ()) if not penalty or len(key) >= 4 else ()
        for actor_id in surnames:
            score = SCORES["surname"] - penalty
            _keep(found, Candidate(self.by_id[actor_id], score, text, "surname"))

    def _collect_fuzzy(self, text: str, penalty: float, found: dict[str, Candidate]) -> None:
        """Near spellings: rapidfuzz preselects, `word_similarity` decides (thresholds.py)."""
        units = unit_keys(text)
        if len("".join(units)) < MIN_KEY_LENGTH + 1:
            return
        single = len(units) == 1
        threshold = FUZZY_SINGLE_WORD if single else FUZZY_MULTI_WORD
        index = self._surname if single else self._multi_index()
        query = " ".join(units)
        for match in self._fuzzy_search(query, single, index, threshold):
            sim = word_similarity(units, tuple(match.split()))
            if sim < threshold:
                continue
            for actor_id in index[match]:
                if _historical_person(self.by_id[actor_id]):
                    # PETRARCH's 18,000 historical persons: near spellings of ordinary words
                    # and places ("Länder" ~ Landver, "Seattle" ~ Sekatle) are not them.
                    continue
                score = SCORES["fuzzy"] * sim - penalty
                _keep(found, Candidate(self.by_id[actor_id], score, text, "fuzzy"))

    def _fuzzy_search(
        self, query: str, single: bool, index: Mapping[str, object], threshold: float
    ) -> list[str]:
        """Index keys near `query`; cached, since articles repeat their names."""
        key = (query, single)
        found = self._fuzzy_cache.get(key)
        if found is None:
            choices = self._choices(single, index, len(query), threshold - 0.1)
            found = [
                match
                for match, _, _ in process.extract(
                    query,
                    choices,
                    scorer=fuzz.ratio,
                    score_cutoff=100 * (threshold - 0.1),
                    limit=25,
                )
            ]
            if len(self._fuzzy_cache) > 50_000:
                self._fuzzy_cache.clear()
            self._fuzzy_cache[key] = found
        return found

    def _choices(
        self, single: bool, index: Mapping[str, object], length: int, cutoff: float
    ) -> list[str]:
        """Index keys that can reach `cutoff` against a query of `length` characters.

        fuzz.ratio is 2·matches / (len a + len b), so a key much shorter or longer than
        the query can never reach the cutoff: only the keys of fitting length are scanned.
        """
        keys = self._fuzzy_choices.get(single)
        if keys is None:
            keys = self._fuzzy_choices[single] = sorted(index, key=len)
            self._fuzzy_lengths[single] = [len(k) for k in keys]
        lengths = self._fuzzy_lengths[single]
        low = bisect_left(lengths, math.floor(length * cutoff / (2 - cutoff)))
        high = bisect_right(lengths, math.ceil(length * (2 - cutoff) / cutoff))
        return keys[low:high]

    def _multi_index(self) -> dict[str, list[str]]:
        """Unit keys of every multi-word name -> actor ids; built on the first fuzzy lookup."""
        if self._multi is None:
            self._multi = defaultdict(list)
            for actor_id in self.by_id:
                if actor_id in self.gazetteer_ids:
                    continue  # gazetteer places match only in place contexts (placespots.py)
                for variants in self.by_id.raw(actor_id).get("names", {}).values():
                    for name in variants:
                        units = unit_keys(name)
                        if len(units) > 1:
                            _append_unique(self._multi[" ".join(units)], actor_id)
        return self._multi

    def _adjust(self, cand: Candidate, on: date | None, country: str | None) -> Candidate:
        """Prefer reviewed actors, actors in office on the date, and the article's country."""
        actor, score = cand.actor, cand.score
        if "reviewed" in actor.sources:
            score += SCORES["reviewed_bonus"]
        elif "world-leaders" in actor.sources:
            score += SCORES["reviewed_bonus"] / 2
        if on is not None and actor.roles:
            offices = [r for r in actor.roles if _is_office(r)]
            if any(r.valid_on(on) for r in offices):
                score += SCORES["in_office_bonus"]
            elif offices and all(r.start is not None and r.start > on for r in offices):
                score -= SCORES["not_yet_penalty"]
        if country is not None and actor.country == country:
            score += SCORES["country_bonus"]
        return Candidate(actor, round(min(score, 1.0), 4), cand.matched, cand.method)

    # -- roles -------------------------------------------------------------------------
    def role_holder(self, role: str, country: str, on: date) -> KbActor | None:
        """Who held `role` in `country` (ISO3 or an IGO key such as "Nato") on a date."""
        if role == "leader":
            info = self.countries.get(country)
            role = info.leader_role if info else "head_of_state"
            holder = self._holder(role, country, on)
            if holder is not None or role != "head_of_state":
                return holder
            return self._holder("president", country, on)
        holder = self._holder(role, country, on)
        if holder is None and role == "head_of_state":
            holder = self._holder("president", country, on)
        return holder

    def country_of_word(self, word: str) -> CountryInfo | None:
        """A country named by an adjective, a name (also genitive) or a demonym."""
        return (
            self.country_by_adjective(word)
            or self.country_by_name(word)
            or self.country_by_demonym(word)
        )

    def resolve_role(self, noun: str, country_word: str | None, on: date) -> KbActor | None:
        """Who a description means: "russische" + "Präsident", "Kasachstans" + "Präsident",
        None + "US-Außenminister", None + "Kremlchef".

        The country comes from `country_word`, else from the noun's qualifier, else from the
        noun itself; nouns without an office (Soldaten) or with a relative one (Amtskollege)
        give None: those the linker resolves from the article.
        """
        role_noun = self.role_noun(noun)
        if role_noun is None or role_noun.role in (None, "counterpart"):
            return None
        info = self.country_of_word(country_word) if country_word else None
        if info is None and role_noun.qualifier:
            info = self.country_of_word(role_noun.qualifier.rstrip("-"))
        iso3 = info.iso3 if info else role_noun.country
        if iso3 is None or role_noun.role is None:
            return None
        return self.role_holder(role_noun.role, iso3, on)

    def _holder(self, role: str, where: str, on: date) -> KbActor | None:
        valid = [(r, a) for r, a in self._roles.get((role, where), ()) if r.valid_on(on)]
        if not valid:
            return None
        # Our reviewed dates beat the year-level world-leaders table; then the latest start.
        valid.sort(key=lambda ra: (_source_rank(ra[0]), -(ra[0].start or date.min).toordinal()))
        return self.by_id[valid[0][1]]

    # -- countries, metonyms, organisations, role nouns ---------------------------------
    def country_by_adjective(self, word: str) -> CountryInfo | None:
        """kasachischen -> KAZ; US-amerikanische -> USA; westlichen -> the West (WST)."""
        iso3 = self._adjective.get(fold(word))
        if iso3 is None and "-" in word:
            iso3 = self._adjective.get(fold(word.rsplit("-", 1)[1]))
        return self.countries.get(iso3) if iso3 else None

    def place(self, surface: str) -> KbActor | None:
        """A GeoNames place named exactly so (letters, not sounds: Sinai is not Sinnai), also in
        the genitive ("Idlibs")."""
        for text in (surface, surface[:-1] if surface.endswith("s") else None):
            actor_id = self._places.get(fold(text)) if text else None
            if actor_id is not None:
                return self.by_id[actor_id]
        return None

    def place_by_adjective(self, word: str) -> KbActor | None:
        """Thüringer, thüringischen -> Thuringia; Münchner -> Munich (reviewed places)."""
        actor_id = self._place_adjective.get(fold(word))
        return self.by_id[actor_id] if actor_id else None

    def country_by_demonym(self, word: str) -> CountryInfo | None:
        iso3 = self._demonym.get(fold(word))
        return self.countries.get(iso3) if iso3 else None

    def country_by_name(self, name: str) -> CountryInfo | None:
        """Russland, Russlands, Russia, USA, US -> the country."""
        iso3 = self._country_name.get(fold(name))
        return self.countries.get(iso3) if iso3 else None

    def capital_of(self, iso3: str) -> KbActor | None:
        info = self.countries.get(iso3)
        return self.by_id.get(info.capital_id) if info and info.capital_id else None

    def metonym(self, surface: str) -> Metonym | None:
        return self._metonyms.get(fold(surface))

    def igo(self, surface: str) -> KbActor | None:
        """An intergovernmental organisation by abbreviation (case-sensitive) or name."""
        for actor_id in self._abbr.get(surface.strip(), ()):
            if self.by_id[actor_id].sector == "IGO":
                return self.by_id[actor_id]
        for actor_id in self._exact.get(name_key(surface), ()):
            if self.by_id[actor_id].sector == "IGO":
                return self.by_id[actor_id]
        return None

    def role_noun(self, word: str) -> RoleNoun | None:
        """The role a noun names, also inside compounds: US-Außenminister, Verteidigungsministerin.

        For a hyphenated or closed compound the known head noun decides the role; the rest is
        returned as `qualifier` (often a country or party: "US", "CDU").
        """
        folded = fold(word)
        if folded in self._role_nouns:
            return self._role_nouns[folded]
        if "-" in folded:
            head = folded.rsplit("-", 1)
            found = self._role_nouns.get(head[1])
            if found is not None:
                qualifier = word.rsplit("-", 1)[0]
                return RoleNoun(
                    found.noun,
                    found.forms,
                    found.sector,
                    found.role,
                    found.person,
                    found.country,
                    qualifier,
                )
        for cut in range(3, len(folded) - 4):
            found = self._role_nouns.get(folded[cut:])
            if found is not None:
                return RoleNoun(
                    found.noun,
                    found.forms,
                    found.sector,
                    found.role,
                    found.person,
                    found.country,
                    word[:cut],
                )
        return None

    def sector_of_role_noun(self, word: str) -> str | None:
        noun = self.role_noun(word)
        return noun.sector if noun else None

    # -- export ------------------------------------------------------------------------
    def entity_ruler_patterns(self) -> list[dict[str, Any]]:
        """Phrase patterns for spaCy's EntityRuler/SpanRuler (see gazetteer.py)."""
        from lagebild.actors.gazetteer import patterns_for

        return patterns_for(self)


class _LazyActors(Mapping[str, KbActor]):
    """id -> KbActor, built from the JSON on first access (most actors are never looked at)."""

    def __init__(self, raw: dict[str, dict[str, Any]]) -> None:
        self._raw = raw
        self._built: dict[str, KbActor] = {}

    def __getitem__(self, actor_id: str) -> KbActor:
        actor = self._built.get(actor_id)
        if actor is None:
            actor = self._built[actor_id] = KbActor.from_json(self._raw[actor_id])
        return actor

    def raw(self, actor_id: str) -> dict[str, Any]:
        return self._raw[actor_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._raw


def _is_office(role: Role) -> bool:
    """An office, or a PETRARCH code for one; "ELI" (elite) codes mark people out of office."""
    if role.role != "code":
        return True
    return role.code is not None and not role.code.endswith("ELI")


def _append_unique(bucket: list[str], item: str) -> None:
    if item not in bucket:
        bucket.append(item)


def _keep(found: dict[str, Candidate], cand: Candidate) -> None:
    old = found.get(cand.actor.id)
    if old is None or cand.score > old.score:
        found[cand.actor.id] = cand


def _read(raw: bytes) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(gzip.decompress(raw))
    return data


@lru_cache(maxsize=1)
def _shipped() -> KnowledgeBase:
    raw = resources.files("lagebild.data").joinpath("actors", KB_FILE).read_bytes()
    return KnowledgeBase(_read(raw))
