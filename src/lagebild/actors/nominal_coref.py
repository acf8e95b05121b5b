"""Nominal coreference: noun phrases that the description lexicons leave unlinked, resolved
by a small multi-pass sieve in the spirit of Lee et al. (2013), after every other step:

1. strict head match: a definite singular phrase whose noun is the head noun of an earlier
   mention, or the head of that noun as a compound ("den US-amerikanischen Flugzeugträger
   X" … "Der Flugzeugträger"; "Vereinigungsministerium" … "des Ministeriums"), with agreeing
   grammatical gender and no contrasting modifier ("ein anderer Konzern"), refers to the
   nearest such mention within `HEAD_WINDOW` sentences;
2. kind match: a definite singular phrase whose noun names a kind of actor
   (`nominal_kinds.yaml`: "des Konzerns", "die Terrororganisation", "Großgemeinde") refers
   to the nearest earlier actor of that type and sector within `KIND_WINDOW` sentences;
3. introduction: an indefinite singular phrase of a kind that may be unnamed ("ein externer
   Dienstleister") brings in a new organisation, which later phrases (1.) refer back to.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from lagebild.actors.description import DEFINITE, DEMONSTRATIVES, INDEFINITE, QUOTES
from lagebild.actors.docview import DocView
from lagebild.actors.entities import ArticleActors, Entity, Placed, anonymous_id
from lagebild.actors.link import BLOC_PREFIX
from lagebild.actors.names import fold
from lagebild.actors.nominal_kinds import MIN_MODIFIER, Kind, NominalKinds, load_nominal_kinds
from lagebild.models import Actor

HEAD_WINDOW = 8
KIND_WINDOW = 5
# Words between a determiner and its noun: adjectives, their adverbs, "und" between them.
MODIFIER_POS = frozenset({"ADJ", "ADV", "NUM", "CCONJ"})
MAX_MODIFIERS = 6
# Demonstratives (`DEMONSTRATIVES`) and possessives make a phrase definite ("jener
# Agentur", "ihr Bündnis").
POSSESSIVE = re.compile(r"(mein|dein|sein|ihr|unser|eu?er)(e|en|em|er|es)?")
# „zum Präsidenten“, "als Konzern": a role or kind given, not an actor referred to.
PREDICATIVE = frozenset({"als", "zum", "zur"})
_LINKED = frozenset({"name", "description", "metonym"})


@dataclass(frozen=True, slots=True)
class Phrase:
    start: int
    end: int
    head: Token
    definite: bool
    modifiers: tuple[str, ...]
    possessed: bool = False


@dataclass(frozen=True, slots=True)
class Antecedent:
    """An entity mention seen with a head noun."""

    start: int
    sent: int
    entity: str
    head: Token
    plural: bool = False


def _keys(token: Token) -> set[str]:
    return {fold(token.text), fold(token.lemma_ or token.text)} - {""}


def heads_match(noun: Token, antecedent: Token) -> bool:
    """The same noun, or the noun as the head (last part) of the antecedent's compound."""
    for a in _keys(antecedent):
        for n in _keys(noun):
            if a == n or (len(n) >= 4 and a.endswith(n) and len(a) - len(n) >= MIN_MODIFIER - 1):
                return True
    return False


def _gender(token: Token) -> str | None:
    genders = token.morph.get("Gender", [])
    return genders[0] if len(genders) == 1 else None


def _plural(head: Token, det: Token) -> bool:
    """The determiner's number where it has one (the morphologizer misreads nouns more
    often: "ein externer Dienstleister" as a plural)."""
    number = (det.morph.get("Number", []) if det.pos_ == "DET" else []) or head.morph.get(
        "Number", []
    )
    return "Plur" in number and "Sing" not in number


class NominalLinker:
    def __init__(
        self,
        view: DocView,
        actors: ArticleActors,
        country_of_adjective: Callable[[str], str | None],
        described: Callable[[str], bool],
        kinds: NominalKinds | None = None,
    ) -> None:
        self.view = view
        self.actors = actors
        self.country_of_adjective = country_of_adjective
        # Nouns of the description lexicons (role, body, place nouns).
        self.described = described
        self.kinds = kinds or load_nominal_kinds()
        self.seen: list[Antecedent] = []
        self.covered: set[int] = set()

    def run(self) -> None:
        self.seen = [a for m in self.actors.mentions if (a := self._antecedent(m)) is not None]
        # Definite phrases of a kind of organisation that nothing resolved: a later phrase
        # repeating one makes both mentions of one unnamed organisation.
        unlinked: list[Phrase] = []
        for phrase in self._phrases():
            entity = self._resolve(phrase)
            if entity is None and phrase.definite:
                first = self._repeated(phrase, unlinked)
                if first is None:
                    unlinked.append(phrase)
                    continue
                entity = self._introduce(first, self._kind(first))
                if entity is None:
                    continue
                unlinked.remove(first)
                self._add(first, entity)
            if entity is not None:
                self._add(phrase, entity)
        self.actors.mentions.sort(key=lambda m: m.start)

    def _add(self, phrase: Phrase, entity: Entity) -> None:
        text = self.view.text[phrase.start : phrase.end]
        place = self.view.place(phrase.start, phrase.end)
        placed = self.actors.add(entity, phrase.start, phrase.end, text, "description", place)
        self.seen.append(Antecedent(placed.start, place.sent, entity.id, phrase.head))

    def _kind(self, phrase: Phrase) -> Kind | None:
        return self.kinds.kind_of(phrase.head.text) or self.kinds.kind_of(phrase.head.lemma_)

    def _repeated(self, phrase: Phrase, unlinked: list[Phrase]) -> Phrase | None:
        """„ihr links-grünes Bündnis“ … "das links-grüne Bündnis": the latest unresolved
        phrase of the same kind of organisation whose head this phrase repeats."""
        kind = self._kind(phrase)
        if kind is None or "ORG" not in kind.types:
            return None
        for first in reversed(unlinked):
            # No window: the article's repeated phrase names one thing throughout.
            if self._kind(first) is kind and heads_match(phrase.head, first.head):
                return first
        return None

    # -- antecedents -----------------------------------------------------------------
    def _antecedent(self, mention: Placed) -> Antecedent | None:
        """A description's head noun; a name's noun in close apposition before it ("der
        Flugzeugträger X") or its own last or first word where that is a common noun
        ("Auswärtiges Amt", "Universität Hamburg")."""
        entity = self.actors.entities[mention.entity]
        if mention.kind not in ("name", "description") or entity.is_group:
            return None
        span = self.view.span(mention.start, mention.end)
        if span is None or len(span) == 0:
            return None
        head: Token | None = None
        if mention.kind == "description":
            head = next((t for t in reversed(span) if t.pos_ == "NOUN"), None)
        else:
            head = self._noun_before(span[0].i)
            # Not a compound the name is part of ("NRW-Landtagswahl" is no Landtagswahl).
            if head is None and span[-1].pos_ == "NOUN" and "-" not in span[-1].text:
                head = span[-1]
            if head is None and len(span) > 1 and span[0].pos_ == "NOUN":
                head = span[0]
        if head is None:
            return None
        plural = mention.kind == "description" and _plural(head, span[0])
        return Antecedent(mention.start, mention.place.sent, entity.id, head, plural)

    def _noun_before(self, i: int) -> Token | None:
        doc = self.view.doc
        i -= 1
        while i >= 0 and doc[i].text in QUOTES:
            i -= 1
        if i < 0 or doc[i].pos_ != "NOUN" or not doc[i].text[:1].isupper():
            return None
        return doc[i]

    # -- phrases ---------------------------------------------------------------------
    def _phrases(self) -> list[Phrase]:
        found = []
        self.covered = self._covered_tokens()
        for token in self.view.doc:
            if not self._noun(token) or not token.text[:1].isupper() or token.i in self.covered:
                continue
            phrase = self._phrase(token)
            if phrase is not None:
                found.append(phrase)
        return found

    def _noun(self, token: Token) -> bool:
        """A common noun; also a kind noun the tagger called proper ("Pharmakonzern")."""
        if token.pos_ == "NOUN":
            return True
        return token.pos_ == "PROPN" and self.kinds.kind_of(token.text) is not None

    def _covered_tokens(self) -> set[int]:
        """Tokens inside a name, description or metonym linked before this pass."""
        covered: set[int] = set()
        for mention in self.actors.mentions:
            span = self.view.span(mention.start, mention.end)
            if mention.kind in _LINKED and span is not None:
                covered.update(range(span.start, span.end))
        return covered

    def _phrase(self, head: Token) -> Phrase | None:
        doc = head.doc
        i = head.i - 1
        while i >= 0 and doc[i].pos_ in MODIFIER_POS and head.i - i <= MAX_MODIFIERS:
            i -= 1
        if i < 0:
            return None
        det = doc[i]
        low = det.lower_
        possessed = POSSESSIVE.fullmatch(low) is not None
        definite = low in DEFINITE or low in DEMONSTRATIVES or possessed
        if not (definite or low in INDEFINITE) or _plural(head, det):
            return None
        if i > 0 and doc[i - 1].lower_ in PREDICATIVE:
            return None
        if head.i + 1 in self.covered:
            return None  # close apposition ("der Konzern Siemens"): the name's rules
        restricted = any(
            c.i > head.i and c.dep_ in self.kinds.restrictive_deps for c in head.children
        )
        if definite and restricted:
            return None  # „des Instituts der deutschen Wirtschaft“: a new one of its kind
        modifiers = tuple(fold(t.text) for t in doc[i + 1 : head.i])
        return Phrase(det.idx, head.idx + len(head), head, definite, modifiers, possessed)

    # -- the sieve -------------------------------------------------------------------
    def _resolve(self, phrase: Phrase) -> Entity | None:
        if any(m in self.kinds.contrast for m in phrase.modifiers):
            return None
        kind = self._kind(phrase)
        if not phrase.definite:
            return self._introduce(phrase, kind) if kind is not None and kind.introduce else None
        return self._head_match(phrase, kind) or (
            self._kind_match(phrase, kind) if kind is not None else None
        )

    def _compatible(self, phrase: Phrase, entity: Entity, kind: Kind | None) -> bool:
        """Country adjectives must name the entity's country; a noun of a kind of
        organisation or place never means a person."""
        if entity.is_group:
            return False
        for word in phrase.modifiers:
            iso3 = self.country_of_adjective(word)
            if iso3 is not None and entity.model.country not in (None, iso3):
                return False
        if entity.is_person:
            gender = _gender(phrase.head)
            mismatch = gender in ("Masc", "Fem") and entity.gender not in (None, gender)
            return kind is None and not mismatch
        return True

    def _head_match(self, phrase: Phrase, kind: Kind | None) -> Entity | None:
        sent = self.view.sent_of(phrase.start)
        gender = _gender(phrase.head)
        for ante in sorted(self.seen, key=lambda a: -a.start):
            if ante.start >= phrase.start or sent - ante.sent > HEAD_WINDOW:
                continue
            if not heads_match(phrase.head, ante.head):
                continue
            other = _gender(ante.head)
            if gender and other and gender != other:
                continue
            if ante.plural:
                continue  # „die Franzosen“ (the state) … „der Franzose“ (one person)
            entity = self.actors.entities[ante.entity]
            if entity.is_person and (self.described(phrase.head.text) or phrase.possessed):
                continue  # offices and titles: the Describer's memory decides; „seine
                # Kollegen“ are others than him
            if self._compatible(phrase, entity, kind):
                return entity
        return None

    def _kind_match(self, phrase: Phrase, kind: Kind) -> Entity | None:
        sent = self.view.sent_of(phrase.start)
        for mention in reversed(self.actors.before(phrase.start)):
            if sent - mention.place.sent > KIND_WINDOW:
                return None
            entity = self.actors.entities[mention.entity]
            model = entity.model
            # Blocs and regions ("Europa", "der Westen") are no town a kind noun could mean.
            if mention.kind not in _LINKED or entity.is_person or entity.id.startswith(BLOC_PREFIX):
                continue
            if kind.fits(model.type, model.sector) and self._compatible(phrase, entity, kind):
                return entity
        return None

    def _introduce(self, phrase: Phrase, kind: Kind | None) -> Entity | None:
        """„ein externer Dienstleister“: an unnamed organisation of the kind's sector, this
        article's own (an article-scoped id, like unnamed people)."""
        if kind is None or "ORG" not in kind.types:
            return None
        text = " ".join(self.view.text[phrase.start : phrase.end].split())
        uid = anonymous_id(" ".join(text.split()[1:]), self.view.text)
        if uid in self.actors.entities:
            return None
        country = next(
            (c for w in phrase.modifiers if (c := self.country_of_adjective(w)) is not None), None
        )
        sector = next(iter(sorted(kind.sectors)), None)
        actor = Actor(
            id=uid,
            name=text,
            name_de=text,
            type="ORG",
            country=country,
            sector=sector,
            code=f"{country}{sector}" if country and sector else None,
        )
        return Entity(actor, is_person=False, gender=_gender(phrase.head))


def link_nominals(
    view: DocView,
    actors: ArticleActors,
    country_of_adjective: Callable[[str], str | None],
    described: Callable[[str], bool],
) -> None:
    NominalLinker(view, actors, country_of_adjective, described).run()
