"""The linker's reviewed rules (`data/actors/linking.yaml`): pronouns, dependency labels,
nouns that describe places and organisations. Loaded once, validated on load."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from lagebild.actors.names import fold
from lagebild.actors.records import RoleNoun
from lagebild.actors.reviewed import read_yaml
from lagebild.errors import ConfigError

RULES_FILE = "linking.yaml"
_TYPES = frozenset({"GPE", "LOC", "ORG"})


@dataclass(frozen=True, slots=True)
class PronounForm:
    """What a pronoun form can agree with; empty `genders` means any gender."""

    form: str
    genders: frozenset[str]
    numbers: frozenset[str]
    possessive: bool
    # „dieser“, "jener" standing alone: refers to the latest mention, not the topic.
    demonstrative: bool = False
    # „, deren Chef“, "für dessen Politik": a relative possessive; refers to the actor named
    # right before the comma.
    relative: bool = False


@dataclass(frozen=True, slots=True)
class PlaceNoun:
    noun: str
    type: str
    capital: bool = False
    focus: bool = False
    # The KB actors the noun can mean ("der Freistaat": Bayern, Sachsen or Thüringen): the
    # one of them the article named last.
    refers: frozenset[str] = frozenset()
    # Only a description where a name follows it ("die Grenzstadt X"; `apposition_nouns`).
    apposition_only: bool = False


@dataclass(frozen=True, slots=True)
class KinNoun:
    """A relative ("Vater"): its base form and the relative's gender."""

    noun: str
    gender: str


@dataclass(frozen=True, slots=True)
class LinkRules:
    subject_deps: frozenset[str]
    agent_deps: frozenset[str]
    object_deps: frozenset[str]
    pronouns: dict[str, PronounForm]
    pronoun_window: int
    first_person: frozenset[str]
    place_nouns: dict[str, PlaceNoun]
    own_country_nouns: frozenset[str]
    body_nouns: dict[str, RoleNoun]
    person_nouns: dict[str, RoleNoun]
    prefix_pos: frozenset[str]
    plural_words: frozenset[str]
    determiners: frozenset[str]
    predicative_words: frozenset[str]
    name_particles: frozenset[str]
    name_function_words: frozenset[str]
    feminine_surname_endings: tuple[str, ...]
    feminine_first_name_ending: str
    masculine_a_first_names: frozenset[str]
    feminine_first_names: frozenset[str]
    gender_titles: dict[str, str]
    # Kinship nouns ("Vater", "Schwester"): a relative of the possessor, never the possessor.
    kin_nouns: frozenset[str] = frozenset()
    kin: dict[str, KinNoun] = field(default_factory=dict)
    # Plural person nouns for people of a kind, not positions ("Investoren", "Beschäftigte").
    group_nouns: dict[str, RoleNoun] = field(default_factory=dict)
    # Person nouns of either sex whatever their grammatical gender ("die Person"), folded.
    epicene_nouns: frozenset[str] = frozenset()
    # „wir“, "uns" inside a quotation: the speaker's side, given to the speaker.
    first_plural: frozenset[str] = frozenset()
    # Given names besides the KB's (folded): `given_names` and `feminine_first_names`.
    given_names: frozenset[str] = frozenset()
    # Prepositions that make a mention a party to an act ("Einigung mit Brüssel").
    partner_words: frozenset[str] = frozenset()
    # Epithets of rulers resolved only with a country word ("der türkische Imperator").
    country_only_roles: frozenset[str] = frozenset()
    stateless_groups: frozenset[str] = frozenset()
    group_place_words: frozenset[str] = frozenset()
    federal_state_nouns: tuple[str, ...] = ()
    federal_state_countries: frozenset[str] = frozenset()
    # Compound prefixes of federal offices -> the federations (first: the default).
    federal_qualifiers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Head nouns of association names ("Verein zur ...", "Stiftung für ..."), folded.
    organisation_heads: tuple[str, ...] = ()
    # Words of page furniture the NER takes for names ("Foto: X/dpa"): never a new actor.
    not_actor_names: frozenset[str] = frozenset()
    # Nouns of a kind of place or organisation before a name ("die Grenzstadt X"), folded.
    apposition_nouns: dict[str, PlaceNoun] = field(default_factory=dict)
    # Endings of nouns for persons ("-er", "-in", "-ist"), folded: a title before a name.
    title_suffixes: tuple[str, ...] = ()
    # Heads of one-word institution names ("Bundestagsverwaltung"), folded.
    institution_heads: tuple[str, ...] = ()
    # Article forms that open a sentence right before its verb: demonstratives („Der diente“).
    standalone_demonstratives: dict[str, PronounForm] = field(default_factory=dict)

    def pronoun(self, word: str) -> PronounForm | None:
        return self.pronouns.get(word.lower())

    def name_gender(self, name: str) -> str | None:
        """Fem for a name that is clearly female, else None (unknown, not male)."""
        parts = name.split()
        if not parts:
            return None
        if parts[-1].lower().endswith(self.feminine_surname_endings):
            return "Fem"
        first = parts[0]
        if len(parts) > 1 and first in self.feminine_first_names:
            return "Fem"
        if len(parts) > 1 and first.endswith(self.feminine_first_name_ending):
            return None if first in self.masculine_a_first_names else "Fem"
        return None

    def kin_noun(self, word: str) -> KinNoun | None:
        return self.kin.get(fold(word))

    def describes(self, word: str) -> bool:
        """A body or place noun of these rules (role nouns are the KB's)."""
        return self.body_noun(word) is not None or self.place_noun(word) is not None

    def person_noun(self, word: str) -> RoleNoun | None:
        """CDU-Chef -> Chef with qualifier "CDU"; Unionschef -> Chef with "Unions"."""
        return _compound_noun(word, self.person_nouns)

    def group_noun(self, word: str) -> RoleNoun | None:
        """Bahn-Konkurrenten -> Konkurrent with qualifier "Bahn" (plural forms only)."""
        return _compound_noun(word, self.group_nouns)

    def body_noun(self, word: str) -> RoleNoun | None:
        return self.body_nouns.get(fold(word))

    def apposition_noun(self, word: str) -> PlaceNoun | None:
        """Die Universitätsstadt, der Rüstungskonzern: the noun, a listed form, or a compound
        ending in a noun of 4+ letters (after a hyphen: any listed noun)."""
        folded = fold(word)
        found = self.apposition_nouns.get(folded)
        if found is None and "-" in folded:
            found = self.apposition_nouns.get(folded.rsplit("-", 1)[1])
        for i in range(3, len(folded) - 3):
            if found is not None:
                break
            found = self.apposition_nouns.get(folded[i:])
        return found

    def place_noun(self, word: str) -> PlaceNoun | None:
        found = self.place_nouns.get(fold(word))
        if found is None and "-" in word:
            found = self.place_nouns.get(fold(word.rsplit("-", 1)[1]))
        return found


def _pronouns(rows: list[dict[str, Any]]) -> dict[str, PronounForm]:
    out: dict[str, PronounForm] = {}
    for row in rows:
        genders, numbers = frozenset(row["gender"]), frozenset(row["number"])
        # "ihr" is both a dative pronoun and a possessive; as a possessive it binds like one.
        possessive = bool(row.get("possessive") or row.get("possessive_too"))
        for form in row["forms"]:
            demonstrative = bool(row.get("demonstrative"))
            relative = bool(row.get("relative"))
            out.setdefault(
                form, PronounForm(form, genders, numbers, possessive, demonstrative, relative)
            )
    return out


def _kin_nouns(rows: list[dict[str, Any]]) -> dict[str, KinNoun]:
    out: dict[str, KinNoun] = {}
    for row in rows:
        if row["gender"] not in ("Masc", "Fem"):
            raise ConfigError("E402", path=RULES_FILE, detail=f"bad gender in {row}")
        noun = KinNoun(row["noun"], row["gender"])
        for form in (row["noun"], *row.get("forms", ())):
            out[fold(form)] = noun
    return out


def _place_nouns(rows: list[dict[str, Any]], apposition_only: bool = False) -> dict[str, PlaceNoun]:
    out: dict[str, PlaceNoun] = {}
    for row in rows:
        if row["type"] not in _TYPES:
            raise ConfigError("E402", path=RULES_FILE, detail=f"bad type in {row}")
        noun = PlaceNoun(
            row["noun"],
            row["type"],
            bool(row.get("capital", False)),
            bool(row.get("focus", False)),
            frozenset(row.get("refers", ())),
            apposition_only,
        )
        for form in (row["noun"], *row.get("forms", ())):
            out[fold(form)] = noun
    return out


def _body_nouns(rows: list[dict[str, Any]]) -> dict[str, RoleNoun]:
    out: dict[str, RoleNoun] = {}
    for row in rows:
        noun = RoleNoun(
            row["noun"], tuple(row.get("forms", ())), row["sector"], None, False, row.get("country")
        )
        for form in (noun.noun, *noun.forms):
            out[fold(form)] = noun
    return out


def _compound_noun(word: str, nouns: dict[str, RoleNoun]) -> RoleNoun | None:
    """The noun itself, or the head of a compound with the first part as qualifier."""
    folded = fold(word)
    if folded in nouns:
        return nouns[folded]
    cut = word.rfind("-") + 1
    if cut and fold(word[cut:]) in nouns:
        return replace(nouns[fold(word[cut:])], qualifier=word[: cut - 1])
    for i in range(3, len(folded) - 3):
        head = nouns.get(folded[i:])
        if head is not None:
            return replace(head, qualifier=word[:i])
    return None


def _person_nouns(rows: list[dict[str, Any]]) -> dict[str, RoleNoun]:
    out: dict[str, RoleNoun] = {}
    for row in rows:
        noun = RoleNoun(row["noun"], tuple(row.get("forms", ())), row.get("sector", ""), None, True)
        for form in (noun.noun, *noun.forms):
            out[fold(form)] = noun
    return out


def parse_rules(data: dict[str, Any]) -> LinkRules:
    try:
        deps = data["deps"]
        return LinkRules(
            subject_deps=frozenset(deps["subject"]),
            agent_deps=frozenset(deps["agent"]),
            object_deps=frozenset(deps["object"]),
            pronouns=_pronouns(data["pronouns"]),
            pronoun_window=int(data["pronoun_window"]),
            first_person=frozenset(data["first_person"]),
            first_plural=frozenset(data.get("first_plural", ())),
            standalone_demonstratives=_pronouns(data.get("standalone_demonstratives", [])),
            given_names=frozenset(
                fold(w) for w in (*data.get("given_names", ()), *data["feminine_first_names"])
            ),
            partner_words=frozenset(data["deps"].get("partner", ())),
            country_only_roles=frozenset(fold(w) for w in data.get("country_only_roles", ())),
            stateless_groups=frozenset(fold(w) for w in data.get("stateless_groups", ())),
            group_place_words=frozenset(data.get("group_place_words", ())),
            federal_state_nouns=tuple(fold(w) for w in data.get("federal_state_nouns", ())),
            federal_state_countries=frozenset(data.get("federal_state_countries", ())),
            federal_qualifiers={
                fold(k): tuple(v) for k, v in data.get("federal_qualifiers", {}).items()
            },
            organisation_heads=tuple(fold(w) for w in data.get("organisation_heads", ())),
            place_nouns=_place_nouns(data["place_nouns"]),
            apposition_nouns=_place_nouns(data.get("apposition_nouns", []), apposition_only=True),
            title_suffixes=tuple(fold(w) for w in data.get("title_suffixes", ())),
            institution_heads=tuple(fold(w) for w in data.get("institution_heads", ())),
            own_country_nouns=frozenset(fold(w) for w in data["own_country_nouns"]),
            body_nouns=_body_nouns(data["body_nouns"]),
            person_nouns=_person_nouns(data["person_nouns"]),
            group_nouns=_person_nouns(data.get("group_nouns", [])),
            epicene_nouns=frozenset(fold(w) for w in data.get("epicene_nouns", ())),
            prefix_pos=frozenset(data["description_prefix_pos"]),
            plural_words=frozenset(fold(w) for w in data["plural_words"]),
            determiners=frozenset(data["determiners"]),
            predicative_words=frozenset(data["predicative_words"]),
            name_particles=frozenset(data["name_particles"]),
            name_function_words=frozenset(data["name_function_words"]),
            feminine_surname_endings=tuple(data["feminine_surname_endings"]),
            kin_nouns=frozenset(_kin_nouns(data.get("kin_nouns", []))),
            kin=_kin_nouns(data.get("kin_nouns", [])),
            not_actor_names=frozenset(fold(w) for w in data.get("not_actor_names", ())),
            feminine_first_name_ending=str(data["feminine_first_name_ending"]),
            masculine_a_first_names=frozenset(data["masculine_a_first_names"]),
            feminine_first_names=frozenset(data["feminine_first_names"]),
            gender_titles=dict(data["gender_titles"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError("E402", path=RULES_FILE, detail=repr(exc)) from exc


@lru_cache(maxsize=1)
def load_rules() -> LinkRules:
    return parse_rules(read_yaml(RULES_FILE))
