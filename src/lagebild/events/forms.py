"""Inflected forms of the lexicon's verbs, for lemmatisers that miss them.

A weak or young lemmatiser leaves "traf", "griff" or "verboten" as they are; the
trigger finder then asks `VerbForms.lemma("traf")` -> "treffen". Forms come from
`lagebild.quotes.conjugate` (weak verbs by rule) and `data/events/strong_verbs.yaml`
(principal parts of the strong verbs). A form joined with its particle
("angegriffen", "abzulehnen") maps to the particle verb.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

import yaml

from lagebild.events.lexicon import Lexicon
from lagebild.quotes.conjugate import verb_forms


def _split(lemma: str, particles: Iterable[str]) -> tuple[str, str | None]:
    for particle in particles:
        rest = lemma[len(particle) :]
        if lemma.startswith(particle) and len(rest) >= 4:
            return rest, particle
    return lemma, None


class VerbFormIndex:
    def __init__(self, verbs: Iterable[tuple[str, str | None]], strong: dict[str, list[str]]):
        """`verbs`: (infinitive, separable particle or None) pairs."""
        self._forms: dict[str, str] = {}
        for lemma, particle in verbs:
            base = lemma[len(particle) :] if particle else lemma
            parts = strong.get(base)
            forms = verb_forms(base, tuple(parts) if parts else None, particle)  # type: ignore[arg-type]
            for form in forms.bare:
                self._forms.setdefault(form.casefold(), base)
            for form in forms.joined:
                self._forms.setdefault(form.casefold(), lemma)

    def lemma(self, form: str) -> str | None:
        return self._forms.get(form.casefold())

    @classmethod
    def load(cls) -> VerbFormIndex:
        return _packaged()


@lru_cache(maxsize=1)
def _packaged() -> VerbFormIndex:
    lexicon = Lexicon.load()
    file = resources.files("lagebild.data").joinpath("events").joinpath("strong_verbs.yaml")
    strong: dict[str, list[str]] = yaml.safe_load(file.read_text("utf-8"))
    verbs: list[tuple[str, str | None]] = [
        (e.lemma, e.particle) for e in lexicon.entries if e.pos == "VERB"
    ]
    # Verb parts of constructions ("Kritik üben", "Sanktionen verhängen", "ablehnen").
    for entry in lexicon.entries:
        for part in entry.parts:
            if part[:1].islower() and part.endswith("n") and " " not in part:
                verbs.append((part, _split(part, lexicon.particles)[1]))
    return VerbFormIndex(verbs, strong)
