"""The type of a name the KB does not know, as the text gives it.

The NER's label decides a new actor's type, and it often calls a surname a place
("Tobisch", "Berning") or a company a place ("Duesenfeld GmbH"). German marks the type
beside the name: a title or a person noun in close apposition ("Frau Schön",
"Burgschauspielerin Lotte Tobisch"), a verb of saying with the name as its subject
("sagt Berning"), a legal form ("Duesenfeld GmbH"). One sense per article: the type the
text gives one mention holds for every spot of that name (a person's surname alone too).
A weekday with a part of the day ("Samstagfrüh") is a time, never an actor (the words
are the timex lexicon's). Other words: `data/actors/name_types.yaml`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from lagebild.actors.docview import DocView
from lagebild.actors.legalforms import NAME_TYPES_FILE, legal_forms, without_legal_form
from lagebild.actors.reviewed import read_yaml
from lagebild.actors.spotter import Spot
from lagebild.errors import ConfigError
from lagebild.timex.lexicon import load_lexicon as load_timex_lexicon

# Only short names are retyped: a long span is more likely a cut organisation name.
MAX_WORDS = 3
# Articles of a singular person's apposition: "der Trainer", "die Sprecherin".
_ARTICLES = frozenset({"der", "die"})
_NAME_WORD = re.compile(r"[A-ZÄÖÜ][\w'’-]*\.?")


@dataclass(frozen=True, slots=True)
class NameTypeWords:
    legal_forms: frozenset[str]
    person_verbs: frozenset[str]
    time_word: re.Pattern[str]


@lru_cache(maxsize=1)
def load_name_type_words() -> NameTypeWords:
    data = read_yaml(NAME_TYPES_FILE)
    # the timex stage's words: "Samstagfrüh", "Freitagabends" (parts of the day in lower case)
    timex = load_timex_lexicon()
    days = "|".join(
        re.escape(w.capitalize()) for w in sorted(timex.weekdays, key=len, reverse=True)
    )
    parts = "|".join(re.escape(w) for w in sorted(timex.day_parts, key=len, reverse=True))
    try:
        return NameTypeWords(
            legal_forms(),
            frozenset(data["person_verbs"]),
            re.compile(rf"(?:{days})(?:{parts})?s?"),
        )
    except (KeyError, TypeError) as exc:
        raise ConfigError("E402", path=NAME_TYPES_FILE, detail=repr(exc)) from exc


def typed_spots(
    spots: list[Spot],
    view: DocView,
    person_noun: Callable[[str], bool],
    known: Callable[[str], bool],
) -> list[Spot]:
    """Spots without times, relabelled where the text types an unknown name."""
    words = load_name_type_words()
    out = [s for s in spots if not words.time_word.fullmatch(s.text)]
    typed: dict[str, str] = {}
    for spot in out:
        if known(spot.text) or not _name_like(spot.text):
            continue
        label = _cue(spot, view, person_noun, words)
        if label is not None and typed.setdefault(_base(spot.text), label) != label:
            typed[_base(spot.text)] = "?"  # the text says both: leave the NER's labels
    if not typed:
        return out
    surnames = {k.split()[-1]: v for k, v in typed.items() if v == "PER" and " " in k}
    result = []
    for spot in out:
        base = _base(spot.text)
        label = typed.get(base) or surnames.get(base)
        if label in ("PER", "ORG") and label != spot.label and not known(spot.text):
            spot = Spot(spot.start, spot.end, spot.text, label, spot.source, spot.before_noun)
        result.append(spot)
    return result


def _name_like(text: str) -> bool:
    parts = text.split()
    return 1 <= len(parts) <= MAX_WORDS and all(_NAME_WORD.fullmatch(p) for p in parts)


def _base(text: str) -> str:
    """The name without a legal form at its end: "Duesenfeld GmbH" -> "Duesenfeld"."""
    return without_legal_form(" ".join(text.split()))


def _cue(
    spot: Spot, view: DocView, person_noun: Callable[[str], bool], words: NameTypeWords
) -> str | None:
    first = view.token_at(spot.start)
    last = view.token_at(max(spot.start, spot.end - 1))
    if first is None or last is None:
        return None
    doc = view.doc
    before = doc[first.i - 1] if first.i > 0 else None
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if spot.text.split()[-1] in words.legal_forms or (
        after is not None and after.text in words.legal_forms
    ):
        return "ORG"
    if before is not None and _person_before(before, view, person_noun):
        return "PER"
    if _person_after(last, person_noun):
        return "PER"
    said = (before is not None and before.text in words.person_verbs and first.i > 1) or (
        after is not None and after.text in words.person_verbs and _opens_clause(first)
    )
    return "PER" if said else None


def _person_before(token: Token, view: DocView, person_noun: Callable[[str], bool]) -> bool:
    """A title ("Frau", "Herrn") or a person noun in close apposition, capitalised and
    right before the name ("Burgschauspielerin Lotte Tobisch")."""
    text = token.text
    if text in view.rules.gender_titles:
        return True
    return text[:1].isupper() and token.pos_ in ("NOUN", "PROPN") and person_noun(text)


def _person_after(last: Token, person_noun: Callable[[str], bool]) -> bool:
    """„Madelaine X, die Sprecherin einer Gruppe“: an apposition after the name, a definite
    article and a person noun (an adjective may stand between)."""
    doc = last.doc
    i = last.i + 1
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in _ARTICLES:
        return False
    for noun in doc[i + 2 : i + 4]:
        if noun.text[:1].isupper():
            return person_noun(noun.text)
    return False


def _opens_clause(token: Token) -> bool:
    """„Berning sagte“: the name is the subject only where it opens the clause (not the
    object of a preposition, "mit Berning sagte")."""
    if token.is_sent_start or token.i == 0:
        return True
    prev = token.doc[token.i - 1]
    return prev.is_punct
