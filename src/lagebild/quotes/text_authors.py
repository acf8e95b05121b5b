"""A text named as the speaker ("…, fasst der Bericht zusammen", "so die Studie")
speaks for its author, named where the text was introduced earlier ("Der
OECD-Bericht erfasst …", "ein Bericht von Amnesty International").

Only a definite or demonstrative phrase of a document noun alone points back ("der
Bericht", "dieser Studie"); the nearest earlier mention of the same kind of text
that names an author gives the speaker: its genitive or von-phrase, or the name
before the hyphen of a compound ("OECD-Gesundheitsbericht"). Where none is found
the span stays as it is (the actors stage may know the text itself).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from lagebild.quotes.context import Found, Sentence, Work
from lagebild.quotes.lexicon import load_lexicon
from lagebild.quotes.sources import author_at, is_document
from lagebild.quotes.speakers import TokenSpan
from lagebild.quotes.text import Token

_POINTING = frozenset(
    {"der", "die", "das", "dem", "den", "des", "dieser", "diese", "dieses", "diesem", "diesen"}
)
_REACH = 12  # sentences looked back through for the text's introduction
_KIND = 6  # "Bericht", "Berichts", "Gesundheitsbericht": one kind of text


@lru_cache(maxsize=1)
def _documents() -> tuple[str, ...]:
    return tuple(sorted((d.lower() for d in load_lexicon().words.document_nouns), key=len)[::-1])


def _kind(word: str) -> str | None:
    """The kind of text a document noun names (compounds by their last part)."""
    low = word.lower().rpartition("-")[2]
    for d in _documents():
        if low.endswith(d) and is_document(word):
            return d[:_KIND]
    return None


def _hyphen_author(tokens: Sequence[Token], n: int) -> tuple[int, int] | None:
    """ "OECD-Bericht", "UN-Papier": the capitalised name before the hyphen, in characters."""
    token = tokens[n]
    prefix, dash, _ = token.text.partition("-")
    if not dash or len(prefix) < 2 or not prefix[:1].isupper() or _kind(prefix):
        return None
    return (token.start, token.start + len(prefix))


def _introduction(s: Sentence, before: int, kind: str) -> tuple[int, int] | None:
    """The author of the last text of `kind` named in `s` before token `before`."""
    for n in reversed(range(before)):
        if _kind(s.tokens[n].text) != kind:
            continue
        author: TokenSpan | None = author_at(s.tokens, n)
        if author is not None:
            return s.char_span(author)
        hyphen = _hyphen_author(s.tokens, n)
        if hyphen is not None:
            return hyphen
    return None


def _pointing_text(s: Sentence, span: tuple[int, int]) -> tuple[int, str] | None:
    """ "der Bericht": the index of its first token and its kind of text, if the
    speaker span is a definite document phrase alone."""
    i, j = s.token_at(span[0]), s.token_at(span[1])
    if j - i != 2 or s.tokens[i].text.lower() not in _POINTING:
        return None
    kind = _kind(s.tokens[i + 1].text)
    return (i, kind) if kind else None


def text_authors(w: Work) -> None:
    """Speakers that are a text named before become the author named with it."""
    for f in w.quotes + w.indirect:
        if f.speaker is not None:
            _resolve(w, f, f.speaker)


def _resolve(w: Work, f: Found, span: tuple[int, int]) -> None:
    s = w.sentence_of(span[0])
    pointing = _pointing_text(s, span)
    if pointing is None:
        return
    first, kind = pointing
    for k in range(s.index, max(-1, s.index - _REACH), -1):
        sentence = w.sentences[k]
        author = _introduction(sentence, first if k == s.index else len(sentence.tokens), kind)
        if author is not None:
            f.speaker = author
            return
