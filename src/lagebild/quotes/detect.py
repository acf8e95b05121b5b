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
from lagebild.quotes.grammar import is_function_word, is_subjunctive, subjunctive_clause
from lagebild.quotes.indirect import indirect_speech
from lagebild.quotes.lexicon import load_lexicon
from lagebild.quotes.marks import QuotedSpan, quoted_spans
from lagebild.quotes.records import CharSpan, QuoteMatch
from lagebild.quotes.speakers import lead_in_subject, speaker_of
from lagebild.quotes.text import Token, refine_sentences, split_sentences, tokenize

_HEADLINE_OVERLAP = 0.6  # share of a headline quote's words found in a body quote
_COPULAR_WORDS = 5  # at most this many words of a copular clause outside its quotation
_COPULAS = frozenset({"sei", "seien", "ist", "sind", "war", "waren", "wäre", "wären"})
# plural forms that are Konjunktiv II, or past or present indicative, as often as not
_PLURAL_SUBJUNCTIVE2 = frozenset({"hätten", "würden"})
_ALONE_VERB_WITHIN = 8  # the finite verb of a reporting main clause stands this early
_FIRST_PERSON = frozenset({"ich", "Ich", "wir", "Wir"})
_TAIL_WORDS = 8  # at most this many words in a closing attribution
_CLAUSE_WORDS = 3  # a quoted clause has at least this many words


@dataclass
class _Work:
    text: str
    sentences: list[Sentence]
    hits: list[list[CueHit]]
    headline_spans: Sequence[CharSpan]
    indirect: list[Found] = field(default_factory=list)
    quotes: list[Found] = field(default_factory=list)
    pending: list[Found] = field(default_factory=list)  # partials waiting for context
    singles: list[Found] = field(default_factory=list)  # one quoted word, kept only in speech

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
    if looks_like_name(w.text, q):
        return None
    if len(words_inside(w.text, q)) < 2:
        # a single quoted word is the speaker's own only inside reported speech
        w.singles.append(Found(q.start, q.end, "partial", s.index))
        return None
    context = _context_of(w, q, s)
    found = Found(q.start, q.end, "partial", s.index)
    if context is None:
        w.pending.append(found)
        return None
    found.cue, found.speaker = context.cue, context.speaker
    return found


def _closing_clause(w: _Work, q: QuotedSpan, s: Sentence, e: Sentence) -> bool:
    """ "Wenn Mieter streiken, »dann werden wir sie unterstützen«, sagt X.": a
    quoted clause after a comma, attributed right after, is the speaker's own
    sentence (after a verb it would be a partial: "sei „…“, sagte er")."""
    first = s.token_at(q.start)
    if s is not e or first == 0 or s.tokens[first - 1].text != ",":
        return False
    words = words_inside(w.text, q)
    if len(words) < _CLAUSE_WORDS:
        return False
    # it has its own first constituent: "»dann werden wir …«", not "„droht eine …“"
    if words[0].islower() and not is_function_word(words[0]):
        return False
    cue, _ = attribution_after(s, q)
    return cue is not None


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
        elif (
            opens_utterance(s, q)
            and (ends_utterance(w.text, e, q) or attribution_before(s, q)[0] is not None)
        ) or _closing_clause(w, q, s, e):
            found = _direct(w, q, s, e)
        else:
            found = _partial(w, q, s)
        if found is not None:
            w.quotes.append(found)
            previous = (q, found)


def _speech_in(w: _Work, s: Sentence) -> Found | None:
    """The last reported speech of sentence `s`: a quote or indirect clause (a
    direct quote without attribution too: the paragraph goes on quoting its
    speaker), or a bare speech act ("Er sprach von einer Katastrophe")."""
    own = [f for f in w.indirect + w.quotes if f.sentence == s.index and not f.headline]
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
    if any(t.text in _FIRST_PERSON for t in s.tokens[:3]):
        return False  # "Ich habe …": the first person's indicative looks like a Konjunktiv I
    # The Konjunktiv II goes on reporting only what a cue introduced; after a bare
    # quote or an uncued report it is as likely the author's own hypothetical.
    return subjunctive_clause(s.tokens, 0, len(s.tokens), strict=last.cue is None)


def _reports_alone(w: _Work, s: Sentence) -> bool:
    """A main clause in the Konjunktiv I reports speech even with no cue in
    sight ("Er sei früher täglich dort gewesen."): news prose uses that mood for
    nothing else. The Konjunktiv II and questions are left out: they are also
    hypotheticals."""
    if not s.tokens or 0 in s.blocked or w.is_headline(s):
        return False
    if w.text[s.start : s.end].rstrip().endswith("?"):
        return False
    return _reporting_clause(s.tokens)


def _reporting_clause(toks: Sequence[Token]) -> bool:
    """Is the finite verb of the main clause `toks` opens a Konjunktiv I?"""
    words = load_lexicon().words
    if len(toks) < 2 or toks[0].text.lower() in words.subordinators:
        return False
    for i, t in enumerate(toks[1:_ALONE_VERB_WITHIN], start=1):
        if t.text in ",;:–()" or t.text in _PLURAL_SUBJUNCTIVE2:
            return False
        if i + 1 < len(toks) and {toks[i - 1].text.lower(), toks[i + 1].text} & _FIRST_PERSON:
            continue  # "ich habe", "habe ich": the indicative of the first person
        if t.text in words.subjunctive1 or (t.mood == "Sub" and is_subjunctive(t, strict=True)):
            return True
        if _unlisted_subjunctive(toks, i):
            return True
    return False


def _unlisted_subjunctive(toks: Sequence[Token], i: int) -> bool:
    """An unlisted -e form in the verb slot: right after an opening pronoun or
    adverb ("Er spüre", "Heute umfasse") or before an inverted subject ("Bei dem
    Deal handele es sich"); not after an article ("eine große Mehrheit")."""
    words = load_lexicon().words
    if not is_subjunctive(toks[i], strict=True):
        return False
    before = toks[i - 1].text.lower()
    if before in words.determiners:
        return False
    if i == 1 and (before in words.subject_pronouns or before in words.adverbs):
        return True
    after = toks[i + 1].text if i + 1 < len(toks) else ""
    return after in words.subject_pronouns or after in words.nominative_determiners


def _after_colon(w: _Work, s: Sentence) -> Found | None:
    """ "ZF veröffentlichte eine Mitteilung: Nun seien alle willkommen." The
    Konjunktiv I clause after a colon reports what the first part announces."""
    toks = s.tokens
    colons = [i for i, t in enumerate(toks) if t.text == ":" and i not in s.blocked]
    if not colons or colons[-1] + 1 in s.blocked or w.is_headline(s):
        return None
    first = colons[-1] + 1
    if not _reporting_clause(toks[first:]):
        return None
    hits = [h for h in w.hits[s.index] if h.index < first]
    cue = _tokens(s, (hits[-1].index, hits[-1].end)) if hits else None
    who = _tokens(s, lead_in_subject(toks, colons[-1]))
    start = toks[first].start
    end = content_end(w.text, start, s.end)
    return Found(start, end, "indirect", s.index, cue, who, priority=3)


def _continue(w: _Work) -> None:
    """Subjunctive sentences right after reported speech go on reporting it."""
    last: Found | None = None
    for s in w.sentences:
        own = [f for f in w.indirect if f.sentence == s.index and not f.context_only]
        if any(f.start == s.tokens[0].start for f in own):
            last = _speech_in(w, s)
            continue
        if _continues(w, s, last) and last is not None:
            cue, speaker = last.cue, last.speaker
        elif _reports_alone(w, s):
            cue, speaker = None, None
        else:
            colon = None if own else _after_colon(w, s)
            if colon is not None:
                w.indirect.append(colon)
            last = _speech_in(w, s)
            continue
        # A reporting main clause is one record with what it embeds ("Es könne
        # nicht bestätigt werden, dass …"): it wins over the inner clause.
        priority = -1 if own else 3
        end = content_end(w.text, s.start, _tail_start(w.text, s))
        found = Found(s.start, end, "indirect", s.index, cue, speaker, priority=priority)
        w.indirect.append(found)
        last = last or found
        for p in w.pending:
            if p.sentence == s.index:
                p.cue, p.speaker = cue, speaker
                w.quotes.append(p)


def _tail_start(text: str, s: Sentence) -> int:
    """Where a short attribution closing the sentence starts (", ärgert er sich",
    ", wurden die Aufzeichnungen zitiert"): a verb first after the last comma,
    then a pronoun, article or name; else the sentence end."""
    toks = s.tokens
    commas = [i for i, t in enumerate(toks) if t.text == "," and i not in s.blocked]
    if not commas:
        return s.end
    i = commas[-1]
    tail = [t for t in toks[i + 1 :] if t.text not in ".!?"]
    if not 3 <= len(tail) <= _TAIL_WORDS or any(j in s.blocked for j in range(i, len(toks))):
        return s.end
    verb, nxt = tail[0].text, tail[1].text
    words = load_lexicon().words
    if not (verb.isalpha() and verb.islower()) or is_function_word(verb):
        return s.end
    if is_subjunctive(tail[0], strict=True):
        return s.end  # the main clause after a fronted one ("Wer X fordere, verschiebe …")
    if nxt.lower() in words.subject_pronouns | words.determiners or nxt[:1].isupper():
        return toks[i].start
    return s.end


def _place_singles(w: _Work) -> None:
    """Single quoted words inside an indirect clause are partial quotes of its speaker."""
    for p in w.singles:
        for f in w.indirect:
            if f.start <= p.start and p.end <= f.end + 1:
                p.cue, p.speaker = f.cue, f.speaker
                w.quotes.append(p)
                break


def _overlaps(a: Found, b: Found) -> bool:
    return a.start < b.end and b.start < a.end


def _inside(inner: Found, outer: Found) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end + 1


def _copular(w: _Work, f: Found, partials: list[Found]) -> bool:
    """Is the quotation the whole predicate of a short copular clause ("dass beide
    Länder „…“ seien")? Then the clause adds nothing to the partial quote."""
    outside = [
        t
        for t in w.sentences[f.sentence].tokens
        if f.start <= t.start < f.end
        and t.text.isalpha()
        and not any(p.start <= t.start < p.end for p in partials)
    ]
    words = load_lexicon().words
    if outside and outside[0].text.lower() in words.subordinators | {"dass", "wonach"}:
        outside = outside[1:]
    if not outside or len(outside) > _COPULAR_WORDS:
        return False
    copulas = [t for t in outside if t.text in _COPULAS]
    if len(copulas) != 1:
        return False
    adjacent = any(
        not w.text[p.end : copulas[0].start].strip(" ,")
        or not w.text[copulas[0].end : p.start].strip(" ,")
        for p in partials
    )
    others = [t for t in outside if t is not copulas[0]]
    return adjacent and not any(
        is_subjunctive(t, strict=True) or t.text in words.auxiliaries for t in others[1:]
    )


def _stop_before_colon_quote(w: _Work, f: Found) -> None:
    """ "sagte, die Hängepartie sei schlecht: „Ich bin …“": the indirect clause
    ends where a colon opens a direct quote (content after a cue only: before a
    postposed cue, the quote is the content)."""
    if f.priority != 0 or f.cue is None or f.cue[1] > f.start:
        return
    for q in w.quotes:
        if q.kind == "direct" and f.start < q.start < f.end:
            head = w.text[f.start : q.start].rstrip()
            if head.endswith(":"):
                f.end = content_end(w.text, f.start, q.start)
                return


def _merge_indirect(w: _Work) -> list[Found]:
    """One indirect record per clause. An indirect clause that holds partial
    quotes is kept beside them (the clause is the content, the partials the
    verbatim words), unless the quotation is its whole predicate; an indirect
    candidate that overlaps a direct quote goes."""
    kept: list[Found] = []
    reportable = [f for f in w.indirect if not f.context_only]

    def nested(f: Found) -> bool:
        """Is `f` speech reported inside another report ("Er finde es seltsam,
        dass …, sagte X")? The outer report is the record. Not a cue noun's
        clause: "Die Kritik, X sei Y, wies sie zurück" rejects, not reports, it."""
        return (
            f.cue is not None
            and w.text[f.cue[0]].islower()
            and any(g is not f and g.start <= f.cue[0] < g.end for g in reportable)
        )

    order = sorted(reportable, key=lambda f: (nested(f), f.priority, f.start, -(f.end - f.start)))
    for f in order:
        if any(_overlaps(f, k) for k in kept):
            continue
        _stop_before_colon_quote(w, f)
        touching = [q for q in w.quotes if _overlaps(f, q)]
        if any(q.kind != "partial" or not _inside(q, f) for q in touching):
            continue
        if touching and _copular(w, f, touching):
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


def _lead_subject(w: _Work, f: Found, found: list[Found]) -> CharSpan | None:
    """For a quote with neither cue nor speaker: the subject of the narrating
    sentence right before it ("Er forderte die Kurden auf, … „Wir bleiben dabei“"),
    the one who, by news convention, is introduced to speak. None where that
    sentence is a headline or itself holds a quote (continuation covers it)."""
    if f.cue is not None or f.speaker is not None or f.headline or f.kind == "partial":
        return None
    s = w.sentence_of(f.start)
    if s.index == 0 or (s.start < f.start and w.text[s.start : f.start].strip()):
        return None  # the quote does not open its sentence
    prev = w.sentences[s.index - 1]
    if w.is_headline(prev) or any(g.start < prev.end and prev.start < g.end for g in found):
        return None
    return _tokens(prev, lead_in_subject(prev.tokens, len(prev.tokens)))


def _match(text: str, f: Found, lead: CharSpan | None = None) -> QuoteMatch:
    quote = Quote(
        start=f.start,
        end=f.end,
        text=text[f.start : f.end],
        speaker=None,
        cue=text[f.cue[0] : f.cue[1]] if f.cue else None,
        kind=f.kind,
    )
    speaker = text[f.speaker[0] : f.speaker[1]] if f.speaker else None
    return QuoteMatch(quote, f.speaker, f.cue, speaker, f.headline, lead)


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
    _place_singles(w)
    indirect = _merge_indirect(w)
    found = _drop_repeated_headlines(w, indirect) + indirect
    return [
        _match(text, f, _lead_subject(w, f, found)) for f in sorted(found, key=lambda f: f.start)
    ]
