"""Compile the knowledge base from ../shared/data and our reviewed files.

Order of precedence (first wins for names, ids and default codes): our reviewed files,
Wikidata's world-leaders table, countries.json, PETRARCH2/Phoenix, Party Facts. People
from different sources are merged only when it is safe: the same QID, or the same
phonetic name key within the same country, and exactly one such actor.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lagebild.actors import petrarch
from lagebild.actors.geoplaces import add_places
from lagebild.actors.german import adjective_forms, country_genitives, demonym_forms
from lagebild.actors.names import fold, name_key
from lagebild.actors.petrarch_steps import PetrarchSteps, add_org_names
from lagebild.actors.registry import Draft, draft_names, iso
from lagebild.actors.reviewed import (
    BlocEntry,
    LeaderEntry,
    MetonymEntry,
    PartyEntry,
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


class Compiler(PetrarchSteps):
    def __init__(self, shared: Path, reviewed: ReviewedData) -> None:
        super().__init__()
        self.shared = shared
        self.data = reviewed
        self.countries: dict[str, dict[str, Any]] = {}
        self.metonyms: list[dict[str, Any]] = []
        self.igo_ids: dict[str, str] = {}
        self.iso3: set[str] = set()
        self.country_name_de: dict[str, str] = {}
        self.country_by_qid: dict[str, str] = {}

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
        self._organisations()
        self._places()
        self._blocs()
        self._leaders()
        self._world_leaders(read_world_leaders(kb_dir))
        self._petrarch_countries(petrarch.read_entries(p2 / "Phoenix.Countries.actors.txt"))
        self._petrarch_other(petrarch_intl, "intl")
        self._petrarch_other(petrarch.read_entries(p2 / "Phoenix.MilNonState.actors.txt"), "mns")
        self._parties()
        self._drop_borrowed_names()
        add_places(self.actors, self._new_id, self.stats)
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
            names_de = [
                name_de,
                *(row.aliases if row else ()),
                *([sc.name_de] if sc.name_de else []),
            ]
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
                "adjectives": [
                    f for a in (row.adjectives if row else ()) for f in adjective_forms(a)
                ],
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
                add_org_names(draft, entry)

    def _organisations(self) -> None:
        """Our national organisations; PETRARCH entries of the same name merge into them."""
        for org in self.data.organisations:
            country = org.country.lower() if org.country else "int"
            code = org.code or f"{org.country or ''}{org.sector}"
            prefix = "org" if org.type == "ORG" else "loc"
            draft = self._add(
                Draft(
                    id=self._new_id(org.qid, f"{prefix}-{country}", org.key),
                    type=org.type,
                    name=org.en[0] if org.en else org.key,
                    name_de=org.de[0] if org.de else org.key,
                    country=org.country,
                    sector=org.sector or None,
                    code=code,
                    wikidata=org.qid,
                    abbreviations=list(org.abbr),
                )
            )
            draft.add_names("de", [*org.de, org.key])
            draft.add_names("en", list(org.en))
            draft.add_source("reviewed")
            forms = [f for stem in org.adjectives for f in adjective_forms(stem)]
            draft.adjectives = [*forms, *org.fixed_adjectives]
            for name in (*org.en, *org.de, org.key):
                self.org_keys.setdefault(name_key(name), draft.id)

    def _drop_borrowed_names(self) -> None:
        """A PETRARCH-only record loses the synonyms that are our reviewed names of another
        actor or institution: PETRARCH lists related bodies under one code (Bundesrat with
        "Bundestag", Reichstag with "Bundesregierung"), which would outrank the right one."""
        owned: dict[str, str] = {}
        for draft in self.actors.values():
            if "reviewed" in draft.sources:
                for name in draft_names(draft):
                    owned.setdefault(name_key(name), draft.id)
        for m in self.data.metonyms:
            for name in (m.name, *m.forms):
                owned.setdefault(name_key(name), "metonym")
        for draft in self.actors.values():
            if draft.sources != ["petrarch"]:
                continue
            for lang, names in draft.names.items():
                kept = [
                    n
                    for n in names
                    if n == draft.name or owned.get(name_key(n), draft.id) == draft.id
                ]
                if len(kept) < len(names):
                    self.stats["petrarch_names_dropped"] += len(names) - len(kept)
                    draft.names[lang] = kept

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
            code = f"{where}{role.sector or person.sector}"
        return {
            "role": role.role,
            "where": where,
            "code": code,
            "start": iso(role.start),
            "end": iso(role.end),
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

    def _parties(self) -> None:
        by_name: dict[tuple[str | None, str], str] = {}
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
            for name in (row.name_en, row.short, row.native):
                if name:
                    by_name.setdefault((country, fold(name)), draft.id)
        for party in self.data.parties:
            self._reviewed_party(party, by_name.get((party.country, fold(party.match))))

    def _reviewed_party(self, party: PartyEntry, actor_id: str | None) -> None:
        """Our German names for a party; a party Party Facts lacks becomes a new actor."""
        if actor_id is None:
            draft = self._add(
                Draft(
                    id=self._new_id(None, f"org-{party.country.lower()}", party.match),
                    type="ORG",
                    name=party.match,
                    country=party.country,
                    sector="PTY",
                    code=f"{party.country}PTY",
                )
            )
        else:
            draft = self.actors[actor_id]
            # Party Facts lists some parties under several countries (the NSDAP under AUT
            # and DEU); our file says which one German news mean.
            draft.country, draft.code = party.country, f"{party.country}PTY"
        draft.name_de = party.name_de
        draft.add_names("de", [party.name_de, *party.de])
        draft.abbreviations.extend(a for a in party.abbr if a not in draft.abbreviations)
        draft.add_source("reviewed")

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
