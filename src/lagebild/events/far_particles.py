"""Separated particles the parser did not hang on their verb.

In a German main clause the finite verb stands second and its separable particle
closes the clause (the right sentence bracket): "Die Geldpolitik der EZB griff
Schleweis erneut an", "Der Minister wies die Vorwürfe entschieden zurück". A parser
that misreads a word in between ("entschieden" as a finite verb) or the verb itself
("griff" as an adjective) leaves the particle to another word or to itself, and the
particle verb (angreifen, zurückweisen) is lost. `far_particle` finds it again: the
last particle (STTS PTKVZ) before the clause ends (punctuation, a subordinating
conjunction, a relative or interrogative pronoun), or the clause's last word when it
is a particle the tagger read as adjective or adverb ("ließ die Gefangenen frei"),
when the verb has none of its own and the particle does not already belong to a
finite verb that forms a known particle verb with it.
"""

from __future__ import annotations

from spacy.tokens import Token

from lagebild.events.config import ExtractorConfig
from lagebild.events.forms import VerbFormIndex
from lagebild.events.lexicon import Lexicon

# Tags that end the middle field of a main clause: punctuation, subordinating
# conjunctions, relative and interrogative words (a subordinate clause begins).
_CLAUSE_END = frozenset({"$,", "$.", "$(", "KOUS", "KOUI", "PRELS", "PRELAT", "PWAV", "PWS"})
# A finite form in second position leaves its particle behind; so does a form the
# tagger took for something else ("griff" as ADJA).
_FINITE = frozenset({"VVFIN", "VVIMP"})
# Tags a parser gives a clause-final particle that is also an adjective or adverb.
_PARTICLE_LOOKALIKES = frozenset({"ADJD", "ADV"})


def finite_form(token: Token) -> str | None:
    """The infinitive of a finite verb form (also mis-tagged ones), else None:
    participles and infinitives keep their particle fused ("angegriffen")."""
    if token.tag_ in {"VVPP", "VVINF", "VVIZU", "VAPP", "VMPP"} or not token.text[:1].islower():
        return None
    known = VerbFormIndex.load().lemma(token.text)
    if known is not None or token.tag_ not in _FINITE:
        return known
    return (token.lemma_ or token.text).casefold()


def far_particle(token: Token, base: str, lexicon: Lexicon, cfg: ExtractorConfig) -> Token | None:
    """The separated particle of `token` (a finite verb form with infinitive `base`)
    that the parser attached elsewhere, when base + particle is a lexicon verb."""
    if any(c.dep_ in cfg.particle_deps for c in token.children):
        return None
    found = last = None
    for word in token.doc[token.i + 1 : token.sent.end]:
        if word.tag_ in _CLAUSE_END:
            break
        last = word
        if word.tag_ == "PTKVZ":
            found = word
    # A particle that is also an adjective or adverb is often tagged as one when it
    # closes the clause ("ließ die Gefangenen frei", "nahm ihn fest").
    if found is None and last is not None and last.tag_ in _PARTICLE_LOOKALIKES:
        found = last if last.text.casefold() in lexicon.particles else None
    if found is None or (found.head.i == token.i and found.tag_ == "PTKVZ"):
        return None
    owner = found.head
    own = owner.i in {found.i, token.i}
    if not own and owner.tag_ in _FINITE and _joins(owner, found, lexicon):
        return None
    return found if lexicon.lookup(base, particle=found.text, pos="VERB") else None


def _joins(verb: Token, particle: Token, lexicon: Lexicon) -> bool:
    base = (verb.lemma_ or verb.text).casefold()
    return bool(lexicon.lookup(base, particle=particle.text, pos="VERB"))
