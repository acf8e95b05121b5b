"""Derives the written forms of a German speech verb from its infinitive.

The quotes stage runs before (and without) a lemmatiser, so the cue lexicon
ships lemmas and these rules produce the forms that news text uses: third
person present and past, the subjunctive, participle and infinitives, each
with and without a separable particle. Strong verbs name their three stems.
"""

from __future__ import annotations

from dataclasses import dataclass

# Prefixes that never take "ge-" in the participle (erklärt, not "geerklärt").
_INSEPARABLE = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "über", "unter", "wider")
_VOWELS = set("aeiouäöüy")


@dataclass(frozen=True)
class VerbForms:
    """`bare` forms stand alone (the particle, if any, elsewhere in the clause);
    `joined` forms carry their particle ("einräumte", "eingeräumt")."""

    bare: frozenset[str]
    joined: frozenset[str]


def stem_of(infinitive: str) -> str:
    """sagen -> sag, erwidern -> erwider, handeln -> handel."""
    if infinitive.endswith(("ern", "eln")):
        return infinitive[:-1]
    if infinitive.endswith("en"):
        return infinitive[:-2]
    return infinitive[:-1] if infinitive.endswith("n") else infinitive


def _needs_e(stem: str) -> bool:
    """antwort-e-t, rechn-e-t: an extra e before the -t endings."""
    if stem.endswith(("t", "d")):
        return True
    if len(stem) < 3 or stem[-1] not in "mn" or stem[-2] in _VOWELS:
        return False
    # after l, r, h (warnt, filmt, wohnt) none; but after "ch" (zeichnet, rechnet)
    return stem[-2] not in "lrhmn" or stem.endswith(("chn", "chm"))


def _takes_ge(infinitive: str) -> bool:
    return not (infinitive.startswith(_INSEPARABLE) or infinitive.endswith("ieren"))


def _weak(infinitive: str) -> tuple[str, str, str]:
    stem = stem_of(infinitive)
    t = "et" if _needs_e(stem) else "t"
    participle = ("ge" if _takes_ge(infinitive) else "") + stem + t
    return stem + t, stem + t + "e", participle


def _plural_past(past: str) -> str:
    return past + ("n" if past.endswith("e") else "en")


def verb_forms(
    infinitive: str, strong: tuple[str, str, str] | None = None, particle: str | None = None
) -> VerbForms:
    """Forms of `infinitive` (the verb without its separable particle)."""
    present, past, participle = strong or _weak(infinitive)
    stem = stem_of(infinitive)
    finite = {present, past, _plural_past(past), stem + "e", infinitive}
    nonfinite = {participle, infinitive}
    # Swiss spelling has no ß ("hiess"): every form also comes with ss.
    finite |= {f.replace("ß", "ss") for f in finite}
    nonfinite |= {f.replace("ß", "ss") for f in nonfinite}
    if particle is None or " " in particle:
        return VerbForms(frozenset(finite | nonfinite), frozenset())
    joined = {particle + form for form in finite | nonfinite}
    joined.add(particle + "zu" + infinitive)
    # Bare forms still count where the particle stands apart ("deutlich gemacht").
    return VerbForms(frozenset(finite | nonfinite), frozenset(joined))
