"""Institutions named by their kind and their place: "Landgericht München", "die
Staatsanwaltschaft Köln", "Polizei Karlsruhe", "Stadtwerke Bonn", "Universität Warschau".

German names most local bodies by a close apposition: an institution noun, then the place it
serves. The phrase is one organisation, not the place: the noun gives its sector
(`data/actors/institutions.yaml`), the place gives its country ("Universität Warschau" is
Polish, whatever the article's focus). The place must be one the KB knows (a GeoNames place,
a country or a KB place name); after an institution noun even a place that is also a common
word ("Polizei Essen") is the place. The name is the nominative ("des Landgerichts München"
-> "Landgericht München"), so every case form is one actor.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from lagebild.actors.docview import DocView
from lagebild.actors.entities import NEW_PREFIX, ArticleActors, Entity
from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.names import fold
from lagebild.actors.reviewed import read_yaml
from lagebild.actors.spotter import Spot
from lagebild.errors import ConfigError

INSTITUTIONS_FILE = "institutions.yaml"
SOURCE = "institution-place"
_PLACE_TYPES = frozenset({"LOC", "GPE"})
_MAX_PLACE_WORDS = 3


@dataclass(frozen=True, slots=True)
class InstitutionNouns:
    heads: dict[str, str]  # folded compound head -> sector
    nouns: dict[str, str]  # folded whole noun -> sector
    long_forms: dict[str, str]  # folded clipped noun -> the full noun ("uni" -> Universität)

    def sector(self, word: str) -> tuple[str, str] | None:
        """The noun's nominative and sector, also for a genitive ("Landgerichts", "Amtes")."""
        for form in _case_forms(word):
            key = fold(form)
            if key in self.nouns:
                return self.long_forms.get(key, form), self.nouns[key]
            head = next((h for h in self.heads if key.endswith(h)), None)
            if head is not None:
                return form, self.heads[head]
        return None


def _case_forms(word: str) -> list[str]:
    forms = [word]
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    return forms


@lru_cache(maxsize=1)
def load_institution_nouns() -> InstitutionNouns:
    data = read_yaml(INSTITUTIONS_FILE)
    try:
        return InstitutionNouns(
            heads={fold(k): str(v) for k, v in data["heads"].items()},
            nouns={fold(k): str(v) for k, v in data.get("nouns", {}).items()},
            long_forms={fold(k): str(v) for k, v in data.get("long_forms", {}).items()},
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise ConfigError("E402", path=INSTITUTIONS_FILE, detail=repr(exc)) from exc


@dataclass(frozen=True, slots=True)
class InstitutionSpot:
    spot: Spot
    name: str  # nominative: "Landgericht München"
    sector: str
    country: str | None  # ISO3 of the place


def institution_place_spots(
    doc: Doc, kb: KnowledgeBase, spots: list[Spot], nouns: InstitutionNouns | None = None
) -> tuple[list[Spot], list[InstitutionSpot]]:
    """Find "<institution noun> <place>" phrases; return the other spots (those overlapping a
    phrase dropped: the place, the noun, an NER span over both) and the phrases."""
    nouns = nouns or load_institution_nouns()
    found: list[InstitutionSpot] = []
    places = {s.start: s.end for s in spots if s.label in _PLACE_TYPES}
    for token in doc:
        if not token.text[:1].isupper() or not token.text.isalpha():
            continue
        if found and token.idx < found[-1].spot.end:
            continue
        kind = nouns.sector(token.text)
        if kind is None:
            continue
        place = _place_after(token, kb, places)
        if place is None:
            continue
        end, country = place
        start = token.idx
        spot = Spot(start, end, doc.text[start:end], "ORG", SOURCE)
        name = kind[0] + doc.text[token.idx + len(token.text) : end]
        found.append(InstitutionSpot(spot, name, kind[1], country))
    kept = [
        s for s in spots if not any(f.spot.start < s.end and s.start < f.spot.end for f in found)
    ]
    # The phrases stay among the spots, so that later finders do not spot the place again;
    # `link_institutions` links them, the name linker skips them (`linkable`).
    merged = sorted(kept + [f.spot for f in found], key=lambda s: (s.start, -s.end))
    return merged, found


def linkable(spots: list[Spot]) -> list[Spot]:
    """The spots for the name linker: all but the institution phrases."""
    return [s for s in spots if s.source != SOURCE]


def _place_after(
    noun: Token, kb: KnowledgeBase, places: dict[int, int]
) -> tuple[int, str | None] | None:
    """The end offset and country of the longest KB place right after the noun; else a place
    the NER found there (`places`: start -> end of its LOC spans), country unknown."""
    doc = noun.doc
    best: tuple[int, str | None] | None = None
    if noun.i + 1 < len(doc) and doc[noun.i + 1].idx in places:
        best = (places[doc[noun.i + 1].idx], None)
    for n in range(1, _MAX_PLACE_WORDS + 1):
        last = noun.i + n
        if last >= len(doc) or not doc[noun.i + 1].text[:1].isupper():
            break
        if not all(t.text[:1].isupper() or t.text == "-" for t in doc[noun.i + 1 : last + 1]):
            break
        text = doc.text[doc[noun.i + 1].idx : doc[last].idx + len(doc[last])]
        country = _place_country(text, kb)
        if country is not None:
            best = (doc[last].idx + len(doc[last]), country or None)
        elif best is not None and best[1] is None and doc[last].idx + len(doc[last]) <= best[0]:
            continue
    return best


def _place_country(text: str, kb: KnowledgeBase) -> str | None:
    """The ISO3 of a place the KB knows ("" when it has none), None when it is no place."""
    info = kb.country_by_name(text)
    if info is not None:
        return info.iso3
    place = kb.place(text)
    if place is None:
        exact = [c for c in kb.match_name(text, limit=3) if c.method == "exact"]
        place = next((c.actor for c in exact if c.actor.type in _PLACE_TYPES), None)
    if place is None:
        return None
    return place.country or ""


def link_institutions(
    found: list[InstitutionSpot], view: DocView, actors: ArticleActors, focus: str | None
) -> None:
    """One actor per institution name, with the noun's sector and the place's country (a
    place the KB does not know is taken to lie in the article's focus country). New
    organisations named by an institution noun alone ("Bundesgerichtshof", "die
    Verbraucherzentrale") get the noun's sector in the focus country too (without one,
    the country of the places the article's institutions serve)."""
    focus = focus or next((f.country for f in found if f.country), None)
    for inst in found:
        entity = Entity.new(inst.name, "ORG")
        _code(entity, inst.sector, inst.country or focus)
        spot = inst.spot
        actors.add(
            entity, spot.start, spot.end, spot.text, "name", view.place(spot.start, spot.end)
        )
    actors.mentions.sort(key=lambda m: m.start)
    _code_bare_names(actors, focus)


def _code_bare_names(actors: ArticleActors, focus: str | None) -> None:
    """„der Bundesgerichtshof“: a new organisation whose name opens with an institution noun."""
    nouns = load_institution_nouns()
    for entity in actors.entities.values():
        model = entity.model
        if not model.id.startswith(NEW_PREFIX) or model.type != "ORG" or model.code:
            continue
        kind = nouns.sector(model.name.split(" ", 1)[0])
        if kind is not None:
            _code(entity, kind[1], focus)


def _code(entity: Entity, sector: str, country: str | None) -> None:
    model = entity.model
    model.sector, model.country = sector, country
    model.code = f"{country}{sector}" if country else sector
