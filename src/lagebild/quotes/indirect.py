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
    subject_after,
    subjunctive_clause,
)
from lagebild.quotes.lexicon import load_lexicon
from lagebild.quotes.speakers import (
    clause_start,
    phrase_at,
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
    return "zu" in words[-3:-1] or (
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


def complement_start(s: Sentence, hit: CueHit) -> int | None:
    """Token index where the content clause after a cue starts, or None."""
    toks, frames = s.tokens, hit.frames
    comma = _next_comma(s, hit.end - 1)
    if comma is None:
        return None
    c, lex = comma + 1, load_lexicon()
    low = toks[c].text.lower()
    if low in lex.frame_words["dass"] and "dass" in frames:
        return c
    if low in lex.frame_words["ob"] and "ob" in frames and not hit.noun:
        return c
    if "konj" in frames and subjunctive_clause(toks, c, len(toks), strict=False):
        return c
    if "zu" in frames and not hit.noun and _zu_infinitive(s, c):
        return c
    if "konj" in frames and not hit.noun and not _has_object(s, hit.end, comma):
        return c if _indicative_v2(s, c) else None
    return None


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


def _in_first_constituent(s: Sentence, hit: CueHit) -> bool:
    slot = finite_slot(s.tokens, 0, len(s.tokens))
    return slot is None or slot > hit.index


def _content_stop(s: Sentence, start: int, hit: CueHit) -> int:
    """Where the content clause after `hit` ends: before a postposed attribution
    (", sagte er"), or, after a cue noun opening the sentence, before the main
    clause goes on ("Die Kritik, das sei falsch, wies sie zurück")."""
    toks, lex = s.tokens, load_lexicon()
    fronted = hit.noun and _in_first_constituent(s, hit)
    for j in range(start + 1, len(toks) - 1):
        if toks[j].text != "," or j in s.blocked:
            continue
        nxt = toks[j + 1].text
        if nxt in lex.verbs_bare or nxt in lex.verbs_joined:
            return j
        if fronted and nxt.islower() and nxt.isalpha() and not is_function_word(nxt):
            return j
    return len(toks)


def _in_phrase(s: Sentence, hit: CueHit) -> bool:
    """Is the cue noun inside a prepositional phrase ("in einer Erklärung")?
    Such a noun names the channel, not the claim: the verb's clause is not its."""
    words = load_lexicon().words
    j = hit.index - 1
    while j >= 0 and j > hit.index - 4 and s.tokens[j].text.lower() in words.determiners:
        j -= 1
    return j >= 0 and s.tokens[j].text.lower() in words.prepositions


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
    dass …") or when the writer speaks ("als wir sagen, dass …"): the first
    person outside quotation marks is the reporter, not an actor."""
    if hit.noun:
        return True
    toks = s.tokens
    clause = range(clause_start(toks, hit.index), start)
    if any(toks[j].text in _NEGATIONS and j not in s.blocked for j in clause):
        return False
    return who is None or who[1] - who[0] > 1 or toks[who[0]].text.lower() not in _FIRST_PERSON


def after_cues(text: str, s: Sentence, hits: list[CueHit]) -> list[Found]:
    found = []
    for start, hit in _pick(s, hits).items():
        cue, stop = (hit.index, hit.end), _content_stop(s, start, hit)
        who = speaker_of(s.tokens, hit)
        if not _reports(s, hit, who, start):
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
    who = phrase_at(toks, start + 1)
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


def _reportable(s: Sentence, hit: CueHit) -> bool:
    """Is the text before a postposed cue a clause it can report? Not a fronted
    subordinate clause or a date ("Am Sonntag, 15. März, verkündete er"), not
    before a colon; and in the subjunctive unless the cue just says something."""
    toks, words = s.tokens, load_lexicon().words
    before = toks[: hit.index - 1]
    if toks[0].text.lower() in words.subordinators:
        return False
    if any(t.text == ":" for t in toks[hit.index : clause_end(toks, hit.index, len(toks)) + 1]):
        return False
    if not any(_verb_like(t.text) for t in before):
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
