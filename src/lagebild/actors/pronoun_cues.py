"""Loader of `data/actors/pronoun_cues.yaml`: words that decide whether a pronoun can refer
to an organisation."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from lagebild.actors.names import fold
from lagebild.actors.reviewed import read_yaml
from lagebild.errors import ConfigError

CUES_FILE = "pronoun_cues.yaml"


@dataclass(frozen=True, slots=True)
class PronounCues:
    # Verbs whose subject "es" is a placeholder ("es gibt", "es heißt"): lemmas.
    impersonal_verbs: frozenset[str]
    # Nouns of persons who speak for an organisation ("Sprecher"), folded compound ends.
    spokesperson_nouns: tuple[str, ...]
    # Article forms -> the genders their form fixes ("das" -> Neut).
    article_genders: dict[str, frozenset[str]]
    # Pronoun forms that are never a subject ("ihn", "ihm").
    object_pronouns: frozenset[str]
    # Words joining two conjuncts ("und"): „X und seine Familie“.
    conjunctions: frozenset[str]


@lru_cache(maxsize=1)
def load_cues() -> PronounCues:
    data = read_yaml(CUES_FILE)
    try:
        return PronounCues(
            impersonal_verbs=frozenset(str(w) for w in data["impersonal_verbs"]),
            spokesperson_nouns=tuple(fold(str(w)) for w in data["spokesperson_nouns"]),
            article_genders={
                str(k): frozenset(str(g) for g in v) for k, v in data["article_genders"].items()
            },
            object_pronouns=frozenset(str(w) for w in data["object_pronouns"]),
            conjunctions=frozenset(str(w) for w in data["conjunctions"]),
        )
    except (AttributeError, KeyError, TypeError) as exc:
        raise ConfigError("E402", path=CUES_FILE, detail=repr(exc)) from exc
