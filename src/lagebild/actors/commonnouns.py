"""Common nouns the NER takes for names (`data/actors/common_nouns.yaml`): things, events
and abstract concepts ("Lockdown", "Hausarrest", "Coronavirus-Pandemie") are no actors."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from lagebild.actors.names import fold
from lagebild.actors.reviewed import read_yaml
from lagebild.errors import ConfigError

COMMON_NOUNS_FILE = "common_nouns.yaml"


@dataclass(frozen=True, slots=True)
class CommonNouns:
    heads: tuple[str, ...]
    suffixes: tuple[str, ...]
    exceptions: tuple[str, ...]  # endings of bodies (Wahlbündnis)

    def is_common(self, word: str) -> bool:
        """Whether one word (no spaces) is a thing, event or abstract noun: it, or its
        last hyphenated part, ends in a listed head or an abstract-noun suffix."""
        last = fold(word).rsplit("-", 1)[-1]
        if " " in last or not last.isalnum() or any(map(last.endswith, self.exceptions)):
            return False
        if any(last.endswith(head) for head in self.heads):
            return True
        return len(last) > 6 and any(last.endswith(suffix) for suffix in self.suffixes)


@lru_cache(maxsize=1)
def load_common_nouns() -> CommonNouns:
    data = read_yaml(COMMON_NOUNS_FILE)
    try:
        return CommonNouns(
            heads=tuple(fold(w) for w in data["thing_heads"]),
            suffixes=tuple(fold(w) for w in data["abstract_suffixes"]),
            exceptions=tuple(fold(w) for w in data.get("not_common", ())),
        )
    except (KeyError, TypeError) as exc:
        raise ConfigError("E402", path=COMMON_NOUNS_FILE, detail=repr(exc)) from exc
