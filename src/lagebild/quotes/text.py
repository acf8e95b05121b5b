"""Tokens and sentences of plain text, for when no spaCy Doc is at hand.

Offsets always point into the text given, so every quote keeps its evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lagebild.quotes.lexicon import load_lexicon

_TOKEN = re.compile(r"\d+(?:[.,:]\d+)*(?:-[^\W\d_]\w*)?|[^\W\d_]+(?:[-'’][\w]+)*(?:-(?=\s))?|\S")
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
    head: int | None = None  # start offset of the syntactic head (survives slicing)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    stop = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, stop)]


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


_LINE = re.compile(r"[^\n]+")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans (of text[start:end]): every line break ends one, and so
    does .!? before a new sentence."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text, start, len(text) if end is None else end):
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


def refine_sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans from elsewhere (a spaCy Doc), made safe for quote finding:
    cut at line breaks (a line ends a block, no sentence runs across blocks) and
    at our own boundaries, and an opening quotation mark left at a sentence's end
    moved to the sentence it opens ("… sagte er. „" | "Heute …")."""
    result: list[tuple[int, int]] = []
    for start, end in _merge_continuations(text, spans):
        result += split_sentences(text, start, end)
    return _move_opening_marks(text, result)


def _merge_continuations(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Joins a span that goes on with the one before ("„Wer zahlt?" | "“, fragte
    er."): it opens with a closing mark, a comma or a lower-case word, or the one
    before has no sentence end ("… als «" | "Nazi-Schwein» beschimpft"), on the
    same line."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        head = text[start : start + 1]
        goes_on = head in _CLOSING_MARKS or head == "," or head.islower()
        if merged and not goes_on:
            before = text[merged[-1][0] : merged[-1][1]].rstrip()
            opened = before[-1:] in _OPENING_MARKS and before[-2:-1] in ("", " ", ":")
            goes_on = opened or not before.rstrip("".join(_CLOSING_MARKS)).endswith(_SENTENCE_ENDS)
        if merged and goes_on and "\n" not in text[merged[-1][1] : start]:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _move_opening_marks(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    fixed = list(spans)
    for i in range(len(fixed) - 1):
        start, end = fixed[i]
        if end - start > 1 and text[end - 1] in _OPENING_MARKS and text[end - 2].isspace():
            trimmed = _trimmed(text, start, end - 1)
            if trimmed is not None:
                fixed[i] = trimmed
                fixed[i + 1] = (end - 1, fixed[i + 1][1])
    return fixed


_SENTENCE_ENDS = (".", "!", "?", "…", ":", ";")
_OPENING_MARKS = frozenset('„»«"“‚')
_CLOSING_MARKS = frozenset('“”«»"‘')
