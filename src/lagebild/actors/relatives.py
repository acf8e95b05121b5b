"""Relative pronouns that look like articles: „Trochowski, der seine Karriere beendete“,
"die LoogBerry GmbH, die …", "ein Büroservice, der …".

German opens a relative clause with a form of "der" right after a comma (or a comma and a
preposition: ", mit dem"); it agrees in gender and number with the noun phrase that ends at
the comma, which is its antecedent. The tagger tells the pronoun from an article (", die
Regierung": a determiner before its noun); without a tagger the next word must not be a
capitalised noun. Forms and their agreement: `relative_articles` in pronoun_cues.yaml.
"""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.actors.docview import DocView
from lagebild.actors.entities import ArticleActors, Entity
from lagebild.actors.pronoun_cues import load_cues

PRONOUN = frozenset({"pronoun"})


def relative_article(token: Token) -> tuple[frozenset[str], frozenset[str]] | None:
    """(genders, numbers) of a relative "der"/"die"/"das"/"dem"/"den"/"denen" at `token`;
    None for an article or any other word."""
    agreement = load_cues().relative_articles.get(token.lower_)
    if agreement is None or _comma_before(token) is None:
        return None
    if token.doc.has_annotation("POS"):
        if token.pos_ != "PRON" and "Rel" not in token.morph.get("PronType", []):
            return None
        return agreement if token.dep_ not in ("det", "nk") else None
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return agreement if nxt is not None and not nxt.text[:1].isupper() else None


def _comma_before(token: Token) -> Token | None:
    doc, i = token.doc, token.i - 1
    if i >= 0 and doc[i].pos_ == "ADP":
        i -= 1
    return doc[i] if i >= 0 and doc[i].text == "," else None


def _agrees(entity: Entity, genders: frozenset[str], numbers: frozenset[str]) -> bool:
    """A group wants a plural form; a plural-only form ("denen") a group or a body; a
    person its gender (unknown: a masculine form, as for "er"); a body any form, its
    name's grammatical gender being unknown to us."""
    if entity.is_group:
        return "Plur" in numbers
    if "Sing" not in numbers:
        return not entity.is_person
    if entity.is_person:
        return entity.gender in genders if entity.gender else "Masc" in genders
    return True


def _coordinated(view: DocView, start: int) -> bool:
    """„Frenzel und Weber, die …“: the antecedent is both conjuncts, no one actor."""
    before = view.text[max(0, start - 8) : start].split()
    return bool(before) and before[-1] in load_cues().conjunctions


def relative_antecedent(token: Token, view: DocView, actors: ArticleActors) -> Entity | None:
    """The actor a relative article at `token` refers to: the one whose mention ends at the
    comma before it, if it agrees."""
    agreement = relative_article(token)
    comma = _comma_before(token)
    if agreement is None or comma is None:
        return None
    genders, numbers = agreement
    ending = [m for m in actors.mentions if m.end == comma.idx and m.kind != "adjective"]
    for mention in sorted(ending, key=lambda m: m.start):
        entity = actors.entities[mention.entity]
        if entity.model.type == "LOC":
            continue
        if "Plur" in numbers and _coordinated(view, mention.start):
            return None
        if _agrees(entity, genders, numbers):
            return entity
        return None
    return None


def link_relatives(view: DocView, actors: ArticleActors) -> None:
    """Add the relative articles that refer to an actor, as its pronoun mentions."""
    for token in view.doc:
        start, end = token.idx, token.idx + len(token)
        if actors.covered(start, end, PRONOUN):
            continue
        entity = relative_antecedent(token, view, actors)
        if entity is None:
            continue
        actors.add(entity, start, end, token.text, "pronoun", view.place(start, end))
    actors.mentions.sort(key=lambda m: m.start)
