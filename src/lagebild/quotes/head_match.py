"""A speaker span no linked mention covers, to an actor of the article.

The actors stage links most speaker spans; where it left one out, the quotes
stage looks for an actor the article already has (never a new one):

* officials with a country adjective ("die deutschen Verantwortlichen", "ein
  Sprecher des bayerischen Innenministeriums"): the country or state of the
  adjective mention, where a noun of the span names a state organ
  (`state_nouns` in words.yaml);
* else the span's head noun ("der zivilen Allianz" -> "Allianz", "Der
  Vorsitzende des Vereins" -> "Vorsitzende") in an actor's name or description
  mention: the same word up to its inflection ending, or the end of a compound
  ("Vereinsvorsitzende", "Vereinigungsministeriums" ~ "Ministeriums"); of
  several such actors the one mentioned nearest to the quote;
* else a third-person pronoun or a definite role noun ("sagte sie", "sagt der
  Virologe", `person_noun_endings` in words.yaml) takes up the person last
  mentioned before it (news text names a person, then refers back).
"""

from __future__ import annotations

import re

from lagebild.models import Actor
from lagebild.quotes.lexicon import load_lexicon

_WORD = re.compile(r"[A-ZÄÖÜ][\w-]*")
_ENDINGS = ("es", "en", "s", "n")  # genitive and plural endings of nouns
_MIN_COMPOUND = 5  # letters of a compound's last part that may stand for it
_MENTION_KINDS = frozenset({"name", "description"})


def _stem(word: str) -> str:
    low = word.lower()
    for ending in _ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= _MIN_COMPOUND - 1:
            return low[: -len(ending)]
    return low


def _same(head: str, word: str) -> bool:
    """The same noun, or a compound and its last part ("Vereinsvorsitzende" ~ "Vorsitzende")."""
    a, b = _stem(head), _stem(word)
    short, long_ = sorted((a, b), key=len)
    return short == long_ or (len(short) >= _MIN_COMPOUND and long_.endswith(short))


def head_noun(surface: str) -> str | None:
    """The first capitalised word that is no determiner: "der zivilen Allianz" -> "Allianz",
    "Der Vorsitzende des Vereins" -> "Vorsitzende"."""
    determiners = load_lexicon().words.determiners
    for word in _WORD.findall(surface):
        if word.lower() not in determiners:
            return str(word)
    return None


def country_of_officials(
    surface: str | None, span: tuple[int, int] | None, actors: list[Actor]
) -> str | None:
    """ "Die deutschen Verantwortlichen", "ein Sprecher des bayerischen
    Innenministeriums": the country or state of the adjective, where a noun of
    the span names a state's organ or officials (`state_nouns` in words.yaml)."""
    if span is None or surface is None:
        return None
    endings = tuple(load_lexicon().words.state_nouns)
    if not any(word.lower().endswith(endings) for word in _WORD.findall(surface)):
        return None
    for actor in actors:
        for m in actor.mentions:
            if m.kind == "adjective" and span[0] <= m.start and m.end <= span[1]:
                return actor.id
    return None


def actor_by_head(surface: str | None, at: int, actors: list[Actor]) -> str | None:
    """The actor with a name or description mention holding the head noun of
    `surface`; of several, the one mentioned nearest to offset `at`."""
    head = head_noun(surface) if surface else None
    if head is None:
        return None
    best: tuple[int, str] | None = None
    for actor in actors:
        for m in actor.mentions:
            if m.kind in _MENTION_KINDS and any(_same(head, w) for w in _WORD.findall(m.text)):
                distance = abs(m.start - at)
                if best is None or distance < best[0]:
                    best = (distance, actor.id)
    return best[1] if best else None


_PERSON_PRONOUNS = frozenset({"er", "sie"})
_DEFINITE = frozenset({"der", "die"})
_ANAPHOR_REACH = 1500  # characters back to the person a pronoun or role noun takes up


def _refers_back(surface: str) -> bool:
    """ "er", "sie", "der Virologe", "die erfahrene Trainerin": a personal
    pronoun, or a definite article, lower-case adjectives and a role noun."""
    words = surface.split()
    if len(words) == 1:
        return words[0].lower() in _PERSON_PRONOUNS
    if words[0].lower() not in _DEFINITE or not words[-1][:1].isupper():
        return False
    if any(not w.islower() for w in words[1:-1]):
        return False
    endings = tuple(load_lexicon().words.person_noun_endings)
    return words[-1].lower().endswith(endings)


def anaphoric_person(
    surface: str | None, span: tuple[int, int] | None, cue: str | None, actors: list[Actor]
) -> str | None:
    """The person (PER actor) mentioned last before a pronoun or definite role
    noun `surface` that the actors stage left unlinked. The cue verb must be
    singular: "dass sie die Nachbarn beschimpften" is a group."""
    if surface is None or span is None or not _refers_back(surface):
        return None
    if cue is None or cue.split()[0].endswith("n"):
        return None
    best: tuple[int, str] | None = None
    for actor in actors:
        if actor.type != "PER":
            continue
        for m in actor.mentions:
            near = m.kind in _MENTION_KINDS and span[0] - _ANAPHOR_REACH <= m.start < span[0]
            if near and (best is None or m.start > best[0]):
                best = (m.start, actor.id)
    return best[1] if best else None
