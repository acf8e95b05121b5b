"""German inflection rules for country names, adjectives and demonyms.

The reviewed data files hold base forms only; these rules derive the forms that occur in
running text, so "kasachisch" also finds "seinem kasachischen Amtskollegen" and
"Russland" also finds "Russlands Staatspräsident".
"""

from __future__ import annotations

ADJECTIVE_ENDINGS = ("", "e", "en", "er", "es", "em")
_SIBILANT_ENDINGS = ("s", "ß", "x", "z")


def adjective_forms(stem: str) -> list[str]:
    """All strong/weak/mixed endings of a relational adjective: russisch -> russische, ..."""
    return [stem + ending for ending in ADJECTIVE_ENDINGS]


def country_genitives(name: str, article: str) -> list[str]:
    """Genitive forms of a country name.

    Neuter names without article and masculine names take -s (Russlands, des Irans), unless
    they end in a sibilant (Belarus, Laos); feminine and plural names do not change
    (der Ukraine, der USA); plural names in -e add the dative -n (den Niederlanden).
    """
    # Multi-word names ("Russische Föderation") inflect their adjective too; leave them.
    if article == "pl" and name.endswith("e") and " " not in name:
        # Plural names take -n in the dative ("in den Niederlanden").
        return [name + "n"]
    if article in ("die", "pl") or name.endswith(_SIBILANT_ENDINGS) or " " in name:
        return []
    return [name + "s"]


def demonym_forms(singular: str, feminine: bool = False) -> list[str]:
    """Inflected forms of a demonym given in the masculine or feminine singular.

    A leading "~" marks an adjectival noun (Deutscher / Deutsche), which inflects like an
    adjective. Masculine nouns in -e are weak (Russe -> Russen); those in -er and others take
    -n only in the dative plural (Ukrainer -> Ukrainern); feminines in -in take -nen.
    """
    if not singular:
        return []
    if singular.startswith("~"):
        base = singular[1:]
        stem = base[:-2] if base.endswith("er") else base[:-1] if base.endswith("e") else base
        return [stem + ending for ending in ("e", "en", "er", "em")]
    if feminine:
        return [singular, singular + "nen"] if singular.endswith("in") else [singular]
    if singular.endswith("e"):
        return [singular, singular + "n"]
    if singular.endswith(("er", "el")):
        return [singular, singular + "n", singular + "s"]
    if singular.endswith("i"):
        return [singular, singular + "s"]
    return [singular, singular + "en", singular + "s"]
