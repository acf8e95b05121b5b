"""Readers for the open data sets under ../shared/data that the KB is compiled from.

Only the build reads these; the package ships what the build derives.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lagebild.errors import ConfigError


@dataclass(frozen=True, slots=True)
class SharedCountry:
    iso3: str
    iso2: str
    qid: str | None
    name_en: str
    name_de: str | None
    native: str | None
    capital_en: str | None


@dataclass(frozen=True, slots=True)
class LeaderRow:
    """One row of the world-leaders table (Wikidata, 2021)."""

    country_qid: str
    position: str
    holder_qid: str
    holder: str
    start_year: int | None
    end_year: int | None


@dataclass(frozen=True, slots=True)
class PartyRow:
    country: str
    qid: str
    name_en: str
    short: str
    native: str


def _require(path: Path) -> Path:
    if not path.is_file():
        raise ConfigError("E402", path=str(path), detail="missing")
    return path


def read_countries(kb_dir: Path) -> list[SharedCountry]:
    rows: list[dict[str, Any]] = json.loads(_require(kb_dir / "countries.json").read_text("utf-8"))
    return [
        SharedCountry(
            iso3=row["iso3"],
            iso2=row["iso2"],
            qid=row.get("wikiDataId") or None,
            name_en=row["name"],
            name_de=(row.get("translations") or {}).get("de"),
            native=row.get("native") or None,
            capital_en=row.get("capital") or None,
        )
        for row in rows
    ]


def _year(text: str) -> int | None:
    return int(text) if text.strip().isdigit() else None


def read_world_leaders(kb_dir: Path) -> list[LeaderRow]:
    path = _require(kb_dir / "world-leaders-2021.wikidata.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            LeaderRow(
                country_qid=row["countryid"],
                position=row["positionLabel"],
                holder_qid=row["officeholder"],
                holder=row["officeholderLabel"],
                start_year=_year(row["start_year"]),
                end_year=_year(row["end_year"]),
            )
            for row in csv.DictReader(handle)
            if row["officeholder"].startswith("Q")
        ]


def read_parties(kb_dir: Path) -> list[PartyRow]:
    path = _require(kb_dir / "partyfacts-wikidata.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            PartyRow(
                country=row["country"],
                qid=row["wikidata_id"],
                name_en=row["name"].strip(),
                short=row["name_short"].strip(),
                native=row["name_native"].strip(),
            )
            for row in csv.DictReader(handle)
            if row["wikidata_id"].startswith("Q") and row["name"].strip()
        ]


def read_sector_codes(cameo_dir: Path) -> set[str]:
    """The CAMEO sector codes named in agentnames.txt (second column)."""
    codes: set[str] = set()
    for line in _require(cameo_dir / "agentnames.txt").read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[1].isalpha() and parts[1].isupper():
            codes.add(parts[1])
    return codes
