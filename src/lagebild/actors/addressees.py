"""Acronyms of the ones a speaker tells something: "sagte der MZ", "erklärte dem SWR",
"gegenüber TE".

The dative after a verb of saying (or after "gegenüber") names who is told: a person, or
the newspaper, broadcaster or body the speaker talks to. A word in capitals there is no
person's name, so it is an organisation's acronym, although the article never spells it
out (the outlet is often the article's own, named once). The NER misses such words, and
`acronyms.py` takes a bare acronym only with its definition; this position is the evidence.
Words: `told_words` in `data/actors/name_types.yaml`. Acronyms the KB knows, page furniture
and acronyms of other spans are left to the other rules.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Token

from lagebild.actors.legalforms import NAME_TYPES_FILE
from lagebild.actors.reviewed import read_yaml
from lagebild.actors.spotter import Spot
from lagebild.errors import ConfigError

_DATIVES = frozenset({"der", "dem"})
_MIN_LETTERS, _MAX_LETTERS = 2, 6
SOURCE = "addressee"


@lru_cache(maxsize=1)
def told_words() -> frozenset[str]:
    data = read_yaml(NAME_TYPES_FILE)
    try:
        return frozenset(str(w) for w in data["told_words"])
    except (KeyError, TypeError) as exc:
        raise ConfigError("E402", path=NAME_TYPES_FILE, detail=repr(exc)) from exc


def addressee_spots(doc: Doc, not_a_name: Callable[[str], bool], spots: list[Spot]) -> list[Spot]:
    """`spots` and an ORG spot for each unknown acronym told something; `not_a_name`:
    words that are no new actor (known names, page furniture)."""
    words = told_words()
    taken = [(s.start, s.end) for s in spots]
    added = []
    for token in doc:
        if token.text not in words:
            continue
        word = _addressee(token)
        if word is None or not _acronym(word.text) or not_a_name(word.text):
            continue
        start, end = word.idx, word.idx + len(word)
        if any(a < end and start < b for a, b in taken):
            continue
        added.append(Spot(start, end, word.text, "ORG", SOURCE))
        taken.append((start, end))
    return sorted(spots + added, key=lambda s: (s.start, -s.end))


def _addressee(told: Token) -> Token | None:
    """The word right after the verb, past a dative article ("sagte der MZ")."""
    doc, i = told.doc, told.i + 1
    if i < len(doc) and doc[i].lower_ in _DATIVES:
        i += 1
    return doc[i] if i < len(doc) else None


def _acronym(word: str) -> bool:
    return _MIN_LETTERS <= len(word) <= _MAX_LETTERS and word.isalpha() and word.isupper()
