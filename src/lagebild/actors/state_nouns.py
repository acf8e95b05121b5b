"""„das Land“, "der Staat", "im ganzen Land" without a country word: the state salient where
the phrase stands, which is not always the article's focus country ("… in libanesische
Staatsanleihen gesteckt … ging der hochverschuldete Staat bankrott" in an article about
Syria). States count by their names and adjectives and through their bodies and officials
("Justizminister Maas … der Staat"), weighed by recency within a few sentences against the
focus country's head start; with none nearby, the focus country (`salient_state`). Plural
state nouns ("beide Länder", "anderer Staaten") name several states and are no actor of
ours, except a bloc's ("westliche Staaten" = the West)."""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.actors.description import STATE_SECTORS
from lagebild.actors.docview import DocView
from lagebild.actors.entities import ArticleActors, Entity
from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.link import BLOC_PREFIX, GROUP_PREFIX

# Sentences back (the phrase's own included) a state stays salient.
STATE_WINDOW = 3
# The focus country's head start: one mention in the sentence before.
FOCUS_PRIOR = 0.5
STATE_KINDS = frozenset({"name", "metonym", "description"})


def state_of(kb: KnowledgeBase, entity: Entity) -> str | None:
    """The state a mention of `entity` puts forward: the state itself, one of its bodies
    (RUSGOV, "die Regierung"), or a person holding a state office (its sector)."""
    iso3 = entity.model.country
    info = kb.countries.get(iso3) if iso3 else None
    if info is None or info.actor_id.startswith(BLOC_PREFIX):
        return None
    if entity.id == info.actor_id:
        return info.iso3
    sector = (entity.model.sector or "")[:3]
    if sector not in STATE_SECTORS:
        return None
    if entity.id.startswith(GROUP_PREFIX) or entity.is_person:
        return info.iso3
    return None


def salient_state(
    kb: KnowledgeBase,
    view: DocView,
    actors: ArticleActors,
    head: Token,
    focus: str | None,
    demonstrative: bool = False,
) -> str | None:
    """The state most salient before `head`. Each mention within `STATE_WINDOW` sentences
    weighs 1 / (1 + sentences back), so frequency and recency both count (Lappin and
    Leass 1994); the focus country, the article's topic, starts with `FOCUS_PRIOR`. A
    demonstrative ("in diesem Land") picks the latest state instead: German demonstratives
    prefer the most recent referent to the topic (Bosch and Umbach 2007). None without any
    state mention in the window."""
    sent = view.sent_of(head.idx)
    weights: dict[str, float] = {}
    latest: tuple[int, str] | None = None
    for char, iso3 in _state_words(kb, view, actors, head):
        back = sent - view.sent_of(char)
        if 0 <= back <= STATE_WINDOW and not _co_argument(view, char, head):
            weights[iso3] = weights.get(iso3, 0.0) + 1.0 / (1 + back)
            latest = max(latest or (char, iso3), (char, iso3))
    if latest is None:
        return None
    if demonstrative:
        return latest[1]
    if focus is not None:
        weights[focus] = weights.get(focus, 0.0) + FOCUS_PRIOR
    return max(weights, key=lambda iso3: (weights[iso3], iso3 == focus))


def _state_words(
    kb: KnowledgeBase, view: DocView, actors: ArticleActors, head: Token
) -> list[tuple[int, str]]:
    """Where a state is named before `head`: mentions of it, of its bodies and officials,
    and its adjectives ("libanesische Staatsanleihen"; adjectives are linked only after
    descriptions, so read from the tokens)."""
    found = []
    for mention in actors.before(head.idx):
        iso3 = state_of(kb, actors.entities[mention.entity])
        if mention.kind in STATE_KINDS and iso3 is not None:
            found.append((mention.start, iso3))
    first = view.sent_of(head.idx) - STATE_WINDOW
    for i in range(head.i - 1, -1, -1):
        token = head.doc[i]
        if view.sent_of(token.idx) < first:
            break
        if not token.is_lower:
            continue
        info = kb.country_by_adjective(token.text)
        if info is not None and not info.actor_id.startswith(BLOC_PREFIX):
            found.append((token.idx, info.iso3))
    return found


def _co_argument(view: DocView, char: int, head: Token) -> bool:
    """„… dass die arabischen Länder – Ägypten, Syrien … – den neugegründeten Staat
    angreifen“: a full noun phrase does not corefer with another argument of its own verb
    (binding principle C), so the states in the subject are not "den Staat"."""
    token = view.token_at(char)
    verb = _governor(head)
    if token is None or verb is None:
        return False
    while token.head.i not in (token.i, verb.i):
        token = token.head
    deps = view.rules.subject_deps | view.rules.object_deps
    return token.head.i == verb.i != token.i and token.dep_ in deps and head not in token.subtree


def _governor(token: Token) -> Token | None:
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def bloc_of(kb: KnowledgeBase, iso3: str | None) -> str | None:
    """„westliche Staaten“, "die europäischen Staaten": the bloc's actor id, if a bloc."""
    info = kb.countries.get(iso3) if iso3 else None
    return info.actor_id if info is not None and info.actor_id.startswith(BLOC_PREFIX) else None
