"""Indirect speech in one sentence: what follows a cue (dass-, ob- and
verb-second clauses), what precedes a postposed cue ("…, sagte er", "…, wie X
sagte"), and (in `frames`) what a source frame attributes ("laut X")."""

from __future__ import annotations

import re

from lagebild.quotes.context import Found, Sentence, indirect_found
from lagebild.quotes.cues import CueHit
from lagebild.quotes.frames import frames
from lagebild.quotes.grammar import (
    clause_end,
    finite_slot,
    is_function_word,
    is_subjunctive,
    np_end,
    skip_constituent,
    subject_after,
    subjunctive_clause,
)
from lagebild.quotes.lexicon import load_lexicon
from lagebild.quotes.speakers import (
    clause_start,
    phrase_at,
    real_speaker,
    speaker_of,
    subject_after_cue,
)


def _indicative_v2(s: Sentence, c: int) -> bool:
    """ "sagte, die Mannschaft hat alles gegeben": after a cue verb, a subject and
    then a finite verb in any mood (not a zu-infinitive: "vor, die Steuern zu senken")."""
    slot = finite_slot(s.tokens, c, len(s.tokens))
    if slot is None or np_end(s.tokens, c) != slot:
        return False
    verb = s.tokens[slot].text
    if _zu_infinitive(s, c):
        return False
    if verb in load_lexicon().words.auxiliaries:
        return True
    return verb.isalpha() and not is_function_word(verb)


def _zu_infinitive(s: Sentence, c: int) -> bool:
    """Does the clause at `c` end in a zu-infinitive ("die Krise verschlafen zu
    haben", "die Löhne anzuheben")? That is a plan or charge, not speech."""
    end = c
    while end < len(s.tokens) and s.tokens[end].text not in (",", ".", ";", ":"):
        end += 1
    words = [t.text for t in s.tokens[c:end] if t.text.isalpha()]
    # an infinitive follows "zu" ("zu haben", "zu tun"); "sei zu spät" is a degree
    tail = range(max(len(words) - 3, 0), len(words) - 1)
    return any(words[i] == "zu" and words[i + 1].endswith("n") for i in tail) or (
        bool(words) and re.fullmatch(r"\w+zu\w+en", words[-1]) is not None
    )


def _next_comma(s: Sentence, i: int) -> int | None:
    """The comma that closes the cue's clause; quoted names on the way are
    passed over ("sagte der „Zeit“, sie halte …")."""
    for j in range(i + 1, len(s.tokens) - 1):
        text = s.tokens[j].text
        if text == ",":
            return j
        if text in (";", ":", "(", ")", "–", "—"):
            return None
    return None


def _relative_clause(s: Sentence, c: int) -> bool:
    """A relative pronoun with the finite verb last ("vorgeschlagen, der Milliarden
    kosten würde") describes the object; a verb-second clause would report."""
    toks, words = s.tokens, load_lexicon().words
    end = np_end(toks, c) if toks[c].text in words.relative_pronouns else None
    if end is None or end >= len(toks):
        return False
    if toks[end].text in words.auxiliaries or is_subjunctive(toks[end], strict=True):
        return False  # a finite verb second: "der Streik werde …", "der Präsident lebe …"
    clause = []
    for t in toks[c:]:
        if t.text in (",", ";", ":"):
            break
        if t.text[:1].isalnum():
            clause.append(t.text)
    # the finite verb last, not a zu-infinitive ("die Partei informiert zu haben")
    return len(clause) > 3 and clause[-2] != "zu" and clause[-1] in words.auxiliaries


# "derart/so surreale Züge, dass …": the dass-clause states a consequence
_CONSECUTIVE = frozenset({"derart", "dermaßen", "solch", "solche", "solchen", "solcher", "solches"})


def _consecutive(s: Sentence, hit: CueHit, comma: int) -> bool:
    """Does the cue's clause announce a consequence ("nimmt derart surreale Züge an,
    dass …", "so groß, dass …")? Then the dass-clause is no content."""
    toks = s.tokens
    for j in range(clause_start(toks, hit.index), comma):
        low = toks[j].text.lower()
        nxt = toks[j + 1].text if j + 1 < comma else ""
        if low in _CONSECUTIVE or (low == "so" and nxt.islower() and not is_function_word(nxt)):
            return True
    return False


def complement_start(s: Sentence, hit: CueHit) -> int | None:
    """Token index where the content clause after a cue starts, or None."""
    toks, frames = s.tokens, hit.frames
    comma = _next_comma(s, hit.end - 1)
    if comma is None:
        return None
    c, lex = comma + 1, load_lexicon()
    low = toks[c].text.lower()
    if low in lex.frame_words["dass"] and "dass" in frames:
        return None if _consecutive(s, hit, comma) else c
    if low in lex.frame_words["ob"] and "ob" in frames and not hit.noun:
        # "kommentiert das Gesetz, wie der Entwurf heißt": with an object of its
        # own, only a question verb takes a w-clause ("fragte den Minister, ob")
        if hit.kind == "question" or not _two_phrases(s, hit.end, comma):
            return c
        return None
    if _relative_clause(s, c):
        return None
    if _zu_infinitive(s, c):
        # no finite clause: a claim after an assertive cue with no object of its
        # own ("behauptet, nichts gewusst zu haben"; not "beklagt ein Desinteresse,
        # sich … anzueignen"), never an adverbial ("ohne … zu", "um … zu")
        claim = "zu" in frames and not hit.noun and not _has_object(s, hit.end, comma)
        # a request verb names its addressee and reports what it asks ("forderte
        # die Kurden auf, sich nicht provozieren zu lassen"; the page guideline)
        claim = claim or (hit.zu_request and not hit.noun)
        if _in_relative_clause(s, hit):
            return None  # "…, von denen berichtet wird, scheinen … zu sein": the main clause
        return c if claim and low not in _ADVERBIAL_INFINITIVE else None
    if "konj" in frames and subjunctive_clause(toks, c, len(toks), strict=False):
        return c
    if "konj" in frames and not hit.noun and not _has_object(s, hit.end, comma):
        return c if _indicative_v2(s, c) and not _in_relative_clause(s, hit) else None
    return None


def _in_relative_clause(s: Sentence, hit: CueHit) -> bool:
    """Is the cue the verb of a relative clause ("die Punkte, von denen berichtet
    wird, scheinen …")? After its comma the main clause resumes: only a dass-,
    ob- or subjunctive clause can be its content."""
    toks, words = s.tokens, load_lexicon().words
    start = clause_start(toks, hit.index)
    if start == 0 or toks[start - 1].text != ",":
        return False
    if toks[start].text.lower() in words.prepositions:
        start += 1
    return start < hit.index and toks[start].text in words.relative_pronouns


_ADVERBIAL_INFINITIVE = frozenset({"um", "ohne", "statt", "anstatt", "außer"})
_ACCUSATIVE = frozenset({"den", "einen", "diesen", "keinen", "seinen", "ihren", "unseren"})


def _has_object(s: Sentence, start: int, comma: int) -> bool:
    """An accusative object between cue and comma ("erklärt Israel den Krieg,")
    makes the cue's clause complete: an indicative clause after it is news, not
    speech."""
    words = load_lexicon().words
    toks = s.tokens
    return any(
        toks[j].text in _ACCUSATIVE and toks[j - 1].text.lower() not in words.prepositions
        for j in range(start, comma)
    )


def _two_phrases(s: Sentence, start: int, comma: int) -> bool:
    """An object beside the subject between cue and comma ("kommentiert Facebook
    das Gesetz,"): an accusative article, or two noun phrases outside
    prepositional phrases."""
    if _has_object(s, start, comma):
        return True
    toks, words = s.tokens, load_lexicon().words
    phrases, j = 0, start
    while j < comma:
        if toks[j].text.lower() in words.prepositions:
            j = skip_constituent(toks, j)
            continue
        end = np_end(toks, j)
        phrases += end is not None
        j = end if end is not None and end > j else j + 1
    return phrases >= 2


def _in_first_constituent(s: Sentence, hit: CueHit) -> bool:
    slot = finite_slot(s.tokens, 0, len(s.tokens))
    return slot is None or slot > hit.index


def _content_stop(s: Sentence, start: int, hit: CueHit) -> int:
    """Where the content clause after `hit` ends: before a postposed attribution
    (", sagte er"), or, after a cue noun opening the sentence, before the main
    clause goes on ("Die Kritik, das sei falsch, wies sie zurück")."""
    toks, lex = s.tokens, load_lexicon()
    fronted = hit.noun and _in_first_constituent(s, hit)
    infinitive = _zu_infinitive(s, start)
    for j in range(start + 1, len(toks) - 1):
        if toks[j].text != "," or j in s.blocked:
            continue
        if infinitive:
            return j  # a zu-infinitive ends at its comma: "…, »…« aufzuhalten, und X empfiehlt"
        nxt = toks[j + 1].text
        if nxt in lex.verbs_bare or nxt in lex.verbs_joined:
            return j
        # the main clause resumes with its finite verb ("Nach Berichten, wonach …,
        # hatte der Berater gesagt, …")
        verb = nxt in lex.words.auxiliaries or not is_function_word(nxt)
        if fronted and nxt.islower() and nxt.isalpha() and verb:
            return j
        if _main_clause_tail(s, start, j):
            return j
    return len(toks)


_TAIL_WORDS = 3  # at most this many words of the main clause after a content clause


def _main_clause_tail(s: Sentence, start: int, comma: int) -> bool:
    """ "hält eine Studie, wonach Kosten entstehen, für „realistisch“": after a
    verb-final content clause (dass, wonach, ob) a short rest with no finite verb
    ("für realistisch", "entschieden zurück") finishes the main clause."""
    toks, lex = s.tokens, load_lexicon()
    if toks[start].text.lower() not in lex.frame_words["dass"] | lex.frame_words["ob"]:
        return False
    rest = [t for t in toks[comma + 1 :] if t.text[:1].isalnum()]
    if not rest or len(rest) > _TAIL_WORDS or any(t.text == "," for t in toks[comma + 1 :]):
        return False
    words = lex.words
    return not any(t.text in words.auxiliaries or t.text in words.subjunctive1 for t in rest)


def _in_phrase(s: Sentence, hit: CueHit) -> bool:
    """Is the cue noun inside a prepositional phrase ("in einer Erklärung")?
    Such a noun names the channel, not the claim: the verb's clause is not its."""
    words = load_lexicon().words
    j = hit.index - 1
    while j >= 0 and j > hit.index - 4 and s.tokens[j].text.lower() in words.determiners:
        j -= 1
    return j >= 0 and s.tokens[j].text.lower() in words.prepositions


def _framing(s: Sentence, hit: CueHit) -> bool:
    """ "Nach Angaben des Ministeriums war es das erste Mal, dass …": a frame noun
    after its preposition attributes the whole sentence (`frames`); the
    dass-clause there belongs to the main clause, not to the noun."""
    return hit.noun and hit.source_frame and _in_phrase(s, hit)


def _so_source(s: Sentence, hit: CueHit) -> bool:
    """ "Die Linke, so der Vorwurf, tabuisiere …": a cue noun that is the source of
    an inserted so-frame opens no clause of its own; the frame reports the sentence."""
    if not hit.noun:
        return False
    words = load_lexicon().words
    j = hit.index - 1
    while j > 1 and s.tokens[j].text.lower() in words.determiners:
        j -= 1
    return j > 0 and s.tokens[j].text == "so" and s.tokens[j - 1].text == ","


def _anonymous_source(s: Sentence, hit: CueHit) -> bool:
    """ "reagierte auf Berichte, wonach …", "Nach Berichten, wonach …, sagte X":
    reports of nobody named, inside a prepositional phrase, are what the sentence
    refers to, not speech it reports (the object of "dementierte Berichte, wonach"
    still is)."""
    if not hit.noun or not _in_phrase(s, hit):
        return False
    toks = s.tokens
    if hit.end < len(toks) and toks[hit.end].text in ("des", "der", "von", "vom"):
        return False  # "Berichte der BBC": named
    word, sources = toks[hit.index].text, load_lexicon().words.non_speakers
    return word in sources or word + "n" in sources


def _better(s: Sentence, old: CueHit, new: CueHit) -> bool:
    """A content clause belongs to a cue noun that follows the cue verb as its
    object ("wiederholt seine Vorwürfe, …"), else to the first cue verb ("betonte
    wiederholt, …"; "In einer Erklärung betonten sie, …"; "machte in einer
    Erklärung deutlich, …")."""
    if new.noun:
        return old.noun or (new.index > old.index and not _in_phrase(s, new))
    return old.noun and old.index < new.index


def _pick(s: Sentence, hits: list[CueHit]) -> dict[int, CueHit]:
    """One cue per content clause, keyed by where the clause starts."""
    chosen: dict[int, CueHit] = {}
    for hit in hits:
        start = complement_start(s, hit)
        if start is None:
            continue
        old = chosen.get(start)
        if old is None or _better(s, old, hit):
            chosen[start] = hit
    return chosen


_NEGATIONS = frozenset({"nicht", "nie", "niemals"})
_FIRST_PERSON = frozenset({"ich", "wir"})


def _reports(s: Sentence, hit: CueHit, who: tuple[int, int] | None, start: int) -> bool:
    """Does the cue report what follows? Not when negated ("hatte nicht bemerkt,
    dass …"; but "glaubt nicht, dass …" believes the negation), nor when the
    writer speaks ("als wir sagen, dass …": the first person outside quotation
    marks is the reporter, not an actor), nor a thought of generic "man" ("wenn
    man glaubt, dass …"): the writer's own reasoning."""
    toks = s.tokens
    clause = range(clause_start(toks, hit.index), start)
    if hit.kind == "thinking" and _generic_subject(s, clause):
        return False
    if hit.noun:
        return True
    negated = any(toks[j].text in _NEGATIONS and j not in s.blocked for j in clause)
    if negated and not hit.neg_raising:
        return False
    return who is None or who[1] - who[0] > 1 or toks[who[0]].text.lower() not in _FIRST_PERSON


def _generic_subject(s: Sentence, clause: range) -> bool:
    """ "man", "niemand" in the cue's clause (not the expletive "es")."""
    generic = load_lexicon().words.expletive_pronouns - {"es"}
    return any(s.tokens[j].text.lower() in generic and j not in s.blocked for j in clause)


def after_cues(text: str, s: Sentence, hits: list[CueHit]) -> list[Found]:
    found = []
    for start, hit in _pick(s, hits).items():
        cue, stop = (hit.index, hit.end), _content_stop(s, start, hit)
        who = speaker_of(s.tokens, hit)
        if (
            not _reports(s, hit, who, start)
            or _anonymous_source(s, hit)
            or _framing(s, hit)
            or _so_source(s, hit)
        ):
            continue
        f = indirect_found(text, s, (start, stop), cue, who, 0)
        if f is not None:
            found.append(f)
    return found


def _wie_clause(text: str, s: Sentence, hit: CueHit) -> Found | None:
    """ "Wie X sagte, …" and "…, wie X sagte"."""
    toks = s.tokens
    start = clause_start(toks, hit.index)
    if toks[start].text not in ("wie", "Wie") or start + 1 >= hit.index:
        return None
    source = toks[start + 1].text == "aus"  # "Wie aus dem Bericht hervorgeht, …"
    finite = toks[hit.index].text.endswith(("te", "ten"))
    if np_end(toks, start + 1) is None and not finite and not source:
        return None  # no subject, no finite verb: "Wie vom Gesetz verlangt, …"
    who = real_speaker(toks, phrase_at(toks, start + 2)) if source else phrase_at(toks, start + 1)
    cue = (hit.index, hit.end)
    if start == 0:
        comma = clause_end(toks, hit.index, len(toks))
        return (
            indirect_found(text, s, (comma + 1, len(toks)), cue, who, 2)
            if comma < len(toks)
            else None
        )
    if toks[start - 1].text == ",":
        return indirect_found(text, s, (0, start - 1), cue, who, 2)
    return None


def _verb_like(word: str) -> bool:
    """Could `word` be a verb? Lower case, and no preposition, article or adverb."""
    words = load_lexicon().words
    if not (word.isalpha() and word.islower()) or word in words.determiners:
        return False
    return word in words.auxiliaries or not is_function_word(word)


def _fronted_phrase(s: Sentence, hit: CueHit) -> bool:
    """ "Laut Unterlagen, die X vorliegen, antwortet Keith …": a prepositional
    phrase with its relative clause is the first constituent, and the cue the
    finite verb after it, not a postposed attribution."""
    toks, words = s.tokens, load_lexicon().words
    if toks[0].text.lower() not in words.prepositions:
        return False
    j = skip_constituent(toks, 0)
    if j + 1 >= hit.index or toks[j].text != "," or toks[j + 1].text not in words.relative_pronouns:
        return False
    return clause_end(toks, j + 1, len(toks)) == hit.index - 1


def _main_clause_after(s: Sentence, hit: CueHit) -> bool:
    """ "Wer abgemahnt wurde, sollte einen Anwalt fragen, sagt X": the fronted
    subordinate clause is the first constituent of a main clause whose finite
    verb follows its comma; the cue after that main clause is postposed."""
    toks = s.tokens
    comma = clause_end(toks, 0, hit.index)
    if comma + 2 >= hit.index - 1 or toks[comma].text != ",":
        return False
    verb = toks[comma + 1]
    if verb.pos is not None:
        finite = verb.pos in ("VERB", "AUX")
    else:
        finite = verb.text in load_lexicon().words.auxiliaries or is_subjunctive(verb)
    return finite and clause_end(toks, comma + 1, hit.index) == hit.index - 1


def _reportable(s: Sentence, hit: CueHit) -> bool:
    """Is the text before a postposed cue a clause it can report? Not a fronted
    subordinate clause or a date ("Am Sonntag, 15. März, verkündete er"), not
    before a colon; and in the subjunctive unless the cue just says something."""
    toks, words = s.tokens, load_lexicon().words
    before = toks[: hit.index - 1]
    if toks[0].text.lower() in words.subordinators and not _main_clause_after(s, hit):
        return False
    colon = any(t.text == ":" for t in toks[hit.index : clause_end(toks, hit.index, len(toks)) + 1])
    # "Sie hänge nicht daran, erzählte sie: „…“": a main clause in the subjunctive
    # before the colon is reported speech (not "Auf die Frage, ob er … habe, sagte X:")
    first = before[1 : clause_end(toks, 0, hit.index)]
    if colon and not any(is_subjunctive(t, strict=True) for t in first):
        return False
    if not any(_verb_like(t.text) for t in before):
        return False
    if _fronted_phrase(s, hit):
        return False
    return hit.kind in ("assertive", "question") or any(is_subjunctive(t) for t in before[1:])


def before_cues(text: str, s: Sentence, hits: list[CueHit]) -> list[Found]:
    """Content before a postposed cue verb: "Die Lage sei ernst, sagte der Minister"."""
    found = []
    toks = s.tokens
    for hit in hits:
        if hit.noun:
            continue
        f = _wie_clause(text, s, hit)
        postposed = (
            "post" in hit.frames
            and hit.index > 2
            and toks[hit.index - 1].text == ","
            and _reportable(s, hit)
        )
        # "hieß es": a subject must follow, though "es" names no speaker
        if f is None and postposed and subject_after(toks, hit.index, len(toks)) is not None:
            who = subject_after_cue(toks, hit.index)
            f = indirect_found(text, s, (0, hit.index - 1), (hit.index, hit.end), who, 2)
        if f is not None:
            found.append(f)
    return found


def naming_clauses(text: str, s: Sentence, hits: list[CueHit]) -> list[Found]:
    """ "Es bezeichnet den Entwurf als ungeeignet": the object and its als-phrase
    after the verb (past an inverted subject), to the end of the sentence."""
    found = []
    toks = s.tokens
    for hit in hits:
        if not hit.als_content:
            continue
        who = speaker_of(toks, hit)
        start = who[1] if who is not None and who[0] == hit.end else hit.end
        words = [t.text for t in toks[start : clause_end(toks, start, len(toks))]]
        if "als" not in words or words[0] == "als":
            continue
        f = indirect_found(text, s, (start, len(toks)), (hit.index, hit.end), who, 0)
        if f is not None:
            found.append(f)
    return found


def indirect_speech(text: str, s: Sentence, hits: list[CueHit]) -> list[Found]:
    """Every indirect-speech candidate of one sentence (may overlap; detect merges)."""
    return (
        after_cues(text, s, hits)
        + before_cues(text, s, hits)
        + naming_clauses(text, s, hits)
        + frames(text, s)
    )
