"""Reported speech across sentences: a subjunctive sentence after reported speech
goes on reporting it, a Konjunktiv I main clause reports on its own, a colon
lead-in announces what follows; quoted words left without context find theirs
(single words inside reported speech, words after someone's speech)."""

from __future__ import annotations

from collections.abc import Sequence

from lagebild.quotes.context import Found, Sentence, Work, content_end
from lagebild.quotes.grammar import (
    finite_slot,
    is_function_word,
    is_subjunctive,
    subjunctive_clause,
    without_relative_clause,
)
from lagebild.quotes.lexicon import load_lexicon
from lagebild.quotes.receptive import is_receptive, receptive_source
from lagebild.quotes.records import CharSpan
from lagebild.quotes.sources import author_or_subject, named_source
from lagebild.quotes.speakers import (
    lead_in_subject,
    speaker_of,
    subject_after_cue,
)
from lagebild.quotes.text import Token

# plural forms that are Konjunktiv II, or past or present indicative, as often as not
_PLURAL_SUBJUNCTIVE2 = frozenset({"hätten", "würden"})
_ALONE_VERB_WITHIN = 8  # the finite verb of a reporting main clause stands this early
_FIRST_PERSON = frozenset({"ich", "Ich", "wir", "Wir"})
_TAIL_WORDS = 8  # at most this many words in a closing attribution


def _tokens(s: Sentence, span: tuple[int, int] | None) -> CharSpan | None:
    return s.char_span(span)


def _speech_in(w: Work, s: Sentence) -> Found | None:
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


def _continues(w: Work, s: Sentence, last: Found | None) -> bool:
    if last is None or not s.tokens or 0 in s.blocked or w.is_headline(s):
        return False
    if any(t.text in _FIRST_PERSON for t in s.tokens[:3]):
        return False  # "Ich habe …": the first person's indicative looks like a Konjunktiv I
    # The Konjunktiv II goes on reporting only what a speech cue introduced; after a
    # bare quote, an uncued report or a thought ("Die Regierung hofft, dass …") it
    # is as likely the author's own hypothetical ("Dies könnte …").
    strict = last.cue is None or _cue_kind(w, last) == "thinking"
    toks = without_relative_clause(s.tokens)
    return subjunctive_clause(toks, 0, len(toks), strict=strict)


def _cue_kind(w: Work, f: Found) -> str | None:
    """The lexicon kind of the cue of `f` (assertive, thinking, …)."""
    if f.cue is None:
        return None
    s = w.sentence_of(f.cue[0])  # a continued report keeps its first sentence's cue
    for hit in w.hits[s.index]:
        if s.tokens[hit.index].start == f.cue[0]:
            return hit.kind
    return None


def _reports_alone(w: Work, s: Sentence) -> bool:
    """A main clause in the Konjunktiv I reports speech even with no cue in
    sight ("Er sei früher täglich dort gewesen."): news prose uses that mood for
    nothing else. The Konjunktiv II and questions are left out: they are also
    hypotheticals."""
    if not s.tokens or 0 in s.blocked or w.is_headline(s):
        return False
    if w.text[s.start : s.end].rstrip().endswith("?"):
        return False
    return _reporting_clause(without_relative_clause(s.tokens))


def _reporting_clause(toks: Sequence[Token]) -> bool:
    """Is the finite verb of the main clause `toks` opens a Konjunktiv I?"""
    words = load_lexicon().words
    if len(toks) < 2:
        return False
    if _after_fronted_clause(toks):
        return True
    if toks[0].text.lower() in words.subordinators:
        return _adverbial_opening(toks)
    for i, t in enumerate(toks[1:_ALONE_VERB_WITHIN], start=1):
        if t.text == "," and _enumeration_comma(toks, i):
            continue  # "In Brasilien, Mexiko und den USA sei …": one coordinated constituent
        if t.text in ",;:–()" or t.text in _PLURAL_SUBJUNCTIVE2:
            return False
        if i + 1 < len(toks) and {toks[i - 1].text.lower(), toks[i + 1].text} & _FIRST_PERSON:
            continue  # "ich habe", "habe ich": the indicative of the first person
        if t.text in words.subjunctive1 or (t.mood == "Sub" and is_subjunctive(t, strict=True)):
            return True
        if _unlisted_subjunctive(toks, i):
            return True
    return False


_FRONTED_REACH = 30  # tokens of a fronted clause before the main clause's verb


def _after_fronted_clause(toks: Sequence[Token]) -> bool:
    """ "Wenn man wisse, wo ein Virus vorkomme, lasse sich …", "Dort, auf dem
    größten Markt, solle …": a fronted clause or insertion fills the first
    position; the finite verb right after its comma is a listed Konjunktiv I
    (not "…, habe ich": the first person's indicative)."""
    words = load_lexicon().words
    for i in range(1, min(len(toks) - 2, _FRONTED_REACH)):
        if toks[i].text != "," or toks[i + 2].text in _FIRST_PERSON:
            continue
        verb = toks[i + 1].text
        if verb not in words.subjunctive1 or not toks[i + 2].text.isalpha():
            continue
        if verb not in _PLURAL_SUBJUNCTIVE2:
            return True
        # "Sobald dieses vorliege, würden …": "würden" reports after a fronted
        # clause in the Konjunktiv I ("Dieses zu verhindern, hätten …" does not)
        before = toks[i - 1]
        opening = toks[0].text.lower() in words.subordinators
        return (
            opening
            and before.text not in words.subjunctive2
            and is_subjunctive(before, strict=True)
        )
    return False


def _adverbial_opening(toks: Sequence[Token]) -> bool:
    """ "Seit Jahrzehnten werde …", "Damit solle …": a word that is a
    subordinator or a preposition/adverb (seit, damit, da, bis) opens a main
    clause when a listed Konjunktiv I follows within two words and words go on
    after it; a subordinate clause puts its verb last ("Ob er komme, …")."""
    words = load_lexicon().words
    for i in (1, 2):
        if i + 1 >= len(toks):
            continue
        # right after the opening word, a tagged verb in the -e form: the word is
        # the whole first constituent, so a main clause ("Damit steige …")
        tagged = i == 1 and toks[i].pos in ("VERB", "AUX") and is_subjunctive(toks[i], strict=True)
        if toks[i].text not in words.subjunctive1 and not tagged:
            continue
        after = toks[i + 1].text
        if after in _FIRST_PERSON:
            return False  # "Da habe ich …": the indicative of the first person
        return after.isalpha() and after.lower() not in words.coordinators
    return False


def _enumeration_comma(toks: Sequence[Token], i: int) -> bool:
    """A comma between capitalised conjuncts of a first constituent that a
    coordinator closes before the verb ("In Brasilien, Mexiko und den USA")."""
    words = load_lexicon().words
    before, after = toks[i - 1].text, toks[i + 1].text if i + 1 < len(toks) else ""
    if not (before[:1].isupper() and after[:1].isupper()):
        return False
    rest = [t.text for t in toks[i + 1 : _ALONE_VERB_WITHIN + 1]]
    if "," in rest:
        rest = rest[: rest.index(",")]
    return any(w in words.coordinators for w in rest)


_DEMONSTRATIVES = frozenset({"das", "dies", "dieses"})
# words after a verb, not after an adjective: articles, adverbs, negation
_CLAUSE_GOES_ON = frozenset(
    {"ein", "eine", "einen", "einer", "der", "die", "das", "den", "dem", "auch", "nicht", "nur"}
)


def _unlisted_subjunctive(toks: Sequence[Token], i: int) -> bool:
    """An unlisted -e form in the verb slot: right after an opening pronoun or
    adverb ("Er spüre", "Heute umfasse") or before an inverted subject ("Bei dem
    Deal handele es sich"); not after an article ("eine große Mehrheit")."""
    words = load_lexicon().words
    if not is_subjunctive(toks[i], strict=True):
        return False
    before = toks[i - 1].text.lower()
    after = toks[i + 1].text if i + 1 < len(toks) else ""
    if i == 1 and before in _DEMONSTRATIVES and after.lower() in _CLAUSE_GOES_ON:
        return True  # "Das zeige eine Reihe …", "Dies gelte auch …": a pronoun subject
    if before in words.determiners:
        return False
    if (
        i == 2
        and toks[0].text.lower() in words.nominative_determiners
        and toks[1].text[:1].isupper()
        and after.isalpha()
        and after.islower()
    ):
        return True  # "Das Land übernehme davon …": a noun subject, then the verb
    if toks[i].pos == "ADJ" and after[:1].isupper() and after not in words.determiners:
        return False  # a tagged adjective before its noun: "Auch ausländische Personen"
    if i == 1 and (before in words.subject_pronouns or before in words.adverbs):
        return True
    return after in words.subject_pronouns or after in words.nominative_determiners


def _after_colon(w: Work, s: Sentence) -> Found | None:
    """ "ZF veröffentlichte eine Mitteilung: Nun seien alle willkommen." The
    Konjunktiv I clause after a colon reports what the first part announces."""
    toks = s.tokens
    colons = [i for i, t in enumerate(toks) if t.text == ":" and i not in s.blocked]
    if not colons or colons[-1] + 1 in s.blocked or w.is_headline(s):
        return None
    first = colons[-1] + 1
    hits = [h for h in w.hits[s.index] if h.index < first]
    # a cue verb before the colon takes the Konjunktiv II too, as after a comma
    # ("warnt: Viele Infarkte würden zu spät erkannt")
    cued = any(not h.noun and "konj" in h.frames for h in hits)
    if not _reporting_clause(toks[first:]) and not (
        cued and subjunctive_clause(toks, first, len(toks), strict=False)
    ):
        return None
    cue = _tokens(s, (hits[-1].index, hits[-1].end)) if hits else None
    # a text with its author announces the author's words ("kam eine Mail von X:")
    who = _tokens(s, author_or_subject(toks[: colons[-1]], lead_in_subject(toks, colons[-1])))
    start = toks[first].start
    end = content_end(w.text, start, s.end)
    return Found(start, end, "indirect", s.index, cue, who, priority=3)


def continue_reports(w: Work) -> None:
    """Subjunctive sentences right after reported speech go on reporting it."""
    last: Found | None = None
    for s in w.sentences:
        own = [f for f in w.indirect if f.sentence == s.index and not f.context_only]
        _source_from_before(w, own, last)
        # the sentence opens with its own content or its own source ("Nach eigenen
        # Angaben kaufte er …"): it is attributed by itself, not continued
        if any(f.start == s.tokens[0].start or _fronted_cue(s, f) for f in own):
            last = _speech_in(w, s)
            continue
        if own and _cue_is_main_verb(w, s, own):
            last = _speech_in(w, s)  # "Dieser nehme an, dass …": the clause is the record
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
        tail = _tail_start(w.text, s)
        if speaker is None and tail < s.end:
            # ", ärgert er sich": a closing attribution names the speaker, cue or not;
            # ", erfuhren die Zuschauer": the hearer does not, the source it names does
            verb = s.token_at(tail) + 1
            if is_receptive(s.tokens[verb].text):
                speaker = receptive_source(s, verb)
            else:
                speaker = _tokens(s, subject_after_cue(s.tokens, verb))
        end = content_end(w.text, s.start, tail)
        found = Found(s.start, end, "indirect", s.index, cue, speaker, priority=priority)
        w.indirect.append(found)
        last = last or found
        for p in w.pending:
            if p.sentence == s.index:
                p.cue, p.speaker = cue, speaker
                w.quotes.append(p)
        for q in w.quotes:
            # "Hinweise erhalte die Polizei „…“": a partial whose cue noun named no
            # speaker is the continued speaker's
            if q.sentence == s.index and q.kind == "partial" and q.speaker is None and speaker:
                q.cue, q.speaker = cue, speaker


def _fronted_cue(s: Sentence, f: Found) -> bool:
    """Does the cue of `f` open the sentence ("Nach eigenen Angaben …", "Laut X …")?"""
    return f.cue is not None and f.cue[0] == s.tokens[0].start


def _source_from_before(w: Work, own: list[Found], last: Found | None) -> None:
    """ "Die Firma habe demnach …": a source adverb's speaker is the speaker of
    the reported speech before it; with none, the source the sentence before
    names ("Das ist das Ergebnis einer Recherche von Correctiv. Die Hersteller
    dürfen demnach …")."""
    anaphoric = load_lexicon().frame_words["demnach"]
    for f in own:
        if f.speaker is not None or f.cue is None or w.text[f.cue[0] : f.cue[1]] not in anaphoric:
            continue
        if last is not None and last.speaker is not None:
            f.speaker = last.speaker
        elif f.sentence > 0:
            before = w.sentences[f.sentence - 1]
            f.speaker = _tokens(before, named_source(before.tokens))


def _cue_is_main_verb(w: Work, s: Sentence, own: list[Found]) -> bool:
    """ "Dieser nehme an, dass …": the main clause's finite verb is the one cue of
    the sentence and has a speaker; the main clause only says who speaks, so its
    content clause alone is the report (unlike "Es könne nicht bestätigt werden,
    dass …" or "Er finde es seltsam, dass …, sagte X")."""
    verbs = [h for h in w.hits[s.index] if not h.noun]
    if len(verbs) != 1 or finite_slot(s.tokens, 0, len(s.tokens)) != verbs[0].index:
        return False
    at = s.tokens[verbs[0].index].start
    return any(f.cue is not None and f.cue[0] == at and f.speaker is not None for f in own)


def _tail_start(text: str, s: Sentence) -> int:
    """Where a short attribution closing the sentence starts (", ärgert er sich",
    ", freute sich die Kapitänin", ", wurden die Aufzeichnungen zitiert"): a verb
    first after the last comma, then (past "sich") a pronoun, article or name;
    else the sentence end."""
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
    if verb in words.determiners:
        return s.end  # ", das Erreichen der Anschlüsse direkter": an elliptic clause

    # an auxiliary opens it only with a cue to carry ("wurden die Aufzeichnungen zitiert")
    carried = verb in words.auxiliaries and any(h.index > i + 1 and not h.noun for h in s.hits)
    if not (verb.isalpha() and verb.islower()) or (is_function_word(verb) and not carried):
        return s.end
    if is_subjunctive(tail[0], strict=True):
        return s.end  # the main clause after a fronted one ("Wer X fordere, verschiebe …")
    if nxt == "sich":
        nxt = tail[2].text  # a reflexive verb: ", freute sich die Kapitänin"
    if nxt.lower() in words.subject_pronouns | words.determiners or nxt[:1].isupper():
        return toks[i].start
    return s.end


_PERSONAL_SUBJECTS = frozenset({"er", "sie"})


def place_pending(w: Work) -> None:
    """ "»…«, sagt Gutierrez. Er rechnet mit »viel Bewegung«": quoted words in the
    sentence after someone's speech whose subject is a pronoun for a person are
    that person's words (a partial quote with the pronoun as speaker)."""
    placed = {id(q) for q in w.quotes}
    for p in w.pending:
        if id(p) in placed or p.sentence == 0:
            continue
        before = [f for f in w.quotes + w.indirect if f.sentence == p.sentence - 1]
        if not any(f.speaker is not None for f in before):
            continue
        s = w.sentences[p.sentence]
        who = lead_in_subject(s.tokens, len(s.tokens))
        if who is None or who[1] - who[0] != 1:
            continue
        if s.tokens[who[0]].text.lower() in _PERSONAL_SUBJECTS:
            p.speaker = _tokens(s, who)
            w.quotes.append(p)


def place_singles(w: Work) -> None:
    """Single quoted words inside an indirect clause are partial quotes of its speaker."""
    for p in w.singles:
        for f in w.indirect:
            if f.start <= p.start and p.end <= f.end + 1:
                p.cue, p.speaker = f.cue, f.speaker
                w.quotes.append(p)
                break
