"""State parliaments named by their noun alone: "vom Landtag", "im Landtag", "den
baden-württembergischen Landtag".

A German article on state politics says "der Landtag" for the parliament of its state, the
way it says "die Landesregierung"; the KB has no entry for the bare noun, so the mention is
lost. The state is the one a place adjective right before the noun names ("Thüringer",
"baden-württembergischen"), else the state the article names most; without either the noun
stays unlinked. The parliament is one new organisation per state ("Landtag Thüringen"), of
the legislature sector (DEULEG). Words: `data/actors/parliaments.yaml`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from lagebild.actors.docview import DocView
from lagebild.actors.entities import ArticleActors, Entity
from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.reviewed import read_yaml
from lagebild.errors import ConfigError

PARLIAMENTS_FILE = "parliaments.yaml"
COUNTRY, SECTOR = "DEU", "LEG"


@dataclass(frozen=True, slots=True)
class Parliament:
    noun: str
    forms: frozenset[str]
    states: frozenset[str]  # German names, as the KB's name_de


@lru_cache(maxsize=1)
def load_parliaments() -> tuple[Parliament, ...]:
    data = read_yaml(PARLIAMENTS_FILE)
    try:
        return tuple(
            Parliament(str(row["noun"]), frozenset(row["forms"]), frozenset(row["states"]))
            for row in data["parliaments"]
        )
    except (KeyError, TypeError) as exc:
        raise ConfigError("E402", path=PARLIAMENTS_FILE, detail=repr(exc)) from exc


def link_parliaments(view: DocView, actors: ArticleActors, kb: KnowledgeBase) -> None:
    """A name mention of "<noun> <state>" for each uncovered noun whose state is known."""
    for parliament in load_parliaments():
        main = _main_state(actors, parliament.states)
        for token in view.doc:
            if token.text not in parliament.forms:
                continue
            start, end = token.idx, token.idx + len(token)
            if actors.covered(start, end, frozenset({"name", "description"})):
                continue
            before = view.doc[token.i - 1] if token.i > 0 else None
            place = kb.place_by_adjective(before.text) if before is not None else None
            state = place.name_de if place is not None else None
            if state in parliament.states and before is not None:
                start = before.idx
            elif state is not None or main is None:
                continue  # another place's adjective ("Kieler Landtag" is the state's: rare)
            else:
                state = main
            entity = Entity.new(f"{parliament.noun} {state}", "ORG")
            model = entity.model
            model.country, model.sector, model.code = COUNTRY, SECTOR, COUNTRY + SECTOR
            text = view.text[start:end]
            actors.add(entity, start, end, text, "name", view.place(start, end))
    actors.mentions.sort(key=lambda m: m.start)


def _main_state(actors: ArticleActors, states: frozenset[str]) -> str | None:
    """The state of these whose actor the article mentions most (name, adjective, ...)."""
    counts = Counter(
        name
        for m in actors.mentions
        if (name := actors.entities[m.entity].model.name_de) is not None and name in states
    )
    return counts.most_common(1)[0][0] if counts else None
