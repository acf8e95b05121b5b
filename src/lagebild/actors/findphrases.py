"""Finding descriptions: role, group, place and body nouns with their determiner, adjectives
and country words ("der russische Präsident", "Kasachstans Präsident", "die Regierung
in Moskau"), as `Description` records for the resolvers to link."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from lagebild.actors.description import (
    GENITIVE_ARTICLES,
    POSTNOMINAL,
    QUOTES,
    Description,
    Memory,
    is_capitalised,
)
from lagebild.actors.docview import DocView
from lagebild.actors.entities import ArticleActors
from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.link import NameLinker
from lagebild.actors.names import fold
from lagebild.actors.occupations import PLUR, SING, load_occupations
from lagebild.actors.records import CountryInfo, RoleNoun
from lagebild.actors.rules import LinkRules, PlaceNoun


class PhraseFinder:
    def __init__(
        self, kb: KnowledgeBase, rules: LinkRules, view: DocView, linker: NameLinker
    ) -> None:
        self.kb = kb
        self.rules = rules
        self.view = view
        self.linker = linker
        self.day: date | None = linker.day
        self.memory = Memory()
        self.occupations = load_occupations()
        # Group actors of everyday nouns ("die Kunden"): kept only where the article
        # follows them (`occupations.drop_lone_groups`).
        self.occupation_groups: set[str] = set()
        # Tokens found as such nouns: they introduce a person only as the subject.
        self.occupation_heads: set[int] = set()

    # -- finding ---------------------------------------------------------------------
    def find(self, actors: ArticleActors) -> list[Description]:
        found = []
        # Titles seen before a name: the same noun alone later refers back („Der
        # Wirtschaftsprofessor sagte“), like a lexicon's person noun.
        titles: dict[str, RoleNoun] = {}
        for token in self.view.doc:
            # A name inside a compound ("US" in "US-Außenminister") leaves the noun free.
            if not is_capitalised(token.text) or actors.inside(
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
                or self._occupation(token, plural=False)
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
        while i < len(doc) and doc[i].text in QUOTES:
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
        while i < len(doc) and doc[i].text in QUOTES:
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
        if noun is None:
            return self._occupation(token, plural=True) or self._counted(token)
        if "Plur" in token.morph.get("Number", []):
            return noun
        head = fold(token.text.rsplit("-", 1)[-1])
        plural_form = head != fold(noun.noun) and head in {fold(f) for f in noun.forms}
        return noun if plural_form and not self._after_article(token) else None

    def _counted(self, token: Token) -> RoleNoun | None:
        """„Zwei Männer“, "die beiden Frauen": a counted generic person noun is a group,
        kept like an everyday group only where the text follows it (`drop_lone_groups`)."""
        noun = self.occupations.counted_noun(token) if token.pos_ in ("NOUN", "PROPN") else None
        if noun is None:
            return None
        self.occupation_heads.add(token.i)
        return RoleNoun(noun, (), "", None, True)

    def _occupation(self, token: Token, plural: bool) -> RoleNoun | None:
        """A person noun of everyday life (`occupations.py`) in the wanted number: "der
        Virologe", "eine Zeugin" are one person, "die Kunden", "Privatkunden" a group. The
        form decides where it can, else the determiner. A neuter, or a feminine singular
        compound that is no feminine form ("die Erdkunde"), is no such person (the
        morphologizer's gender alone is too often wrong: "der Fotograf" read as a feminine
        genitive; plurals have no gender)."""
        occ = self.occupations.lookup(token.text)
        if occ is None or token.pos_ not in ("NOUN", "PROPN"):
            return None
        genders = token.morph.get("Gender", [])
        if len(occ.numbers) == 1:
            number = next(iter(occ.numbers))
        elif occ.adjectival:
            number = PLUR if token.morph.get("Number", []) == [PLUR] else SING
        else:
            # A compound's own form is its head's („Mittelfeldspieler“ is "Spieler").
            head = token.text[len(occ.qualifier or "") :].lstrip("-")
            number = self._number(token, weak=fold(head) != fold(occ.noun))
        compound = occ.qualifier is not None and "-" not in token.text
        if "Neut" in genders or (
            compound
            and number == SING
            and "Fem" in genders
            and not (occ.feminine or occ.adjectival)
        ):
            return None
        if (number == PLUR) != plural:
            return None
        self.occupation_heads.add(token.i)
        return RoleNoun(occ.noun, (), occ.sector, None, True, None, occ.qualifier)

    def _number(self, token: Token, weak: bool) -> str:
        """The number of a masculine noun whose form has both („Spieler“, "Kunden"): its
        determiner's ending says it (past adjectives and numbers): "die", "diese", "seine",
        "alle" and a possessive in -er ("seiner Mandanten") are plural before a masculine
        noun, "der" is plural only before a weak noun's -n form ("der Kunden"), "dem", "des",
        "ein" singular; "den" is the noun's own number, singular before the unchanged form
        ("den Spieler"). Without a determiner, singular where a name follows („Trainer
        Thomas Tuchel“), else plural: a bare singular count noun is rare in German."""
        doc, i = token.doc, token.i - 1
        while i >= 0 and doc[i].pos_ in ("ADJ", "NUM", "ADV"):
            i -= 1
        det = fold(doc[i].text) if i >= 0 else ""
        if det in self.rules.plural_words or det.endswith("e"):
            return PLUR
        if i >= 0 and self._is_determiner(doc[i]):
            if det == "der":
                return PLUR if weak else SING
            if det.endswith("er") and det not in ("dieser", "jener", "ihr", "euer"):
                return PLUR
            if det.endswith("en"):
                own = token.morph.get("Number", [])
                return PLUR if weak and own != [SING] else SING
            return SING
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        name_follows = nxt is not None and (nxt.pos_ == "PROPN" or nxt.ent_iob_ == "B")
        if name_follows and token.morph.get("Number", []) != [PLUR]:
            return SING
        return PLUR

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
        if nxt.lower_ in POSTNOMINAL and head.i + 2 < len(doc):
            # "von Russland"; "aus Ankara": a capital or seat stands for its country
            word = doc[head.i + 2].text
            found = self.kb.country_by_name(word)
            seat = self.kb.metonym(word) if found is None else None
            if seat is not None and seat.country:
                found = self.kb.countries.get(seat.country)
            return found
        if nxt.lower_ in GENITIVE_ARTICLES and head.i + 2 < len(doc):
            # "der Außenminister der Schweiz", "des Vereinigten Königreichs"
            found = self.kb.country_by_name(doc[head.i + 2].text)
            if found is None and head.i + 3 < len(doc):
                found = self.kb.country_by_name(doc[head.i + 2 : head.i + 4].text)
            return found
        return self._country_genitive(nxt)
