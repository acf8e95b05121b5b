"""The description record, the article's memory of appositions, and the article words and
grammar checks (gender, number, definiteness) that finding and resolving descriptions share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Token

from lagebild.actors.entities import Entity, new_id
from lagebild.actors.names import fold
from lagebild.actors.records import CountryInfo, RoleNoun
from lagebild.actors.rules import PlaceNoun

POSTNOMINAL = frozenset({"von", "aus"})
# Quotes between a noun and its apposition: closing (Der „ewige Präsident“ Kim Il Sung) or
# opening (die Wochenzeitschrift „Freitag“).
QUOTES = frozenset({"„", "‚", "“", "”", "«", "»", '"', "'"})
GENITIVE_ARTICLES = frozenset({"der", "des"})
# An office's complement before its holder's name: "der Präsident des Verbands X, Name".
COMPLEMENT_WORDS = frozenset({"der", "des", "von", "vom"})
COMPLEMENT_TOKENS = 8
# Definite articles, also fused with a preposition ("im Parlament", "vom Gericht").
DEFINITE = frozenset({"der", "die", "das", "des", "dem", "den", "im", "ins", "am", "vom", "beim"})
# Articles that are singular before a masculine office noun ("dem Minister", "seinem
# Amtskollegen"; "der" as a genitive plural is rare beside the nominative singular).
SINGULAR_ARTICLES = frozenset(
    {
        "der",
        "dem",
        "des",
        "ein",
        "einem",
        "eines",
        "einen",
        "seinem",
        "seines",
        "ihrem",
        "ihres",
        "diesem",
        "dieses",
        "jenem",
        "jenes",
        "im",
        "am",
        "vom",
        "beim",
    }
)
INDEFINITE = frozenset({"ein", "eine", "einem", "einen", "einer", "eines"})
# „dieses Land“, "jenem Staat": demonstrative determiners.
DEMONSTRATIVES = frozenset(
    {"dieser", "diese", "dieses", "diesem", "diesen", "jener", "jene", "jenes", "jenem", "jenen"}
)
# Sentences a definite description looks back for its person, or for its party or company.
ANAPHOR_WINDOW = 2
# An everyday person noun ("Der Autor", "die Schauspielerin") reaches further back: a full
# noun phrase is a less accessible referring expression than a pronoun (Ariel 1990).
OCCUPATION_WINDOW = 3
ANY_KIND = frozenset({"name", "description", "pronoun", "metonym", "adjective"})
# Ids of the unnamed people `_introduce` brings in ("ein Aktivist").
ANONYMOUS_PREFIX = new_id("anon x")[: -len("x")]
# „die Person, die …“: relative pronouns opening a clause after a comma.
RELATIVE_PRONOUNS = frozenset({"der", "die", "das", "den", "dem", "dessen", "deren"})
ORGANISATION_WINDOW = 5
# The first sentences (title, teaser) may name a person by an office before the text does.
CATAPHORA_SENTENCES = 2
# Sectors of a state's own bodies: "die Regierung", "die Polizei", "die Opposition" without a
# country word are the focus country's.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY", "OPP"})
# Sectors of non-state organisations a definite noun refers back to ("die Partei", "die
# Firma", "die Gewerkschaft").
ORGANISATION_SECTORS = frozenset({"PTY", "BUS", "LAB"})


def make_organisation(entity: Entity, desc: Description) -> None:
    entity.is_person = False
    # Pronouns agree with the noun's grammatical gender: „der Konzern … seinen“.
    genders = desc.head.morph.get("Gender", [])
    entity.gender = genders[0] if len(genders) == 1 else None
    entity.gender_guessed = False
    entity.model.type = "ORG"
    if desc.role is not None:
        entity.model.sector = entity.model.sector or desc.role.sector


def is_feminine(desc: Description) -> bool:
    head = desc.head
    if (
        head.lower_.endswith(("in", "innen"))
        and desc.role is not None
        and not fold(desc.role.noun).endswith("in")
    ):
        return True
    # A nominalised adjective ("die 32-Jährige", "die Vorsitzende") or a noun like "Frau"
    # shows its gender only in the article, which the morphologizer reads.
    return (
        desc.role is not None
        and desc.role.person
        and head.morph.get("Gender", []) == ["Fem"]
        and "Plur" not in head.morph.get("Number", [])
    )


def plural_e(desc: Description) -> bool:
    """„der Flüchtlinge“: a base noun not ending in -e plus -e is its plural (Flüchtling ->
    Flüchtlinge), whatever the morphologizer says (it often reads the genitive plural
    "der Flüchtlinge" as a feminine singular)."""
    if desc.role is None:
        return False
    base = fold(desc.role.noun)
    return not base.endswith("e") and fold(desc.head.text) == base + "e"


def is_capitalised(word: str) -> bool:
    """A noun: capitalised, or a compound after a number ("32-Jährige", "5000-Einwohner")."""
    if word[:1].isdigit() and "-" in word:
        word = word.rsplit("-", 1)[1]
    return word[:1].isupper()


def gender_agrees(entity: Entity, desc: Description) -> bool:
    """„die Außenministerin“ is not a man the article called "Außenminister"."""
    if not entity.is_person or entity.gender is None:
        return True
    return entity.gender == ("Fem" if is_feminine(desc) else "Masc") or not is_feminine(desc)


@dataclass
class Description:
    start: int
    end: int
    head: Token
    role: RoleNoun | None
    place_noun: PlaceNoun | None
    country: CountryInfo | None
    possessive: Token | None
    plural: bool
    # A region's adjective ("saarländische"): the office is that region's (a KB place id).
    region: str | None = None


@dataclass
class Memory:
    """What appositions taught in this article: (role or noun, country) -> entity."""

    seen: dict[tuple[str, str | None], str] = field(default_factory=dict)
    # Every entity taught per key, latest last: "die Außenministerin" is the latest woman
    # the article called so, even after "der Außenminister X".
    history: dict[tuple[str, str | None], list[str]] = field(default_factory=dict)

    def learn(self, key: str, country: str | None, entity: Entity) -> None:
        for where in {country, None}:
            self.seen[(key, where)] = entity.id
            self.history.setdefault((key, where), []).append(entity.id)

    def recall(
        self, key: str, country: str | None, accept: Callable[[str], bool] | None = None
    ) -> str | None:
        if accept is None:
            return self.seen.get((key, country))
        taught = self.history.get((key, country), [])
        return next((e for e in reversed(taught) if accept(e)), None)
