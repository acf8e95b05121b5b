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

One module a layer, each class extending the one before: `description` (the record, the
memory, grammar checks), `findphrases` (finding), `appositions`, `orgplaces` (places,
organisations, bodies), and here roles, groups and offices.
"""

from __future__ import annotations

from lagebild.actors.description import (
    ANAPHOR_WINDOW,
    ANONYMOUS_PREFIX,
    CATAPHORA_SENTENCES,
    DEFINITE,
    INDEFINITE,
    OCCUPATION_WINDOW,
    RELATIVE_PRONOUNS,
    SINGULAR_ARTICLES,
    STATE_SECTORS,
    Description,
    gender_agrees,
    is_feminine,
    plural_e,
)
from lagebild.actors.entities import NEW_PREFIX, ArticleActors, Entity, anonymous_id, new_id
from lagebild.actors.link import group_entity
from lagebild.actors.names import fold
from lagebild.actors.orgplaces import PlaceResolver
from lagebild.actors.records import CountryInfo, RoleNoun
from lagebild.actors.state_nouns import bloc_of
from lagebild.models import Actor

__all__ = ["ANAPHOR_WINDOW", "DEFINITE", "SINGULAR_ARTICLES", "Describer", "Description"]


class Describer(PlaceResolver):
    def resolve(self, desc: Description, actors: ArticleActors) -> Entity | None:
        if self._group_noun(desc):
            iso3 = self._group_country(desc, actors)
            if self._several_states(desc):
                # „beide Länder“, "anderer Staaten": no actor; "westliche Staaten": the bloc.
                bloc = bloc_of(self.kb, iso3)
                if bloc is not None or iso3 is None:
                    return self.linker.kb_entity(bloc) if bloc is not None else None
            return self._group(desc, iso3)
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
            return gender_agrees(actors.entities[entity_id], desc)

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
                window = OCCUPATION_WINDOW if desc.head.i in self.occupation_heads else None
                return self._anaphor(desc, actors, window=window)
            if not self._indefinite(desc) or not self._may_introduce(desc):
                return None
            return self._introduce(desc, actors)
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
        return entity if entity is not None and gender_agrees(entity, desc) else None

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
            if ahead and gender_agrees(actors.entities[entity_id], desc):
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
            and role.sector[:3] in STATE_SECTORS
        )

    def _group_noun(self, desc: Description) -> bool:
        """A plural of a person noun without an office ("die Demonstranten", "Aktivisten",
        "kurdische Kämpfer"): a group, not one of the article's persons. Offices in the
        plural ("beide Präsidenten") name several known actors and stay unresolved."""
        plural = (
            desc.plural
            or "Plur" in desc.head.morph.get("Number", [])
            or plural_e(desc)
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

    def _several_states(self, desc: Description) -> bool:
        """A plural state noun ("Länder", "Staaten"), not a federation's own states."""
        noun = desc.place_noun
        return noun is not None and noun.type == "GPE" and not self._federal_states(desc)

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
        if desc.role is not None and (
            self.occupations.lookup(desc.head.text) is not None
            or self.occupations.counted_noun(desc.head) is not None
        ):
            self.occupation_groups.add(actor.id)
        return Entity(actor, is_person=False, is_group=True)

    def _indefinite(self, desc: Description) -> bool:
        first = self.view.text[desc.start : desc.end].split()[0].lower()
        return first in INDEFINITE and "Plur" not in desc.head.morph.get("Number", [])

    def _introduce(self, desc: Description, actors: ArticleActors) -> Entity:
        """„Ein junger Polizist“, "eine Sprecherin": an indefinite singular person noun brings
        a new, unnamed person into the text; later "der Polizist", "er" refer to it (the
        memory learns the noun). Its gender is the noun's."""
        assert desc.role is not None
        text = " ".join(self.view.text[desc.start : desc.end].split())
        # Unnamed people are this article's own: an article-scoped id, never learned
        # across articles ("ein junger Mann" here is not the one in the next article).
        base = anonymous_id(" ".join(text.split()[1:]) or desc.role.noun, self.view.text)
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
        gender: str | None = "Fem" if is_feminine(desc) else "Masc"
        if self._epicene(desc):
            gender = None  # „die Person“ may be a man
        entity = Entity(actor, is_person=True, gender=gender)
        self.memory.learn(fold(desc.role.noun), iso3, entity)
        return entity

    def _may_introduce(self, desc: Description) -> bool:
        """An everyday person noun (`occupations.py`) brings in a person only as the
        subject, who acts or speaks („Eine Zeugin rief die Polizei“); "für eine erkrankte
        Kollegin" mentions someone the text does not follow."""
        if desc.head.i not in self.occupation_heads:
            return True
        return self.view.place(desc.start, desc.end).role == "subject"

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
        if not (i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ in RELATIVE_PRONOUNS):
            return False
        # „sagte, die Spieler hätten“: an article before its noun opens a clause, no
        # relative one („die Frau, deren Sohn“ is).
        after = doc[i + 2] if i + 2 < len(doc) else None
        article = after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ")
        return doc[i + 1].lower_ in ("dessen", "deren") or not article

    def _anaphor(
        self,
        desc: Description,
        actors: ArticleActors,
        anonymous: bool = False,
        window: int | None = None,
    ) -> Entity | None:
        """A definite person description without an office ("Der Grünen-Politiker sagte")
        refers back like a pronoun, to the salient person of the last sentences."""
        sent = self.view.sent_of(desc.start)
        best: tuple[float, int] | None = None
        chosen = None
        for m in actors.before(desc.start):
            entity = actors.entities[m.entity]
            distance = sent - m.place.sent
            if not entity.is_person or not 0 <= distance <= (window or ANAPHOR_WINDOW):
                continue
            if not (self._epicene(desc) or gender_agrees(entity, desc)):
                continue
            if anonymous and not entity.id.startswith(ANONYMOUS_PREFIX):
                continue
            key = (-distance + (0.6 if m.place.role == "subject" else 0.0), m.start)
            if best is None or key > best:
                best, chosen = key, entity
        if chosen is not None and chosen.gender is None and not self._epicene(desc):
            # „Die 32-Jährige“ tells later pronouns that the person is a woman.
            chosen.gender = "Fem" if is_feminine(desc) else None
        return chosen

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
            entity.gender = "Fem" if is_feminine(desc) else "Masc"
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
                and gender_agrees(entity, desc)
            ):
                return entity
        return None
