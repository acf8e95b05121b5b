"""Appositions: the named actor a description stands beside ("Kasachstans Präsident
Kassym-Schomart Tokajew", "Wladimir Putin, Präsident von Russland")."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.actors.description import (
    ANY_KIND,
    COMPLEMENT_TOKENS,
    COMPLEMENT_WORDS,
    ORGANISATION_SECTORS,
    QUOTES,
    Description,
    make_organisation,
)
from lagebild.actors.entities import NEW_PREFIX, ArticleActors, Entity, Placed
from lagebild.actors.findphrases import PhraseFinder
from lagebild.actors.names import fold


class AppositionReader(PhraseFinder):
    def apposition(self, desc: Description, actors: ArticleActors) -> Entity | None:
        """The named actor this description stands beside, if any."""
        wants_person = desc.role is not None and desc.role.person
        doc = desc.head.doc
        i = desc.head.i + 1
        while i < len(doc) and doc[i].text in QUOTES:
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
                make_organisation(entity, desc)
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
            or actors.inside(after.idx, after.idx + len(after), ANY_KIND)
        ):
            return []
        nxt = doc[after.i + 1]
        return [
            m
            for m in actors.mentions
            if m.start == nxt.idx and m.kind == "name" and actors.entities[m.entity].is_person
        ]

    def _organisation_named_as_person(self, entity: Entity, desc: Description) -> bool:
        """„Der Rüstungskonzern Rheinmetall“, "die Firma Müller", "der Plattformbetreiber
        Flixbus", "das Oppositionsbündnis Alianza Cívica": the NER called an unknown name a
        person, but a noun of a kind of organisation stands right before it. A name of
        several words must not open with a given name ("der Verband Max Mustermann")."""
        words = entity.model.name.split()
        org_noun = (desc.role is not None and desc.role.sector in ORGANISATION_SECTORS) or (
            desc.place_noun is not None and desc.place_noun.type == "ORG"
        )
        single = len(words) == 1 or (desc.place_noun is not None and not self._given_name(words[0]))
        return (
            entity.is_person
            and org_noun
            and entity.id.startswith(NEW_PREFIX)
            and single
            and (entity.gender is None or entity.gender_guessed)
            and not entity.text_roles
        )

    def _given_name(self, word: str) -> bool:
        low = fold(word)
        return low in self.kb.given_names or low in self.rules.given_names

    def _name_after_complement(self, head: Token, actors: ArticleActors) -> list[Placed]:
        """„Der Zweite Vorsitzende der Gewerkschaft IG Metall, Jürgen Kerner“, "der
        Bürgermeister von Saarbrücken, Uwe Conradt": the person named after the office's
        genitive or "von" complement (a name, with its acronym in parentheses) and a comma."""
        doc = head.doc
        i = head.i + 1
        if i >= len(doc) or doc[i].lower_ not in COMPLEMENT_WORDS:
            return []
        names = [m for m in actors.mentions if m.kind == "name"]
        limit = min(len(doc), i + COMPLEMENT_TOKENS)
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
