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

import re
from collections.abc import Sequence

from lagebild.models import Quote
from lagebild.quotes.attributed_after import attributed_after, inserted_attributions
from lagebild.quotes.context import Found, Sentence, Work, build_sentences, content_end
from lagebild.quotes.continuation import continue_reports, place_pending, place_singles
from lagebild.quotes.cues import CueHit
from lagebild.quotes.direct import (
    after_name_noun,
    attribution_after,
    attribution_before,
    attribution_next,
    ends_utterance,
    interrupted,
    lead_in_start,
    looks_like_name,
    naming_object,
    opens_utterance,
    words_inside,
    written_lead_in,
)
from lagebild.quotes.embedded import embedded_clauses
from lagebild.quotes.grammar import (
    is_function_word,
    is_subjunctive,
)
from lagebild.quotes.impersonal import leaves_source_to_context
from lagebild.quotes.indirect import indirect_speech
from lagebild.quotes.interview import interview_turns
from lagebild.quotes.lexicon import load_lexicon
from lagebild.quotes.marks import QuotedSpan, quoted_spans
from lagebild.quotes.records import CharSpan, QuoteMatch
from lagebild.quotes.sources import author_or_subject, document_author, points_back
from lagebild.quotes.speakers import (
    lead_in_subject,
    narrator_subject,
    speaker_of,
)
from lagebild.quotes.text import Token, refine_sentences, split_sentences, tokenize
from lagebild.quotes.text_authors import text_authors

_HEADLINE_OVERLAP = 0.6  # share of a headline quote's words found in a body quote
_ECHO_REACH = 3  # attributed body quotes after a headline quote it may sum up
_COPULAR_WORDS = 5  # at most this many words of a copular clause outside its quotation
_COPULAS = frozenset({"sei", "seien", "ist", "sind", "war", "waren", "wäre", "wären"})
_CLAUSE_WORDS = 3  # a quoted clause has at least this many words


def _tokens(s: Sentence, span: tuple[int, int] | None) -> CharSpan | None:
    return s.char_span(span)


def _direct(w: Work, q: QuotedSpan, s: Sentence, e: Sentence) -> Found:
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
    headline = w.is_headline(s)
    return Found(
        q.start,
        q.end,
        "partial" if headline and _verbless(s, q) else "direct",
        s.index,
        _tokens(where, cue),
        _tokens(where, who),
        headline=headline,
    )


def _verbless(s: Sentence, q: QuotedSpan) -> bool:
    """Has the quote no verb by the tagger ("„Besorgniserregender Vorfall“" as a
    heading)? Quoted words, not an utterance: a partial quote. Without a tagger, no."""
    inside = [t for t in s.tokens if q.start < t.start < q.end and t.text[:1].isalnum()]
    if not inside or any(t.pos is None for t in inside):
        return False
    return not any(t.pos in ("VERB", "AUX") for t in inside)


def _context_of(w: Work, q: QuotedSpan, s: Sentence) -> Found | None:
    """The reported speech around a partial quote: its indirect clause or cue."""
    for f in w.indirect:
        if f.start <= q.start and q.end <= f.end + 1:
            return f
    # a cue after the quote attributes it ("sei „…“, sagte er"); a cue noun there
    # belongs to a clause of its own ("die „…“, die die Forderung … vorantreibe")
    hits = [h for h in w.hits[s.index] if s.tokens[h.index].end <= q.start] or [
        h for h in w.hits[s.index] if not h.noun
    ]
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


def _bare_noun(w: Work, q: QuotedSpan, s: Sentence) -> bool:
    """One quoted noun with no article or name before it, after "und" or a comma
    ("seine Rauchgewohnheiten und „Überarbeitung“"): a word, not a title ("der
    „Spiegel“"); kept only inside reported speech, as any single word."""
    if len(words_inside(w.text, q)) != 1 or w.text[q.end : q.end + 1] == "-":
        return False
    i = s.token_at(q.start)
    return i > 0 and s.tokens[i - 1].text in ("und", "oder", ",")


def _partial(w: Work, q: QuotedSpan, s: Sentence) -> Found | None:
    """A partial quote with its context, or None for scare quotes, names and titles."""
    if after_name_noun(s, q):
        return None
    naming = naming_object(s, q, w.hits[s.index])
    if naming is not None:
        cue, who = (naming.index, naming.end), speaker_of(s.tokens, naming)
        return Found(q.start, q.end, "partial", s.index, _tokens(s, cue), _tokens(s, who))
    if looks_like_name(w.text, q) and not _bare_noun(w, q, s):
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


def _closing_clause(w: Work, q: QuotedSpan, s: Sentence, e: Sentence) -> bool:
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
    # a relative clause is a fragment of the writer's sentence: "Plakaten, „auf denen …“"
    relatives = load_lexicon().words.relative_pronouns
    if words[0] in relatives or (len(words) > 1 and words[1] in relatives):
        return False
    cue, _ = attribution_after(s, q)
    return cue is not None


def _clause_after_cue(w: Work, q: QuotedSpan, s: Sentence) -> CueHit | None:
    """ "verkündete „Der Islam gehört zu Deutschland“, …": a quoted main clause (a
    capitalised first word, a verb by the tagger) right after a speech verb is
    the utterance itself, with no colon."""
    first = s.token_at(q.start)
    if first == 0 or q.end > s.end:
        return None
    hits = [h for h in w.hits[s.index] if not h.noun and h.end <= first and "colon" in h.frames]
    hits = [h for h in hits if h.end == first or _subject_between(s, h, first)]
    if not hits or hits[-1].kind == "naming":
        return None
    inside = [t for t in s.tokens[first + 1 : s.token_at(q.end)] if t.text[:1].isalnum()]
    if len(inside) < _CLAUSE_WORDS or not inside[0].text[:1].isupper():
        return None
    verb = any(t.pos in ("VERB", "AUX") and t.text.islower() for t in inside[1:])
    return hits[-1] if verb else None


def _subject_between(s: Sentence, hit: CueHit, first: int) -> bool:
    """ "verkündete der Präsident „…“": the cue's inverted subject fills the gap."""
    who = speaker_of(s.tokens, hit)
    return who is not None and who[0] == hit.end and who[1] == first


def _named_lead_in(w: Work, q: QuotedSpan, s: Sentence) -> bool:
    """ "NBC: "Kim Jong Un is brain dead" Reuters: …": a quoted sentence after a
    speaker's name and a colon is an utterance even where no stop ends it; not
    a quoted name ("Titel: „Die Rückkehr“")."""
    if len(words_inside(w.text, q)) < _CLAUSE_WORDS or looks_like_name(w.text, q):
        return False
    return attribution_before(s, q)[1] is not None


def _classify(w: Work, quoted: list[QuotedSpan]) -> None:
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
            and (
                ends_utterance(w.text, e, q)
                or attribution_before(s, q)[0] is not None
                or _named_lead_in(w, q, s)
            )
        ) or _closing_clause(w, q, s, e):
            found = None if written_lead_in(s, q, w.hits[s.index]) else _direct(w, q, s, e)
        elif (hit := _clause_after_cue(w, q, s)) is not None:
            cue, who = (hit.index, hit.end), speaker_of(s.tokens, hit)
            found = Found(q.start, q.end, "direct", s.index, _tokens(s, cue), _tokens(s, who))
        else:
            found = _partial(w, q, s)
        if found is not None:
            w.quotes.append(found)
            previous = (q, found)


def _overlaps(a: Found, b: Found) -> bool:
    return a.start < b.end and b.start < a.end


def _inside(inner: Found, outer: Found) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end + 1


def _copular(w: Work, f: Found, partials: list[Found]) -> bool:
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


# priorities of whole Konjunktiv sentences from `continuation` (alone or continued)
_REPORTING_SENTENCE = (-1, 3)


def _stop_before_colon_quote(w: Work, f: Found) -> None:
    """ "sagte, die Hängepartie sei schlecht: „Ich bin …“": the indirect clause
    ends where a colon opens a direct quote (content after a cue, or a
    Konjunktiv sentence that reports alone or goes on reporting: "Es gehe um …:
    „…“"; before a postposed cue, the quote is the content)."""
    if f.cue is None and f.priority not in _REPORTING_SENTENCE:
        return
    if f.cue is not None and (f.priority not in (0, *_REPORTING_SENTENCE) or f.cue[1] > f.start):
        return
    for q in w.quotes:
        if q.kind == "direct" and f.start < q.start < f.end:
            head = w.text[f.start : q.start].rstrip()
            if head.endswith(":") and not _lead_in(w, f, q.start):
                f.end = content_end(w.text, f.start, q.start)
                return


def _lead_in(w: Work, f: Found, colon_quote: int) -> bool:
    """ "Einige hätten ihm gesagt: „…“": a Konjunktiv sentence whose own cue
    announces the quote is its lead-in, not content beside it."""
    if f.priority not in _REPORTING_SENTENCE:
        return False
    s = w.sentences[f.sentence]
    return any(f.start <= s.tokens[h.index].start < colon_quote for h in w.hits[s.index])


def _merge_indirect(w: Work) -> list[Found]:
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


def _drop_repeated_headlines(w: Work, indirect: list[Found]) -> list[Found]:
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
            _echoed_speaker(w, f, words, body)
            kept.append(f)
    return kept


def _echoed_speaker(w: Work, f: Found, words: set[str], body: list[Found]) -> None:
    """A headline's quoted words with no speaker of their own (a partial: no lead
    subject applies) sum up a body quote after them that shares a word
    ("„Besorgniserregender Vorfall“" over "X nennt den Vorfall „besorgniserregend“"):
    that quote's speaker says them."""
    if f.speaker is not None or f.kind != "partial" or not words:
        return
    later = sorted(
        (b for b in body if b.start >= f.end and b.speaker is not None), key=lambda b: b.start
    )
    for b in later[:_ECHO_REACH]:
        if words & _words(w.text, b):
            f.speaker = b.speaker
            return


def _lead_subject(w: Work, f: Found, found: list[Found], context: bool = False) -> CharSpan | None:
    """For a quote with neither cue nor speaker: the subject of the narrating
    sentence right before it ("Er forderte die Kurden auf, … „Wir bleiben dabei“"),
    the one who, by news convention, is introduced to speak. None where that
    sentence is a headline or itself holds a quote (continuation covers it).
    With an impersonal cue (`context`, "…, hieß es"), only a subject whose
    sentence performs a speech act ("Der Verfassungsschutz warnte vor …") or
    the author of a text it names ("legte ihren Bericht vor")."""
    if (f.cue is not None and not context) or f.speaker is not None:
        return None
    if f.kind == "partial":
        return None
    s = w.sentence_of(f.start)
    if w.text[s.start : f.start].rstrip().endswith(":") and f.kind == "direct":
        # a heading too: "Paulo Sergio spricht Klartext: „…“"
        return _colon_lead(s, f)
    if f.headline:
        return None
    if s.index == 0 or (s.start < f.start and w.text[s.start : f.start].strip()):
        return None  # the quote does not open its sentence
    prev = w.sentences[s.index - 1]
    if w.is_headline(prev) or any(g.start < prev.end and prev.start < g.end for g in found):
        return None
    if context and not w.hits[prev.index]:
        # "Die Bundesbank legte ihren Monatsbericht vor. …, heißt es in dem Bericht."
        return _tokens(prev, document_author(prev.tokens))
    question = w.text[prev.start : prev.end].rstrip().endswith("?")
    subject = narrator_subject(prev.tokens, w.hits[prev.index], question)
    return _tokens(prev, author_or_subject(prev.tokens, subject))


def _colon_lead(s: Sentence, f: Found) -> CharSpan | None:
    """ "Doch Niederlaender will das Positive sehen: „…“": the subject of the clause
    the colon closes, counted from the end of a quote before it in the sentence."""
    colon = s.token_at(f.start) - 1
    while colon > 0 and s.tokens[colon].text != ":":
        colon -= 1
    start = lead_in_start(s, colon)
    subject = lead_in_subject(s.tokens, colon, start, tagged=True)
    clause = s.tokens[start:colon]
    local = (subject[0] - start, subject[1] - start) if subject is not None else None
    who = author_or_subject(clause, local)
    return _tokens(s, (start + who[0], start + who[1]) if who is not None else None)


def _match(text: str, f: Found, lead: CharSpan | None = None, context: bool = False) -> QuoteMatch:
    quote = Quote(
        start=f.start,
        end=f.end,
        text=text[f.start : f.end],
        speaker=None,
        cue=text[f.cue[0] : f.cue[1]] if f.cue else None,
        kind=f.kind,
    )
    speaker = text[f.speaker[0] : f.speaker[1]] if f.speaker else None
    return QuoteMatch(quote, f.speaker, f.cue, speaker, f.headline, lead, context)


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
    w = Work(text, sents, [s.hits for s in sents], headlines)
    for s in sents:
        w.indirect += indirect_speech(text, s, w.hits[s.index])
    _classify(w, quoted)
    attributed_after(w)
    inserted_attributions(w)
    continue_reports(w)
    place_pending(w)
    embedded_clauses(w)
    place_singles(w)
    w.quotes += interview_turns(w)
    points_back(w)
    text_authors(w)
    indirect = _merge_indirect(w)
    found = _drop_repeated_headlines(w, indirect) + indirect
    matches = []
    for f in sorted(found, key=lambda f: f.start):
        context = leaves_source_to_context(w, f)
        matches.append(_match(text, f, _lead_subject(w, f, found, context), context))
    return matches
