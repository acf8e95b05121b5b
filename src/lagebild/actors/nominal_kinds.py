"""Loader of `data/actors/nominal_kinds.yaml`: nouns for a kind of actor ("Konzern",
"Partei", "Gemeinde") and the modifiers that make a phrase another one of its kind."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from lagebild.actors.names import fold
from lagebild.actors.reviewed import read_yaml
from lagebild.errors import ConfigError

NOMINAL_KINDS_FILE = "nominal_kinds.yaml"
# The first part of a compound ("Rüstungs|konzern", "Groß|gemeinde") has 3+ letters.
MIN_MODIFIER = 3


@dataclass(frozen=True, slots=True)
class Kind:
    noun: str
    types: frozenset[str]
    # CAMEO sectors (first three letters); empty: any.
    sectors: frozenset[str]
    # Only organisations known to be of the sector (a party must be coded as one).
    coded: bool = False
    # An indefinite phrase brings in an unnamed organisation ("ein externer Dienstleister").
    introduce: bool = False

    def fits(self, type_: str, sector: str | None) -> bool:
        if type_ not in self.types:
            return False
        if not self.sectors:
            return True
        return sector[:3] in self.sectors if sector else not self.coded


@dataclass(frozen=True, slots=True)
class NominalKinds:
    kinds: dict[str, Kind]
    contrast: frozenset[str]
    restrictive_deps: frozenset[str]

    def kind_of(self, word: str) -> Kind | None:
        """The kind a noun names, itself or as the head of a compound ("Terrororganisation",
        "US-Konzern")."""
        low = fold(word)
        if low in self.kinds:
            return self.kinds[low]
        for noun, kind in self.kinds.items():
            if low.endswith(noun) and len(low) - len(noun) >= MIN_MODIFIER:
                return kind
        return None


@lru_cache(maxsize=1)
def load_nominal_kinds() -> NominalKinds:
    data = read_yaml(NOMINAL_KINDS_FILE)
    try:
        kinds = {
            fold(k["noun"]): Kind(
                fold(k["noun"]),
                frozenset(k["types"]),
                frozenset(k["sectors"]),
                bool(k.get("coded", False)),
                bool(k.get("introduce", False)),
            )
            for k in data["kinds"]
        }
        contrast = frozenset(fold(w) for w in data["contrast_words"])
        restrictive = frozenset(data["restrictive_deps"])
    except (KeyError, TypeError) as exc:
        raise ConfigError("E402", path=NOMINAL_KINDS_FILE, detail=str(exc)) from exc
    return NominalKinds(kinds, contrast, restrictive)
