"""Descriptions of places, organisations and bodies ("die Stadt", "der Konzern", "die
Partei", "die Regierung"): the one the article named last or most, or the state's body."""

from __future__ import annotations

from collections import Counter

from lagebild.actors.appositions import AppositionReader
from lagebild.actors.description import (
    DEFINITE,
    DEMONSTRATIVES,
    ORGANISATION_SECTORS,
    ORGANISATION_WINDOW,
    STATE_SECTORS,
    Description,
)
from lagebild.actors.entities import ArticleActors, Entity, Placed
from lagebild.actors.link import group_entity
from lagebild.actors.names import fold
from lagebild.actors.records import RoleNoun
from lagebild.actors.state_nouns import salient_state


class PlaceResolver(AppositionReader):
    def _definite(self, desc: Description) -> bool:
        return self.view.text[desc.start : desc.end].split()[0].lower() in DEFINITE

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
        if iso3 is None and own and role.sector in ORGANISATION_SECTORS:
            return self._organisation_anaphor(role.sector, desc, actors)
        if iso3 is None and definite and role.sector[:3] in STATE_SECTORS:
            iso3 = self.linker.focus
        return group_entity(self.kb, iso3, role.sector) if iso3 is not None else None

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
        if noun.focus and desc.country is None:
            # „das Land“: the state salient here, else the article's focus country.
            focus = self.linker.focus
            words = self.view.text[desc.start : desc.end].lower().split()
            pointing = bool(DEMONSTRATIVES.intersection(words))
            salient = salient_state(self.kb, self.view, actors, desc.head, focus, pointing)
            iso3 = salient or focus
            info = self.kb.countries.get(iso3 or "")
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
