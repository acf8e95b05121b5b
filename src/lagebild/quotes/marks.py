"""Pairs quotation marks into top-level quoted spans, in every German style.

„…“ (also „…”), »…«, «…», "…" and English “…”, with ‚…‘ and ›…‹ nested inside;
mixed marks as typed close too ("…“, «…"), right after a word.
A quote may run over several paragraphs: by convention a paragraph that ends
inside a quote leaves it open, and the next paragraph opens with a quote mark
again. An opening mark that is never closed is dropped, unless it opened its
paragraph (then the quote runs to the paragraph end: a scrape lost the mark).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CLOSERS: dict[str, str] = {
    "„": "“”",
    "“": "”",
    "»": "«",
    "«": "»",
    '"': '"',
    "‚": "‘’",
    "›": "‹",
}
_NESTED_ONLY = frozenset("‚›")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


@dataclass(frozen=True)
class QuotedSpan:
    start: int  # at the opening mark
    end: int  # after the closing mark
    opener: str
    closed: bool = True


def _opens_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([–-/:") and not after.isspace()


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.stack: list[tuple[int, str]] = []  # (position, opener)
        self.spans: list[QuotedSpan] = []
        self.paragraph_start = 0

    def close(self, i: int) -> None:
        start, opener = self.stack.pop()
        if not self.stack:
            self.spans.append(QuotedSpan(start, i + 1, opener))

    def open(self, i: int, char: str) -> None:
        if char in _NESTED_ONLY and not self.stack:
            return
        if char == '"' and not _opens_straight(self.text, i):
            return
        self.stack.append((i, char))

    def paragraph_break(self, match: re.Match[str]) -> int:
        """At a blank line inside a quote: continue, cut or drop; returns where to go on."""
        nxt = match.end()
        if self.stack and nxt < len(self.text) and self.text[nxt] == self.stack[0][1]:
            del self.stack[1:]  # nested marks do not survive a paragraph
            return nxt + 1
        if self.stack:
            start, opener = self.stack[0]
            if start == self.paragraph_start:
                self.spans.append(QuotedSpan(start, match.start(), opener, closed=False))
            self.stack.clear()
        self.paragraph_start = nxt
        return nxt

    def _mixed_close(self, i: int, char: str) -> bool:
        """ "Mit diesem Strom betreiben wir den Schredder“: mixed marks as typed, a
        straight opening mark closed by a German one, or the other way round,
        right after a word or punctuation."""
        if i == 0 or self.text[i - 1].isspace():
            return False
        opener = self.stack[-1][1]
        if opener == '"':
            return char in "“”"
        # "in «anthropisierten Nischen" ganz": a guillemet or low mark closed by a
        # straight one, where no word follows it directly
        after = self.text[i + 1 : i + 2]
        return char == '"' and opener in "„«»" and not after.isalnum()

    def scan(self) -> list[QuotedSpan]:
        text, i = self.text, 0
        while i < len(text):
            char = text[i]
            if char == "\n":
                brk = _PARAGRAPH_BREAK.match(text, i)
                if brk:
                    i = self.paragraph_break(brk)
                    continue
            if self.stack and (char in _CLOSERS[self.stack[-1][1]] or self._mixed_close(i, char)):
                self.close(i)
            elif char in _CLOSERS:
                self.open(i, char)
            i += 1
        if self.stack and self.stack[0][0] == self.paragraph_start:
            start, opener = self.stack[0]
            self.spans.append(QuotedSpan(start, len(text.rstrip()), opener, closed=False))
        return self.spans


def quoted_spans(text: str) -> list[QuotedSpan]:
    """Top-level quoted spans, marks included, in text order."""
    return _Scanner(text).scan()
