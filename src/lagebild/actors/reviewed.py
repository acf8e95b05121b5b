"""Loaders for the reviewed data files we write under `lagebild/data/actors/`.

Each loader validates its file and raises `ConfigError("E402")` naming the file when a row
is malformed, so a bad edit fails the build (and the schema tests), not a later run.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from typing import Any

import yaml

from lagebild.errors import ConfigError

DATA_PACKAGE = "lagebild.data"
DATA_DIR = "actors"


@dataclass(frozen=True, slots=True)
class CountryRow:
    iso3: str
    name: str
    aliases: tuple[str, ...]
    article: str
    adjectives: tuple[str, ...]
    demonyms_m: tuple[str, ...]
    demonyms_f: tuple[str, ...]
    leader: str


@dataclass(frozen=True, slots=True)
class ReviewedRole:
    role: str
    start: date | None
    end: date | None
    where: str | None = None
    label: str | None = None
    # The role's CAMEO sector when it differs from the person's (an opposition leader: OPP).
    sector: str | None = None


@dataclass(frozen=True, slots=True)
class LeaderEntry:
    de: str
    en: str
    country: str
    qid: str | None = None
    sector: str = "GOV"
    igo: str | None = None
    variants: tuple[str, ...] = ()
    roles: tuple[ReviewedRole, ...] = ()


@dataclass(frozen=True, slots=True)
class IgoEntry:
    key: str
    de: tuple[str, ...]
    abbr: tuple[str, ...]
    en: tuple[str, ...]
    qid: str | None = None
    code: str | None = None
    name_de: str | None = None


@dataclass(frozen=True, slots=True)
class OrgEntry:
    """A national organisation, company, medium or armed group (organisations.yaml)."""

    key: str
    country: str | None
    sector: str
    de: tuple[str, ...]
    abbr: tuple[str, ...]
    en: tuple[str, ...]
    qid: str | None = None
    code: str | None = None
    type: str = "ORG"
    # Places: adjective stems with endings (thüringisch) and fixed forms (Thüringer, Münchner).
    adjectives: tuple[str, ...] = ()
    fixed_adjectives: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PartyEntry:
    country: str
    match: str
    name_de: str
    de: tuple[str, ...]
    abbr: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MetonymEntry:
    name: str
    forms: tuple[str, ...]
    sector: str
    country: str | None = None
    igo: str | None = None
    place: bool = True
    place_in: str | None = None
    capital: bool = False


@dataclass(frozen=True, slots=True)
class BlocEntry:
    name: str
    forms: tuple[str, ...]
    code: str
    adjectives: tuple[str, ...]
    type: str


@dataclass(frozen=True, slots=True)
class PetrarchRules:
    person_comments: tuple[str, ...]
    org_words: frozenset[str]
    title_words: frozenset[str]


@dataclass
class ReviewedData:
    countries: list[CountryRow] = field(default_factory=list)
    leaders: list[LeaderEntry] = field(default_factory=list)
    role_labels: dict[str, str] = field(default_factory=dict)
    igos: list[IgoEntry] = field(default_factory=list)
    metonyms: list[MetonymEntry] = field(default_factory=list)
    blocs: list[BlocEntry] = field(default_factory=list)
    role_nouns: list[dict[str, Any]] = field(default_factory=list)
    petrarch: PetrarchRules | None = None
    positions: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    parties: list[PartyEntry] = field(default_factory=list)
    organisations: list[OrgEntry] = field(default_factory=list)


def read_text(name: str) -> str:
    return resources.files(DATA_PACKAGE).joinpath(DATA_DIR, name).read_text("utf-8")


def read_yaml(name: str) -> dict[str, Any]:
    """A reviewed data file of `data/actors/` as a mapping (E402 when it is not one)."""
    try:
        data = yaml.safe_load(read_text(name))
    except yaml.YAMLError as exc:
        raise ConfigError("E402", path=name, detail=str(exc)) from exc
    if not isinstance(data, dict):
        raise ConfigError("E402", path=name, detail="top level must be a mapping")
    return data


def _split(cell: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in cell.split("|") if p.strip())


def _as_date(value: object, where: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ConfigError("E402", path=where, detail=f"bad date {value!r}") from exc


def load_countries() -> list[CountryRow]:
    lines = [ln for ln in read_text("countries_de.csv").splitlines() if not ln.startswith("#")]
    rows = []
    for row in csv.DictReader(io.StringIO("\n".join(lines)), delimiter=";"):
        iso3 = row["iso3"].strip()
        if len(iso3) != 3 or not row["name"].strip():
            raise ConfigError("E402", path="countries_de.csv", detail=f"bad row {row}")
        rows.append(
            CountryRow(
                iso3=iso3,
                name=row["name"].strip(),
                aliases=_split(row["aliases"]),
                article=row["article"].strip(),
                adjectives=_split(row["adjective"]),
                demonyms_m=_split(row["demonym_m"]),
                demonyms_f=_split(row["demonym_f"]),
                leader="head_of_government" if row["leader"].strip() == "hog" else "head_of_state",
            )
        )
    return rows


def _role(data: dict[str, Any]) -> ReviewedRole:
    return ReviewedRole(
        role=str(data["role"]),
        start=_as_date(data.get("from"), "leaders_de.yaml"),
        end=_as_date(data.get("to"), "leaders_de.yaml"),
        where=data.get("in"),
        label=data.get("label"),
        sector=data.get("sector"),
    )


def load_leaders() -> tuple[list[LeaderEntry], dict[str, str]]:
    data = read_yaml("leaders_de.yaml")
    leaders = []
    for item in data["leaders"]:
        try:
            leaders.append(
                LeaderEntry(
                    de=item["de"],
                    en=item["en"],
                    country=item["country"],
                    qid=item.get("qid"),
                    sector=item.get("sector", "GOV"),
                    igo=item.get("igo"),
                    variants=tuple(item.get("variants", ())),
                    roles=tuple(_role(r) for r in item.get("roles", ())),
                )
            )
        except (KeyError, TypeError) as exc:
            raise ConfigError("E402", path="leaders_de.yaml", detail=f"{item}: {exc}") from exc
    return leaders, dict(data.get("role_labels", {}))


def load_igos() -> list[IgoEntry]:
    return [
        IgoEntry(
            key=item["key"],
            de=tuple(item.get("de", ())),
            abbr=tuple(item.get("abbr", ())),
            en=tuple(item.get("en", ())),
            qid=item.get("qid"),
            code=item.get("code"),
            name_de=item.get("name_de"),
        )
        for item in read_yaml("igos.yaml")["igos"]
    ]


def load_metonyms() -> tuple[list[MetonymEntry], list[BlocEntry]]:
    data = read_yaml("metonyms.yaml")
    metonyms = [
        MetonymEntry(
            name=m["name"],
            forms=tuple(m.get("forms", ())),
            sector=m["sector"],
            country=m.get("country"),
            igo=m.get("igo"),
            place=bool(m.get("place", True)),
            place_in=m.get("place_in") or m.get("country"),
            capital=bool(m.get("capital", False)),
        )
        for m in data["metonyms"]
    ]
    blocs = [
        BlocEntry(
            name=b["name"],
            forms=tuple(b.get("forms", ())),
            code=b["code"],
            adjectives=tuple(b.get("adjective", ())),
            type=b.get("type", "LOC"),
        )
        for b in data["blocs"]
    ]
    return metonyms, blocs


def load_role_nouns() -> list[dict[str, Any]]:
    nouns: list[dict[str, Any]] = read_yaml("role_nouns.yaml")["role_nouns"]
    for item in nouns:
        if "noun" not in item or "sector" not in item:
            raise ConfigError("E402", path="role_nouns.yaml", detail=f"bad entry {item}")
    return nouns


def load_petrarch_rules() -> PetrarchRules:
    data = read_yaml("petrarch.yaml")
    return PetrarchRules(
        person_comments=tuple(data["person_comments"]),
        org_words=frozenset(data["org_words"]),
        title_words=frozenset(data["title_words"]),
    )


def load_positions() -> list[tuple[re.Pattern[str], str]]:
    """World-leaders position labels -> role keys, in order (first match wins)."""
    return [
        (re.compile(item["pattern"]), str(item["role"]))
        for item in read_yaml("positions.yaml")["positions"]
    ]


def load_parties() -> list[PartyEntry]:
    return [
        PartyEntry(
            country=item["country"],
            match=str(item["match"]),
            name_de=str(item["name_de"]),
            de=tuple(item.get("de", ())),
            abbr=tuple(item.get("abbr", ())),
        )
        for item in read_yaml("parties_de.yaml")["parties"]
    ]


def load_organisations() -> list[OrgEntry]:
    """Organisations (type ORG) and sub-national places (`places`, type LOC, no sector)."""
    data = read_yaml("organisations.yaml")
    items = [(item, "ORG") for item in data.get("organisations", ())]
    items += [(item, "LOC") for item in data.get("places", ())]
    return [
        OrgEntry(
            key=str(item["key"]),
            country=item.get("country"),
            sector=str(item.get("sector", "")),
            de=tuple(item.get("de", ())),
            abbr=tuple(item.get("abbr", ())),
            en=tuple(item.get("en", ())),
            qid=item.get("qid"),
            code=item.get("code"),
            type=type_,
            adjectives=tuple(item.get("adj", ())),
            fixed_adjectives=tuple(item.get("adj_fixed", ())),
        )
        for item, type_ in items
    ]


def load_all() -> ReviewedData:
    leaders, labels = load_leaders()
    metonyms, blocs = load_metonyms()
    return ReviewedData(
        countries=load_countries(),
        leaders=leaders,
        role_labels=labels,
        igos=load_igos(),
        metonyms=metonyms,
        blocs=blocs,
        role_nouns=load_role_nouns(),
        petrarch=load_petrarch_rules(),
        positions=load_positions(),
        parties=load_parties(),
        organisations=load_organisations(),
    )
