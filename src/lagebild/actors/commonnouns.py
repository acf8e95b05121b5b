"""Common nouns the NER takes for names (`data/actors/common_nouns.yaml`): things, events
and abstract concepts ("Lockdown", "Hausarrest", "Coronavirus-Pandemie") are no actors."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from lagebild.actors.names import fold
from lagebild.actors.reviewed import read_yaml
from lagebild.errors import ConfigError

COMMON_NOUNS_FILE = "common_nouns.yaml"


@dataclass(frozen=True, slots=True)
class CommonNouns:
    heads: tuple[str, ...]
    suffixes: tuple[str, ...]
    exceptions: tuple[str, ...]  # endings of bodies (Wahlbündnis)
    counting: frozenset[str] = frozenset()  # "ein", "zwei", "viele": see common_uses
    definite: frozenset[str] = frozenset()  # "der", "im", "seine": see common_uses

    def is_common(self, word: str) -> bool:
        """Whether one word (no spaces) is a thing, event or abstract noun: it, or its
        last hyphenated part, ends in a listed head or an abstract-noun suffix."""
        last = fold(word).rsplit("-", 1)[-1]
        if " " in last or not last.isalnum() or any(map(last.endswith, self.exceptions)):
            return False
        if any(last.endswith(head) for head in self.heads):
            return True
        return len(last) > 6 and any(last.endswith(suffix) for suffix in self.suffixes)

    def common_uses(self, doc: Doc) -> frozenset[str]:
        """Capitalised words the text uses as common nouns: after a counting or indefinite
        determiner ("ein Tablet", "zwei Akkus"), or after a lower-case attributive adjective
        without a definite determiner before it ("neue Epidemien", "ein bundesweiter
        Launch"): German gives a name with an adjective the definite article ("das besetzte
        Westjordanland", "der junge Goethe"). Words in capitals (acronyms) are left alone."""
        out = set()
        for token in doc[1:]:
            text, prev = token.text, doc[token.i - 1]
            if not text[:1].isupper() or text.isupper() or not prev.text[:1].islower():
                continue
            if fold(prev.text) in self.counting or (
                _attributive(prev, token) and not self._after_definite(prev)
            ):
                out.add(text)
        return frozenset(out | _coordinated_with_nouns(doc))

    def _after_definite(self, adjective: Token) -> bool:
        """Whether a definite determiner opens the adjectives before `adjective`."""
        doc, i = adjective.doc, adjective.i - 1
        while i >= 0 and doc[i].pos_ in _MODIFIER_POS and doc[i].text[:1].islower():
            i -= 1
        # After a noun the "adjective" is more likely a mistagged verb ("Seite liege Roth").
        return i >= 0 and (fold(doc[i].text) in self.definite or doc[i].pos_ in _NOUN_POS)


_MODIFIER_POS = frozenset({"ADJ", "ADV", "NUM"})
_CONJUNCTIONS = frozenset({"und", "oder", "sowie"})


def _coordinated_with_nouns(doc: Doc) -> set[str]:
    """Like is joined with like: a capitalised word coordinated with a plain common noun
    ("Kabel und Satellit", "Seife und Desinfektionsmittel": the partner is tagged a noun,
    never a proper noun in the text, and no entity) is a common noun too. Not for words the
    NER calls persons: it misses surnames, which the tagger takes for nouns ("Engholm und
    Barschel")."""
    proper = {t.text for t in doc if t.pos_ == "PROPN"}
    in_entity = {t.i: t.ent_type_ for t in doc if t.ent_type_}

    def plain_noun(token: Token) -> bool:
        return (
            token.pos_ == "NOUN"
            and token.is_alpha
            and token.text[:1].isupper()
            and not token.text.isupper()
            and token.text not in proper
            and token.i not in in_entity
            and not token.is_sent_start
        )

    out = set()
    for conj in doc[1:-1]:
        if conj.text not in _CONJUNCTIONS:
            continue
        left, right = doc[conj.i - 1], doc[conj.i + 1]
        for word, partner in ((left, right), (right, left)):
            if (
                word.text[:1].isupper()
                and not word.text.isupper()
                and in_entity.get(word.i) != "PER"
                and plain_noun(partner)
            ):
                out.add(word.text)
    return out


_NOUN_POS = frozenset({"NOUN", "PROPN"})


def _attributive(word: Token, noun: Token) -> bool:
    """An inflected adjective before the noun; tagger and POS must agree, as verbs are
    mistagged ("schaffte Tobisch", "begehrte Manbidj")."""
    inflected = word.text.endswith(("e", "en", "er", "es", "em"))
    return inflected and word.pos_ == "ADJ" and (word.tag_ == "ADJA" or word.head == noun)


@lru_cache(maxsize=1)
def load_common_nouns() -> CommonNouns:
    data = read_yaml(COMMON_NOUNS_FILE)
    try:
        return CommonNouns(
            heads=tuple(fold(w) for w in data["thing_heads"]),
            suffixes=tuple(fold(w) for w in data["abstract_suffixes"]),
            exceptions=tuple(fold(w) for w in data.get("not_common", ())),
            counting=frozenset(fold(w) for w in data.get("counting_determiners", ())),
            definite=frozenset(fold(w) for w in data.get("definite_determiners", ())),
        )
    except (KeyError, TypeError) as exc:
        raise ConfigError("E402", path=COMMON_NOUNS_FILE, detail=repr(exc)) from exc
