"""Names after a noun of their kind (close apposition): "das Stuttgarter Unternehmen Bosch",
"die Universitätsstadt Qamishli", "die Organisation Lobbycontrol", "der Autozulieferer ZF",
"die Wochenzeitschrift „Freitag“".

German puts an unknown name right after a noun that says what it is. The statistical NER
often misses such names (the tagger calls many of them common nouns), but the construction
itself is the evidence: a kind noun (`linking.yaml` `apposition_nouns`, place nouns, and the
KB's non-person role nouns such as Unternehmen, Partei), then a capitalised word the parser
attaches to it (or calls a proper noun, or that stands in quotes). The noun also gives the
name's type (LOC, ORG). Nouns that can be names themselves, common nouns and other
description nouns are not taken ("das Unternehmen Gewinne" has no apposition).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from lagebild.actors.names import fold
from lagebild.actors.rules import LinkRules
from lagebild.actors.spotter import Spot

_OPENING = frozenset({"„", "‚", "«", "»", '"', "“"})
_CLOSING = frozenset({"“", "”", "‘", "«", "»", '"'})
# Dependency labels (UD, TIGER) that join a name to the noun before it.
_APPOSITION_DEPS = frozenset({"appos", "flat", "flat:name", "nk", "app", "pnc", "compound"})
_PROPER = frozenset({"PROPN", "X"})
_MAX_WORDS = 4


def kind_name_spots(
    doc: Doc,
    rules: LinkRules,
    kind_of: Callable[[Token], str | None],
    is_description: Callable[[str], bool],
    is_common: Callable[[str], bool],
    spots: list[Spot],
) -> list[Spot]:
    """Spots for names right after a kind noun that no other spot covers. `kind_of` gives
    the type (LOC, ORG, GPE) a noun token announces, or None."""
    taken = [(s.start, s.end) for s in spots]
    added: list[Spot] = []
    for token in doc:
        if not token.text[:1].isupper() or not _capital_after(token):
            continue  # cheap test first: most nouns have no name after them
        label = kind_of(token)
        if label is None or "Plur" in token.morph.get("Number", []):
            continue
        found = _name_after(token, rules, is_description, is_common)
        if found is None:
            continue
        start, end = found
        if any(a < end and start < b for a, b in taken):
            continue
        added.append(Spot(start, end, doc.text[start:end], label, "apposition"))
        taken.append((start, end))
    return sorted(spots + added, key=lambda s: (s.start, -s.end))


def _capital_after(token: Token) -> bool:
    doc, i = token.doc, token.i + 1
    if i < len(doc) and doc[i].text in _OPENING:
        i += 1
    return i < len(doc) and doc[i].text[:1].isupper()


def _name_after(
    noun: Token,
    rules: LinkRules,
    is_description: Callable[[str], bool],
    is_common: Callable[[str], bool],
) -> tuple[int, int] | None:
    doc, i = noun.doc, noun.i + 1
    quoted = i < len(doc) and doc[i].text in _OPENING
    i += quoted
    if i >= len(doc):
        return None
    first = doc[i]
    if not _name_word(first, rules, is_description, is_common):
        return None
    attached = (first.head == noun and first.dep_ in _APPOSITION_DEPS) or (
        noun.head == first and noun.dep_ in _APPOSITION_DEPS
    )
    if not (quoted or attached or first.pos_ in _PROPER):
        return None
    if not quoted and first.pos_ == "NOUN" and not _agrees(noun, first):
        return None  # "feuert die Terrororganisation Raketen": an object, not a name
    last = first
    j = i + 1
    while j < len(doc) and j - i < _MAX_WORDS:
        word = doc[j]
        if quoted and word.text in _CLOSING:
            break
        if (word.pos_ in _PROPER and word.text[:1].isupper()) or (quoted and word.like_num):
            last = word
            j += 1
            continue
        break
    if quoted and (j >= len(doc) or doc[j].text not in _CLOSING):
        return None  # a quotation, not a quoted name
    return first.idx, last.idx + len(last)


def _name_word(
    token: Token,
    rules: LinkRules,
    is_description: Callable[[str], bool],
    is_common: Callable[[str], bool],
) -> bool:
    text = token.text
    if not text[:1].isupper() or not text.replace("-", "").isalnum() or len(text) < 2:
        return False
    if token.is_sent_start:
        return False
    word = fold(text)
    return not (
        word in rules.not_actor_names
        or rules.kin_noun(text) is not None
        or is_description(text)
        or is_common(text)
        or token.pos_ in ("VERB", "AUX", "ADJ", "ADV", "PRON", "DET", "ADP")
    )


def _agrees(noun: Token, name: Token) -> bool:
    """A common-noun-looking name in apposition: singular, in the noun's case."""
    if "Plur" in name.morph.get("Number", []):
        return False
    cases, own = set(noun.morph.get("Case", [])), set(name.morph.get("Case", []))
    return not cases or not own or bool(cases & own)


# Articles (also fused with a preposition) before an institution's one-word name.
_DEFINITE = frozenset({"der", "die", "das", "des", "dem", "den", "vom", "im", "beim", "zur", "zum"})
_QUALIFIER_MIN = 4


def institution_spots(
    doc: Doc,
    heads: tuple[str, ...],
    is_description: Callable[[str], bool],
    is_place_adjective: Callable[[str], bool],
    spots: list[Spot],
) -> list[Spot]:
    """One-word names of institutions: a compound of a specific first part and an
    institution noun (`linking.yaml` `institution_heads`), singular, after a definite
    article: "die Bundestagsverwaltung", "der Ministerpräsidentenkonferenz", "das
    südkoreanische Vereinigungsministerium". The bare head ("das Ministerium") and the description nouns
    of our lexicons ("das Außenministerium") are left to the description rules."""
    taken = [(s.start, s.end) for s in spots]
    added: list[Spot] = []
    for token in doc:
        text = token.text
        if not text[:1].isupper() or not text.isalpha() or token.i == 0:
            continue
        if not _after_definite(token, is_place_adjective) or "Plur" in token.morph.get(
            "Number", []
        ):
            continue
        word = fold(text)
        head = next((h for h in heads if word.rstrip("s").endswith(h)), None)
        if head is None or len(word.rstrip("s")) - len(head) < _QUALIFIER_MIN:
            continue
        if is_description(text):
            continue
        start, end = token.idx, token.idx + len(token)
        if any(a < end and start < b for a, b in taken) or _named_after(token, taken):
            continue
        added.append(Spot(start, end, text, "ORG", "institution"))
        taken.append((start, end))
    return sorted(spots + added, key=lambda s: (s.start, -s.end))


def _after_definite(token: Token, is_place_adjective: Callable[[str], bool]) -> bool:
    """A definite article opens the noun's phrase, past a country's or region's adjective
    ("das südkoreanische Vereinigungsministerium"; not "die neue Datenbank")."""
    i = token.i - 1
    while i > 0 and is_place_adjective(token.doc[i].text) and token.i - i <= 2:
        i -= 1
    return token.doc[i].lower_ in _DEFINITE


def _named_after(token: Token, taken: list[tuple[int, int]]) -> bool:
    """„die Schweizer Werbeagentur Goal AG“: the noun says what the name after it is."""
    doc, i = token.doc, token.i + 1
    while i < len(doc) and doc[i].text in _OPENING:
        i += 1
    return i < len(doc) and any(a == doc[i].idx for a, _ in taken)
