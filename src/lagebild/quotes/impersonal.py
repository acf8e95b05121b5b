"""Impersonal cues that leave the source to the context ("…, hieß es in einer Mitteilung").

A cue whose only subject is an expletive "es" (`needs` in cues.yaml: *heißen*)
names no speaker. Where its sentence names no source either ("aus dem Rathaus",
"in einer Erklärung des Ministeriums" are found as speakers) and no anonymous one
("aus Koalitionskreisen", "Medienberichten": `non_speakers`), news text means the
source it is already reporting: the speaker of the speech just before, or the
subject of a sentence before that performed a speech act ("Der Verein zeigte sich
enttäuscht. Man habe …, hieß es in einer Mitteilung."). `speaker_ids` resolves it
as it resolves a quote with no attribution; the text surface stays null. Where
neither gives a speaker, the organisation the paragraph is about speaks: the one
actor its text names before the quote, if that is an organisation and no person
is named ("Die Stadtwerke erhöhen die Preise. Grund seien die Kosten, hieß es.").
"""

from __future__ import annotations

from functools import lru_cache

from lagebild.models import Actor
from lagebild.quotes.context import Found, Work
from lagebild.quotes.lexicon import load_lexicon


@lru_cache(maxsize=1)
def _impersonal_lemmas() -> frozenset[str]:
    lex = load_lexicon()
    expletive = {w.lower() for w in lex.words.expletive_pronouns}
    return frozenset(
        cue.lemma
        for table in (lex.verbs_bare, lex.verbs_joined)
        for cues in table.values()
        for cue in cues
        if cue.needs and {n.lower() for n in cue.needs} <= expletive
    )


@lru_cache(maxsize=1)
def _anonymous_ends() -> tuple[str, ...]:
    return tuple(w.lower() for w in load_lexicon().words.non_speakers)


def leaves_source_to_context(w: Work, f: Found) -> bool:
    """Is `f` cued by an impersonal verb in a sentence that names no source at all?"""
    if f.cue is None or f.speaker is not None:
        return False
    s = w.sentence_of(f.cue[0])
    hit = next((h for h in w.hits[s.index] if s.tokens[h.index].start == f.cue[0]), None)
    if hit is None or hit.noun or hit.lemma not in _impersonal_lemmas():
        return False
    # compounds too: "Koalitionskreisen", "Polizeiangaben"
    return not any(t.text.lower().endswith(_anonymous_ends()) for t in s.tokens)


def paragraph_organisation(text: str, at: int, actors: list[Actor]) -> str | None:
    """The only actor named in the paragraph before offset `at`, if it is an
    organisation and no person is named there (places do not count)."""
    start = text.rfind("\n\n", 0, at) + 1
    named: dict[str, str] = {}
    for actor in actors:
        if any(start <= m.start < at and m.kind != "adjective" for m in actor.mentions):
            named[actor.id] = actor.type
    organisations = [a for a, kind in named.items() if kind == "ORG"]
    if len(organisations) != 1 or "PER" in named.values():
        return None
    return organisations[0]
