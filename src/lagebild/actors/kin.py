"""Relatives: „sein Vater“, "Kims Großvater" -> the person named as that relative.

A kin noun is another person than its possessor. Its referent is the person an apposition
names ("sein Vater, Kim Jong Il", "Kims Vater Kim Jong Il", "Kim Jong Uns kleine Schwester:
Kim Yo Jong"); the article remembers it per noun and possessor, so a later "seinem Vater"
whose "seinem" is the same possessor is the same person. Without either, the noun stays
unlinked: a relative the text does not name is no actor we could identify.
"""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.actors.docview import DocView
from lagebild.actors.entities import ArticleActors, Entity, Placed

# Words between a kin noun and its apposition: punctuation, and at most this many other
# tokens, each inside a description of the same person („Kims Großvater, Staatsgründer X“).
_APPOSITION_PUNCT = frozenset({",", ":", "–", "-", "„", "“", "”", "«", "»", '"'})
_APPOSITION_WORDS = 2
_PREFIX_POS = frozenset({"ADJ", "NUM", "ADV"})
_PREFIX_WORDS = 4


def kin_genders(view: DocView, actors: ArticleActors) -> None:
    """„seine Schwester Kim Yo Jong“: the relative's gender, for the pronouns that follow
    (run before them; the links themselves wait for the possessives)."""
    for token in view.doc:
        kin = view.rules.kin_noun(token.text)
        named = _apposition(token, view, actors) if kin is not None else None
        if kin is not None and named is not None and (named.gender is None or named.gender_guessed):
            named.gender, named.gender_guessed = kin.gender, False


def link_kin(view: DocView, actors: ArticleActors) -> None:
    """Add kin descriptions; run after pronouns (a possessive names the possessor). The
    appositions of the whole article count, also for a relative mentioned before it is
    named („in Begleitung seiner Schwester“ ... "Kims Schwester Kim Yo Jong")."""
    phrases = []
    memory: dict[tuple[str, str], str] = {}
    for token in view.doc:
        kin = view.rules.kin_noun(token.text)
        if kin is None or not token.text[:1].isupper():
            continue
        end = token.idx + len(token)
        if actors.covered(token.idx, end, frozenset({"name", "description"})):
            continue
        found = _possessor(token, view, actors)
        if found is None:
            continue
        start, owner = found
        named = _apposition(token, view, actors)
        if named is not None and named.id != owner:
            memory.setdefault((kin.noun, owner), named.id)
        phrases.append((start, end, kin.noun, owner))
    for start, end, noun, owner in phrases:
        remembered = memory.get((noun, owner))
        if remembered is None:
            continue
        entity = actors.entities[remembered]
        actors.add(entity, start, end, view.text[start:end], "description", view.place(start, end))
    actors.mentions.sort(key=lambda m: m.start)


def _possessor(token: Token, view: DocView, actors: ArticleActors) -> tuple[int, str] | None:
    """(phrase start, possessor id): a possessive pronoun („sein“, linked already) or a
    genitive name („Kims“) before the noun and its adjectives."""
    doc = token.doc
    i = token.i - 1
    while i >= 0 and token.i - i <= _PREFIX_WORDS and doc[i].pos_ in _PREFIX_POS:
        i -= 1
    if i < 0:
        return None
    prev = doc[i]
    # Any pronoun right before the noun is its possessive ("seiner" is listed with "er").
    form = view.rules.pronoun(prev.text)
    if form is not None:
        owner = _mention_at(actors, prev.idx, prev.idx + len(prev), "pronoun")
        return (prev.idx, owner.entity) if owner is not None else None
    name = _mention_at(actors, None, prev.idx + len(prev), "name")
    if name is not None and actors.entities[name.entity].is_person:
        return name.start, name.entity
    return None


def _mention_at(actors: ArticleActors, start: int | None, end: int, kind: str) -> Placed | None:
    return next(
        (
            m
            for m in actors.mentions
            if m.kind == kind and m.end == end and (start is None or m.start == start)
        ),
        None,
    )


def _apposition(token: Token, view: DocView, actors: ArticleActors) -> Entity | None:
    """The person named right after the noun, past punctuation and a description of the
    same person („Kims Großvater, Staatsgründer Kim Il Sung“)."""
    doc = token.doc
    words = 0
    for nxt in doc[token.i + 1 : token.i + 2 + _APPOSITION_WORDS + 2]:
        name = next((m for m in actors.mentions if m.kind == "name" and m.start == nxt.idx), None)
        if name is not None:
            entity = actors.entities[name.entity]
            return entity if entity.is_person else None
        if nxt.text in _APPOSITION_PUNCT:
            continue
        words += 1
        described = actors.covered(nxt.idx, nxt.idx + len(nxt), frozenset({"description"}))
        if words > _APPOSITION_WORDS or not described:
            return None
    return None
