"""Loose appositions: a noun phrase set off by commas right after a person's name describes
that person („Dennis Poß, IG Metall-Sekretär, warnte“, "Dieter Morszeck, begeisterter Pilot
und einst Inhaber …", "Stefan Keuter, damals AfD-Chef in Essen, …").

German grammar (lockere Apposition): the phrase follows its noun after a comma, has no
finite verb of its own and ends at the next comma or the sentence's end. Its head is a
singular noun for a person: one of our person nouns, or one whose ending makes agents and
relatives (-er, -or, -ist, -ent, -ant, -eur, -är, -ot, -loge and their feminine -in forms);
a date ("Müller, Ende Mai") or a thing has none of these. The head must agree with a
person whose gender is known. Only words no other rule linked are taken, and no item of a
list of people („Kneissl, Asselborn, der Außenminister der Schweiz Cassis sowie …“).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from lagebild.actors.docview import DocView
from lagebild.actors.entities import ArticleActors, Entity, Placed

# Endings of German agent and kin nouns (Leiter, Sponsor, Jurist, Student, Praktikant,
# Friseur, Sekretär, Pilot, Biologe) and their feminine forms (-in).
AGENT_ENDING = re.compile(r"(er|or|ist|ent|ant|eur|är|ot|loge|og)(in)?$")
# An apposition longer than this is more likely a clause the parser misread.
MAX_TOKENS = 14
ARTICLES = frozenset(
    ["ein", "eine", "einen", "einem", "einer", "eines", "der", "die", "den", "dem", "des"]
)
NAMES = frozenset({"name"})
# Where an apposition ends.
STOPS = frozenset({",", ".", ";", ":", "(", "–", "?", "!", "„", "“", '"'})


def link_loose_appositions(
    view: DocView, actors: ArticleActors, is_person_noun: Callable[[str], bool]
) -> None:
    names = [m for m in actors.mentions if m.kind == "name"]
    for mention in names:
        entity = actors.entities[mention.entity]
        if not entity.is_person or entity.is_group:
            continue
        found = _apposition(view, mention, actors, is_person_noun)
        if found is None or not _agrees(entity, found[1]):
            continue
        start, end = found[0].idx, found[1].idx + len(found[1])
        place = view.place(start, end)
        actors.add(entity, start, end, view.text[start:end], "description", place)
    actors.mentions.sort(key=lambda m: m.start)


def _apposition(
    view: DocView, mention: Placed, actors: ArticleActors, is_person_noun: Callable[[str], bool]
) -> tuple[Token, Token] | None:
    """The first word and the head noun of the phrase between the comma right after
    `mention` and the next comma or the sentence's end; None when there is no such phrase."""
    last = view.token_at(mention.end - 1)
    if last is None:
        return None
    doc = last.doc
    comma = last.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != "," or doc[comma].idx != mention.end:
        return None
    # Without a parse (a blank pipeline) the phrase may run to the text's end.
    limit = doc[comma].sent.end if doc.has_annotation("SENT_START") else len(doc)
    end = comma + 1
    while end < limit and doc[end].text not in STOPS:
        end += 1
    phrase = doc[comma + 1 : end]
    if not 0 < len(phrase) <= MAX_TOKENS or phrase[0].pos_ == "PRON":
        return None  # „Müller, der …“: a relative clause
    if any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return None  # a clause („Müller, sagte er“), no apposition
    if any(
        actors.entities[m.entity].is_person
        for m in actors.mentions
        if m.kind == "name" and phrase.start_char <= m.start < phrase.end_char
    ):
        return None  # „Kneissl, Asselborn, der Außenminister der Schweiz Cassis“: a list
    head = _first_noun(phrase, actors)
    if head is None or "Plur" in head.morph.get("Number", []):
        return None
    if _names_someone(phrase, head, actors):
        return None
    if actors.inside(head.idx, head.idx + len(head)):
        return None
    word = head.text.split("-")[-1]
    if is_person_noun(head.text) or is_person_noun(word):
        return phrase[0], head
    # The tagger reads rarer nouns as names ("begeisterter Pilot"): a name after an article
    # or adjective is a noun; alone it may be a surname ("Kunz, Müller").
    modified = head.i > phrase.start
    if AGENT_ENDING.search(word) and (head.pos_ == "NOUN" or modified):
        return phrase[0], head
    return None


def _first_noun(phrase: Span, actors: ArticleActors) -> Token | None:
    """The phrase's head: its first noun (or a name no rule linked), after at most an
    article, adjectives and the name of the body it belongs to ("IG Metall-Sekretär")."""
    for token in phrase:
        if actors.inside(token.idx, token.idx + len(token), NAMES):
            continue
        if token.text[:1].isupper() and token.pos_ in ("NOUN", "PROPN"):
            return token
        if token.pos_ not in ("DET", "ADJ", "ADV", "PROPN") and token.lower_ not in ARTICLES:
            return None
    return None


def _names_someone(phrase: Span, head: Token, actors: ArticleActors) -> bool:
    """Two names in a row after the head that no rule linked to an organisation or place:
    the phrase introduces a person of its own („…, der Außenminister der Schweiz Ignazio
    Cassis sowie …“), another item of a list."""
    tokens = [t for t in phrase if t.i > head.i]
    for left, right in itertools.pairwise(tokens):
        if left.pos_ == right.pos_ == "PROPN" and not actors.covered(left.idx, right.idx + 1):
            return True
    return False


def _agrees(entity: Entity, head: Token) -> bool:
    genders = set(head.morph.get("Gender", []))
    if genders == {"Neut"}:
        return False
    if entity.gender is None or not genders:
        return True
    return entity.gender in genders
