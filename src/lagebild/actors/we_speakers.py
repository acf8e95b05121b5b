"""„Wir“ and "uns" inside a quotation: the side its speaker speaks for.

A spokesperson speaks for an organisation, not for himself: "wir" in the quotation of „ein
Sprecher des Bundestages“, "der Konzern-Sprecher" or "Polizeisprecherin X" is the
organisation that the genitive after the noun or the compound's first part names. So is the
"wir" of a company's, club's or church's head or member ("der Chef" after "die Heizungsfirma
X" in the paragraph, "ATU-Organisator X"), but not of a state's or a political body's (a
union's chairman: the annotation counts a politician's "wir" as the politician); any other
person's "wir" is that person. A quotation no person speaks, but an organisation („…“,
teilte die Polizei mit; "Die Polizei erklärte: „Wir …“"), is the organisation's.
"""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.actors.docview import DocView
from lagebild.actors.entities import ArticleActors, Entity, Placed
from lagebild.actors.names import fold
from lagebild.actors.pronoun_cues import load_cues

# "ein Sprecher des Bundestages": the genitive starts right after the description.
GENITIVE_GAP = 6
# Sentences before a quotation where its speaking organisation may be the subject.
ORGANISATION_SENTENCES = 1


def we_side(
    token: Token,
    person: Entity | None,
    quote: tuple[int, int] | None,
    view: DocView,
    actors: ArticleActors,
) -> Entity | None:
    """Who "wir"/"uns" at `token` is, given the quotation's speaker `person` (if any)."""
    if person is not None:
        return (
            spokesperson_body(person, token.idx, view, actors)
            or headed_body(person, token.idx, view, actors)
            or person
        )
    if quote is None:
        return None
    return organisation_speaker(quote, view, actors)


def side_nouns() -> tuple[str, ...]:
    """Nouns of persons whose "wir" in an interview is an organisation's: spokespeople,
    heads and members ("Konzernsprecher", "der Chef", "Pastor"). In quotations only the
    spokespeople's: the dev annotation gives a union chairman's quoted "wir" to him."""
    cues = load_cues()
    return (*cues.spokesperson_nouns, *cues.member_nouns)


def headed_body(person: Entity, near: int, view: DocView, actors: ArticleActors) -> Entity | None:
    """The body a head or member speaks for in a quotation ("HSV-Präsident X", "der
    Geschäftsführer des Vereins", "der Chef" after "die Heizungsfirma Mercedöl" in the
    paragraph): a company, club or church, not a state or a body of the political sectors
    (a union's chairman, a party's or a ministry's head: the annotation gives their "wir" to
    them)."""
    cues = load_cues()
    body = spokesperson_body(person, near, view, actors, cues.member_nouns)
    if body is None:
        body = _paragraph_body(person, near, view, actors, cues.member_nouns)
    # A state's head ("der Präsident der Ukraine") speaks as a politician, not for a body.
    if body is None or body.model.type != "ORG" or body.model.sector in cues.personal_we_sectors:
        return None
    return body


def _paragraph_body(
    person: Entity, near: int, view: DocView, actors: ArticleActors, nouns: tuple[str, ...]
) -> Entity | None:
    """A bare head noun ("der Chef", "Pastor X"): the one organisation its paragraph
    names before it."""
    own = [m for m in actors.mentions if m.entity == person.id and m.kind == "description"]
    for mention in sorted(own, key=lambda m: abs(m.start - near)):
        if _speaks_for(mention.text.split()[-1], nouns) != "":
            continue
        opens = view.text.rfind("\n", 0, mention.start) + 1
        bodies = {
            other.entity
            for other in actors.mentions
            if opens <= other.start < mention.start
            and other.kind in ("name", "description")
            and _is_body(actors.entities[other.entity])
        }
        if len(bodies) == 1:
            return actors.entities[bodies.pop()]
    return None


def _speaks_for(noun: str, nouns: tuple[str, ...] | None = None) -> str | None:
    """The compound's first part of a spokesperson noun ("Konzern" of "Konzern-Sprecher",
    "Regierung" of "Regierungssprecher"), folded; "" for the bare noun; None for other
    nouns. `nouns`: other role nouns to look for (default: the spokesperson nouns)."""
    word = fold(noun)
    for noun in nouns or load_cues().spokesperson_nouns:
        if word.endswith(noun):
            first = word[: -len(noun)].rstrip("-")
            # The linking s of a compound: "Regierungs-" -> "Regierung".
            return first[:-1] if first.endswith(("ungs", "tats", "heits", "keits")) else first
    return None


def _is_body(entity: Entity) -> bool:
    return not entity.is_person and not entity.is_group and entity.model.type != "LOC"


def spokesperson_body(
    person: Entity,
    near: int,
    view: DocView,
    actors: ArticleActors,
    nouns: tuple[str, ...] | None = None,
) -> Entity | None:
    """The organisation a spokesperson speaks for, by the person's mention nearest to
    `near` that says so: the genitive after the noun, else the latest organisation before
    it whose mention ends in the compound's first part. `nouns`: other role nouns than
    the spokesperson's ("Chef", for an interviewee)."""
    own = [m for m in actors.mentions if m.entity == person.id and m.kind == "description"]
    for mention in sorted(own, key=lambda m: abs(m.start - near)):
        # A description ends with its head noun: "ein Sprecher", "der Konzern-Sprecher".
        first = _speaks_for(mention.text.split()[-1], nouns)
        if first is None:
            continue
        body = _genitive_body(mention, view, actors)
        if body is None and first:
            body = _body_named(first, mention.start, actors)
        if body is not None:
            return body
    return None


def _genitive_body(mention: Placed, view: DocView, actors: ArticleActors) -> Entity | None:
    """„ein Sprecher des Bundestages“, "die Sprecherin der Stadt": the organisation named
    in the genitive right after the description."""
    for other in actors.mentions:
        entity = actors.entities[other.entity]
        gap = other.start - mention.end
        if not (0 <= gap <= GENITIVE_GAP) or other.kind == "adjective" or not _is_body(entity):
            continue
        if view.text[mention.end : other.end].split()[:1] in (["des"], ["der"]):
            return entity
    return None


def _body_named(first: str, before: int, actors: ArticleActors) -> Entity | None:
    """The latest organisation with a name or description mention ending in `first`
    ("Konzern" -> "der Rüstungskonzern", "Polizei" -> "die Polizei")."""
    for mention in reversed(actors.before(before)):
        entity = actors.entities[mention.entity]
        if mention.kind not in ("name", "description") or not _is_body(entity):
            continue
        # Both without a final s: the genitive's ("des Vereins") and the linking s of a
        # compound's first part ("Vereinspräsident").
        if any(fold(w).rstrip("s").endswith(first.rstrip("s")) for w in mention.text.split()):
            return entity
    return None


def organisation_speaker(
    quote: tuple[int, int], view: DocView, actors: ArticleActors
) -> Entity | None:
    """The organisation that speaks a quotation: the subject right after it in its last
    sentence („…“, teilte die Polizei mit), else the subject before it in its first
    sentence or the one before (Die Polizei erklärte: „…“)."""
    first, last = view.sent_of(quote[0]), view.sent_of(quote[1] - 1)
    after = [
        m
        for m in actors.mentions
        if m.start >= quote[1] and m.place.sent == last and m.place.role == "subject"
    ]
    before = [
        m
        for m in actors.mentions
        if m.end <= quote[0]
        and first - ORGANISATION_SENTENCES <= m.place.sent <= first
        and m.place.role == "subject"
    ]
    for mention in [*after[:1], *reversed(before)]:
        entity = actors.entities[mention.entity]
        if mention.kind != "adjective" and _is_body(entity):
            return entity
        if entity.is_person:
            return None  # a person speaks: not an organisation's quotation
    return None
