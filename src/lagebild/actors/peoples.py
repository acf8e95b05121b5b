"""Words for a country's people: adjectives ("russischen", "Thüringer"), demonyms ("die
Briten" = the state; "der Franzose" = a person of the article) and the article's focus
country from them."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from lagebild.actors.describe import (
    ANAPHOR_WINDOW,
    DEFINITE,
    SINGULAR_ARTICLES,
    Describer,
)
from lagebild.actors.entities import NEW_PREFIX, ArticleActors, Entity
from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.placeadjectives import article_place
from lagebild.actors.records import CountryInfo


class CountryWords:
    def __init__(self, describer: Describer) -> None:
        self.kb = describer.kb
        self.rules = describer.rules
        self.view = describer.view
        self.day = describer.day

    def adjectives(self, actors: ArticleActors) -> list[tuple[int, int, str]]:
        """Place and country adjectives as (start, end, actor id): a reviewed place's
        ("Thüringer", "baden-württembergischen"), a country's, a place's in -er that the
        article names or the KB knows ("Essener" after "Essen"); the parts of a
        hyphenated compound count one by one ("deutsch-französischen")."""
        out = []
        names = frozenset({"name", "metonym"})
        for token in self.view.doc:
            place = self.kb.place_by_adjective(token.text)
            if place is not None:
                start, end = token.idx, token.idx + len(token)
                if not actors.covered(start, end, names):
                    out.append((start, end, place.id))
                continue
            fixed = self._fixed_adjective(token)
            if fixed is not None:
                start, end = token.idx, token.idx + len(token)
                if not actors.covered(start, end, names):
                    out.append((start, end, fixed.actor_id))
                continue
            town = article_place(token, actors, self.kb, self.day)
            if town is not None:
                start, end = token.idx, token.idx + len(token)
                if not actors.covered(start, end, names):
                    out.append((start, end, town))
                continue
            for start, part in _hyphen_parts(token):
                info = self.kb.country_by_adjective(part) if part.isalpha() else None
                end = start + len(part)
                if info is not None and not actors.covered(start, end, names):
                    out.append((start, end, info.actor_id))
        return out

    def _fixed_adjective(self, token: Token) -> CountryInfo | None:
        """„die Schweizer Agentur“, "ein Luxemburger Gericht": a demonym in -er before a
        common noun is the country's indeclinable adjective."""
        doc = token.doc
        if not token.text.endswith("er") or token.i + 1 >= len(doc):
            return None
        nxt = doc[token.i + 1]
        if nxt.pos_ != "NOUN" or not nxt.text[:1].isupper():
            return None
        return self.kb.country_by_demonym(token.text)

    def singular_article(self, start: int, token: Token) -> str | None:
        """The article of a singular demonym ("der Franzose", "ein Luxemburger"), if the
        phrase has one and the morphologizer agrees; None for a plural or a bare noun."""
        first = self.view.text[start : token.idx + len(token)].split()[0].lower()
        if first not in SINGULAR_ARTICLES or token.morph.get("Number", []) == ["Plur"]:
            return None
        return first

    def demonym_person(
        self, start: int, token: Token, info: CountryInfo, actors: ArticleActors
    ) -> Entity | None:
        """„sagt der Franzose“, "Der Amerikaner ließ sich feiern": a singular demonym with a
        definite article is a person of that country named in the last sentences, the
        subject first (as a definite description is); one whose country is unknown may be
        meant too, and learns it. An indefinite one ("ein Luxemburger") is nobody named."""
        if self.singular_article(start, token) not in DEFINITE:
            return None
        sent = self.view.sent_of(start)
        best: tuple[float, int] | None = None
        chosen = None
        for m in actors.before(start):
            entity = actors.entities[m.entity]
            distance = sent - m.place.sent
            country = entity.model.country
            if not entity.is_person or entity.is_group or not 0 <= distance <= ANAPHOR_WINDOW:
                continue
            if country not in (None, info.iso3) or entity.gender == "Fem":
                continue
            # A person known to be of that country first, then salience.
            salience = -distance + (0.6 if m.place.role == "subject" else 0.0)
            key = (salience + (ANAPHOR_WINDOW + 1) * (country == info.iso3), m.start)
            if best is None or key > best:
                best, chosen = key, entity
        if chosen is not None and chosen.model.id.startswith(NEW_PREFIX):
            chosen.model.country = chosen.model.country or info.iso3
        return chosen

    def demonyms(self, actors: ArticleActors) -> list[tuple[int, int, CountryInfo]]:
        """„die Briten“, "den Israelis": the people of a state stand for the state. A form
        in -er before a capitalised word is an adjective ("die Schweizer Agentur"); other
        forms are not ("den Palästinensern Autonomie gewähren")."""
        out = []
        doc = self.view.doc
        for token in doc:
            info = self.kb.country_by_demonym(token.text) if token.text[:1].isupper() else None
            if info is None or actors.covered(token.idx, token.idx + len(token)):
                continue
            nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
            adjective = token.text.endswith("er")
            if adjective and nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha:
                continue
            start = token.idx
            if token.i > 0 and doc[token.i - 1].lower_ in self.rules.determiners:
                start = doc[token.i - 1].idx
            out.append((start, token.idx + len(token), info))
        return out


def _hyphen_parts(token: Token) -> list[tuple[int, str]]:
    """(offset, text) of a token's parts between hyphens; the token itself if it has none."""
    if "-" not in token.text:
        return [(token.idx, token.text)]
    parts, offset = [], token.idx
    for part in token.text.split("-"):
        parts.append((offset, part))
        offset += len(part) + 1
    return parts


def country_focus(kb: KnowledgeBase, texts: list[str]) -> list[str]:
    """States the article is about, most mentioned first (names, genitives, adjectives)."""
    counts: Counter[str] = Counter()
    for text in texts:
        info = kb.country_by_name(text) or kb.country_by_adjective(text)
        if info is not None and not info.actor_id.startswith("lb:bloc"):
            counts[info.iso3] += 1
    return [iso3 for iso3, _ in counts.most_common()]
