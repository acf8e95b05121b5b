"""Descriptions -> actors: role-noun phrases, place and organisation descriptions, country
adjectives.

A description is a role noun ("Präsident", "Amtskollegen", "Truppen") or a place noun
("Ex-Sowjetrepublik", "Hauptstadt", "Militärbündnis") with what precedes it (determiner,
possessive, adjectives, a country genitive). It is resolved, in this order, by
1. an apposition: a name right after it ("Kasachstans Präsident Kassym-Schomart Tokajew")
   or before it, after a comma ("Wladimir Putin, Präsident von Russland"); what the
   apposition teaches (role + country -> actor, noun -> actor) is remembered;
2. the article's memory of such appositions ("Kasachstans Präsident" later on);
3. the counterpart rule for "Amtskollege": the same office in the other country;
4. the KB: who held the office in the country on the article's date;
5. for bodies (Regierung, Truppen) with a country: the state's sector actor (RUSMIL).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Token

from lagebild.actors.docview import DocView
from lagebild.actors.entities import NEW_PREFIX, ArticleActors, Entity, Placed, new_id
from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.link import NameLinker, group_entity
from lagebild.actors.names import fold
from lagebild.actors.records import CountryInfo, RoleNoun
from lagebild.actors.rules import LinkRules, PlaceNoun
from lagebild.models import Actor

_POSTNOMINAL = frozenset({"von", "aus"})
# Quotes between a noun and its apposition: closing (Der „ewige Präsident“ Kim Il Sung) or
# opening (die Wochenzeitschrift „Freitag“).
_QUOTES = frozenset({"„", "‚", "“", "”", "«", "»", '"', "'"})
_GENITIVE_ARTICLES = frozenset({"der", "des"})
# An office's complement before its holder's name: "der Präsident des Verbands X, Name".
_COMPLEMENT_WORDS = frozenset({"der", "des", "von", "vom"})
_COMPLEMENT_TOKENS = 8
# Definite articles, also fused with a preposition ("im Parlament", "vom Gericht").
DEFINITE = frozenset({"der", "die", "das", "des", "dem", "den", "im", "ins", "am", "vom", "beim"})
# Articles that are singular before a masculine office noun ("dem Minister", "seinem
# Amtskollegen"; "der" as a genitive plural is rare beside the nominative singular).
SINGULAR_ARTICLES = frozenset(
    {
        "der",
        "dem",
        "des",
        "ein",
        "einem",
        "eines",
        "einen",
        "seinem",
        "seines",
        "ihrem",
        "ihres",
        "diesem",
        "dieses",
        "jenem",
        "jenes",
        "im",
        "am",
        "vom",
        "beim",
    }
)
_INDEFINITE = frozenset({"ein", "eine", "einem", "einen", "einer", "eines"})
# Sentences a definite description looks back for its person, or for its party or company.
ANAPHOR_WINDOW = 2
_ANY_KIND = frozenset({"name", "description", "pronoun", "metonym", "adjective"})
# Ids of the unnamed people `_introduce` brings in ("ein Aktivist").
ANONYMOUS_PREFIX = new_id("anon x")[: -len("x")]
# „die Person, die …“: relative pronouns opening a clause after a comma.
_RELATIVE_PRONOUNS = frozenset({"der", "die", "das", "den", "dem", "dessen", "deren"})
ORGANISATION_WINDOW = 5
# The first sentences (title, teaser) may name a person by an office before the text does.
CATAPHORA_SENTENCES = 2
# Sectors of a state's own bodies: "die Regierung", "die Polizei", "die Opposition" without a
# country word are the focus country's.
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY", "OPP"})
# Sectors of non-state organisations a definite noun refers back to ("die Partei", "die
# Firma", "die Gewerkschaft").
_ORGANISATION_SECTORS = frozenset({"PTY", "BUS", "LAB"})


def _make_organisation(entity: Entity, desc: Description) -> None:
    entity.is_person = False
    # Pronouns agree with the noun's grammatical gender: „der Konzern … seinen“.
    genders = desc.head.morph.get("Gender", [])
    entity.gender = genders[0] if len(genders) == 1 else None
    entity.gender_guessed = False
    entity.model.type = "ORG"
    if desc.role is not None:
        entity.model.sector = entity.model.sector or desc.role.sector


def _feminine(desc: Description) -> bool:
    head = desc.head
    if (
        head.lower_.endswith(("in", "innen"))
        and desc.role is not None
        and not fold(desc.role.noun).endswith("in")
    ):
        return True
    # A nominalised adjective ("die 32-Jährige", "die Vorsitzende") or a noun like "Frau"
    # shows its gender only in the article, which the morphologizer reads.
    return (
        desc.role is not None
        and desc.role.person
        and head.morph.get("Gender", []) == ["Fem"]
        and "Plur" not in head.morph.get("Number", [])
    )


def _plural_e(desc: Description) -> bool:
    """„der Flüchtlinge“: a base noun not ending in -e plus -e is its plural (Flüchtling ->
    Flüchtlinge), whatever the morphologizer says (it often reads the genitive plural
    "der Flüchtlinge" as a feminine singular)."""
    if desc.role is None:
        return False
    base = fold(desc.role.noun)
    return not base.endswith("e") and fold(desc.head.text) == base + "e"


def _capitalised(word: str) -> bool:
    """A noun: capitalised, or a compound after a number ("32-Jährige", "5000-Einwohner")."""
    if word[:1].isdigit() and "-" in word:
        word = word.rsplit("-", 1)[1]
    return word[:1].isupper()


def _agrees(entity: Entity, desc: Description) -> bool:
    """„die Außenministerin“ is not a man the article called "Außenminister"."""
    if not entity.is_person or entity.gender is None:
        return True
    return entity.gender == ("Fem" if _feminine(desc) else "Masc") or not _feminine(desc)


@dataclass
class Description:
    start: int
    end: int
    head: Token
    role: RoleNoun | None
    place_noun: PlaceNoun | None
    country: CountryInfo | None
    possessive: Token | None
    plural: bool
    # A region's adjective ("saarländische"): the office is that region's (a KB place id).
    region: str | None = None


@dataclass
class Memory:
    """What appositions taught in this article: (role or noun, country) -> entity."""

    seen: dict[tuple[str, str | None], str] = field(default_factory=dict)
    # Every entity taught per key, latest last: "die Außenministerin" is the latest woman
    # the article called so, even after "der Außenminister X".
    history: dict[tuple[str, str | None], list[str]] = field(default_factory=dict)

    def learn(self, key: str, country: str | None, entity: Entity) -> None:
        for where in {country, None}:
            self.seen[(key, where)] = entity.id
            self.history.setdefault((key, where), []).append(entity.id)

    def recall(
        self, key: str, country: str | None, accept: Callable[[str], bool] | None = None
    ) -> str | None:
        if accept is None:
            return self.seen.get((key, country))
        taught = self.history.get((key, country), [])
        return next((e for e in reversed(taught) if accept(e)), None)


class Describer:
    def __init__(
        self, kb: KnowledgeBase, rules: LinkRules, view: DocView, linker: NameLinker
    ) -> None:
        self.kb = kb
        self.rules = rules
        self.view = view
        self.linker = linker
        self.day: date | None = linker.day
        self.memory = Memory()

    # -- finding ---------------------------------------------------------------------
    def find(self, actors: ArticleActors) -> list[Description]:
        found = []
        # Titles seen before a name: the same noun alone later refers back („Der
        # Wirtschaftsprofessor sagte“), like a lexicon's person noun.
        titles: dict[str, RoleNoun] = {}
        for token in self.view.doc:
            # A name inside a compound ("US" in "US-Außenminister") leaves the noun free.
            if not _capitalised(token.text) or actors.inside(
                token.idx, token.idx + len(token), frozenset({"name", "metonym"})
            ):
                continue
            if token.i > 0 and self._predicative(token):
                continue
            role = (
                self.kb.role_noun(token.text)
                or self.rules.body_noun(token.text)
                or self._group_role(token)
                or self.rules.person_noun(token.text)
            )
            place_noun = None if role is not None else self.rules.place_noun(token.text)
            if role is None and place_noun is None:
                place_noun = self._apposition_noun(token, actors)
            if role is None and place_noun is None:
                role = self._title_before_person(token, actors)
                if role is not None:
                    titles[fold(token.text)] = role
                else:
                    role = titles.get(fold(token.text))
            if role is None and place_noun is None:
                continue
            found.append(self._phrase(token, role, place_noun))
        return found

    def _title_before_person(self, token: Token, actors: ArticleActors) -> RoleNoun | None:
        """„der Würzburger Wirtschaftsprofessor Peter Bofinger“, "Johnsons Vorgängerin Theresa
        May": a person noun right before a person's name is that person's title, whether or
        not our lexicons know it (close apposition). A person noun: masculine or feminine,
        with an ending of persons (`title_suffixes`: -er, -in, -or, -ist, ...); not before a
        genitive name ("das Buch Sarrazins")."""
        doc, i = token.doc, token.i + 1
        word = fold(token.text)
        if (
            token.pos_ != "NOUN"
            or "Neut" in token.morph.get("Gender", [])
            or not word.endswith(self.rules.title_suffixes)
            or word in self.kb.given_names
            or word in self.rules.given_names
            or self.rules.kin_noun(token.text) is not None  # relatives: kin.py
        ):
            return None  # „im Fall Alice Weidel“: no person noun
        while i < len(doc) and doc[i].text in _QUOTES:
            i += 1
        if i >= len(doc):
            return None
        for m in actors.mentions:
            if m.start != doc[i].idx or m.kind != "name":
                continue
            entity = actors.entities[m.entity]
            genitive = m.text.endswith("s") and not entity.model.name.endswith("s")
            if entity.is_person and not genitive:
                # The masculine base, so that "-in" marks a woman (Vorgängerin).
                base = token.text[:-2] if word.endswith("erin") else token.text
                return RoleNoun(base, (), "", None, True)
        return None

    def _apposition_noun(self, token: Token, actors: ArticleActors) -> PlaceNoun | None:
        """„die Grenzstadt Schengen“: a noun of a kind of place or organisation is a
        description only with the name it stands before (past an opening quote)."""
        noun = self.rules.apposition_noun(token.text)
        doc, i = token.doc, token.i + 1
        while i < len(doc) and doc[i].text in _QUOTES:
            i += 1
        if noun is None or i >= len(doc):
            return None
        named = any(m.start == doc[i].idx and m.kind == "name" for m in actors.mentions)
        return noun if named else None

    def _group_role(self, token: Token) -> RoleNoun | None:
        """„Die Investoren“, "der Beschäftigten": a group noun the morphologizer calls
        plural ("ein Mitarbeiter" stays a person noun); also a listed plural form without
        an article ("russische Offizielle", "Corona-Leugnende"), where the morphologizer
        often reads a singular."""
        noun = self.rules.group_noun(token.text)
        if noun is None or "Plur" in token.morph.get("Number", []):
            return noun
        head = fold(token.text.rsplit("-", 1)[-1])
        plural_form = head != fold(noun.noun) and head in {fold(f) for f in noun.forms}
        return noun if plural_form and not self._after_article(token) else None

    def _after_article(self, token: Token) -> bool:
        """A determiner opens the noun's phrase (past adjectives): "die Angestellte" may be
        one woman."""
        i = token.i - 1
        while i >= 0 and token.doc[i].pos_ in ("ADJ", "NUM", "ADV"):
            i -= 1
        return i >= 0 and self._is_determiner(token.doc[i])

    def _predicative(self, head: Token) -> bool:
        """„zum Präsidenten“, "als Außenminister": a role given, not an actor referred to."""
        i = head.i - 1
        while i >= 0 and head.i - i <= 4:
            if head.doc[i].lower_ in self.rules.predicative_words:
                return True
            if not self._is_prefix(head.doc[i]) or self._is_determiner(head.doc[i]):
                return False
            i -= 1
        return False

    def _is_prefix(self, token: Token) -> bool:
        """Adjectives, numbers and a country genitive; determiners end the walk (below)."""
        low = token.lower_
        if self._is_determiner(token) or low in self.rules.plural_words:
            return True  # "Mehrere Staatsanwaltschaften" at a sentence start too
        if token.text[:1].isupper():
            # "Russlands Präsident"; "Russische Truppen" at the start of a sentence
            return (
                self._country_genitive(token) is not None
                or self.kb.country_by_adjective(token.text) is not None
            )
        if self.kb.country_by_adjective(low) is not None:
            return True
        if token.doc.has_annotation("TAG") or token.doc.has_annotation("POS"):
            return token.pos_ in ("ADJ", "NUM")
        return token.is_alpha and low[-1:] in ("e", "n", "r", "s", "m")

    def _guessed(self, token: Token) -> bool:
        """A prefix word admitted only by its ending (no POS tags, no country word)."""
        tagged = token.doc.has_annotation("TAG") or token.doc.has_annotation("POS")
        return not tagged and token.is_lower and self.kb.country_by_adjective(token.text) is None

    def _is_determiner(self, token: Token) -> bool:
        return (
            token.lower_ in self.rules.determiners or self.rules.pronoun(token.lower_) is not None
        )

    def _country_genitive(self, token: Token) -> CountryInfo | None:
        """„Russlands“, "Kasachstans": a country name in the genitive before the noun."""
        if not token.text.endswith("s"):
            return None
        return self.kb.country_by_name(token.text)

    def _phrase(self, head: Token, role: RoleNoun | None, place: PlaceNoun | None) -> Description:
        doc, start = head.doc, head.i
        while start > 0 and self._is_prefix(doc[start - 1]) and head.i - start < 5:
            start -= 1
            if self._is_determiner(doc[start]):
                break
        # Without POS tags an adjective is a guess from its ending; trust the guess only
        # when a determiner opens the phrase ("die ölreiche Republik", not "besuchte X").
        while start < head.i and not self._is_determiner(doc[start]) and self._guessed(doc[start]):
            start += 1
        prefix = doc[start : head.i]
        country = None
        for tok in prefix:
            country = (
                country or self.kb.country_by_adjective(tok.text) or self._country_genitive(tok)
            )
        if country is None and role is not None and role.qualifier:
            country = self.kb.country_of_word(role.qualifier.rstrip("-")) or self._federal(
                role.qualifier
            )
        # „der saarländische Innenminister“: a region's office, not the country's.
        region = next(
            (r.id for tok in prefix if (r := self.kb.place_by_adjective(tok.text)) is not None),
            None,
        )
        if country is None:
            country = self._postnominal_country(head)
        if country is None and role is not None and role.country:
            country = self.kb.countries.get(role.country)
        possessive = next(
            (t for t in prefix if (p := self.rules.pronoun(t.lower_)) and p.possessive), None
        )
        plural = any(fold(t.text) in self.rules.plural_words for t in prefix)
        return Description(
            prefix[0].idx if len(prefix) else head.idx,
            head.idx + len(head),
            head,
            role,
            place,
            country,
            possessive,
            plural,
            region if country is None else None,
        )

    def _federal(self, qualifier: str) -> CountryInfo | None:
        """„Bundesinnenminister“: the federation's office, of the article's country where it
        is one of the federations the prefix names, of the first (Germany) without one."""
        found = self.rules.federal_qualifiers.get(fold(qualifier.rstrip("-")))
        focus = self.linker.focus
        if not found or (focus is not None and focus not in found):
            return None  # "die Bundesbehörden" of an American story: the focus decides
        return self.kb.countries.get(focus or found[0])

    def _postnominal_country(self, head: Token) -> CountryInfo | None:
        """„Präsident von Russland“, "der Präsident Russlands"."""
        doc = head.doc
        nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
        if nxt is None:
            return None
        if nxt.lower_ in _POSTNOMINAL and head.i + 2 < len(doc):
            # "von Russland"; "aus Ankara": a capital or seat stands for its country
            word = doc[head.i + 2].text
            found = self.kb.country_by_name(word)
            seat = self.kb.metonym(word) if found is None else None
            if seat is not None and seat.country:
                found = self.kb.countries.get(seat.country)
            return found
        if nxt.lower_ in _GENITIVE_ARTICLES and head.i + 2 < len(doc):
            # "der Außenminister der Schweiz", "des Vereinigten Königreichs"
            found = self.kb.country_by_name(doc[head.i + 2].text)
            if found is None and head.i + 3 < len(doc):
                found = self.kb.country_by_name(doc[head.i + 2 : head.i + 4].text)
            return found
        return self._country_genitive(nxt)

    # -- appositions -----------------------------------------------------------------
    def apposition(self, desc: Description, actors: ArticleActors) -> Entity | None:
        """The named actor this description stands beside, if any."""
        wants_person = desc.role is not None and desc.role.person
        doc = desc.head.doc
        i = desc.head.i + 1
        while i < len(doc) and doc[i].text in _QUOTES:
            i += 1
        after = doc[i] if i < len(doc) else None
        candidates = []
        if after is not None:
            candidates += [m for m in actors.mentions if m.start == after.idx and m.kind == "name"]
        if wants_person and not candidates and after is not None:
            candidates += self._name_past_given_name(after, actors)
        before = self._name_before(desc, actors)
        if before is not None:
            candidates.append(before)
        if wants_person and not candidates:
            candidates += self._name_after_complement(desc.head, actors)
        for mention in candidates:
            entity = actors.entities[mention.entity]
            if not wants_person and self._organisation_named_as_person(entity, desc):
                _make_organisation(entity, desc)
            if entity.is_person == wants_person:
                return entity
        return None

    def _name_past_given_name(self, after: Token, actors: ArticleActors) -> list[Placed]:
        """„Außenministerin Karin Kneissl“ where the NER took only "Kneissl": one capitalised
        word that no mention covers (a given name) may stand between the office and the name."""
        doc = after.doc
        if (
            not (after.is_alpha and after.is_title)
            or after.i + 1 >= len(doc)
            or actors.inside(after.idx, after.idx + len(after), _ANY_KIND)
        ):
            return []
        nxt = doc[after.i + 1]
        return [
            m
            for m in actors.mentions
            if m.start == nxt.idx and m.kind == "name" and actors.entities[m.entity].is_person
        ]

    def _organisation_named_as_person(self, entity: Entity, desc: Description) -> bool:
        """„Der Rüstungskonzern Rheinmetall“, "die Firma Müller": the NER called an unknown
        one-word name a person, but an organisation noun stands right before it."""
        return (
            entity.is_person
            and desc.role is not None
            and desc.role.sector in _ORGANISATION_SECTORS
            and entity.id.startswith(NEW_PREFIX)
            and len(entity.model.name.split()) == 1
            and (entity.gender is None or entity.gender_guessed)
            and not entity.text_roles
        )

    def _name_after_complement(self, head: Token, actors: ArticleActors) -> list[Placed]:
        """„Der Zweite Vorsitzende der Gewerkschaft IG Metall, Jürgen Kerner“, "der
        Bürgermeister von Saarbrücken, Uwe Conradt": the person named after the office's
        genitive or "von" complement (a name, with its acronym in parentheses) and a comma."""
        doc = head.doc
        i = head.i + 1
        if i >= len(doc) or doc[i].lower_ not in _COMPLEMENT_WORDS:
            return []
        names = [m for m in actors.mentions if m.kind == "name"]
        limit = min(len(doc), i + _COMPLEMENT_TOKENS)
        end = next(
            (
                j
                for j in range(i + 1, limit)
                if any(m.end == doc[j].idx + len(doc[j]) for m in names)
                and j + 1 < len(doc)
                and doc[j + 1].text in (",", "(")
            ),
            None,
        )
        if end is None:
            return []
        j = end + 1
        if doc[j].text == "(":
            while j < len(doc) and doc[j].text != ")" and j - end < 4:
                j += 1
            j += 1
        if j + 1 >= len(doc) or doc[j].text != ",":
            return []
        after = doc[j + 1]
        return [m for m in names if m.start == after.idx and actors.entities[m.entity].is_person]

    def _name_before(self, desc: Description, actors: ArticleActors) -> Placed | None:
        """A name ending just before ", <description>" (a parenthesis may come between)."""
        doc = desc.head.doc
        span = self.view.span(desc.start, desc.end)
        i = (span.start if span is not None else desc.head.i) - 1
        if i < 0 or doc[i].text != ",":
            return None
        i -= 1
        if i >= 0 and doc[i].text == ")":
            depth = 0
            while i >= 0:
                depth += doc[i].text == ")"
                depth -= doc[i].text == "("
                if depth == 0:
                    break
                i -= 1
            i -= 1
        if i < 0:
            return None
        end = doc[i].idx + len(doc[i])
        found = [m for m in actors.mentions if m.kind == "name" and m.end == end]
        if found and self._listed(found[-1], actors):
            return None  # „A, B, der Außenminister der Schweiz C“: it opens the next item
        return found[-1] if found else None

    def _listed(self, mention: Placed, actors: ArticleActors) -> bool:
        """The name is an item of a list of names: a comma and another name before it."""
        first = self.view.token_at(mention.start)
        if first is None or first.i < 2 or first.doc[first.i - 1].text != ",":
            return False
        before = first.doc[first.i - 2]
        end = before.idx + len(before)
        return any(m.kind == "name" and m.end == end for m in actors.mentions)

    # -- resolving -------------------------------------------------------------------
    def resolve(self, desc: Description, actors: ArticleActors) -> Entity | None:
        if self._group_noun(desc):
            return self._group(desc, self._group_country(desc, actors))
        if self._state_bodies(desc):
            # „Mehrere Staatsanwaltschaften“, "die Behörden": the state's sector, as one.
            assert desc.role is not None
            iso3 = desc.country.iso3 if desc.country else self.linker.focus
            return group_entity(self.kb, iso3, desc.role.sector) if iso3 else None
        if desc.plural or self._plural_office(desc):
            return None
        if desc.role is not None:
            return self._resolve_role(desc, actors)
        assert desc.place_noun is not None
        return self._resolve_place(desc, actors)

    def _resolve_role(self, desc: Description, actors: ArticleActors) -> Entity | None:
        role = desc.role
        assert role is not None
        iso3 = desc.country.iso3 if desc.country else None
        beside = self.apposition(desc, actors)
        if beside is not None:
            self._teach(beside, desc, iso3)
            return beside
        if not role.person:
            return self._body(role, iso3, desc, actors)
        if desc.region is not None:
            # Neither the country's office holder nor a national office's memory.
            remembered = self.memory.recall(fold(role.noun), desc.region)
            return actors.entities[remembered] if remembered is not None else None

        def agrees(entity_id: str) -> bool:
            return _agrees(actors.entities[entity_id], desc)

        remembered = self.memory.recall(fold(role.noun), iso3, agrees)
        if remembered is None and iso3 is not None and role.role:
            remembered = self.memory.recall(role.role, iso3, agrees)
        if remembered is not None:
            return actors.entities[remembered]
        if role.role == "counterpart":
            return self._counterpart(desc, actors)
        if role.role is None:
            if self._definite(desc):
                if self._restricted(desc):
                    # Only an unnamed person is referred back to this way ("ein Aktivist"
                    # ... "der Mann, der"); a named one is not "die Person, die".
                    found = self._anaphor(desc, actors, anonymous=True)
                    return found or self._introduce(desc, actors)
                return self._anaphor(desc, actors)
            return self._introduce(desc, actors) if self._indefinite(desc) else None
        if self.day is None:
            return None
        if iso3 is None and self._foreign_qualifier(role):
            # „Sparkassenpräsident“, "Vereinspräsident": the office of a body, not the
            # state's; only the article itself can say who holds it.
            return self._anaphor(desc, actors) if self._definite(desc) else None
        if iso3 is None and (
            self._indefinite(desc) or fold(role.noun) in self.rules.country_only_roles
        ):
            # „einem Despoten“ is nobody in particular; "der Despot" without a country word
            # is an epithet the KB's offices cannot resolve.
            return None
        if iso3 is None:
            found = self._holder_in_article(role.role, desc, actors)
            if found is not None:
                return found
            iso3 = self.linker.focus
        holder = self.kb.role_holder(role.role, iso3, self.day) if iso3 else None
        entity = self.linker.kb_entity(holder.id) if holder is not None else None
        if entity is not None and entity.id in actors.entities:
            entity = actors.entities[entity.id]
        return entity if entity is not None and _agrees(entity, desc) else None

    def cataphor(self, desc: Description, actors: ArticleActors) -> Entity | None:
        """„Sparkassenpräsident will mehr Investitionen“ in a title, the name only later
        ("Sparkassenpräsident Helmut Schleweis"): an unresolved person noun of the first
        sentences is the first person an apposition later taught that noun."""
        role = desc.role
        plural = desc.plural or "Plur" in desc.head.morph.get("Number", [])
        if role is None or not role.person or plural or self._plural_office(desc):
            return None
        if self.view.sent_of(desc.start) > CATAPHORA_SENTENCES:
            return None
        taught = self.memory.history.get((fold(role.noun), None), [])
        for entity_id in taught:
            named = [m.start for m in actors.mentions if m.entity == entity_id]
            ahead = bool(named) and min(named) > desc.start
            if ahead and _agrees(actors.entities[entity_id], desc):
                return actors.entities[entity_id]
        return None

    def _foreign_qualifier(self, role: RoleNoun) -> bool:
        """A compound's first part that names no country or federation: the office is the
        body's it names („Sparkassen|präsident“, "Vereins|vorsitzender")."""
        qualifier = (role.qualifier or "").rstrip("-")
        if not qualifier or not qualifier[:1].isupper():
            return False
        known = fold(qualifier) in self.rules.federal_qualifiers
        return not known and self.kb.country_of_word(qualifier) is None

    def _plural_office(self, desc: Description) -> bool:
        """„Die Innenminister“: several holders of an office, no one person. The form is the
        singular's, so the morphologizer decides, unless a singular article opens it."""
        role = desc.role
        if role is None or not role.person or role.role is None:
            return False
        first = self.view.text[desc.start : desc.end].split()[0].lower()
        return "Plur" in desc.head.morph.get("Number", []) and first not in SINGULAR_ARTICLES

    @staticmethod
    def _state_bodies(desc: Description) -> bool:
        """Several bodies of a state's sector („mehrere Staatsanwaltschaften“, "die
        Behörden"); a bare plural is generic ("mit Behörden abgesprochen")."""
        role = desc.role
        plural = desc.plural or "Plur" in desc.head.morph.get("Number", [])
        return (
            plural
            and (desc.start < desc.head.idx or desc.country is not None)
            and role is not None
            and not role.person
            and role.role is None
            and role.sector[:3] in _STATE_SECTORS
        )

    def _group_noun(self, desc: Description) -> bool:
        """A plural of a person noun without an office ("die Demonstranten", "Aktivisten",
        "kurdische Kämpfer"): a group, not one of the article's persons. Offices in the
        plural ("beide Präsidenten") name several known actors and stay unresolved."""
        plural = (
            desc.plural
            or "Plur" in desc.head.morph.get("Number", [])
            or _plural_e(desc)
            or self._group_role(desc.head) is not None
        )
        if desc.place_noun is not None:
            # "die Länder", "viele Staaten": several states, not the focus country.
            federal = fold(desc.place_noun.noun) in self.rules.federal_state_nouns
            return plural and (desc.place_noun.type == "GPE" or federal)
        role = desc.role
        if role is None or not role.person or role.role is not None:
            return False
        if self.kb.role_noun(desc.head.text) is None and self._group_role(desc.head) is None:
            return False  # person_nouns (Chef, Experte) qualify a named person
        return plural

    def _group_country(self, desc: Description, actors: ArticleActors) -> str | None:
        """A group's country: its country word ("syrische Kurden"), else an actor named
        after it ("die Kurden in Deutschland", "Beamte der Police aux Frontières"), else,
        for people of a role (Polizisten, Demonstranten), the focus country; peoples across
        states (Kurden), non-state groups and several states ("die Länder") take no focus."""
        if desc.country is not None:
            return desc.country.iso3
        qualifier = desc.role.qualifier if desc.role is not None else None
        if qualifier and "-" in qualifier.strip("-"):
            # "US-Regierungsbeamte": the country before the first hyphen.
            found = self.kb.country_of_word(qualifier.split("-", 1)[0])
            if found is not None:
                return found.iso3
        doc = self.view.doc
        i = desc.head.i + 1
        if i + 1 < len(doc) and doc[i].lower_ in self.rules.group_place_words:
            after = self._named_at(doc[i + 1].idx, actors)
            if after is not None or doc[i + 1].ent_type_:
                # A named place or body, even one without a country, decides.
                return after.model.country if after is not None else None
        if self._federal_states(desc):
            return self.linker.focus
        if desc.role is None or fold(desc.role.noun) in self.rules.stateless_groups:
            return None
        return self.linker.focus

    def _federal_states(self, desc: Description) -> bool:
        """„Bund und Länder“ in an article about Germany: its states, not any states."""
        noun = fold(desc.place_noun.noun) if desc.place_noun is not None else ""
        return (
            noun in self.rules.federal_state_nouns
            and desc.country is None
            and self.linker.focus in self.rules.federal_state_countries
        )

    @staticmethod
    def _named_at(start: int, actors: ArticleActors) -> Entity | None:
        found = [m for m in actors.mentions if m.start == start and m.kind == "name"]
        return actors.entities[found[0].entity] if found else None

    def _group(self, desc: Description, iso3: str | None) -> Entity:
        """One actor per group noun and country in the article: all "Demonstranten" of a
        text are the same protesters unless a country word or place tells them apart."""
        noun = desc.role.noun if desc.role else desc.place_noun.noun if desc.place_noun else ""
        sector = desc.role.sector if desc.role else None
        if iso3 is not None and self._federal_states(desc):
            noun, sector = self.rules.federal_state_nouns[0].title(), "GOV"
        key = f"grp {iso3.lower() if iso3 else ''} {noun}"
        name = f"{noun} ({iso3})" if iso3 else noun
        actor = Actor(
            id=new_id(key),
            name=name,
            name_de=name,
            type="MISC",
            country=iso3,
            sector=sector,
            code=f"{iso3 or ''}{sector}" if sector else iso3,
        )
        return Entity(actor, is_person=False, is_group=True)

    def _indefinite(self, desc: Description) -> bool:
        first = self.view.text[desc.start : desc.end].split()[0].lower()
        return first in _INDEFINITE and "Plur" not in desc.head.morph.get("Number", [])

    def _introduce(self, desc: Description, actors: ArticleActors) -> Entity:
        """„Ein junger Polizist“, "eine Sprecherin": an indefinite singular person noun brings
        a new, unnamed person into the text; later "der Polizist", "er" refer to it (the
        memory learns the noun). Its gender is the noun's."""
        assert desc.role is not None
        text = " ".join(self.view.text[desc.start : desc.end].split())
        # Unnamed people are this article's own: an article-scoped id, never learned
        # across articles ("ein junger Mann" here is not the one in the next article).
        scope = hashlib.sha1(self.view.text.encode("utf-8")).hexdigest()[:8]
        base = new_id(f"anon {' '.join(text.split()[1:]) or desc.role.noun} {scope}")
        uid, n = base, 1
        while uid in actors.entities:
            n += 1
            uid = f"{base}-{n}"
        iso3 = desc.country.iso3 if desc.country else None
        sector = desc.role.sector or None
        actor = Actor(
            id=uid,
            name=text,
            name_de=text,
            type="PER",
            country=iso3,
            sector=sector,
            code=f"{iso3}{sector}" if iso3 and sector else None,
            roles=[self._label(desc.role, desc.country)],
        )
        gender: str | None = "Fem" if _feminine(desc) else "Masc"
        if self._epicene(desc):
            gender = None  # „die Person“ may be a man
        entity = Entity(actor, is_person=True, gender=gender)
        self.memory.learn(fold(desc.role.noun), iso3, entity)
        return entity

    def _epicene(self, desc: Description) -> bool:
        return desc.role is not None and fold(desc.role.noun) in self.rules.epicene_nouns

    def _restricted(self, desc: Description) -> bool:
        """„die Person, die die Daten veröffentlicht hat“: a relative clause says who is
        meant, so with no one to refer back to the definite noun introduces a person. The
        clause may follow the clause-final verbs („konnten die Person recherchieren, die“)."""
        last = self.view.token_at(desc.end - 1)
        if desc.role is None or last is None:
            return False
        doc, i = last.doc, last.i + 1
        while i < len(doc) and i - last.i <= 2 and doc[i].pos_ in ("VERB", "AUX"):
            i += 1
        return i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ in _RELATIVE_PRONOUNS

    def _definite(self, desc: Description) -> bool:
        return self.view.text[desc.start : desc.end].split()[0].lower() in DEFINITE

    def _anaphor(
        self, desc: Description, actors: ArticleActors, anonymous: bool = False
    ) -> Entity | None:
        """A definite person description without an office ("Der Grünen-Politiker sagte")
        refers back like a pronoun, to the salient person of the last sentences."""
        sent = self.view.sent_of(desc.start)
        best: tuple[float, int] | None = None
        chosen = None
        for m in actors.before(desc.start):
            entity = actors.entities[m.entity]
            distance = sent - m.place.sent
            if not entity.is_person or not 0 <= distance <= ANAPHOR_WINDOW:
                continue
            if not (self._epicene(desc) or _agrees(entity, desc)):
                continue
            if anonymous and not entity.id.startswith(ANONYMOUS_PREFIX):
                continue
            key = (-distance + (0.6 if m.place.role == "subject" else 0.0), m.start)
            if best is None or key > best:
                best, chosen = key, entity
        if chosen is not None and chosen.gender is None and not self._epicene(desc):
            # „Die 32-Jährige“ tells later pronouns that the person is a woman.
            chosen.gender = "Fem" if _feminine(desc) else None
        return chosen

    def _organisation_anaphor(
        self,
        sector: str | None,
        desc: Description,
        actors: ArticleActors,
        named: str | None = None,
    ) -> Entity | None:
        """„die Partei“ -> the party named last; "das Unternehmen" -> the company named last,
        "die Gewerkschaft" the union. Beyond the window, the organisation of that kind the
        article has named most so far (an article is usually about one party or club)."""
        sent = self.view.sent_of(desc.start)
        coded = self._coded_organisation(sector, sent, actors.before(desc.start), actors, named)
        if coded is not None:
            return coded
        counts: Counter[str] = Counter()
        for m in reversed(actors.before(desc.start)):
            model = actors.entities[m.entity].model
            if m.kind != "name" or model.type != "ORG":
                continue
            if named is not None and named not in fold(m.text):
                continue
            # A party must be coded as one; a company or union may be uncoded.
            wrong_kind = sector == "PTY" or model.sector is not None
            if sector is not None and model.sector != sector and wrong_kind:
                continue
            if sent - m.place.sent <= ORGANISATION_WINDOW:
                return actors.entities[m.entity]
            counts[m.entity] += 1
        return actors.entities[counts.most_common(1)[0][0]] if counts else None

    def _coded_organisation(
        self,
        sector: str | None,
        sent: int,
        before: list[Placed],
        actors: ArticleActors,
        named: str | None,
    ) -> Entity | None:
        """„Der Rüstungskonzern Rheinmetall … nach NDR-Recherchen … dem Konzern“: an
        organisation known to be of the noun's kind wins over a nearer one of unknown kind."""
        if sector is None or named is not None:
            return None
        for m in reversed(before):
            model = actors.entities[m.entity].model
            if sent - m.place.sent > ORGANISATION_WINDOW:
                return None
            if m.kind == "name" and model.type == "ORG" and model.sector == sector:
                return actors.entities[m.entity]
        return None

    def _body(
        self, role: RoleNoun, iso3: str | None, desc: Description, actors: ArticleActors
    ) -> Entity | None:
        """„die russischen Truppen“ -> RUSMIL; without a country word, a definite state body
        ("die Regierung", "der Polizei") is the focus country's; "ums Militär" is generic;
        "die Partei", "das Unternehmen" are the party or company named last."""
        definite = self._definite(desc)
        # „sein Konzern“, "ihr Unternehmen": the company named last, like "der Konzern"
        # (not "ihre Regierung": the possessor's state is not the focus country).
        own = definite or desc.possessive is not None
        if iso3 is None and own and role.sector in _ORGANISATION_SECTORS:
            return self._organisation_anaphor(role.sector, desc, actors)
        if iso3 is None and definite and role.sector[:3] in _STATE_SECTORS:
            iso3 = self.linker.focus
        return group_entity(self.kb, iso3, role.sector) if iso3 is not None else None

    def _teach(self, entity: Entity, desc: Description, iso3: str | None) -> None:
        assert desc.role is not None
        if desc.region is not None:
            # „Der saarländische Innenminister X“ teaches nothing about "der Innenminister".
            self.memory.seen[(fold(desc.role.noun), desc.region)] = entity.id
        else:
            self.memory.learn(fold(desc.role.noun), iso3, entity)
        if iso3 is not None and desc.role.role:
            self.memory.learn(desc.role.role, iso3, entity)
        if (entity.gender is None or entity.gender_guessed) and entity.is_person:
            entity.gender = "Fem" if _feminine(desc) else "Masc"
            entity.gender_guessed = False
        if entity.model.id.startswith(NEW_PREFIX) and iso3 is not None:
            # An unknown person: what the description says is all we know.
            entity.model.country = entity.model.country or iso3
            entity.model.sector = entity.model.sector or desc.role.sector or None
            if entity.model.sector:
                entity.model.code = entity.model.code or f"{iso3}{entity.model.sector}"
            label = self._label(desc.role, desc.country)
            if label and label not in entity.model.roles:
                entity.model.roles.append(label)
        elif entity.model.id.startswith(NEW_PREFIX) and entity.is_person:
            self._teach_party(entity, desc.role)

    def _teach_party(self, entity: Entity, role: RoleNoun) -> None:
        """„der Grünen-Politiker X“, "CDU-Chef X": the qualifier names an organisation (a
        party, a company); X gets its country, and its sector where the noun has none. An
        age ("der 32-Jährige") is no position to record."""
        if role.qualifier and role.qualifier.rstrip("-").isdigit():
            return
        org = None
        if role.qualifier:
            found = self.linker.best_candidate(role.qualifier.rstrip("-s"), "ORG")
            if found is None:
                found = self.linker.best_candidate(role.qualifier.rstrip("-"), "ORG")
            org = found.actor if found is not None and found.actor.type == "ORG" else None
        sector = role.sector or (org.sector if org is not None else None)
        entity.model.sector = entity.model.sector or sector
        label = role.noun
        if role.qualifier:
            label += f" ({org.name_de or org.name if org else role.qualifier.rstrip('-')})"
        if org is not None and org.country:
            entity.model.country = entity.model.country or org.country
            if sector:
                entity.model.code = entity.model.code or f"{org.country}{sector}"
        if label not in entity.model.roles:
            entity.model.roles.append(label)

    def _label(self, role: RoleNoun, country: CountryInfo | None) -> str:
        return f"{role.noun} von {country.name_de}" if country else role.noun

    def _counterpart(self, desc: Description, actors: ArticleActors) -> Entity | None:
        """„sein kasachischer Amtskollege“: the office of the person it is the counterpart
        of (the sentence's subject, else the latest person), held in the other country."""
        if desc.country is None or self.day is None:
            return None
        sent = self.view.sent_of(desc.start)
        persons = [
            m
            for m in actors.mentions
            if actors.entities[m.entity].is_person and m.place.sent <= sent
        ]
        subjects = [m for m in persons if m.place.sent == sent and m.place.role == "subject"]
        others = subjects or persons[-1:]
        actor = self.kb.by_id.get(others[0].entity) if others else None
        if actor is not None:
            for role in actor.roles_on(self.day):
                if role.role != "code" and role.where != desc.country.iso3:
                    holder = self.kb.role_holder(role.role, desc.country.iso3, self.day)
                    if holder is not None:
                        return self.linker.kb_entity(holder.id)
        return self._leader(desc.country.iso3)

    def _leader(self, iso3: str) -> Entity | None:
        assert self.day is not None
        holder = self.kb.role_holder("leader", iso3, self.day)
        return self.linker.kb_entity(holder.id) if holder is not None else None

    def _holder_in_article(
        self, role: str, desc: Description, actors: ArticleActors
    ) -> Entity | None:
        """„der Präsident“ alone: the latest person of the article in that office before it."""
        assert self.day is not None
        for mention in reversed(actors.before(desc.start)):
            actor = self.kb.by_id.get(mention.entity)
            entity = actors.entities[mention.entity]
            if (
                actor is not None
                and any(r.role == role for r in actor.roles_on(self.day))
                and _agrees(entity, desc)
            ):
                return entity
        return None

    def _resolve_place(self, desc: Description, actors: ArticleActors) -> Entity | None:
        noun = desc.place_noun
        assert noun is not None
        beside = self.apposition(desc, actors)
        if beside is not None:
            self.memory.learn(fold(noun.noun), None, beside)
            return beside
        if noun.apposition_only:
            return None
        if noun.refers:
            return self._latest_of(noun.refers, desc, actors)
        if noun.capital and desc.country is not None:
            capital = self.kb.capital_of(desc.country.iso3)
            return self.linker.kb_entity(capital.id) if capital is not None else None
        remembered = self.memory.recall(fold(noun.noun), None)
        if remembered is not None:
            return actors.entities[remembered]
        if noun.focus and desc.country is None and self.linker.focus is not None:
            info = self.kb.countries.get(self.linker.focus)
            return self.linker.kb_entity(info.actor_id) if info is not None else None
        if noun.type == "ORG":
            found = self._recent_organisation(desc, actors)
            if found is None and self._definite(desc):
                # „der Verein“ in a later sentence: the organisation named last whose name
                # has that noun („Verein für ...“); any organisation would be a guess.
                found = self._organisation_anaphor(None, desc, actors, fold(noun.noun))
            return found
        if noun.type == "LOC" and self._definite(desc):
            return self._recent_place(desc, actors)
        return None

    def _latest_of(
        self, ids: frozenset[str], desc: Description, actors: ArticleActors
    ) -> Entity | None:
        """„der Freistaat“: the one of the actors the noun can mean that was named last."""
        for mention in reversed(actors.before(desc.start)):
            if mention.entity in ids and mention.kind in ("name", "adjective"):
                return actors.entities[mention.entity]
        return None

    def _recent_place(self, desc: Description, actors: ArticleActors) -> Entity | None:
        """„… in Chicago. Die Stadt …“: a definite city noun is the place named last, in its
        sentence or the two before (a city, not a state: type LOC); further back, the place
        the article has named most, if one stands out."""
        sent = self.view.sent_of(desc.start)
        counts: Counter[str] = Counter()
        for mention in reversed(actors.before(desc.start)):
            entity = actors.entities[mention.entity]
            if entity.model.type != "LOC" or mention.kind != "name":
                continue
            if 0 <= sent - mention.place.sent <= 2:
                return entity
            counts[mention.entity] += 1
        # Further back: the place the article is about, named at least twice so far.
        top = counts.most_common(2)
        if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]):
            return actors.entities[top[0][0]]
        return None

    def _recent_organisation(self, desc: Description, actors: ArticleActors) -> Entity | None:
        """„…der OVKS teilnehmen, einem Militärbündnis“: an organisation noun without an
        apposition is the nearest organisation named earlier in its sentence."""
        sent = self.view.sent_of(desc.start)
        for mention in reversed(actors.mentions):
            if mention.start >= desc.start or mention.place.sent != sent:
                continue
            if actors.entities[mention.entity].model.type == "ORG" and mention.kind == "name":
                return actors.entities[mention.entity]
        return None
