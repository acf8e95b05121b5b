"""Entity-ruler patterns from the KB, so the NLP stage finds known actors its model misses.

Only newsworthy actors go in (our reviewed lists, Wikidata's world leaders, countries, capitals,
and the parties of German-speaking countries): PETRARCH's 20,000 historical
persons would mostly add false positives in German text. Labels follow spaCy's German
scheme (PER, LOC, ORG): states and places are LOC.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lagebild.actors.kb import KnowledgeBase
    from lagebild.actors.records import KbActor

_LABELS = {"PER": "PER", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG"}
_PARTY_COUNTRIES = frozenset({"DEU", "AUT", "CHE"})
# A surname alone becomes a pattern only when it is this long: short ones are words too.
MIN_SURNAME_CHARS = 5


def _wanted(actor: KbActor) -> bool:
    sources = set(actor.sources)
    if sources == {"geonames"}:
        return False  # 30,000 world cities: only where the text shows a place (placespots.py)
    if actor.type == "PER":
        return bool(sources & {"reviewed", "world-leaders"})
    if actor.type in ("GPE", "LOC"):
        return True
    if "reviewed" in sources:
        # IGOs, our organisations.yaml (BKA, ZDF, Hamas-like groups) and reviewed parties.
        return True
    return actor.sector == "PTY" and actor.country in _PARTY_COUNTRIES


def _genitive(name: str) -> str | None:
    """Putin -> Putins, Wladimir Putin -> Wladimir Putins; names ending in s, x, z keep."""
    return None if name[-1:] in ("s", "x", "z", "ß", ".") else name + "s"


def _person_forms(actor: KbActor) -> list[str]:
    names = [n for lang in ("de", "en") for n in actor.names.get(lang, ())]
    forms = list(names)
    for name in names:
        surname = name.split()[-1] if " " in name else ""
        if len(surname) >= MIN_SURNAME_CHARS and not surname.endswith("."):
            forms.append(surname)
    genitives = [_genitive(f) for f in forms]
    return forms + [g for g in genitives if g]


def _forms(actor: KbActor) -> list[str]:
    if actor.type == "PER":
        return _person_forms(actor)
    names = list(actor.names.get("de", ()))
    if actor.type in ("GPE", "LOC"):
        names += list(actor.names.get("en", ()))
    names += list(actor.abbreviations)
    if actor.sector == "PTY":
        names += list(actor.names.get("other", ()))
    return names


def patterns_for(kb: KnowledgeBase) -> list[dict[str, Any]]:
    """Sorted, de-duplicated phrase patterns: {"label", "pattern", "id"}."""
    seen: dict[tuple[str, str], str] = {}
    for actor_id in sorted(set(kb.by_id) - kb.gazetteer_ids):  # GeoNames: see _wanted
        actor = kb.by_id[actor_id]
        if actor.type not in _LABELS or not _wanted(actor):
            continue
        label = _LABELS[actor.type]
        for form in _forms(actor):
            form = form.strip()
            if len(form) >= 2:
                seen.setdefault((label, form), actor.id)
    return [
        {"label": label, "pattern": form, "id": actor_id}
        for (label, form), actor_id in sorted(seen.items())
    ]
