"""The actors stage: a knowledge base of actors and the name matching that links to it.

Public API: `KnowledgeBase.load()` and its lookups (match_name, role_holder,
country_by_adjective, metonym, igo, role_noun, entity_ruler_patterns), the records they
return, and the name normalisation in `names`. Compile the KB with
`python -m lagebild.actors.build_kb --shared ../shared`.
"""

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.names import fold, name_key, similarity
from lagebild.actors.records import Candidate, CountryInfo, KbActor, Metonym, Role, RoleNoun

__all__ = [
    "Candidate",
    "CountryInfo",
    "KbActor",
    "KnowledgeBase",
    "Metonym",
    "Role",
    "RoleNoun",
    "fold",
    "name_key",
    "similarity",
]
