"""Indeclinable place adjectives in -er ("der Essener Kreisverband", "das Kieler Rathaus",
"die Petersberger CDU"): the place whose name is the word without -er (or with -en for
-er: "Thüringer" -> Thüringen, "Dresdner" -> Dresden), when the article names that place
or the knowledge base knows it as one. Unknown stems make no actor: "Peter Müller" and
"Walter" must not become places."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from lagebild.actors.entities import ArticleActors
from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.names import fold

PLACE_TYPES = frozenset({"LOC", "GPE"})
# A shorter stem is no place name ("Od-er"); "Ulm" is the shortest we know.
MIN_STEM = 3


def stems(word: str) -> list[str]:
    """The place names an -er adjective may come from: "Kieler" -> Kiel; "Bremer" ->
    Brem, Bremen."""
    if not word.endswith("er") or not word[:1].isupper():
        return []
    base = word[:-2]
    if len(base) < MIN_STEM or not base.isalpha():
        return []
    return [base, base + "en"]


def before_noun(token: Token) -> bool:
    """An attributive use: the next word is a capitalised noun or name."""
    doc = token.doc
    if token.i + 1 >= len(doc):
        return False
    nxt = doc[token.i + 1]
    return nxt.pos_ in ("NOUN", "PROPN") and nxt.text[:1].isupper()


def article_place(
    token: Token, actors: ArticleActors, kb: KnowledgeBase, day: date | None
) -> str | None:
    """The id of the place an -er adjective before a noun names, if any."""
    names = stems(token.text)
    if not names or not before_noun(token):
        return None
    wanted = {fold(n) for n in names}
    for entity in actors.entities.values():
        if entity.model.type in PLACE_TYPES and fold(entity.model.name) in wanted:
            return entity.id
    for name in names:
        if kb.metonym(name) is not None:
            # "Brüsseler", "Moskauer": a seat that may stand for its government; which one
            # the adjective means is the metonym rules' question, not a place's.
            return None
        for cand in kb.match_name(name, on=day, types=PLACE_TYPES, limit=3):
            known = {cand.actor.name, *(n for ns in cand.actor.names.values() for n in ns)}
            if name in known:
                return cand.actor.id
    return None
