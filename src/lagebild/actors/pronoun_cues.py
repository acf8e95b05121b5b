"""Loader of `data/actors/pronoun_cues.yaml`: words that decide what a pronoun can refer to
(organisations, interview turns, relative clauses, "dort")."""

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
    # Nouns of persons who head or belong to an organisation ("Chef", "Präsident"), folded.
    member_nouns: tuple[str, ...]
    # Sectors of bodies whose heads' quoted "wir" is the head himself ("GOV", "PTY").
    personal_we_sectors: frozenset[str]
    # Article forms -> the genders their form fixes ("das" -> Neut).
    article_genders: dict[str, frozenset[str]]
    # Pronoun forms that are never a subject ("ihn", "ihm").
    object_pronouns: frozenset[str]
    # Words joining two conjuncts ("und"): „X und seine Familie“.
    conjunctions: frozenset[str]
    # The polite second person, as written ("Sie", "Ihnen", "Ihre"): an interviewer's address.
    formal_address: frozenset[str]
    # "wir", "uns" and "unser…": an interviewee's side.
    first_plural_forms: frozenset[str]
    # Relative pronouns with an article's form ("der", "denen") -> (genders, numbers).
    relative_articles: dict[str, tuple[frozenset[str], frozenset[str]]]
    # Adverbs that stand for a place named before ("dort").
    place_adverbs: frozenset[str]
    # How far back (sentences) a pronoun finds the one person of its gender when none is
    # mentioned within the pronoun window (`topic.py`).
    topic_window: int


@lru_cache(maxsize=1)
def load_cues() -> PronounCues:
    data = read_yaml(CUES_FILE)
    try:
        return PronounCues(
            impersonal_verbs=frozenset(str(w) for w in data["impersonal_verbs"]),
            spokesperson_nouns=tuple(fold(str(w)) for w in data["spokesperson_nouns"]),
            member_nouns=tuple(fold(str(w)) for w in data["member_nouns"]),
            personal_we_sectors=frozenset(str(w) for w in data["personal_we_sectors"]),
            article_genders={
                str(k): frozenset(str(g) for g in v) for k, v in data["article_genders"].items()
            },
            object_pronouns=frozenset(str(w) for w in data["object_pronouns"]),
            conjunctions=frozenset(str(w) for w in data["conjunctions"]),
            formal_address=frozenset(str(w) for w in data["formal_address"]),
            first_plural_forms=frozenset(str(w) for w in data["first_plural_forms"]),
            relative_articles={
                str(k): (frozenset(v["gender"]), frozenset(v["number"]))
                for k, v in data["relative_articles"].items()
            },
            place_adverbs=frozenset(str(w) for w in data["place_adverbs"]),
            topic_window=int(data["topic_window"]),
        )
    except (AttributeError, KeyError, TypeError) as exc:
        raise ConfigError("E402", path=CUES_FILE, detail=repr(exc)) from exc
