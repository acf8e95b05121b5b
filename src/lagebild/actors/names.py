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
    {
        "ß": "ss",
        "ẞ": "ss",
        "æ": "ae",
        "ø": "o",
        "œ": "oe",
        "ł": "l",
        "đ": "d",
        "ı": "i",
        "þ": "th",
        "ð": "d",
        "‐": "-",
        "‑": "-",
        "–": "-",
        "—": "-",
        "’": "'",
        "`": "'",
        "ʼ": "'",
        "ʻ": "'",
        "´": "'",
    }
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
_OV_ENDING = re.compile(r"ov(a?)$")
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|as|ad|ash|ar|an|at|az|ul)-(?=.)")
_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Lower-case, strip diacritics, unify dashes and spaces (cached: the linking rules fold
    the same words of an article many times)."""
    if text.isascii() and "`" not in text:
        # Most names in the KB are plain ASCII; skip the Unicode normalisation (load time).
        return " ".join(text.lower().split())
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
    # Russian -ёв is -ow in German and -ev in English (Gorbatschow / Gorbachev).
    key = _OV_ENDING.sub(r"ev\1", key)
    return _DOUBLE.sub(r"\1", key)


@lru_cache(maxsize=131072)
def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(text)))


def words(text: str) -> list[str]:
    """Folded words; hyphens, dots and apostrophes separate words."""
    return list(_words(text))


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
    if text.endswith("'s"):
        out.append(text[:-2])
    elif (text.endswith("'") and len(text) > 2) or (
        text.endswith("s") and len(text) > 3 and not text.endswith("ss")
    ):
        out.append(text[:-1])
    return out


def unit_keys(text: str) -> tuple[str, ...]:
    """Keys of the space-separated parts of a name; a hyphenated part is one unit.

    "Kassym-Jomart Tokajew" -> ("kasimiomart", "tokaev"), so it compares word by word with
    "Kasymzhomart Tokayev"; "Xi Jin-ping" -> ("ksi", "inping").
    """
    out = []
    for part in fold(text).split():
        # The Arabic article varies (al-Sisi, el-Sisi, as-Sisi) or is dropped (Gadhafi).
        part = _ARABIC_ARTICLE.sub("", part)
        joined = "".join(_WORD.findall(part))
        if joined:
            out.append(word_key(joined))
    return tuple(out)


def similarity(a: str, b: str) -> float:
    """Similarity of two names in [0, 1]; see `word_similarity` for the rules."""
    return word_similarity(unit_keys(a), unit_keys(b))


def key_similarity(key_a: str, key_b: str) -> float:
    """Plain similarity of two keys in [0, 1] (rapidfuzz ratio)."""
    return fuzz.ratio(key_a, key_b) / 100.0


# Cap for pairs that a rule says are different people although their letters are close.
_DIFFERENT = 0.8
_GENERATION = frozenset({"ir", "sr", "ii", "iii", "iv"})
_FEMININE_ENDINGS = ("a", "aia", "ova", "eva", "ina")


def word_similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Similarity of two names given as word keys, tuned on data/actors/name_pairs.csv.

    - One word each: the ratio of the keys, but a Slavic feminine form of the other name is a
      different person (Kadyrow / Kadyrowa, Nawalny / Nawalnaja).
    - Several words: the lower of the whole-name ratio (spaces removed) and the surname ratio,
      so a shared first name cannot carry a different surname (Olaf Scholz / Olaf Schulz);
      different first names (Joe / Jill Biden), initials (George / George W. Bush) or
      generations (Jr.) mean different people.
    """
    if not a or not b:
        return 0.0
    if len(a) == 1 and len(b) == 1:
        x, y = a[0], b[0]
        shorter, longer = sorted((x, y), key=len)
        if (
            longer != shorter
            and longer.startswith(shorter[:-1])
            and longer.endswith(_FEMININE_ENDINGS)
            and not shorter.endswith(_FEMININE_ENDINGS)
        ):
            return min(key_similarity(x, y), _DIFFERENT)
        return key_similarity(x, y)
    whole = key_similarity("".join(a), "".join(b))
    # Word by word only when both split alike (Kim Jong Un / Kim Jong-un split differently).
    score = min(whole, key_similarity(a[-1], b[-1])) if len(a) == len(b) else whole
    if len(a) > 1 and len(b) > 1 and key_similarity(a[0], b[0]) < 0.6:
        score = min(score, _DIFFERENT)
    initials_a = {w for w in a if len(w) == 1} | (set(a) & _GENERATION)
    initials_b = {w for w in b if len(w) == 1} | (set(b) & _GENERATION)
    if initials_a != initials_b:
        score = min(score, _DIFFERENT)
    return score


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
