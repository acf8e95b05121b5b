"""Legal forms of companies and associations ("GmbH", "AG", "e.V."): a name they end is an
organisation's, and the name without them is the same organisation ("Blaser GmbH" ...
"Blaser"). Words: `legal_forms` in `data/actors/name_types.yaml`."""

from __future__ import annotations

from functools import lru_cache

from lagebild.actors.reviewed import read_yaml
from lagebild.errors import ConfigError

NAME_TYPES_FILE = "name_types.yaml"


@lru_cache(maxsize=1)
def legal_forms() -> frozenset[str]:
    data = read_yaml(NAME_TYPES_FILE)
    try:
        return frozenset(str(w) for w in data["legal_forms"])
    except (KeyError, TypeError) as exc:
        raise ConfigError("E402", path=NAME_TYPES_FILE, detail=repr(exc)) from exc


def without_legal_form(name: str) -> str:
    """„Duesenfeld GmbH“ -> "Duesenfeld"; a legal form alone stays."""
    parts = name.split(" ")
    while len(parts) > 1 and parts[-1] in legal_forms():
        parts.pop()
    return " ".join(parts)
