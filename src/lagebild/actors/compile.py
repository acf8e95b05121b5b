"""Compile the knowledge base from ../shared/data and our reviewed files.

Order of precedence (first wins for names, ids and default codes): our reviewed files,
Wikidata's world-leaders table, countries.json, PETRARCH2/Phoenix, Party Facts. People
from different sources are merged only when it is safe: the same QID, or the same
phonetic name key within the same country, and exactly one such actor.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from lagebild.actors import petrarch
from lagebild.actors.german import adjective_forms, country_genitives, demonym_forms
from lagebild.actors.names import name_key, slug
from lagebild.actors.reviewed import (
    BlocEntry,
    LeaderEntry,
    MetonymEntry,
    ReviewedData,
    ReviewedRole,
)
from lagebild.actors.shared_sources import (
    LeaderRow,
    SharedCountry,
    read_countries,
    read_parties,
    read_sector_codes,
    read_world_leaders,
)
from lagebild.errors import ConfigError

KB_FORMAT = 1
SOURCE_ORDER = ("reviewed", "world-leaders", "countries", "petrarch", "partyfacts")


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
            "sources": sorted(self.sources, key=SOURCE_ORDER.index),
        }
        return {k: v for k, v in data.items() if v not in (None, [], {})}


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


class Compiler:
    def __init__(self, shared: Path, reviewed: ReviewedData) -> None:
        self.shared = shared
        self.data = reviewed
        self.actors: dict[str, Draft] = {}
        self.countries: dict[str, dict[str, Any]] = {}
        self.metonyms: list[dict[str, Any]] = []
        self.igo_ids: dict[str, str] = {}
        self.iso3: set[str] = set()
        self.country_name_de: dict[str, str] = {}
        self.country_by_qid: dict[str, str] = {}
        self.person_keys: dict[tuple[str | None, str], set[str]] = defaultdict(set)
        self.org_keys: dict[str, str] = {}
        self.stats: dict[str, int] = defaultdict(int)

    # -- helpers ---------------------------------------------------------------------
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
        for name in _draft_names(draft):
            self.person_keys[(draft.country, name_key(name))].add(draft.id)

    def _find_person(self, country: str | None, names: list[str]) -> str | None:
        """The one person already known under one of these names in this country."""
        found: set[str] = set()
        for name in names:
            found |= self.person_keys.get((country, name_key(name)), set())
        return next(iter(found)) if len(found) == 1 else None

    def _label(self, role: str, where: str | None, explicit: str | None) -> str:
        if explicit:
            return explicit
        noun = self.data.role_labels.get(role, role)
        if where in self.country_name_de:
            return f"{noun} von {self.country_name_de[where]}"
        return f"{noun} ({where})" if where else noun

    # -- steps -----------------------------------------------------------------------
    def compile(self) -> dict[str, Any]:
        kb_dir = self.shared / "data" / "kb"
        p2 = self.shared / "data" / "events" / "petrarch2"
        sectors = read_sector_codes(self.shared / "data" / "events" / "cameo")
        self._check_sectors(sectors)
        self._countries(read_countries(kb_dir))
        petrarch_intl = petrarch.read_entries(p2 / "Phoenix.International.actors.txt")
        self._igos(petrarch_intl)
        self._places()
        self._blocs()
        self._leaders()
        self._world_leaders(read_world_leaders(kb_dir))
        self._petrarch_countries(petrarch.read_entries(p2 / "Phoenix.Countries.actors.txt"))
        self._petrarch_other(petrarch_intl, "intl")
        self._petrarch_other(petrarch.read_entries(p2 / "Phoenix.MilNonState.actors.txt"), "mns")
        self._parties()
        return self._result()

    def _check_sectors(self, known: set[str]) -> None:
        for noun in self.data.role_nouns:
            if noun["sector"] not in known:
                raise ConfigError(
                    "E402", path="role_nouns.yaml", detail=f"unknown sector {noun['sector']}"
                )

    def _countries(self, shared: list[SharedCountry]) -> None:
        reviewed = {c.iso3: c for c in self.data.countries}
        for sc in sorted(shared, key=lambda c: c.iso3):
            self.iso3.add(sc.iso3)
            if sc.qid:
                self.country_by_qid[sc.qid] = sc.iso3
            row = reviewed.get(sc.iso3)
            name_de = row.name if row else (sc.name_de or sc.name_en)
            self.country_name_de[sc.iso3] = name_de
            draft = self._add(
                Draft(
                    id=self._new_id(sc.qid, "gpe", sc.iso3),
                    type="GPE",
                    name=sc.name_en,
                    name_de=name_de,
                    country=sc.iso3,
                    code=sc.iso3,
                    wikidata=sc.qid,
                )
            )
            names_de = [name_de, *(row.aliases if row else ()), *([sc.name_de] if sc.name_de else [])]
            article = row.article if row else ""
            genitives = [g for n in names_de for g in country_genitives(n, article)]
            draft.add_names("de", names_de + genitives)
            draft.add_names("en", [sc.name_en])
            draft.add_names("other", [sc.native] if sc.native else [])
            draft.add_source("countries")
            if row:
                draft.add_source("reviewed")
            self.countries[sc.iso3] = {
                "iso3": sc.iso3,
                "actor_id": draft.id,
                "name_de": name_de,
                "names_de": draft.names["de"],
                "adjectives": [f for a in (row.adjectives if row else ()) for f in adjective_forms(a)],
                "demonyms": _demonyms(row.demonyms_m, row.demonyms_f) if row else [],
                "article": article,
                "leader_role": row.leader if row else "head_of_state",
                "capital_en": sc.capital_en,
            }
        missing = sorted(set(reviewed) - self.iso3)
        if missing:
            raise ConfigError("E402", path="countries_de.csv", detail=f"unknown ISO3 {missing}")

    def _igos(self, entries: list[petrarch.Entry]) -> None:
        by_key: dict[str, petrarch.Entry] = {}
        for entry in entries:
            for name in entry.names:
                by_key.setdefault(name_key(petrarch.display_name(name)), entry)
        for igo in self.data.igos:
            found = [by_key[k] for k in (name_key(n) for n in (*igo.en, *igo.abbr)) if k in by_key]
            code = igo.code or (found[0].default_code if found else None) or "IGO"
            draft = self._add(
                Draft(
                    id=self._new_id(igo.qid, "igo", igo.key),
                    type="ORG",
                    name=igo.en[0] if igo.en else igo.key,
                    name_de=igo.name_de or (igo.de[0] if igo.de else igo.key),
                    sector="IGO",
                    code=code,
                    wikidata=igo.qid,
                    abbreviations=list(igo.abbr),
                )
            )
            draft.add_names("de", [*igo.de, igo.key])
            draft.add_names("en", list(igo.en))
            draft.add_source("reviewed")
            self.igo_ids[igo.key] = draft.id
            for abbr in igo.abbr:
                self.igo_ids.setdefault(abbr, draft.id)
            for entry in found:
                draft.add_source("petrarch")
                self.org_keys[name_key(petrarch.display_name(entry.primary))] = draft.id
                _add_org_names(draft, entry)

    def _place_draft(self, iso3: str, name_en: str | None, metonym: MetonymEntry | None) -> Draft:
        name = name_en or (metonym.name if metonym else iso3)
        draft = self._add(
            Draft(
                id=self._new_id(None, f"loc-{iso3.lower()}", name),
                type="LOC",
                name=name,
                name_de=metonym.name if metonym else None,
                country=iso3,
                code=iso3,
            )
        )
        if metonym:
            draft.add_names("de", [metonym.name, *metonym.forms])
            draft.add_source("reviewed")
        if name_en:
            draft.add_names("en", [name_en])
            draft.add_source("countries")
        return draft

    def _places(self) -> None:
        capitals = {m.place_in: m for m in self.data.metonyms if m.capital and m.place_in}
        place_ids: dict[str, str] = {}
        for iso3, info in sorted(self.countries.items()):
            if info["capital_en"]:
                draft = self._place_draft(iso3, info["capital_en"], capitals.get(iso3))
                info["capital_id"] = draft.id
                if iso3 in capitals:
                    place_ids[capitals[iso3].name] = draft.id
        for m in self.data.metonyms:
            if m.place and m.name not in place_ids and m.place_in:
                place_ids[m.name] = self._place_draft(m.place_in, None, m).id
        for m in self.data.metonyms:
            self.metonyms.append(self._metonym(m, place_ids.get(m.name)))

    def _metonym(self, m: MetonymEntry, place_id: str | None) -> dict[str, Any]:
        if m.igo:
            if m.igo not in self.igo_ids:
                raise ConfigError("E402", path="metonyms.yaml", detail=f"unknown igo {m.igo}")
            target = self.actors[self.igo_ids[m.igo]]
            code = target.code
        else:
            if m.country not in self.countries:
                raise ConfigError("E402", path="metonyms.yaml", detail=f"unknown {m.country}")
            target = self.actors[self.countries[m.country]["actor_id"]]
            code = f"{m.country}{m.sector}"
        return {
            "name": m.name,
            "forms": list(m.forms),
            "actor_id": target.id,
            "code": code,
            "sector": m.sector,
            "country": m.country,
            "place_id": place_id,
        }

    def _blocs(self) -> None:
        for bloc in self.data.blocs:
            draft = self._add(
                Draft(
                    id=self._new_id(None, "bloc", bloc.code),
                    type=bloc.type,
                    name=bloc.name,
                    name_de=bloc.name,
                    code=bloc.code,
                )
            )
            draft.add_names("de", [bloc.name, *bloc.forms])
            draft.add_source("reviewed")
            self.countries[bloc.code] = _bloc_info(bloc, draft.id)

    def _role_json(self, role: ReviewedRole, person: LeaderEntry) -> dict[str, Any]:
        where = role.where or person.country
        if where in self.igo_ids:
            code = self.actors[self.igo_ids[where]].code
        else:
            code = f"{where}{person.sector}"
        return {
            "role": role.role,
            "where": where,
            "code": code,
            "start": _iso(role.start),
            "end": _iso(role.end),
            "label": self._label(role.role, where, role.label),
            "source": "reviewed",
        }

    def _leaders(self) -> None:
        for person in self.data.leaders:
            draft = self._add(
                Draft(
                    id=self._new_id(person.qid, f"per-{person.country.lower()}", person.en),
                    type="PER",
                    name=person.en,
                    name_de=person.de,
                    country=person.country,
                    sector=person.sector,
                    wikidata=person.qid,
                )
            )
            draft.add_names("de", [person.de, *person.variants])
            draft.add_names("en", [person.en])
            draft.roles = [self._role_json(r, person) for r in person.roles]
            current = [r for r in draft.roles if r["end"] is None]
            draft.code = current[-1]["code"] if current else f"{person.country}{person.sector}"
            draft.add_source("reviewed")
            self._index_person(draft)

    def _position_role(self, label: str) -> str | None:
        lowered = label.lower()
        for pattern, role in self.data.positions:
            if pattern.search(lowered):
                return role
        return None

    def _world_leaders(self, rows: list[LeaderRow]) -> None:
        for row in sorted(rows, key=lambda r: (r.holder_qid, r.position, r.start_year or 0)):
            iso3 = self.country_by_qid.get(row.country_qid)
            role = self._position_role(row.position)
            if iso3 is None or role is None:
                self.stats["world_leaders_skipped"] += 1
                continue
            draft = self._world_leader_actor(row, iso3)
            if any(r["role"] == role and r["source"] == "reviewed" for r in draft.roles):
                continue
            draft.roles.append(
                {
                    "role": role,
                    "where": iso3,
                    "code": f"{iso3}GOV",
                    "start": f"{row.start_year}-01-01" if row.start_year else None,
                    "end": f"{row.end_year + 1}-01-01" if row.end_year else None,
                    "label": self._label(role, iso3, None),
                    "source": "world-leaders",
                }
            )

    def _world_leader_actor(self, row: LeaderRow, iso3: str) -> Draft:
        if row.holder_qid in self.actors:
            return self.actors[row.holder_qid]
        found = self._find_person(iso3, [row.holder])
        if found is not None:
            draft = self.actors[found]
            if draft.wikidata is None and draft.id.startswith("lb:"):
                draft = self._rekey(draft, row.holder_qid)
            draft.add_source("world-leaders")
            return draft
        draft = self._add(
            Draft(
                id=row.holder_qid,
                type="PER",
                name=row.holder,
                country=iso3,
                sector="GOV",
                code=f"{iso3}GOV",
                wikidata=row.holder_qid,
            )
        )
        draft.add_names("en", [row.holder])
        draft.add_source("world-leaders")
        self._index_person(draft)
        return draft

    def _rekey(self, draft: Draft, qid: str) -> Draft:
        """Give a reviewed person without QID the QID Wikidata's table has for them."""
        del self.actors[draft.id]
        for ids in self.person_keys.values():
            if draft.id in ids:
                ids.discard(draft.id)
                ids.add(qid)
        draft.id, draft.wikidata = qid, qid
        self.stats["qids_from_world_leaders"] += 1
        return self._add(draft)

    # -- PETRARCH ----------------------------------------------------------------------
    def _is_person(self, entry: petrarch.Entry) -> bool:
        rules = self.data.petrarch
        assert rules is not None
        if any(marker in entry.comment for marker in rules.person_comments):
            return True
        tokens = [t for t in entry.primary.replace("-", "_").split("_") if t]
        if any(t in rules.org_words for t in tokens):
            return False
        return 2 <= len(tokens) <= 4 and all(t.replace(".", "").isalpha() for t in tokens)

    def _person_names(self, entry: petrarch.Entry) -> list[str]:
        rules = self.data.petrarch
        assert rules is not None
        names = [petrarch.display_name(entry.primary)]
        for synonym in entry.names[1:]:
            tokens = set(synonym.replace("-", "_").split("_"))
            if not tokens & rules.title_words:
                names.append(petrarch.display_name(synonym))
        return [n for n in names if n]

    def _code_roles(self, entry: petrarch.Entry) -> list[dict[str, Any]]:
        return [
            {
                "role": "code",
                "code": c.code,
                "start": _iso(c.start),
                "end": _iso(c.end),
                "source": "petrarch",
            }
            for c in entry.codes
            if c.start is not None or c.end is not None
        ]

    def _country_of(self, code: str | None) -> str | None:
        return code[:3] if code and code[:3] in self.iso3 else None

    def _petrarch_countries(self, entries: list[petrarch.Entry]) -> None:
        for entry in entries:
            code = entry.default_code
            if code in self.iso3 and all(c.start is None and c.end is None for c in entry.codes):
                gpe = self.actors[self.countries[code]["actor_id"]]
                gpe.add_names("en", [petrarch.display_name(entry.primary)])
                gpe.add_source("petrarch")
                continue
            self._petrarch_actor(entry, "ctry")

    def _petrarch_actor(self, entry: petrarch.Entry, prefix: str) -> None:
        code = entry.default_code
        country = self._country_of(code)
        sector = _sector_of(code, country)
        if self._is_person(entry):
            names = self._person_names(entry)
            found = self._find_person(country, names)
            if found is not None:
                draft = self.actors[found]
                draft.add_names("en", names)
                draft.roles.extend(self._code_roles(entry))
                draft.add_source("petrarch")
                self.stats["petrarch_persons_merged"] += 1
                return
            draft = self._add(
                Draft(
                    id=self._new_id(None, f"per-{(country or 'int').lower()}", names[0]),
                    type="PER",
                    name=names[0],
                    country=country,
                    sector=sector,
                    code=code,
                )
            )
            draft.add_names("en", names)
            draft.roles = self._code_roles(entry)
            draft.add_source("petrarch")
            self._index_person(draft)
            return
        names = [petrarch.display_name(n) for n in entry.names]
        key = name_key(names[0])
        if key in self.org_keys:
            _add_org_names(self.actors[self.org_keys[key]], entry)
            return
        draft = self._add(
            Draft(
                id=self._new_id(None, f"org-{(country or prefix).lower()}", names[0]),
                type="ORG",
                name=names[0],
                country=country,
                sector=sector,
                code=code,
            )
        )
        _add_org_names(draft, entry)
        draft.roles = self._code_roles(entry)
        draft.add_source("petrarch")
        self.org_keys[key] = draft.id

    def _petrarch_other(self, entries: list[petrarch.Entry], prefix: str) -> None:
        for entry in entries:
            self._petrarch_actor(entry, prefix)

    def _parties(self) -> None:
        for row in sorted(read_parties(self.shared / "data" / "kb"), key=lambda r: r.qid):
            country = row.country if row.country in self.iso3 else None
            if row.qid in self.actors:
                draft = self.actors[row.qid]
            else:
                draft = self._add(
                    Draft(
                        id=row.qid,
                        type="ORG",
                        name=row.name_en,
                        country=country,
                        sector="PTY",
                        code=f"{country}PTY" if country else "PTY",
                        wikidata=row.qid,
                    )
                )
            draft.add_names("en", [row.name_en])
            draft.add_names("other", [row.native] if row.native else [])
            if row.short and row.short not in draft.abbreviations:
                draft.abbreviations.append(row.short)
            draft.add_source("partyfacts")

    def _result(self) -> dict[str, Any]:
        countries = []
        for info in sorted(self.countries.values(), key=lambda c: c["iso3"]):
            info = {k: v for k, v in info.items() if k != "capital_en" and v not in (None, [], "")}
            countries.append(info)
        return {
            "format": KB_FORMAT,
            "actors": [self.actors[k].to_json() for k in sorted(self.actors)],
            "countries": countries,
            "metonyms": self.metonyms,
            "role_nouns": self.data.role_nouns,
            "role_labels": self.data.role_labels,
            "stats": dict(sorted(self.stats.items())),
        }


def _draft_names(draft: Draft) -> list[str]:
    return [n for names in draft.names.values() for n in names]


def _add_org_names(draft: Draft, entry: petrarch.Entry) -> None:
    """PETRARCH's names of an organisation; short all-caps tokens are abbreviations (EU, UN)."""
    for raw in entry.names:
        token = raw.strip("_").replace("_", " ").strip()
        if token.upper().startswith("THE "):
            token = token[4:]
        bare = token.replace(".", "")
        if bare.isalpha() and bare.isupper() and len(bare) <= 5 and " " not in token:
            if bare not in draft.abbreviations:
                draft.abbreviations.append(bare)
        elif token:
            draft.add_names("en", [petrarch.display_name(token)])


def _sector_of(code: str | None, country: str | None) -> str | None:
    if not code:
        return None
    if country:
        return code[3:6] or None
    for prefix, sector in (("IGO", "IGO"), ("MNC", "BUS"), ("NGO", "NGO"), ("IMG", "REB")):
        if code.startswith(prefix):
            return sector
    return code[3:6] or None


def _demonyms(masculine: tuple[str, ...], feminine: tuple[str, ...]) -> list[str]:
    forms: list[str] = []
    for word in masculine:
        forms.extend(demonym_forms(word))
    for word in feminine:
        forms.extend(demonym_forms(word, feminine=True))
    return list(dict.fromkeys(f.lstrip("~") for f in forms))


def _bloc_info(bloc: BlocEntry, actor_id: str) -> dict[str, Any]:
    return {
        "iso3": bloc.code,
        "actor_id": actor_id,
        "name_de": bloc.name,
        "names_de": [bloc.name, *bloc.forms],
        "adjectives": [f for a in bloc.adjectives for f in adjective_forms(a)],
        "demonyms": [],
        "article": "der",
        "leader_role": "head_of_state",
        "capital_en": None,
    }
