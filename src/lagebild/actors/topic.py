"""A person who stays the topic across paragraphs: the antecedent of a pronoun that finds
none within the usual window.

Features and obituaries name their person once and go on with "sie"/"er" for paragraphs,
past headings and quotations („Lotte Tobisch … Sie ist die Nachfahrin … [heading] Ihre
Ausbildung erhielt sie …“). When no compatible actor is mentioned within the pronoun
window, the pronoun still refers to the latest person of its gender, provided that person
is the only compatible one the text mentions in the wider window: with two candidates, the
one nearer in the text is no safer guess than none. Nor when the pronoun window names
other people: the text has moved on to them („Merken Trump und Pence nicht, wie sie …“ is
the two men, not the woman named paragraphs before).
"""

from __future__ import annotations

from collections.abc import Callable

from lagebild.actors.entities import ArticleActors, Entity


def topic_person(
    actors: ArticleActors,
    char: int,
    sent: int,
    windows: tuple[int, int],
    compatible: Callable[[Entity], bool],
    excluded: set[str],
) -> Entity | None:
    """The one compatible person (no group) mentioned in the `windows[1]` sentences up to
    `sent`, before `char`, when no person or group is mentioned in the `windows[0]` ones;
    None when there is none or more than one."""
    near, far = windows
    found: set[str] = set()
    for mention in actors.mentions:
        if mention.start >= char or not 0 <= sent - mention.place.sent <= far:
            continue
        entity = actors.entities[mention.entity]
        if not (entity.is_person or entity.is_group) or mention.kind == "adjective":
            continue
        if sent - mention.place.sent <= near:
            return None  # the text is on other people now
        if compatible(entity) and not entity.is_group:
            found.add(entity.id)
    if len(found) != 1:
        return None
    (only,) = found
    return None if only in excluded else actors.entities[only]
