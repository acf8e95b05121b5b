"""Persons the NER took for organisations or missed, where the text shows they are persons.

Two cues, both independent of any one article's names:
- a name of two or three capitalised words that opens with a known given name
  ("Andrew MacDonald", "Jacek K.") is a person, whatever label the NER gave it;
- coordination joins like with like: a two-word name right beside a person in a list
  ("Eric Frenzel und Terence Weber", "Vinzenz Geiger, Johannes Rydzek und ...") is a person;
- German local reporting gives a private person's age in brackets after the name
  ("Gunthild Schön (77) blättert"): a two-word name before "(77)" is a person.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from lagebild.actors.docview import DocView
from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.names import fold
from lagebild.actors.nametypes import typed_spots
from lagebild.actors.occupations import names_a_person
from lagebild.actors.spotter import Spot

_JOINERS = frozenset({"und", "oder", "sowie", ","})
_AGE = re.compile(r"(?<![\w-])([A-ZÄÖÜ]\w+(?:-\w+)? [A-ZÄÖÜ]\w+(?:-\w+)?) \((\d{1,3})\)")
# "Weber", "MacDonald", "Müller-Lüdenscheidt", or an initial ("K.").
_NAME_WORD = re.compile(
    r"[A-ZÄÖÜ][a-zäöüßéèáàíóúçñ]+(?:-?[A-ZÄÖÜ][a-zäöüßéèáàíóúçñ]+)*|[A-ZÄÖÜ]\.?"
)
# Tags that never open or end a person's name: adjectives ("Deutsche Bahn"), verbs, numbers.
_NOT_NAME_POS = frozenset({"ADJ", "VERB", "AUX", "NUM", "DET", "PRON", "ADP", "CCONJ"})


def _name_words(text: str) -> list[str] | None:
    words = text.split()
    if not 2 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return None
    return words


def person_spots(
    spots: list[Spot],
    view: DocView,
    is_given: Callable[[str], bool],
    is_common: Callable[[str], bool],
    known: Callable[[str], bool],
) -> list[Spot]:
    """Spans relabelled or added as persons by the two cues above."""

    def plain(word: str) -> bool:
        """A word that may be part of a person's name: no common, role, kin or kind noun."""
        rules = view.rules
        return not (
            is_common(word)
            or rules.describes(word)
            or rules.kin_noun(word) is not None
            or rules.person_noun(word) is not None
        )

    def person_like(spot: Spot) -> bool:
        words = _name_words(spot.text)
        return words is not None and all(map(plain, words)) and not known(spot.text)

    out = [_without_leading_noun(s, view, is_given) for s in spots]
    out = [
        _as_person(s) if s.label != "PER" and person_like(s) and is_given(s.text.split()[0]) else s
        for s in out
    ]
    for m in _AGE.finditer(view.text):
        start, end = m.span(1)
        same = [s for s in out if s.start < end and start < s.end]
        if not (_name_words(m.group(1)) and all(map(plain, m.group(1).split()))):
            continue
        if not same:
            out.append(Spot(start, end, m.group(1), "PER", "age"))
        elif len(same) == 1 and (same[0].start, same[0].end) == (start, end):
            out[out.index(same[0])] = _as_person(same[0])
    changed = True
    while changed:
        changed = False
        for spot in [s for s in out if s.label == "PER"]:
            for neighbour in _neighbours(spot, view):
                found = [s for s in out if s.start < neighbour[1] and neighbour[0] < s.end]
                if not found:
                    text = view.text[neighbour[0] : neighbour[1]]
                    if _free_pair(neighbour, view) and all(map(plain, text.split())):
                        out.append(Spot(neighbour[0], neighbour[1], text, "PER", "coordinated"))
                        changed = True
                    continue
                other = found[0]
                if (
                    other.label != "PER"
                    and (other.start, other.end) == neighbour
                    and person_like(other)
                ):
                    out[out.index(other)] = _as_person(other)
                    changed = True
    out = typed_spots(out, view, lambda w: _person_noun(w, view), known)
    return sorted(set(out), key=lambda s: (s.start, -s.end))


def _person_noun(word: str, view: DocView) -> bool:
    """A role noun of a person ("Sprecherin"), of our rules or the KB, or an occupation."""
    role = KnowledgeBase.load().role_noun(word)
    return (
        view.rules.person_noun(word) is not None
        or (role is not None and role.person)
        or names_a_person(word)
    )


def _without_leading_noun(spot: Spot, view: DocView, is_given: Callable[[str], bool]) -> Spot:
    """„Ex-Stürmer Paulo Sergio“, "Ciderfreund Philipp H.": a noun the NER ran into a
    person's name stands before it as an apposition; the name starts at the given name. Not
    after an organisation's head noun ("Stiftung Jürgen Ponto")."""
    words = spot.text.split(" ")
    if not 3 <= len(words) <= 4 or is_given(words[0]) or not is_given(words[1]):
        return spot
    first = view.token_at(spot.start)
    heads = (*view.rules.organisation_heads, *view.rules.institution_heads)
    if (
        first is None
        or first.pos_ not in ("NOUN", "PROPN")
        or words[0].isupper()
        or fold(words[0]).rsplit("-", 1)[-1].endswith(heads)
    ):
        return spot
    start = spot.start + len(words[0]) + 1
    return Spot(start, spot.end, spot.text[len(words[0]) + 1 :], "PER", spot.source)


def _as_person(spot: Spot) -> Spot:
    return Spot(spot.start, spot.end, spot.text, "PER", spot.source, spot.before_noun)


def _neighbours(spot: Spot, view: DocView) -> list[tuple[int, int]]:
    """The two-word spans joined to `spot` by "und", "oder", "sowie" or a comma, on its
    right and on its left."""
    doc = view.doc
    first, last = view.token_at(spot.start), view.token_at(max(spot.end - 1, spot.start))
    if first is None or last is None:
        return []
    out = []
    i = last.i + 1
    if i + 2 < len(doc) and doc[i].text in _JOINERS:
        out.append((doc[i + 1].idx, doc[i + 2].idx + len(doc[i + 2])))
    i = first.i - 1
    if i >= 2 and doc[i].text in _JOINERS:
        out.append((doc[i - 2].idx, doc[i - 1].idx + len(doc[i - 1])))
    return out


def _free_pair(span: tuple[int, int], view: DocView) -> bool:
    """Two capitalised words a person's name could be: given name and surname, neither
    opening a sentence, and nothing capitalised right after them ("Deutsche Bank AG")."""
    a, b = view.token_at(span[0]), view.token_at(span[1] - 1)
    if a is None or b is None or b.i != a.i + 1 or a.is_sent_start:
        return False
    if not all(_word_ok(t) for t in (a, b)):
        return False
    after = view.doc[b.i + 1] if b.i + 1 < len(view.doc) else None
    return after is None or not (after.text[:1].isupper() and after.is_alpha)


def _word_ok(token: Token) -> bool:
    return bool(_NAME_WORD.fullmatch(token.text)) and token.pos_ not in _NOT_NAME_POS
