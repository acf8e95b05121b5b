"""CAMEO and PLOVER lookups over the shipped tables (built by `build_tables`).

    cameo_label("042")        -> "Make a visit"
    quad_class("042")         -> 1
    goldstein("042")          -> 1.9
    plover_for_cameo("042")   -> PloverCode(type="CONSULT", mode="visit", contexts=())

QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
4 material conflict. Unknown codes raise `KeyError`; a code that PLOVER drops (CAMEO 01x statements)
maps to None.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from lagebild.errors import ConfigError

DATA_PACKAGE = "lagebild.data"
PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


@dataclass(frozen=True)
class CameoCode:
    code: str
    label: str
    quad_class: int
    goldstein: float
    goldstein_basis: str


@dataclass(frozen=True)
class PloverCode:
    type: str
    mode: str | None
    contexts: tuple[str, ...]
    basis: str = ""


def _read(name: str) -> str:
    return resources.files(DATA_PACKAGE).joinpath("events", name).read_text("utf-8")


def _csv_rows(name: str) -> list[dict[str, str]]:
    lines = [ln for ln in _read(name).splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(lines))


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    try:
        return {
            r["code"]: CameoCode(
                r["code"],
                r["label"],
                int(r["quad_class"]),
                float(r["goldstein"]),
                r["goldstein_basis"],
            )
            for r in _csv_rows("cameo_codes.csv")
        }
    except (KeyError, ValueError, FileNotFoundError) as exc:
        raise ConfigError("E402", path="events/cameo_codes.csv", detail=str(exc)) from exc


@lru_cache(maxsize=1)
def plover_table() -> dict[str, PloverCode]:
    rows = _csv_rows("cameo_plover.csv")
    return {
        r["code"]: PloverCode(
            r["type"],
            r["mode"] or None,
            tuple(c for c in r["contexts"].split(";") if c),
            r["basis"],
        )
        for r in rows
    }


@lru_cache(maxsize=1)
def plover_ontology() -> dict[str, Any]:
    """Types (quad class, modes, PLOVER scores) and contexts, from the manual."""
    data: dict[str, Any] = json.loads(_read("plover.json"))
    return data


def _entry(code: str) -> CameoCode:
    try:
        return cameo_table()[code]
    except KeyError:
        raise KeyError(f"unknown CAMEO code {code!r}") from None


def is_cameo(code: str) -> bool:
    return code in cameo_table()


def cameo_label(code: str) -> str:
    return _entry(code).label


def quad_class(code: str) -> int:
    """GDELT QuadClass of a CAMEO code, by its two-digit root."""
    return _entry(code).quad_class


def goldstein(code: str) -> float:
    return _entry(code).goldstein


def plover_for_cameo(code: str) -> PloverCode | None:
    """PLOVER type, mode and contexts for a CAMEO code; None where PLOVER drops it."""
    _entry(code)
    table = plover_table()
    # A four-digit code falls back to its three-digit parent, a root to its X0 code.
    for candidate in (code, code[:3], code + "0"):
        if candidate in table:
            return table[candidate]
    return None


def plover_modes(plover_type: str) -> list[str]:
    modes: list[str] = plover_ontology()["types"][plover_type]["modes"]
    return modes


def plover_contexts() -> list[str]:
    contexts: list[str] = plover_ontology()["contexts"]
    return contexts


def plover_quad_class(plover_type: str) -> int:
    value: int = plover_ontology()["types"][plover_type]["quad_class"]
    return value


def plover_score(plover_type: str, mode: str | None = None) -> float | None:
    """The manual's conflict-cooperation score for a type, or for type and mode."""
    spec = plover_ontology()["types"][plover_type]
    if mode is not None and mode in spec["mode_scores"]:
        return float(spec["mode_scores"][mode])
    score = spec["score"]
    return None if score is None else float(score)
