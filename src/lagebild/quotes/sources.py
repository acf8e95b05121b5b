"""The source a sentence names for what follows it: the author of research or a
report ("das Ergebnis einer Recherche von „Correctiv“"), which a source adverb
("demnach") in the next sentence points back to."""

from __future__ import annotations

from collections.abc import Sequence

from lagebild.quotes.lexicon import load_lexicon
from lagebild.quotes.speakers import TokenSpan, phrase_at
from lagebild.quotes.text import Token

_GENITIVE = frozenset({"des", "der", "von", "vom"})
_MARKS = frozenset("„“”\"»«‚‘›‹'")


def named_source(tokens: Sequence[Token]) -> TokenSpan | None:
    """The source a sentence names with a cue or research noun and its genitive or
    von-phrase ("das Ergebnis einer Recherche von „Correctiv“", "Das ergaben
    Recherchen des Recherchezentrums X"): what a following "demnach" points to."""
    lex = load_lexicon()
    for i in range(len(tokens) - 2):
        word = tokens[i].text
        if word not in lex.nouns and word not in lex.words.research_nouns:
            continue
        if tokens[i + 1].text not in _GENITIVE:
            continue
        k = i + 1 if tokens[i + 1].text in ("des", "der") else i + 2
        if k < len(tokens) and tokens[k].text in _MARKS:
            return _quoted_name(tokens, k)
        if k < len(tokens):
            found = phrase_at(tokens, k)
            if found is not None:
                return found
    return None


def _quoted_name(tokens: Sequence[Token], mark: int) -> TokenSpan | None:
    """ "von „Correctiv“": the name between the marks (a tagger may read it as anything)."""
    for j in range(mark + 1, min(len(tokens), mark + 6)):
        if tokens[j].text in _MARKS:
            return (mark + 1, j) if j > mark + 1 and tokens[mark + 1].text[:1].isupper() else None
    return None
