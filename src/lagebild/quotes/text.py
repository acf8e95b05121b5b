"""Tokens and sentences of plain text, for when no spaCy Doc is at hand.

Offsets always point into the text given, so every quote keeps its evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lagebild.quotes.lexicon import load_lexicon

_TOKEN = re.compile(
    r"\d+(?:[.,:]\d+)*(?:-[^\W\d_]\w*)?|[^\W\d_]+(?:[-'’][\w]+)*(?:-(?=\s))?|\S"
)
# A sentence may end at .!?… (with closing quotes or brackets after it) when the
# next text starts like a sentence: capital letter, digit or an opening mark.
_BOUNDARY = re.compile(r"[.!?…]+[\"“”»«’‘)\]]*(?=\s+[A-ZÄÖÜ\d„\"»«‚(\[])")
_WORD_BEFORE = re.compile(r"([\w]+)\.*$")


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark; the optional fields come from a tagger."""

    start: int
    end: int
    text: str
    lemma: str | None = None
    pos: str | None = None
    mood: str | None = None  # "Sub" for the subjunctive, from spaCy morphology
    dep: str | None = None
    head: int | None = None  # index of the syntactic head in the same token list


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    stop = len(text) if end is None else end
    return [
        Token(m.start(), m.end(), m.group())
        for m in _TOKEN.finditer(text, start, stop)
    ]


def _is_boundary(text: str, line_start: int, dot: int) -> bool:
    """False after an abbreviation, an initial or an ordinal ("am 9. November")."""
    if text[dot] != ".":
        return True
    match = _WORD_BEFORE.search(text, line_start, dot + 1)
    if match is None:
        return True
    word = match.group(1)
    if word in load_lexicon().words.abbreviations:
        return False
    if word.isdigit() and len(word) <= 2:
        return False
    return not (len(word) == 1 and word.isupper())


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: every line break ends one, and so does .!? before a new sentence."""
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for match in _BOUNDARY.finditer(text, line.start(), line.end()):
            if not _is_boundary(text, line.start(), match.start()):
                continue
            span = _trimmed(text, start, match.end())
            if span:
                spans.append(span)
            start = match.end()
        span = _trimmed(text, start, line.end())
        if span:
            spans.append(span)
    return spans


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Blocks separated by blank lines."""
    spans = []
    for match in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text):
        spans.append((match.start(), match.end()))
    return spans
