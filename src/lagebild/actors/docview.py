"""What the linker asks of a spaCy Doc: tokens at character offsets, sentence numbers, and
whether a mention acts (subject or agent). Only the public Doc API is used, so any German
pipeline works, and a Doc without a parser (sentences from punctuation) too."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from lagebild.actors.rules import LinkRules

_SENT_END = re.compile(r"[.!?]\s+|\n\s*\n")


@dataclass(frozen=True, slots=True)
class Place:
    """Where a mention sits: its head token, sentence and grammatical role."""

    token: int
    sent: int
    # "subject", "agent", "object", "partner" (after "mit", "gegen": a party to an act,
    # „eine Einigung mit Brüssel“) or "other"
    role: str


class DocView:
    def __init__(self, doc: Doc, rules: LinkRules) -> None:
        self.doc = doc
        # Doc.text is rebuilt from the tokens on every access: read it once.
        self.text = doc.text
        self.rules = rules
        self._starts = [t.idx for t in doc]
        self._sent_starts = self._sentence_starts(doc)
        self.parsed = doc.has_annotation("DEP")

    @staticmethod
    def _sentence_starts(doc: Doc) -> list[int]:
        # Block boundaries (blank lines) always end a sentence: captions and headings
        # carry no pronoun antecedents across them, and the parser's sentences miss them.
        starts = {0} | {m.end() for m in _SENT_END.finditer(doc.text)}
        if doc.has_annotation("SENT_START"):
            starts |= {s.start_char for s in doc.sents}
        return sorted(starts)

    def sent_of(self, char: int) -> int:
        return bisect.bisect_right(self._sent_starts, char) - 1

    def at_sentence_start(self, char: int) -> bool:
        """Only blanks, quotation marks or a dash stand between the sentence start and `char`."""
        start = self._sent_starts[self.sent_of(char)]
        return not self.text[start:char].strip(" \t\n\r\"'„“”»«‚‘’–-(")

    def token_at(self, char: int) -> Token | None:
        i = bisect.bisect_right(self._starts, char) - 1
        return self.doc[i] if 0 <= i < len(self.doc) else None

    def span(self, start: int, end: int) -> Span | None:
        return self.doc.char_span(start, end, alignment_mode="expand")

    def head_of(self, start: int, end: int) -> Token | None:
        span = self.span(start, end)
        if span is None or len(span) == 0:
            return self.token_at(start)
        return span.root

    def place(self, start: int, end: int) -> Place:
        head = self.head_of(start, end)
        sent = self.sent_of(start)
        if head is None:
            return Place(-1, sent, "other")
        role = self.role_of(head)
        first = self.token_at(start)
        if (
            role == "other"
            and first is not None
            and first.i > 0
            and self.doc[first.i - 1].lower_ in self.rules.partner_words
        ):
            role = "partner"
        return Place(head.i, sent, role)

    def role_of(self, token: Token) -> str:
        """Subject, agent or object, looking through flat names and appositions."""
        if not self.parsed:
            return "other"
        seen = 0
        while token.dep_ in ("flat", "flat:name", "appos", "nk", "pnc", "compound") and seen < 3:
            if token.head.i == token.i:
                break
            token, seen = token.head, seen + 1
        dep = token.dep_
        if dep in self.rules.subject_deps:
            return "subject"
        if dep in self.rules.agent_deps or (dep in ("obl", "nmod", "sbp") and _is_agent(token)):
            return "agent"
        if dep in self.rules.object_deps:
            return "object"
        return "other"


def _is_agent(token: Token) -> bool:
    """„vom Kreml“ / "von Moskau" beside a passive participle acts like an agent."""
    return any(c.lower_ in ("von", "vom", "durch") for c in token.children) and any(
        a.lemma_ == "werden" for a in token.head.children
    )
