"""The pipeline stage: quotes of `article.text`, using the spaCy Doc if present."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from lagebild.quotes.detect import find_quotes
from lagebild.quotes.records import CharSpan
from lagebild.quotes.speaker_ids import speaker_sources
from lagebild.quotes.text import Token

if TYPE_CHECKING:
    from lagebild.pipeline import AnalysisState

_HEADLINE_BLOCKS = frozenset({"title", "kicker", "heading"})


# Quotation marks and dashes a tokenizer may leave glued to a word ('ill"—'):
# the quote rules need them as tokens of their own.
_GLUED = re.compile(r"[„“”‚‘’»«\"—–]")


def doc_tokens(doc: Any) -> list[Token]:
    """Our tokens from a spaCy Doc, keeping lemma, POS, dependency and the subjunctive."""
    tokens = []
    for t in doc:
        if t.is_space:
            continue
        mood = "Sub" if "Sub" in t.morph.get("Mood") else None
        parsed = bool(t.dep_)
        token = Token(
            t.idx,
            t.idx + len(t.text),
            t.text,
            t.lemma_ or None,
            t.pos_ or None,
            mood,
            t.dep_ if parsed else None,
            t.head.idx if parsed else None,
        )
        tokens += _unglued(token)
    return tokens


def _unglued(token: Token) -> list[Token]:
    """`token`, or its pieces where marks are glued to it; the word keeps the
    tagger's analysis, the marks get none."""
    if len(token.text) < 2 or not _GLUED.search(token.text):
        return [token]
    pieces: list[Token] = []
    at = 0
    for mark in _GLUED.finditer(token.text):
        if mark.start() > at:
            pieces.append(_piece(token, at, mark.start()))
        pieces.append(Token(token.start + mark.start(), token.start + mark.end(), mark.group()))
        at = mark.end()
    if at < len(token.text):
        pieces.append(_piece(token, at, len(token.text)))
    return pieces


def _piece(token: Token, a: int, b: int) -> Token:
    return replace(token, start=token.start + a, end=token.start + b, text=token.text[a:b])


def doc_sentences(doc: Any) -> list[CharSpan] | None:
    if not doc.has_annotation("SENT_START"):
        return None
    return [(s.start_char, s.end_char) for s in doc.sents]


class QuotesStage:
    """Sets `article.quotes`, speakers linked through the actors stage's mentions
    when it ran before; the full matches go to `state.extras["quote_matches"]`, the
    source of each speaker id (`speaker_ids.SOURCES`) to "quote_speaker_sources"."""

    name = "quotes"

    def run(self, state: AnalysisState) -> None:
        article = state.require_article
        headlines = [(b.start, b.end) for b in article.blocks if b.kind in _HEADLINE_BLOCKS]
        doc = state.doc
        if doc is not None and doc.text == article.text:
            matches = find_quotes(
                article.text, doc_sentences(doc), tokens=doc_tokens(doc), headlines=headlines
            )
        else:
            matches = find_quotes(article.text, headlines=headlines)
        resolved = speaker_sources(matches, article.actors, article.text)
        article.quotes = [quote for quote, _ in resolved]
        state.extras["quote_matches"] = matches
        # where each speaker id came from, for the page evaluator's figures
        state.extras["quote_speaker_sources"] = {
            (q.start, q.end, q.kind): source for q, source in resolved
        }
