"""`find_quotes`: direct, partial and indirect quotes of one text, with cue and
speaker candidate. Pure: text (and optionally sentences and tokens) in, matches out.

Order of work: pair the quotation marks, split sentences, find cues; collect
indirect speech per sentence; classify every quoted span; carry reported speech
on through following subjunctive sentences; then merge. Merging keeps one
record per speech act and lets verbatim words win: an indirect clause that
holds a partial quote is reported as that partial quote, and a headline quote
that repeats a quote of the body is not reported twice.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from lagebild.models import Quote
from lagebild.quotes.context import Found, Sentence, build_sentences, content_end
from lagebild.quotes.cues import CueHit
from lagebild.quotes.direct import (
    after_name_noun,
    attribution_after,
    attribution_before,
    attribution_next,
    ends_utterance,
    interrupted,
    looks_like_name,
    naming_object,
    opens_utterance,
    words_inside,
)
from lagebild.quotes.grammar import subjunctive_clause
from lagebild.quotes.indirect import indirect_speech
from lagebild.quotes.marks import QuotedSpan, quoted_spans
from lagebild.quotes.records import CharSpan, QuoteMatch
from lagebild.quotes.speakers import speaker_of
from lagebild.quotes.text import Token, refine_sentences, split_sentences, tokenize

_HEADLINE_OVERLAP = 0.6  # share of a headline quote's words found in a body quote


@dataclass
class _Work:
    text: str
    sentences: list[Sentence]
    hits: list[list[CueHit]]
    headline_spans: Sequence[CharSpan]
    indirect: list[Found] = field(default_factory=list)
    quotes: list[Found] = field(default_factory=list)
    pending: list[Found] = field(default_factory=list)  # partials waiting for context

    def sentence_of(self, offset: int) -> Sentence:
        i = bisect.bisect_right(self.starts, offset) - 1
        return self.sentences[max(0, i)]

    @cached_property
    def starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def is_headline(self, s: Sentence) -> bool:
        if any(a <= s.start and s.end <= b for a, b in self.headline_spans):
            return True
        line_start = self.text.rfind("\n", 0, s.start) + 1
        line_end = self.text.find("\n", s.end)
        line = self.text[line_start : len(self.text) if line_end < 0 else line_end].strip()
        bare = line.rstrip("“”\"«»'’‘ ")
        return (
            line == self.text[s.start : s.end].strip()
            and not bare.endswith((".", "!", "?", ":", ";"))
            and len(line) < 200
        )


def _tokens(s: Sentence, span: tuple[int, int] | None) -> CharSpan | None:
    return s.char_span(span)


def _direct(w: _Work, q: QuotedSpan, s: Sentence, e: Sentence) -> Found:
    cue, who = attribution_after(e, q)
    where = e
    if cue is None and who is None:
        cue, who = attribution_before(s, q)
        where = s
    if cue is None and who is None and s.index > 0 and opens_utterance(s, q):
        # "sagte der Präsident:" closing the paragraph before the speech
        where = w.sentences[s.index - 1]
        cue, who = attribution_before(where, None)
    if cue is None and who is None and e.index + 1 < len(w.sentences) and e.end <= q.end + 1:
        where = w.sentences[e.index + 1]
        cue, who = attribution_next(where)
    return Found(
        q.start,
        q.end,
        "direct",
        s.index,
        _tokens(where, cue),
        _tokens(where, who),
        headline=w.is_headline(s),
    )


def _context_of(w: _Work, q: QuotedSpan, s: Sentence) -> Found | None:
    """The reported speech around a partial quote: its indirect clause or cue."""
    for f in w.indirect:
        if f.start <= q.start and q.end <= f.end + 1:
            return f
    hits = [h for h in w.hits[s.index] if s.tokens[h.index].end <= q.start] or w.hits[s.index]
    if not hits:
        return None
    hit = hits[-1]
    return Found(
        q.start,
        q.end,
        "partial",
        s.index,
        _tokens(s, (hit.index, hit.end)),
        _tokens(s, speaker_of(s.tokens, hit)),
    )


def _partial(w: _Work, q: QuotedSpan, s: Sentence) -> Found | None:
    """A partial quote with its context, or None for scare quotes, names and titles."""
    if after_name_noun(s, q):
        return None
    naming = naming_object(s, q, w.hits[s.index])
    if naming is not None:
        cue, who = (naming.index, naming.end), speaker_of(s.tokens, naming)
        return Found(q.start, q.end, "partial", s.index, _tokens(s, cue), _tokens(s, who))
    if len(words_inside(w.text, q)) < 2 or looks_like_name(w.text, q):
        return None
    context = _context_of(w, q, s)
    found = Found(q.start, q.end, "partial", s.index)
    if context is None:
        w.pending.append(found)
        return None
    found.cue, found.speaker = context.cue, context.speaker
    return found


def _classify(w: _Work, quoted: list[QuotedSpan]) -> None:
    previous: tuple[QuotedSpan, Found] | None = None
    for q in quoted:
        s, e = w.sentence_of(q.start), w.sentence_of(max(q.start, q.end - 1))
        found: Found | None
        if (
            previous is not None
            and previous[1].kind == "direct"
            and interrupted(w.text, previous[0], q)
        ):
            old = previous[1]
            found = Found(q.start, q.end, "direct", s.index, old.cue, old.speaker, old.headline)
        elif opens_utterance(s, q) and (
            ends_utterance(w.text, e, q) or attribution_before(s, q)[0] is not None
        ):
            found = _direct(w, q, s, e)
        else:
            found = _partial(w, q, s)
        if found is not None:
            w.quotes.append(found)
            previous = (q, found)


def _speech_in(w: _Work, s: Sentence) -> Found | None:
    """The last reported speech of sentence `s`: a quote or indirect clause with
    a cue or speaker, or a bare speech act ("Er sprach von einer Katastrophe")."""
    own = [
        f
        for f in w.indirect + w.quotes
        if f.sentence == s.index and (f.kind != "direct" or f.cue or f.speaker)
    ]
    if own:
        return max(own, key=lambda f: f.start)
    for hit in reversed(w.hits[s.index]):
        who = speaker_of(s.tokens, hit) if not hit.noun else None
        if who is not None:
            return Found(
                s.start,
                s.end,
                "indirect",
                s.index,
                _tokens(s, (hit.index, hit.end)),
                _tokens(s, who),
            )
    return None


def _continues(w: _Work, s: Sentence, last: Found | None) -> bool:
    if last is None or not s.tokens or 0 in s.blocked or w.is_headline(s):
        return False
    return subjunctive_clause(s.tokens, 0, len(s.tokens), strict=False)


def _continue(w: _Work) -> None:
    """Subjunctive sentences right after reported speech go on reporting it."""
    last: Found | None = None
    for s in w.sentences:
        if not _continues(w, s, last) or last is None:
            last = _speech_in(w, s)
            continue
        if any(f.sentence == s.index for f in w.indirect):
            last = _speech_in(w, s)
            continue
        end = content_end(w.text, s.start, s.end)
        w.indirect.append(
            Found(s.start, end, "indirect", s.index, last.cue, last.speaker, priority=3)
        )
        for p in w.pending:
            if p.sentence == s.index:
                p.cue, p.speaker = last.cue, last.speaker
                w.quotes.append(p)


def _overlaps(a: Found, b: Found) -> bool:
    return a.start < b.end and b.start < a.end


def _merge_indirect(w: _Work) -> list[Found]:
    kept: list[Found] = []
    for f in sorted(w.indirect, key=lambda f: (f.priority, f.start, -(f.end - f.start))):
        if any(_overlaps(f, q) for q in w.quotes) or any(_overlaps(f, k) for k in kept):
            continue
        kept.append(f)
    return kept


def _words(text: str, f: Found) -> set[str]:
    """Lower-cased word stems (first six letters: "historischer" ~ "historischen")."""
    return {x.lower()[:6] for x in re.findall(r"\w+", text[f.start : f.end])}


def _drop_repeated_headlines(w: _Work, indirect: list[Found]) -> list[Found]:
    """Headline quotes whose words the body reports (quoted or not) go."""
    kept = [f for f in w.quotes if not f.headline]
    body = kept + indirect
    for f in w.quotes:
        if not f.headline:
            continue
        words = _words(w.text, f)
        repeated = any(
            words and len(words & _words(w.text, b)) / len(words) >= _HEADLINE_OVERLAP for b in body
        )
        if not repeated:
            kept.append(f)
    return kept


def _match(text: str, f: Found) -> QuoteMatch:
    quote = Quote(
        start=f.start,
        end=f.end,
        text=text[f.start : f.end],
        speaker=None,
        cue=text[f.cue[0] : f.cue[1]] if f.cue else None,
        kind=f.kind,
    )
    speaker = text[f.speaker[0] : f.speaker[1]] if f.speaker else None
    return QuoteMatch(quote, f.speaker, f.cue, speaker, f.headline)


def find_quotes(
    text: str,
    sentences: list[tuple[int, int]] | None = None,
    *,
    tokens: Sequence[Token] | None = None,
    headlines: Sequence[CharSpan] = (),
) -> list[QuoteMatch]:
    """Quotes of `text` in text order.

    `sentences` and `tokens` (with optional lemma, POS, mood) come from a spaCy
    Doc when there is one; otherwise our own splitter and tokenizer run.
    `headlines` are the spans of title, kicker and heading blocks, if known.
    """
    spans = refine_sentences(text, sentences) if sentences is not None else split_sentences(text)
    toks = list(tokens) if tokens is not None else tokenize(text)
    quoted = quoted_spans(text)
    sents = build_sentences(spans, toks, quoted)
    w = _Work(text, sents, [s.hits for s in sents], headlines)
    for s in sents:
        w.indirect += indirect_speech(text, s, w.hits[s.index])
    _classify(w, quoted)
    _continue(w)
    indirect = _merge_indirect(w)
    found = _drop_repeated_headlines(w, indirect) + indirect
    return [_match(text, f) for f in sorted(found, key=lambda f: f.start)]
