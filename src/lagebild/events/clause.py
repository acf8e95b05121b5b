"""Clause-level views of a parsed sentence: clause heads, clause tokens, lemmas.

Everything reads spaCy's public Token API (lemma_, pos_, dep_, head, children,
morph). German news parses are imperfect, so each helper degrades gracefully:
a missing lemma falls back to the lower-cased text, a missing parse to the sentence.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from lagebild.events.config import ExtractorConfig
from lagebild.events.forms import VerbFormIndex
from lagebild.events.parse_repairs import stray_particle

_VERBAL = frozenset({"VERB", "AUX"})
# conj and dep join clauses only between verbs ("kam an und sprach"), not inside NPs.
_VERB_ONLY = frozenset({"conj", "dep"})


def opens_clause(token: Token, cfg: ExtractorConfig) -> bool:
    """Whether `token` heads a clause of its own under its head."""
    if token.dep_ not in cfg.clause_deps or token.head.i == token.i:
        return False
    return token.dep_ not in _VERB_ONLY or token.pos_ in _VERBAL


def clause_head(token: Token, cfg: ExtractorConfig) -> Token:
    """The head of the clause `token` belongs to (a verb, or the sentence root)."""
    current = token
    while current.head.i != current.i and not opens_clause(current, cfg):
        current = current.head
    return current


def clause_tokens(token: Token, cfg: ExtractorConfig) -> list[Token]:
    """The tokens of `token`'s clause, without embedded clauses, in text order."""
    head = clause_head(token, cfg)
    return sorted(_walk_clause(head, cfg), key=lambda t: t.i)


def _walk_clause(head: Token, cfg: ExtractorConfig) -> Iterator[Token]:
    yield head
    for child in head.children:
        if not opens_clause(child, cfg):
            yield from _walk_clause(child, cfg)


def governors(token: Token, cfg: ExtractorConfig) -> Iterator[Token]:
    """The clause heads above `token`'s clause, nearest first ("schlug vor" above
    "die Zusammenarbeit auszubauen")."""
    current = clause_head(token, cfg)
    while current.head.i != current.i:
        current = clause_head(current.head, cfg)
        yield current


def particle_of(token: Token, cfg: ExtractorConfig) -> str | None:
    """The separated particle of a particle verb ("schlug ... vor" -> "vor")."""
    for child in token.children:
        if child.dep_ in cfg.particle_deps:
            return child.text.casefold()
    stray = stray_particle(token, cfg)
    return stray.text.casefold() if stray else None


def is_verbal(token: Token) -> bool:
    """A verb, or a verb form the tagger took for an adjective ("töteten", "verboten")."""
    if token.pos_ in _VERBAL:
        return True
    return token.pos_ == "ADJ" and VerbFormIndex.load().lemma(token.text) is not None


def lemma_of(token: Token, particles: tuple[str, ...] = ()) -> str:
    """The lemma, with the zu-infinitive of particle verbs undone (auszubauen -> ausbauen)
    and lexicon verb forms the lemmatiser missed resolved ("traf" -> treffen)."""
    lemma = token.lemma_ or token.text
    if is_verbal(token):
        known = VerbFormIndex.load().lemma(token.text)
        if known:
            return known
        for particle in particles:
            if lemma.startswith(particle + "zu") and len(lemma) > len(particle) + 5:
                return particle + lemma[len(particle) + 2 :]
    return lemma if token.pos_ in {"NOUN", "PROPN"} else lemma.casefold()


def composed_lemma(token: Token, cfg: ExtractorConfig, particles: tuple[str, ...]) -> str:
    """The lemma with its separated particle joined (schlagen + vor -> vorschlagen)."""
    lemma = lemma_of(token, particles)
    particle = particle_of(token, cfg)
    if particle and is_verbal(token) and not lemma.startswith(particle):
        return particle + lemma
    return lemma


def case_of(token: Token) -> str | None:
    """The preposition of a PP dependent (its `case` child), lower-cased."""
    for child in token.children:
        if child.dep_ == "case" or child.tag_ in {"APPR", "APPRART", "APPO"}:
            return preposition_of(child)
    # The preposition hung elsewhere inside the phrase ("mit [seinem Amtskollegen]
    # Tokajew" with Tokajew as head): a phrase that opens with one is a PP.
    first = token.left_edge
    if first.i < token.i and first.tag_ in {"APPR", "APPRART"}:
        return preposition_of(first)
    return None


def preposition_of(token: Token) -> str:
    # APPRART contracts article and preposition ("im", "zum"); its lemma is the preposition.
    lemma = (token.lemma_ or token.text).casefold()
    return {"im": "in", "ins": "in", "am": "an", "ans": "an", "zum": "zu", "zur": "zu",
            "vom": "von", "beim": "bei"}.get(lemma, lemma)  # fmt: skip


def attached_preps(token: Token, cfg: ExtractorConfig) -> list[str]:
    """Prepositions of the PPs that depend on `token` (for `TriggerEntry.allows`)."""
    found = []
    for child in token.children:
        if child.dep_ in cfg.oblique_deps or child.dep_ in cfg.object_deps:
            prep = case_of(child)
            if prep:
                found.append(prep)
        elif child.dep_ == "case" or child.tag_ in {"APPR", "APPRART"}:
            found.append(preposition_of(child))
        elif child.tag_ == "PAV" and (prep := adverb_preposition(child.text, cfg)):
            found.append(prep)
    return found


def adverb_preposition(word: str, cfg: ExtractorConfig) -> str | None:
    """The preposition a pronominal adverb stands for ("darauf" -> auf, "dafür" -> für,
    "dagegen" -> gegen): it is the PP of a dass- or zu-clause ("pocht darauf, dass
    ...", "setzt sich dafür ein, ...")."""
    low = word.casefold()
    for prefix in cfg.adverb_prefixes:
        rest = low.removeprefix(prefix)
        if rest != low and rest in cfg.adverb_preps:
            return rest
    return None


def feats(token: Token, name: str) -> list[str]:
    """The values of one morphological feature ("Case" -> ["Nom"])."""
    value = token.morph.to_dict().get(name, "")
    return value.split(",") if value else []


def is_konjunktiv2(token: Token, cfg: ExtractorConfig) -> bool:
    # Only a finite verb has a mood: taggers give attributive adjectives Mood=Sub
    # too ("dem undurchdachten Rückzug", tagged ADJA).
    if token.tag_ and not token.tag_.endswith("FIN"):
        return False
    return "Sub" in feats(token, "Mood") and cfg.hypothetical_tense in feats(token, "Tense")


def future_auxiliaries(head: Token) -> list[str]:
    """Lemmas of auxiliaries that govern an infinitive ("wird besuchen"), not a participle."""
    if head.tag_ not in {"VVINF", "VAINF", "VMINF"} and feats(head, "VerbForm") != ["Inf"]:
        return []
    return [
        (c.lemma_ or c.text).casefold()
        for c in head.children
        if c.dep_.startswith("aux") and (c.lemma_ or c.text).casefold() == "werden"
    ]


def sentence_of(token: Token) -> SpacySpan:
    return token.sent
