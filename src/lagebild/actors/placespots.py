"""GeoNames places where the text shows a place (`data/actors/place_context.yaml`).

The 30,000 world cities are no gazetteer patterns: "Essen", "Hof", "Paris Hilton" would
become places. A capitalised word the KB knows only as a GeoNames place (`kb.place`) is a
place name when a place preposition governs it ("in Afrin", "für Neukölln", "im deutschen
Ramstein", "um das nordwest-syrische Idlib"), when it is joined to a place ("Oakland oder
Seattle"), or when the NER tags it LOC elsewhere in the article.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.names import fold
from lagebild.actors.reviewed import read_yaml
from lagebild.actors.spotter import Spot

PLACE_CONTEXT_FILE = "place_context.yaml"
_ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den"})


@dataclass(frozen=True, slots=True)
class PlaceContext:
    prepositions: frozenset[str]
    contracted: frozenset[str]
    conjunctions: frozenset[str]
    not_places: frozenset[str]


@lru_cache(maxsize=1)
def load_place_context() -> PlaceContext:
    data = read_yaml(PLACE_CONTEXT_FILE)
    return PlaceContext(
        *(
            frozenset(fold(w) for w in data[key])
            for key in ("prepositions", "contracted", "conjunctions", "not_places")
        )
    )


def _governed(token: Token, ctx: PlaceContext) -> bool:
    """A preposition right before the word ("in Afrin"), or adjectives after an article
    ("um das nordwest-syrische Idlib", "im deutschen Ramstein"): adjectives without one
    make a common noun ("in privater Mission")."""
    doc, i = token.doc, token.i - 1
    while i >= 0 and (doc[i].tag_ == "ADJA" or doc[i].pos_ == "ADJ"):
        i -= 1
    if i < 0:
        return False
    if i == token.i - 1:
        return doc[i].lower_ in ctx.prepositions
    if doc[i].lower_ in ctx.contracted:
        return True
    return doc[i].lower_ in _ARTICLES and i > 0 and doc[i - 1].lower_ in ctx.prepositions


def may_be_place(text: str) -> bool:
    """Whether a word the KB knows only as a GeoNames place may name it: not one of the
    ordinary words that are also towns ("Essen", "Mitte")."""
    return fold(text) not in load_place_context().not_places


def place_spots(
    doc: Doc, kb: KnowledgeBase, spots: list[Spot], is_common: Callable[[str], bool]
) -> list[Spot]:
    ctx = load_place_context()
    taken = [(s.start, s.end) for s in spots]
    places = {(s.start, s.end) for s in spots if s.label == "LOC"}
    tagged = {fold(s.text) for s in spots if s.label == "LOC" and s.source == "ner"}
    added: list[Spot] = []
    for token in doc:
        text = token.text
        if not text[:1].isupper() or not text.isalpha() or len(text) < 4 or text.isupper():
            continue
        start, end = token.idx, token.idx + len(token)
        if any(a < end and start < b for a, b in taken):
            continue
        if not may_be_place(text) or is_common(text) or kb.place(text) is None:
            continue
        previous = doc[token.i - 1] if token.i > 0 else None
        joined = (
            previous is not None
            and token.i > 1
            and previous.lower_ in ctx.conjunctions
            and any(
                a <= doc[token.i - 2].idx < b for a, b in places | {(s.start, s.end) for s in added}
            )
        )
        if fold(text) in tagged or joined or _governed(token, ctx):
            added.append(Spot(start, end, text, "LOC", "place"))
    return sorted(spots + added, key=lambda s: (s.start, -s.end))
