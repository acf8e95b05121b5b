"""Pronouns -> the most salient compatible person.

Candidates are the persons mentioned in the pronoun's sentence (before it) and in the
`pronoun_window` sentences before; they must agree in gender (when known) and be singular.
Salience: nearer sentences first; within that, subjects before others (German texts keep
the topic in subject position: "Tokajew betonte ... Er sagte"), then the nearest mention.
A possessive (sein, ihr) binds to its clause's subject when that subject is a person,
even after it ("Bei einer Pressekonferenz mit seinem Amtskollegen betonte Putin").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from lagebild.actors.docview import DocView
from lagebild.actors.entities import ArticleActors, Entity, Placed
from lagebild.actors.rules import LinkRules, PronounForm

SUBJECT_BONUS = 0.6
SENTENCE_COST = 1.0
SAME_CLAUSE_SUBJECT_BONUS = 1.5
# Persons are preferred antecedents: an organisation must be a sentence nearer to win.
NON_PERSON_COST = 0.8


@dataclass(frozen=True, slots=True)
class PronounHit:
    token: Token
    form: PronounForm
    # A plural "sie"/"ihre": refers to a group actor ("die Demonstranten ... sie"), if any.
    plural: bool = False


def find_pronouns(view: DocView, rules: LinkRules) -> list[PronounHit]:
    hits = []
    for token in view.doc:
        form = rules.pronoun(token.text)
        if form is None or _formal(token) or _expletive(token):
            continue
        if form.demonstrative and _before_noun(token):
            continue  # „dieser Mann“: a determiner, handled as a description
        plural = _plural(token, form)
        if plural and "Plur" not in form.numbers:
            continue  # "wir": the speaker's side, not resolved here
        hits.append(PronounHit(token, form, plural))
    return hits


_QUOTES = re.compile(r"„[^“”]*[“”]|“[^”]*”|«[^»]*»|»[^«]*«|\"[^\"\n]*\"")


def quote_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTES.finditer(text)]


def resolve_speaker(
    token: Token, quotes: list[tuple[int, int]], view: DocView, actors: ArticleActors
) -> Entity | None:
    """„Ich“ inside a quotation is its speaker: the person named nearest outside it, in
    the sentences where the quotation starts and ends or the one after (German puts the
    speaker after: „…“, sagte Putin), preferring one after the quotation."""
    quote = next(((a, b) for a, b in quotes if a <= token.idx < b), None)
    if quote is None:
        return None
    first, last = view.sent_of(quote[0]), view.sent_of(quote[1] - 1) + 1
    best: tuple[int, int] | None = None
    chosen = None
    for m in actors.mentions:
        entity = actors.entities[m.entity]
        inside = quote[0] <= m.start < quote[1]
        if inside or not entity.is_person or not first <= m.place.sent <= last:
            continue
        key = (
            0 if m.start >= quote[1] else 1,
            abs(m.start - quote[1]) if m.start >= quote[1] else quote[0] - m.start,
        )
        if best is None or key < best:
            best, chosen = key, entity
    return chosen


def _plural(token: Token, form: PronounForm) -> bool:
    """A plural pronoun names a group, which is not one actor; "sie" is plural when the
    morphology or its verb says so."""
    if "Sing" not in form.numbers:
        return True
    if "Plur" not in form.numbers:
        return False
    if "Plur" in token.morph.get("Number", []):
        return True
    verb = token.head
    return token.dep_.startswith(("nsubj", "sb")) and "Plur" in verb.morph.get("Number", [])


def _before_noun(token: Token) -> bool:
    """„dieser Mann“ (a determiner) vs "dass dieser noch lebe" (a pronoun). The tagger calls
    both DET; the parser's relation tells them apart, else the next word does."""
    if token.dep_ in ("det", "nk"):
        return True
    if token.dep_ not in ("", "dep"):
        return False
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        nxt is not None
        and nxt.is_alpha
        and (nxt.pos_ in ("NOUN", "PROPN", "ADJ") or (not nxt.pos_ and nxt.text[:1].isupper()))
    )


def _expletive(token: Token) -> bool:
    """„Es gibt“, "es regnet", "es ist klar, dass": a placeholder, not an actor. The parser's
    expletive label, and a neuter "es" followed by a dass/ob clause or an infinitive."""
    if token.lower_ != "es":
        return False
    if token.dep_ in ("ep", "expl"):
        return True
    head = token.head
    return head.lemma_ in ("geben", "gehen") or any(
        child.dep_ in ("oc", "re", "ccomp", "csubj") for child in head.children
    )


def _formal(token: Token) -> bool:
    """„Sie“ inside a sentence is the polite form (or a plural), never one actor here."""
    return token.text in ("Sie", "Ihnen") and not token.is_sent_start


def _compatible(entity: Entity, form: PronounForm, plural: bool = False) -> bool:
    """Persons only. Most persons in the news whose gender the text does not show are men,
    so "sie"/"ihr" want a person known to be a woman; "er"/"sein" any other. A plural
    pronoun wants a group, a singular one never does."""
    if plural or entity.is_group:
        return plural and entity.is_group
    if not entity.is_person:
        # An organisation or state agrees by grammatical gender ("die SPD ... sie"); a place
        # is not an actor a pronoun refers to ("in Grosbliederstroff ... er").
        if entity.model.type == "LOC":
            return False
        if entity.model.type == "GPE" and not form.possessive and "Fem" not in form.genders:
            # "er"/"ihn" for a state is rare in German news (none in our gold), while a
            # person just named is the usual antecedent; "sein"/"ihr", "sie" may be a state.
            return False
        return entity.gender is not None and entity.gender in form.genders
    if form.genders and "Masc" not in form.genders:
        return entity.gender in form.genders
    return entity.gender is None or not form.genders or entity.gender in form.genders


def resolve_pronoun(
    hit: PronounHit, view: DocView, actors: ArticleActors, window: int
) -> Entity | None:
    tok = hit.token
    sent = view.sent_of(tok.idx)
    inside = {m.entity for m in actors.mentions if m.start <= tok.idx < m.end}
    best: tuple[float, int] | None = None
    chosen: Entity | None = None
    for mention in actors.mentions:
        entity = actors.entities[mention.entity]
        if mention.entity in inside or not _compatible(entity, hit.form, hit.plural):
            continue
        person = entity.is_person or entity.is_group
        score = _salience(mention, tok, sent, hit.form.possessive, window, person)
        if score is None:
            continue
        if hit.form.demonstrative and mention.place.role == "subject":
            score -= 2 * SUBJECT_BONUS  # „Dieser“ avoids the topic: the latest other person
        key = (score, mention.start)
        if best is None or key > best:
            best, chosen = key, entity
    return chosen


def _salience(
    mention: Placed, tok: Token, sent: int, possessive: bool, window: int, person: bool = True
) -> float | None:
    distance = sent - mention.place.sent
    after = mention.start > tok.idx
    if distance < 0 or distance > window:
        return None
    if after:
        # Only a possessive looks ahead, and only to its own clause's subject.
        if not (possessive and distance == 0 and mention.place.role == "subject"):
            return None
        return SAME_CLAUSE_SUBJECT_BONUS
    score = -SENTENCE_COST * distance - (0.0 if person else NON_PERSON_COST)
    if mention.place.role == "subject":
        score += SUBJECT_BONUS
        if possessive and distance == 0:
            score += SAME_CLAUSE_SUBJECT_BONUS
    return score
