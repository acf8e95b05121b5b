"""The actors stage: a knowledge base of actors, the name matching that links to it, and
the linking of every mention of an article to a canonical actor.

Public API: `ActorsStage` (the pipeline stage) and `link_article()` (the same on a Doc);
`KnowledgeBase.load()` and its lookups (match_name, role_holder, country_by_adjective,
metonym, igo, role_noun, entity_ruler_patterns), the records they return, the name
normalisation in `names`; actors learned across articles (`KnownActors`,
`learned_actors_from_rows`, `load_known_actors`, `list_new_actors`). Compile the KB with
`python -m lagebild.actors.build_kb --shared ../shared`.
"""

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.learn import (
    KnownActors,
    learned_actors_from_rows,
    list_new_actors,
    load_known_actors,
)
from lagebild.actors.names import fold, name_key, similarity
from lagebild.actors.records import Candidate, CountryInfo, KbActor, Metonym, Role, RoleNoun
from lagebild.actors.stage import ActorsStage, LinkOptions, link_article

__all__ = [
    "ActorsStage",
    "Candidate",
    "CountryInfo",
    "KbActor",
    "KnowledgeBase",
    "KnownActors",
    "LinkOptions",
    "Metonym",
    "Role",
    "RoleNoun",
    "fold",
    "learned_actors_from_rows",
    "link_article",
    "list_new_actors",
    "load_known_actors",
    "name_key",
    "similarity",
]
