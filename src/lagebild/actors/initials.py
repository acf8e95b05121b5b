"""Persons named by an initial ("Sebastian K."): German reports on private people, courts
and crime shorten a surname to its initial (press code, § 8) and then write the initial
alone ("K. schweigt"). A bare initial is the person named before it with that initial,
the nearest one where several share it ("Jacek K.", "Sebastian K.", then "K.")."""

from __future__ import annotations

import re

from lagebild.actors.docview import DocView
from lagebild.actors.entities import ArticleActors

# A capital and a full stop standing alone: not inside an abbreviation ("z.B.", "U.S.")
# and not a middle initial before a name ("Donald J. Trump").
_BARE_INITIAL = re.compile(r"(?<![\w.-])([A-ZÄÖÜ])\.(?![\w.])(?! [A-ZÄÖÜ][a-zäöüß])")


def initial_of(name: str) -> str | None:
    """ "Sebastian K." (or "Sebastian K", as the spotter trims it) -> "K"; None for a name
    that does not end in an initial."""
    words = name.split()
    last = words[-1] if len(words) > 1 else ""
    return last[0] if re.fullmatch(r"[A-ZÄÖÜ]\.?", last) else None


def link_initials(view: DocView, actors: ArticleActors) -> None:
    """Bare initials -> the nearest person before them whose name ends in that initial."""
    named = [
        (m.start, m.entity, initial)
        for m in actors.mentions
        if m.kind == "name"
        and actors.entities[m.entity].is_person
        and (initial := initial_of(m.text)) is not None
    ]
    if not named:
        return
    for match in _BARE_INITIAL.finditer(view.text):
        start, end = match.start(), match.end()
        before = [e for s, e, i in named if s < start and i == match.group(1)]
        if not before or actors.covered(start, end):
            continue
        entity = actors.entities[before[-1]]
        actors.add(entity, start, end, match.group(), "name", view.place(start, end))
    actors.mentions.sort(key=lambda m: m.start)
