"""Truecasing for lowercased corpora (MultiCoNER), so a case-aware German model can use them.

German capitalises every noun, so casing carries information the NER model
relies on. A word outside an entity gets the casing it has most often in
case-sensitive text (counts from our other corpora, sentence starts excluded);
words never seen stay lower-case. Entity words are capitalised, except name
particles ("von", "of"). The first word of a sentence is capitalised.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

import yaml

from lagebild.nlp.corpus.records import NerSentence

_CORE = re.compile(r"^(\W*)(.*?)(\W*)$")


@lru_cache(maxsize=1)
def _lists() -> dict[str, list[str]]:
    text = resources.files("lagebild.data").joinpath("nlp/truecase.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    return {key: [str(w) for w in data[key]] for key in ("name_particles", "noun_endings")}


def name_particles() -> frozenset[str]:
    return frozenset(_lists()["name_particles"])


@lru_cache(maxsize=1)
def noun_endings() -> tuple[str, ...]:
    # Longest first, so the longest matching ending decides.
    return tuple(sorted(_lists()["noun_endings"], key=len, reverse=True))


class CasingModel:
    """Most frequent casing of each lower-cased word in case-sensitive text."""

    def __init__(self) -> None:
        self.counts: dict[str, Counter[str]] = {}

    def add_tokens(self, tokens: Iterable[str]) -> None:
        first = True
        for token in tokens:
            if not first and token[:1].isalpha():
                self.counts.setdefault(token.lower(), Counter())[token] += 1
            first = token in {".", "!", "?", ":"}

    def best(self, lower: str) -> str:
        """The usual casing; unseen words are capitalised only if they end like a noun."""
        seen = self.counts.get(lower)
        if seen:
            return seen.most_common(1)[0][0]
        if len(lower) > 5 and lower.isalpha() and lower.endswith(noun_endings()):
            return _capitalise(lower)
        return lower


def _capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]


def truecase(sentence: NerSentence, casing: CasingModel) -> NerSentence:
    words = []
    for i, (word, tag) in enumerate(zip(sentence.words, sentence.tags, strict=True)):
        # Punctuation glued to a word ("ruhestand,") is kept; only the core is cased.
        match = _CORE.match(word)
        lead, core, trail = match.groups() if match else ("", word, "")
        if tag != "O" and core not in name_particles():
            cased = _capitalise(core)
        else:
            cased = casing.best(core)
        words.append(lead + (_capitalise(cased) if i == 0 else cased) + trail)
    return NerSentence(words, list(sentence.tags), sentence.spaces, sentence.source)
