"""Name spans in the text: the NER's entities, and the KB gazetteer as a fallback.

The statistical NER misses names and cuts spans badly ("Ex-Sowjetrepublik Kasachstan",
"Putins Vorschlag", "Astana."). The gazetteer (the KB's phrase patterns) is matched on the
characters, so it does not depend on the pipeline's tokenizer: a gazetteer span replaces an
NER span that the KB cannot link, and fills in where the NER found nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from lagebild.actors.kb import KnowledgeBase
from lagebild.models import Actor

_STRIP_END = ".,;:/()[]\"'„“”«»‚‘’-–— \n\t"
_LEADING_LOWER = re.compile(r"^(?:[a-zäöüß]+\s+)+")
# A person's name may start with a particle ("de Jager"); "von" is left out: "von X" is far
# more often the preposition.
_PERSON_PARTICLE = re.compile(r"^(?:de|da|di|van|al|el|bin|ibn|la|le|du|dos|del|ten|ter)\s")


def starts_with_particle(text: str) -> bool:
    """„de Jager“, "van Aken": a person's name opening with a lower-case particle."""
    return bool(_PERSON_PARTICLE.match(text)) and text.split(" ", 1)[-1][:1].isupper()


@dataclass(frozen=True, slots=True)
class Spot:
    start: int
    end: int
    text: str
    label: str  # PER, LOC, ORG, MISC
    source: str  # "ner", "gazetteer", "word", "fullname"
    # A common noun follows ("Thilo Sarrazins Buch"): a final -s is then a genitive.
    before_noun: bool = False


def _clean(text: str, start: int, end: int, label: str = "") -> tuple[int, int]:
    """Trim punctuation and leading lower-case words ("von Kasachstan" -> "Kasachstan");
    a name never runs over a line break."""
    if "\n" in text[start:end].strip():
        first = text[start:end].strip().split("\n", 1)[0]
        start = text.index(first, start)
        end = start + len(first)
    while end > start and text[end - 1] in _STRIP_END:
        end -= 1
    while start < end and text[start] in _STRIP_END:
        start += 1
    lead = _LEADING_LOWER.match(text[start:end])
    if label == "PER" and _PERSON_PARTICLE.match(text[start:end]):
        lead = None
    if lead and lead.end() < end - start:
        start += lead.end()
    return start, end


def ner_spots(doc: Doc) -> list[Spot]:
    out, text = [], doc.text
    for ent in doc.ents:
        start, end = _clean(text, ent.start_char, ent.end_char, ent.label_)
        if end - start >= 2:
            out.append(Spot(start, end, text[start:end], ent.label_, "ner"))
    return out


@lru_cache(maxsize=2)
def _gazetteer(kb: KnowledgeBase) -> tuple[re.Pattern[str], dict[str, str]]:
    labels: dict[str, str] = {}
    for pattern in kb.entity_ruler_patterns():
        labels.setdefault(pattern["pattern"], pattern["label"])
    # Longest first, so "Wladimir Putin" wins over "Putin"; case-sensitive: names are
    # capitalised, and lower-case homographs are ordinary words.
    forms = sorted(labels, key=lambda f: (-len(f), f))
    body = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"(?<![\w-])(?:{body})(?!\w)"), labels


def gazetteer_spots(text: str, kb: KnowledgeBase) -> list[Spot]:
    regex, labels = _gazetteer(kb)
    return [
        Spot(m.start(), m.end(), m.group(), labels[m.group()], "gazetteer")
        for m in regex.finditer(text)
    ]


def named_after_place(
    spot: Spot, inside: list[Spot], is_description_noun: Callable[[str], bool]
) -> bool:
    """An organisation named after a place ("Universität Hamburg", "Kurdische Gemeinde
    Deutschland"): an ORG span whose known parts are all places and whose other words
    include a capitalised noun that is not a description ("Ex-Sowjetrepublik Kasachstan"
    is a place noun and a place: cut to the place)."""
    if spot.label != "ORG" or not inside or any(g.label != "LOC" for g in inside):
        return False
    rest = spot.text
    for g in sorted(inside, key=lambda g: -g.start):
        a, b = max(g.start - spot.start, 0), min(g.end - spot.start, len(rest))
        rest = rest[:a] + " " + rest[b:]
    words = [w.strip(".,;:()„“\"'") for w in rest.split()]
    capitalised = [w for w in words if w[:1].isupper()]
    return bool(capitalised) and not any(is_description_noun(w) for w in capitalised)


def person_after_place(
    spot: Spot, inside: list[Spot], is_given_name: Callable[[str], bool]
) -> Spot | None:
    """„von Liechtenstein Aurelia Frick“ where the NER took "Liechtenstein Aurelia" for an
    organisation: a known place that opens the span and a given name right after it
    start a person's name (the rest of the span)."""
    first = min(inside, key=lambda g: g.start, default=None)
    if first is None or first.start != spot.start or first.label != "LOC":
        return None
    rest = spot.text[first.end - spot.start :]
    words = rest.split()
    if not words or not is_given_name(words[0]) or rest[:1] != " ":
        return None
    start = first.end + 1
    return Spot(start, spot.end, spot.text[start - spot.start :], "PER", spot.source)


def merge_spots(
    ner: list[Spot],
    gazetteer: list[Spot],
    known: Callable[[str], bool],
    is_description_noun: Callable[[str], bool] | None = None,
    is_given_name: Callable[[str], bool] | None = None,
) -> list[Spot]:
    """NER spans the KB can link stay; others give way to the gazetteer spans inside or
    across them; gazetteer spans where the NER found nothing are added."""
    out: list[Spot] = []
    used: set[Spot] = set()
    describes = is_description_noun or (lambda word: False)
    for spot in ner:
        inside = [g for g in gazetteer if g.start < spot.end and spot.start < g.end]
        # "Martin Dolzer" stays one unknown person: a known surname inside ("Martin") is
        # no reason to cut a person's name; a known full name inside ("Kims Vater Kim Jong
        # Il") or a place inside a bad span ("von Kasachstan") is.
        person = spot.label == "PER" and all(g.label == "PER" and " " not in g.text for g in inside)
        after_place = (
            person_after_place(spot, inside, is_given_name)
            if is_given_name is not None and not known(spot.text)
            else None
        )
        if after_place is not None:
            out.append(after_place)
        whole = after_place is None and (person or named_after_place(spot, inside, describes))
        longer = [
            g
            for g in inside
            if g.start <= spot.start
            and spot.end <= g.end
            and g.end - g.start > len(spot.text)
            and g.label == spot.label
        ]
        if longer:
            # The NER cut a known name short ("Kim Jong| Un taucht auf"): the known name wins.
            out.extend(longer)
            used.update(longer)
            continue
        if known(spot.text) or not inside or whole:
            out.append(spot)
            used.update(g for g in inside if spot.start <= g.start and g.end <= spot.end)
            continue
        out.extend(inside)
        used.update(inside)
    taken = [(s.start, s.end) for s in out]
    for g in gazetteer:
        if g in used or any(s < g.end and g.start < e for s, e in taken):
            continue
        out.append(g)
    return sorted(set(out), key=lambda s: (s.start, -s.end))


def find_spots(
    doc: Doc,
    kb: KnowledgeBase,
    known: Callable[[str], bool],
    use_ner: bool = True,
    use_gazetteer: bool = True,
    is_description_noun: Callable[[str], bool] | None = None,
    is_given_name: Callable[[str], bool] | None = None,
) -> list[Spot]:
    ner = ner_spots(doc) if use_ner else []
    gaz = gazetteer_spots(doc.text, kb) if use_gazetteer else []
    return merge_spots(ner, gaz, known, is_description_noun, is_given_name)


def _known_organisation(token: Token, kb: KnowledgeBase) -> bool:
    """A proper noun that is exactly the name of an organisation with a Wikidata id
    ("Hamas"); the tagger's PROPN keeps ordinary nouns that are also party names out."""
    if token.pos_ != "PROPN" or len(token) < 4:
        return False
    return any(
        c.method in ("exact", "abbreviation") and c.actor.type == "ORG" and c.actor.wikidata
        for c in kb.match_name(token.text, limit=3)
    )


def word_spots(doc: Doc, kb: KnowledgeBase, spots: list[Spot]) -> list[Spot]:
    """Country names, seats of power and known organisations the NER and gazetteer missed
    ("Grossbritanniens", "Brüssel", "Hamas"): single capitalised words the KB names
    exactly, which are safe to take."""
    taken = [(s.start, s.end) for s in spots]
    added = []
    for token in doc:
        if not token.text[:1].isupper() or not token.is_alpha:
            continue
        start, end = token.idx, token.idx + len(token)
        if any(a < end and start < b for a, b in taken):
            continue
        if kb.country_by_name(token.text) is not None or kb.metonym(token.text) is not None:
            added.append(Spot(start, end, token.text, "LOC", "word"))
        elif _known_organisation(token, kb):
            added.append(Spot(start, end, token.text, "ORG", "word"))
    return sorted(spots + added, key=lambda s: (s.start, -s.end))


def learned_spots(doc: Doc, known: Callable[[str], Actor | None], spots: list[Spot]) -> list[Spot]:
    """Names of actors the store has learned from earlier articles, where the NER missed
    them: a capitalised word (or a name of two) that a learned actor answers to."""
    taken = [(s.start, s.end) for s in spots]
    added = []
    # Proper nouns only: a sentence-initial "Man" or "Jetzt" is no learned name.
    tokens = [t for t in doc if t.is_alpha and (t.pos_ == "PROPN" or t.tag_ == "NE")]
    for token in tokens:
        start, end = token.idx, token.idx + len(token)
        if any(a < end and start < b for a, b in taken):
            continue
        actor = known(token.text)
        if actor is not None:
            added.append(Spot(start, end, token.text, actor.type, "learned"))
            taken.append((start, end))
    return sorted(spots + added, key=lambda s: (s.start, -s.end))
