"""Name normalisation that survives transliteration, diacritics and German inflection.

Two levels:
- `fold`: lower case, diacritics stripped (Erdoğan -> erdogan), ß -> ss, dashes unified.
- `name_key`: `fold` plus a phonetic key per word that merges the spellings German, English
  and other romanisations give the same Cyrillic, Arabic or Turkic name: w/v, j/y/i, sch/sh/zh,
  tsch/ch, kh/ch, z/s, ts/s, doubled letters (Selenskyj = Zelenskyy, Tokajew = Tokayev = Tokaev,
  Lawrow = Lavrov, Chamenei = Khamenei).
Residual differences (Gorbatschow/Gorbachev, Jomart/Schomart) are left to the fuzzy score
(`similarity`), whose thresholds are measured in docs/actors.md.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

# Letters NFKD does not decompose into a base letter plus a combining mark.
_SPECIAL = str.maketrans(
    {"ß": "ss", "ẞ": "ss", "æ": "ae", "ø": "o", "œ": "oe", "ł": "l", "đ": "d", "ı": "i",
     "þ": "th", "ð": "d", "‐": "-", "‑": "-", "–": "-", "—": "-", "’": "'", "`": "'",
     "ʼ": "'", "ʻ": "'", "´": "'"}
)

# Ordered: longer German clusters first, so "tsch" is not read as "t" + "sch".
_CLUSTERS: tuple[tuple[str, str], ...] = (
    ("tsch", "ch"),
    ("dsch", "j"),
    ("dzh", "j"),
    ("sch", "sh"),
    ("zh", "sh"),
    ("kh", "ch"),
    ("ck", "k"),
    ("ph", "f"),
    ("tz", "s"),
    ("ts", "s"),
    ("x", "ks"),
    ("w", "v"),
    ("z", "s"),
    ("j", "i"),
    ("y", "i"),
)
_VOWEL_I_VOWEL = re.compile(r"(?<=[aeou])i(?=[aeou])")
_DOUBLE = re.compile(r"(.)\1+")
_WORD = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """Lower-case, strip diacritics, unify dashes and spaces."""
    text = unicodedata.normalize("NFKC", text).translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text.lower())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.translate(_SPECIAL).split())


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """Phonetic key of one folded word."""
    key = word
    for source, target in _CLUSTERS:
        key = key.replace(source, target)
    # A j/y between vowels is a glide the other spellings drop (Tokajew/Tokaev).
    key = _VOWEL_I_VOWEL.sub("", key)
    return _DOUBLE.sub(r"\1", key)


def words(text: str) -> list[str]:
    """Folded words; hyphens, dots and apostrophes separate words."""
    return _WORD.findall(fold(text))


def name_key(text: str) -> str:
    """The phonetic key of a whole name: word keys joined by spaces."""
    return " ".join(word_key(w) for w in words(text))


def genitive_stems(text: str) -> list[str]:
    """The surface itself and, for a German genitive, the name without its ending.

    Putins -> Putin, Selenskyjs -> Selenskyj, Alexis' -> Alexis. Only the last word is
    inflected in German ("Wladimir Putins"), so only it is stripped.
    """
    text = text.strip()
    out = [text]
    if text.endswith("'") and len(text) > 2:
        out.append(text[:-1])
    elif text.endswith("s") and len(text) > 3 and not text.endswith(("ss", "'s")):
        out.append(text[:-1])
    elif text.endswith("'s"):
        out.append(text[:-2])
    return out


def similarity(a: str, b: str) -> float:
    """Similarity of two names in [0, 1], on their phonetic keys."""
    return fuzz.ratio(name_key(a), name_key(b)) / 100.0


def key_similarity(key_a: str, key_b: str) -> float:
    """Similarity of two precomputed keys in [0, 1]."""
    return fuzz.ratio(key_a, key_b) / 100.0


def surname_keys(name: str) -> list[str]:
    """Keys a person is referred to by alone: the last word, and particle + last word.

    "Ursula von der Leyen" -> ["leien", "von der leien"]; "Kassym-Jomart Tokajew" -> ["tokaev"].
    """
    parts = [word_key(w) for w in words(name)]
    if len(parts) < 2:
        return []
    keys = [parts[-1]]
    particles = {"von", "van", "der", "de", "al", "el", "bin", "da", "di", "le", "la", "du"}
    i = len(parts) - 1
    while i > 1 and parts[i - 1] in particles:
        i -= 1
    if i < len(parts) - 1:
        keys.append(" ".join(parts[i:]))
    return keys


def short_form_keys(name: str) -> list[str]:
    """First + last word for names with middle names ("Wladimir Wladimirowitsch Putin")."""
    parts = [word_key(w) for w in words(name)]
    if len(parts) < 3:
        return []
    return [f"{parts[0]} {parts[-1]}"]


def slug(text: str) -> str:
    """A stable ASCII id fragment: "Wladimir Putin" -> "wladimir-putin"."""
    return "-".join(words(text))
