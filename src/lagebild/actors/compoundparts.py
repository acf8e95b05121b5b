"""Names inside compounds: „Siemens-Chef Joe Kaeser“ names Siemens as well as its chief.
The first part of a hyphenated compound whose second part is a person noun ("-Chef",
"-Sprecher", "-Mitgründer") is a name mention of an organisation the article names by
exactly that word elsewhere. Unknown first parts make no actor, places are left out
("Nord-Rebellen"), and so are other heads: the gold reads "Bahn-Konkurrenten" as the
competitors only."""

from __future__ import annotations

from collections.abc import Callable

from lagebild.actors.docview import DocView
from lagebild.actors.entities import ArticleActors, Entity

_NAMES = frozenset({"name"})


def _named_bodies(actors: ArticleActors) -> dict[str, Entity]:
    """Surface -> the organisation a one-word name mention of that surface names."""
    found: dict[str, Entity] = {}
    for mention in actors.mentions:
        entity = actors.entities[mention.entity]
        if mention.kind != "name" or entity.model.type != "ORG" or " " in mention.text:
            continue
        found.setdefault(mention.text, entity)
    return found


def link_compound_parts(
    view: DocView, actors: ArticleActors, person_noun: Callable[[str], bool]
) -> None:
    bodies = _named_bodies(actors)
    if not bodies:
        return
    for token in view.doc:
        first, dash, rest = token.text.partition("-")
        if not dash or first not in bodies or not person_noun(rest):
            continue
        start, end = token.idx, token.idx + len(first)
        if actors.covered(start, end, _NAMES):
            continue
        actors.add(bodies[first], start, end, first, "name", view.place(start, end))
    actors.mentions.sort(key=lambda m: m.start)
