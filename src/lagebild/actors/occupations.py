"""Person nouns of everyday news outside politics (`data/actors/occupations.yaml`): "der
Trainer", "die Virologin", "Privatkunden". The loader builds each noun's inflected forms from
its declension class and records which number each form can have, so that a phrase is one
person or a group by its form where the form tells, and by its determiner where it does not
("der Spieler" / "die Spieler", "dem Kunden" / "den Kunden")."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Token

from lagebild.actors.description import DEFINITE, DEMONSTRATIVES
from lagebild.actors.entities import ArticleActors
from lagebild.actors.names import fold
from lagebild.actors.reviewed import read_yaml
from lagebild.errors import ConfigError

OCCUPATIONS_FILE = "occupations.yaml"
SING, PLUR = "Sing", "Plur"
BOTH = frozenset({SING, PLUR})
# A compound's head ("Privat|kunden") has 4+ letters and its first part 3+; hyphenated
# compounds ("Ex-Profi", "Top-Reporter") any head.
MIN_HEAD = 4
MIN_FIRST = 3
# Determiners of a specific group: definite, demonstrative, possessive.
SPECIFIC = (
    DEFINITE
    | DEMONSTRATIVES
    | frozenset(
        p + e
        for p in ("mein", "dein", "sein", "ihr", "unser", "euer", "eur")
        for e in ("e", "en", "er", "em", "es")
    )
)
# A single word shorter than this may be a name ("Fan Bingbing").
MIN_NAME = 5
# Mentions that make a group of an everyday noun an actor of the article (else a subject).
MIN_GROUP_MENTIONS = 2
# A counted group has two to twelve members ("2 Männer"; "1" is one person): small counts
# introduce people the text follows; "600 Häftlinge" is a quantity, as the word list ends
# at "zwölf".
MIN_COUNT, MAX_COUNT = 2, 12


@dataclass(frozen=True, slots=True)
class Occupation:
    noun: str
    sector: str
    numbers: frozenset[str]  # what the form can be: {"Sing"}, {"Plur"} or both
    feminine: bool  # a feminine form ("Virologin", "Kundinnen")
    adjectival: bool  # a nominalised adjective: the article shows the gender
    qualifier: str | None = None  # the compound's first part ("Privat", "Ex")


def _forms(noun: str, decl: str) -> dict[str, frozenset[str]]:
    """Masculine forms by declension class -> the numbers they can have."""
    sing, plur, both = {noun}, set(), set()
    if decl == "er":
        sing.add(noun + "s")
        both.add(noun)
        plur.add(noun + "n")
    elif decl in ("e", "n"):
        both.add(noun + "n")
    elif decl == "en":
        both.add(noun + "en")
    elif decl == "or":
        sing.add(noun + "s")
        plur.add(noun + "en")
    elif decl == "pl_e":
        sing |= {noun + "s", noun + "es"}
        plur |= {noun + "e", noun + "en"}
    elif decl == "s":
        plur.add(noun + "s")
    elif decl == "adj":
        stem = noun[:-2]
        sing = {noun, stem + "em"}
        both = {stem + "e", stem + "en"}
    elif decl != "none":
        raise ConfigError("E402", path=OCCUPATIONS_FILE, detail=f"unknown decl {decl}")
    out = {f: frozenset({SING}) for f in sing}
    out.update({f: frozenset({PLUR}) for f in plur})
    out.update({f: BOTH for f in both})
    return out


def _feminine(noun: str, decl: str) -> list[str]:
    if decl in ("s", "adj", "none"):
        return []
    stem = noun[:-1] if decl == "e" else noun
    return [stem + "in", stem + "innen"]


@dataclass(frozen=True, slots=True)
class Occupations:
    forms: dict[str, Occupation]
    # Plural forms of generic person nouns ("Männer", "Personen") -> the noun: a group only
    # when counted (`counted_noun`), and the words that count ("zwei", "beiden").
    counted: dict[str, str] = field(default_factory=dict)
    count_words: frozenset[str] = frozenset()

    def lookup(self, word: str) -> Occupation | None:
        """The noun itself, or the head of a compound with its first part as qualifier."""
        folded = fold(word)
        if folded in self.forms:
            return self.forms[folded]
        cut = word.rfind("-") + 1
        if cut and fold(word[cut:]) in self.forms:
            return replace(self.forms[fold(word[cut:])], qualifier=word[: cut - 1])
        for i in range(MIN_FIRST, len(folded) - MIN_HEAD + 1):
            if folded[i:] in self.forms:
                return replace(self.forms[folded[i:]], qualifier=word[:i])
        return None

    def counted_noun(self, token: Token) -> str | None:
        """„Zwei Männer“, "die beiden Frauen", "drei Jugendliche": a cardinal or "beide"
        before a plural (past adjectives) makes the generic noun a group of the article, as
        a count introduces specific referents; "Männer" alone stays the kind."""
        noun = self.counted.get(fold(token.text))
        return noun if noun is not None and self.is_counted(token) else None

    def is_counted(self, token: Token) -> bool:
        """A count word or a small number right before the noun, past adjectives."""
        i = token.i - 1
        while (
            i >= 0
            and token.doc[i].pos_ == "ADJ"
            and fold(token.doc[i].text) not in self.count_words
        ):
            i -= 1
        if i < 0:
            return False
        word = fold(token.doc[i].text).replace(".", "")
        return word in self.count_words or _small_count(word)


@lru_cache(maxsize=1)
def load_occupations() -> Occupations:
    data = read_yaml(OCCUPATIONS_FILE)
    forms: dict[str, Occupation] = {}
    try:
        for row in data["occupations"]:
            noun, decl, sector = row["noun"], row["decl"], str(row["sector"])
            adjectival = decl == "adj"
            for form, numbers in _forms(noun, decl).items():
                forms.setdefault(fold(form), Occupation(noun, sector, numbers, False, adjectival))
            for form in row.get("plural", []):
                forms.setdefault(
                    fold(form), Occupation(noun, sector, frozenset({PLUR}), False, False)
                )
            for form in row.get("feminine", []) or _feminine(noun, decl):
                number = PLUR if fold(form).endswith("innen") else SING
                forms.setdefault(
                    fold(form), Occupation(noun, sector, frozenset({number}), True, False)
                )
        counted = {fold(f): row["noun"] for row in data["counted"] for f in row["plural"]}
        count_words = frozenset(fold(w) for w in data["count_words"])
    except (KeyError, TypeError) as exc:
        raise ConfigError("E402", path=OCCUPATIONS_FILE, detail=str(exc)) from exc
    return Occupations(forms, counted, count_words)


def names_a_person(word: str) -> bool:
    """„Gynäkologe“, "Forscher", "Fotografen": one word the NER took for a name that is a
    person noun of this list, a description (short words are names too: "Fan")."""
    return len(word) >= MIN_NAME and load_occupations().lookup(word) is not None


def drop_lone_groups(actors: ArticleActors, group_ids: set[str]) -> None:
    """A group of an everyday noun is an actor of the article only where the text refers
    to it as a specific group: once with a definite, demonstrative or possessive
    determiner ("die Kunden", "ihre Kunden") or counted ("zwei Ärzte", "beide Trainer"), and
    again or as the subject. Bare plurals alone ("mit Ärzten gesprochen", "Kunden zahlen
    mehr") refer to the kind, generically."""
    specific = SPECIFIC | load_occupations().count_words
    lone = set()
    for group_id in group_ids:
        mentions = [m for m in actors.mentions if m.entity == group_id]
        definite = any(
            m.kind == "description" and _first_word(m.text) in specific for m in mentions
        )
        followed = len(mentions) >= MIN_GROUP_MENTIONS or any(
            m.place.role == "subject" for m in mentions
        )
        if not (definite and followed):
            lone.add(group_id)
    actors.mentions = [m for m in actors.mentions if m.entity not in lone]


def _small_count(word: str) -> bool:
    return word.isdigit() and MIN_COUNT <= int(word) <= MAX_COUNT


def _first_word(text: str) -> str:
    """The determiner's place: "2" for "2 Männer" is a count like "zwei"."""
    word = fold(text.split()[0]).replace(".", "")
    return "zwei" if _small_count(word) else word
