"""Names of associations the NER misses: an organisation noun with its purpose
("Verein zur Erhaltung der Rechtsstaatlichkeit", "Gesellschaft für Freiheitsrechte",
"Bündnis gegen Rechts").

German names of associations, foundations and institutes follow one pattern: a head noun
from `linking.yaml` `organisation_heads`, then für/zur/zum/gegen and capitalised nouns
(joined by articles and "und"). A purpose is what makes it a name: "die Partei der
Kanzlerin" or "eine Initiative für mehr Klimaschutz" are not names, so genitives, lower-case
words and an indefinite article before the head are left out.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lagebild.actors.names import fold
from lagebild.actors.rules import LinkRules
from lagebild.actors.spotter import Spot

_PURPOSE = frozenset({"für", "zur", "zum", "gegen"})
_JOINERS = frozenset({"der", "die", "das", "des", "dem", "den", "und", "für", "zur", "zum"})
_INDEFINITE = frozenset({"ein", "eine", "einer", "einem", "einen", "eines"})


def organisation_spots(doc: Doc, rules: LinkRules, spots: list[Spot]) -> list[Spot]:
    taken = [(s.start, s.end) for s in spots]
    added = []
    for token in doc:
        if not _is_head(token, rules) or token.i + 2 >= len(doc):
            continue
        if doc[token.i + 1].lower_ not in _PURPOSE:
            continue
        if token.i > 0 and doc[token.i - 1].lower_ in _INDEFINITE:
            continue
        last = _purpose_end(doc, token.i + 2)
        if last is None:
            continue
        start, end = token.idx, last.idx + len(last)
        if any(a < end and start < b for a, b in taken):
            continue
        text = doc.text[start:end]
        added.append(Spot(start, end, text, "ORG", "organisation"))
        taken.append((start, end))
    return sorted(spots + added, key=lambda s: (s.start, -s.end))


def _is_head(token: Token, rules: LinkRules) -> bool:
    """„Verein“, "Bundesverband", "Ärzteverein": the noun or a compound ending in it."""
    word = fold(token.text)
    if not token.text[:1].isupper():
        return False
    return any(word == h or word.endswith(h) for h in rules.organisation_heads)


def _purpose_end(doc: Doc, i: int) -> Token | None:
    """The last capitalised noun of the purpose phrase starting at token i."""
    last = None
    while i < len(doc):
        token = doc[i]
        if token.lower_ in _JOINERS and token.text.islower():
            i += 1
            continue
        if token.text[:1].isupper() and token.text.replace("-", "").isalpha():
            last = token
            i += 1
            continue
        break
    return last
