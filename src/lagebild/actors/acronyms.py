"""Acronyms the article defines: „Allgemeiner Studierendenausschuss (AStA)“, "der AStA
(Allgemeiner Studierendenausschuss)", "Autonomous Tenant Union (ATU)".

A short word with two or more capitals beside a parenthesis that holds the long form (or
is held by it) names an organisation; the article uses it as that organisation's name
everywhere. The NER misses such acronyms ("AStA" looks like no word it knows), and a bare
acronym elsewhere is too often no actor (TV, GmbH, HIV) to take without a definition.
`acronym_spots` adds the long form and every occurrence of the acronym as names;
`unify_acronyms` then gives both the one actor (the long form's, unless only the acronym
is known to the KB).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from lagebild.actors.entities import NEW_PREFIX, ArticleActors, Placed
from lagebild.actors.names import fold
from lagebild.actors.spotter import Spot

_ACRONYM = re.compile(r"[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,7}")
_JOINERS = frozenset({"für", "der", "des", "und", "zur", "zum", "of", "for", "the", "and"})
_LONG_WORDS = 6


@dataclass(frozen=True, slots=True)
class Definition:
    acronym: str
    long_start: int
    long_end: int

    @property
    def span(self) -> tuple[int, int]:
        return self.long_start, self.long_end


def is_acronym(word: str) -> bool:
    return bool(_ACRONYM.fullmatch(word)) and sum(c.isupper() for c in word) >= 2


def definitions(doc: Doc, not_names: frozenset[str] = frozenset()) -> list[Definition]:
    """The article's acronym definitions; `not_names` (folded) are never acronyms ("PDF")."""
    out = []
    for token in doc:
        if token.text != "(" or token.i == 0 or token.i + 2 >= len(doc):
            continue
        before, inside = doc[token.i - 1], doc[token.i + 1]
        if fold(inside.text) in not_names or fold(before.text) in not_names:
            continue
        if is_acronym(inside.text) and doc[token.i + 2].text == ")":
            long = _long_before(doc, token.i - 1)
            if long is not None:
                out.append(Definition(inside.text, long[0], long[1]))
        elif is_acronym(before.text):
            long = _long_inside(doc, token.i + 1)
            if long is not None:
                out.append(Definition(before.text, long[0], long[1]))
    return out


def short_forms(doc: Doc, spots: list[Spot], not_word: Callable[[str], bool]) -> list[Definition]:
    """„Landesbank Hessen-Thüringen (Helaba)“, "Zentrum für Menschenrechte (Cenidh)": one
    capitalised word in parentheses right after an organisation's name of several words is
    its short name, like an acronym. `not_word` rules out words that are no names (common
    nouns, places, page furniture: "(Foto)", "(Berlin)")."""
    out = []
    ends = {s.end: s for s in spots if s.label == "ORG" and " " in s.text}
    for token in doc:
        if token.text != "(" or token.i == 0 or token.i + 2 >= len(doc):
            continue
        before, inside = doc[token.i - 1], doc[token.i + 1]
        long = ends.get(before.idx + len(before))
        word = inside.text
        if long is None or doc[token.i + 2].text != ")" or is_acronym(word):
            continue
        if word[:1].isupper() and word[1:].islower() and 3 <= len(word) <= 8 and not not_word(word):
            out.append(Definition(word, long.start, long.end))
    return out


def _name_word(token: Token) -> bool:
    return token.text[:1].isupper() and token.text.replace("-", "").isalpha()


def _long_before(doc: Doc, last: int) -> tuple[int, int] | None:
    """Capitalised words (and joiners between them) ending at token `last`."""
    if not _name_word(doc[last]):
        return None
    first = last
    i = last - 1
    while i >= 0 and last - i < _LONG_WORDS:
        if _name_word(doc[i]) and not doc[i].is_sent_start:
            first = i
        elif doc[i].lower_ not in _JOINERS or not doc[i].text.islower():
            break
        i -= 1
    if first == last and not doc[last].text[1:].islower():
        return None  # one word, itself an acronym: "(EU)" after "USA"
    return doc[first].idx, doc[last].idx + len(doc[last])


def _long_inside(doc: Doc, first: int) -> tuple[int, int] | None:
    """„(Allgemeiner Studierendenausschuss)“: capitalised words and joiners up to ")"."""
    i = first
    while i < len(doc) and i - first < _LONG_WORDS and doc[i].text != ")":
        if not (_name_word(doc[i]) or (doc[i].lower_ in _JOINERS and doc[i].text.islower())):
            return None
        i += 1
    if i == first or i >= len(doc) or doc[i].text != ")" or not _name_word(doc[i - 1]):
        return None
    return doc[first].idx, doc[i - 1].idx + len(doc[i - 1])


def acronym_spots(doc: Doc, spots: list[Spot], defs: list[Definition]) -> list[Spot]:
    """The long forms and every occurrence of the acronyms. `defs` is updated in place:
    a definition whose long form holds a person is dropped („Heiko Maas (SPD)“ is a person
    and his party); a name of several words found already that ends where the long form
    ends is the long form ("Bundesverbands der Deutschen Industrie (BDI)" after "Der
    Präsident des"); other names inside a long form give way to it ("Union" of "Autonomous
    Tenant Union (ATU)")."""
    kept = []
    for d in defs:
        inside = [s for s in spots if s.start < d.long_end and d.long_start < s.end]
        if any(s.label == "PER" for s in inside):
            continue
        ending = [
            s for s in inside if s.end == d.long_end and d.long_start <= s.start and " " in s.text
        ]
        kept.append(Definition(d.acronym, ending[0].start, d.long_end) if ending else d)
    defs[:] = kept
    spots = [
        s
        for s in spots
        if not any(
            d.long_start <= s.start and s.end <= d.long_end and (s.start, s.end) != d.span
            for d in defs
        )
    ]
    taken = [(s.start, s.end) for s in spots]
    added = []

    def add(start: int, end: int) -> None:
        if not any(a < end and start < b for a, b in taken):
            added.append(Spot(start, end, doc.text[start:end], "ORG", "acronym"))
            taken.append((start, end))

    for d in defs:
        add(d.long_start, d.long_end)
    for token in doc:
        if any(token.text == d.acronym for d in defs):
            add(token.idx, token.idx + len(token))
    return sorted(spots + added, key=lambda s: (s.start, -s.end))


def unify_acronyms(actors: ArticleActors, defs: list[Definition]) -> None:
    """The acronym's name mentions join the long form's actor."""
    for d in defs:
        long = next(
            (
                m
                for m in actors.mentions
                if m.kind == "name" and m.start <= d.long_start and d.long_end <= m.end
            ),
            None,
        )
        short = [m for m in actors.mentions if m.kind == "name" and m.text == d.acronym]
        if long is None or not short or actors.entities[long.entity].is_person:
            continue
        target = long.entity
        if target.startswith(NEW_PREFIX) and not short[0].entity.startswith(NEW_PREFIX):
            target = short[0].entity
        moved = {long.entity, short[0].entity} - {target}
        actors.mentions = [_to(m, target) if m.entity in moved else m for m in actors.mentions]


def _to(mention: Placed, entity: str) -> Placed:
    return Placed(mention.start, mention.end, mention.text, mention.kind, entity, mention.place)
