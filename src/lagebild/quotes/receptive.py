"""Receptive verbs: their subject hears or reads the speech, it does not say it.

"…, erfuhren die Tagesschau-Zuschauer" closes a report like ", sagte er", but the
viewers are its audience. The speaker is the source the clause names: a
von-phrase ("hörten die Gäste vom Bürgermeister") or the first part of a
hyphenated compound subject ("Tagesschau-Zuschauer", "Spiegel-Leser"); else none.
"""

from __future__ import annotations

from lagebild.quotes.context import Sentence
from lagebild.quotes.grammar import subject_after
from lagebild.quotes.lexicon import load_lexicon
from lagebild.quotes.records import CharSpan
from lagebild.quotes.speakers import phrase_at


def is_receptive(word: str) -> bool:
    return word.lower() in load_lexicon().words.receptive_verbs


def receptive_source(s: Sentence, k: int) -> CharSpan | None:
    """The source of what the subject of the receptive verb at token `k` learnt."""
    toks = s.tokens
    for i in range(k + 1, len(toks) - 1):
        if toks[i].text in ("von", "vom"):
            return s.char_span(phrase_at(toks, i + 1))
    hearer = subject_after(toks, k, len(toks))
    if hearer is None:
        return None
    head = toks[hearer[1] - 1]
    part = head.text.rpartition("-")[0]
    if part[:1].isupper() and part.replace("-", "").isalnum():
        return head.start, head.start + len(part)
    return None
