"""The speaker candidate of a cue: the grammatical subject near it, as a span.

Names, descriptions ("der russische Präsident") and pronouns ("Er") are all
returned as written; the actors stage resolves them. Expletive "es" and
generic "man" give no speaker, nor does a source noun such as "Berichten".
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from lagebild.quotes.cues import CueHit, find_cues
from lagebild.quotes.grammar import (
    clause_end,
    finite_slot,
    is_function_word,
    is_nominative_start,
    is_word,
    np_end,
    np_start_before,
    opens_nominative,
    opens_subordinate,
    subject_after,
)
from lagebild.quotes.lexicon import load_lexicon
from lagebild.quotes.text import Token

TokenSpan = tuple[int, int]  # token indices [start, end)
# Quotation marks do not end a clause: "als sie von einem „Erfolg“ sprach".
_BREAKS = frozenset({",", ";", ":", "–"})
_POSSESSIVE = ("sein", "ihr", "unser", "mein", "euer", "eur", "dein")
_FOCUS = frozenset({"auch", "sogar", "selbst", "nur", "ebenfalls"})
_SUBORDINATE = frozenset({"wie", "als", "nachdem", "dass", "während", "weil", "ob", "bevor"})


def real_speaker(tokens: Sequence[Token], span: TokenSpan | None) -> TokenSpan | None:
    """`span` unless it names no speaker ("es", "man", "Berichten")."""
    if span is None:
        return None
    words = load_lexicon().words
    first = tokens[span[0]].text
    if span[1] - span[0] == 1 and first.lower() in words.expletive_pronouns:
        return None
    last = tokens[span[1] - 1].text
    # compounds of them too: "Verhandlungskreisen", "Koalitionskreisen"
    if last in words.non_speakers or last.lower().endswith(_non_speaker_ends()):
        return None
    return span


@lru_cache(maxsize=1)
def _non_speaker_ends() -> tuple[str, ...]:
    return tuple(sorted(w.lower() for w in load_lexicon().words.non_speakers))


def clause_start(tokens: Sequence[Token], i: int) -> int:
    """Index after the last clause break before `i`."""
    j = i
    while j > 0 and tokens[j - 1].text not in _BREAKS:
        j -= 1
    return j


def after_parenthesis(tokens: Sequence[Token], j: int) -> int:
    """ "Christian Lindner (FDP) sagte": the index after a short parenthesis at `j`."""
    if j < len(tokens) and tokens[j].text == "(":
        for k in range(j + 1, min(j + 6, len(tokens))):
            if tokens[k].text == ")":
                return k + 1
    return j


def _subject_around(tokens: Sequence[Token], start: int, pivot: int, stop: int) -> TokenSpan | None:
    """Subject of a verb-second clause whose finite verb is at `pivot`."""
    end = np_end(tokens, start) if start < pivot else None
    if end is not None and after_parenthesis(tokens, end) == pivot:
        return (start, end) if opens_nominative(tokens, start) else None
    return subject_after(tokens, pivot, stop)


def _apposition(tokens: Sequence[Token], start: int, stop: int) -> bool:
    """Is tokens[start:stop] an apposition: a noun phrase ("der Chef der Partei"),
    or one after a time adverb and with no verb ("damals AfD-Chef in Essen und
    heute Abgeordneter")?"""
    words = load_lexicon().words
    end = np_end(tokens, start)
    # with prepositional attributes: "Direktor der Klinik für Kardiologie"
    while end is not None and end < stop and tokens[end].text.lower() in words.prepositions:
        end = np_end(tokens, end + 1)
    if end == stop:
        return True
    if tokens[start].text.lower() not in words.adverbs or np_end(tokens, start + 1) is None:
        return False
    return not any(_verb_like(t) for t in tokens[start + 1 : stop])


def _verb_like(token: Token) -> bool:
    """A verb by the tagger, else a listed auxiliary or a lower-case open-class word
    that is no adjective form ("gewählt", "sagte"; not "neuen")."""
    if token.pos is not None:
        return token.pos in ("VERB", "AUX")
    text, words = token.text, load_lexicon().words
    if text in words.auxiliaries:
        return True
    if not text.isalpha() or not text.islower() or is_function_word(text):
        return False
    return text not in words.determiners and not text.endswith(("e", "en", "er", "es", "em"))


def _before_insert(tokens: Sequence[Token], comma: int) -> TokenSpan | None:
    """ "Boris Pistorius, der … ist, sagte": the phrase before a relative clause or
    apposition that ends at `comma`."""
    words = load_lexicon().words
    inserted = clause_start(tokens, comma)
    if inserted < 2 or tokens[inserted - 1].text != ",":
        return None
    first = tokens[inserted].text.lower()
    relative = first in words.relative_pronouns | words.relative_adverbs or (
        first in words.prepositions
        and inserted + 1 < comma
        and tokens[inserted + 1].text.lower() in words.relative_pronouns
    )
    if not relative and not _apposition(tokens, inserted, comma):
        return None
    head = clause_start(tokens, inserted - 1)
    end = np_end(tokens, head)
    return (head, end) if end == inserted - 1 else None


_RELATIVE_SUBJECTS = frozenset({"der", "die", "das", "welcher", "welche", "welches"})


def _relative_antecedent(tokens: Sequence[Token], start: int, cue: int) -> TokenSpan | None:
    """ "Briefe von Vermietern, die daran erinnern, dass …": a relative pronoun that
    is the cue's subject speaks for the phrase before the comma. Only where no
    other subject stands between pronoun and cue ("die er erhob": an object)."""
    if start < 2 or tokens[start - 1].text != "," or cue - start < 1:
        return None
    if tokens[start].text not in _RELATIVE_SUBJECTS:
        return None
    words = load_lexicon().words
    between = tokens[start + 1 : cue]
    if any(t.text[:1].isupper() or t.text.lower() in words.subject_pronouns for t in between):
        return None
    head = np_start_before(tokens, start - 1)
    return (head, start - 1) if head is not None else None


_RELATIVE_JOINS = frozenset({",", "und", "oder"})


def _after_relative_phrase(tokens: Sequence[Token], start: int, hit: CueHit) -> TokenSpan | None:
    """ "…, von denen Relotius behauptet, er habe …": in a relative clause opened
    by a preposition and a relative pronoun the verb comes last, and its subject
    follows the relative phrase (past adverbs and object pronouns)."""
    if not _closes_clause(tokens, hit):
        return None
    words = load_lexicon().words
    for j in range(hit.index - 2, max(start, 1) - 1, -1):
        opens = tokens[j - 1].text in _RELATIVE_JOINS and tokens[j].text in words.prepositions
        if opens and tokens[j + 1].text in words.relative_pronouns:
            found = subject_after(tokens, j + 1, hit.index)
            return found if found is not None and found[1] == hit.index else None
    return None


# werden: with a participle cue, the passive ("wurde gefragt", "beschimpft worden")
_WERDEN = frozenset({"wird", "werden", "wurde", "wurden", "worden", "würde", "würden", "werde"})


def passive(tokens: Sequence[Token], hit: CueHit) -> bool:
    """Is the cue a participle in the passive? Its subject is then the one spoken
    to or about ("Lucke war als … beschimpft worden"), so there is no speaker.
    An infinitive with werden is the future ("wird sagen"): active."""
    if hit.passive_speaks or hit.lemma.split()[-1].endswith(tokens[hit.index].text):
        return False
    start, stop = clause_start(tokens, hit.index), clause_end(tokens, hit.index, len(tokens))
    if any(t.text in _WERDEN for t in tokens[start:stop]):
        return True
    # "beschimpft, bedrängt und am Reden gehindert worden": coordinated participles,
    # not a clause of their own ("nahm an, dass … operiert worden", "behauptete,
    # ihm sei … gestohlen worden")
    words = load_lexicon().words
    for i in range(hit.index + 1, len(tokens)):
        if tokens[i].text == "worden":
            return True
        if tokens[i].text in words.auxiliaries or tokens[i].text.lower() in words.subordinators:
            return False
    return False


def _closes_clause(tokens: Sequence[Token], hit: CueHit) -> bool:
    """Does the cue end its clause, as the verb of a subordinate clause does ("wie
    er sagte,", "als sie es gesagt hatte")? "Als Grund nennen Bund und Länder …"
    is a main clause with an als-phrase first: its subject follows the cue."""
    stop = clause_end(tokens, hit.index, len(tokens))
    auxiliaries = load_lexicon().words.auxiliaries
    return all(t.text in auxiliaries or not is_word(t) for t in tokens[hit.end : stop])


def _shared_subject(tokens: Sequence[Token], comma: int) -> TokenSpan | None:
    """ "…“, berichtet Mazzucotelli, fügt aber rasch hinzu: …": a cue verb opening
    a clause with no subject shares the subject of the cue clause before the comma."""
    before = clause_start(tokens, comma)
    hits = [h for h in find_cues(tokens[:comma]) if h.index == before and not h.noun]
    if not hits:
        return None
    found = subject_after(tokens, hits[0].end - 1, comma)
    return real_speaker(tokens, found) if found is not None and found[1] == comma else None


def verb_speaker(tokens: Sequence[Token], hit: CueHit) -> TokenSpan | None:
    start = clause_start(tokens, hit.index)
    words = load_lexicon().words
    if passive(tokens, hit):
        return None
    if start + 1 < hit.index and tokens[start].text.lower() in words.coordinators | _FOCUS:
        # "Doch der Experte glaubt …", "Auch Ex-Minister Spahn spricht …": a conjunction
        # or focus particle precedes the first constituent
        start += 1
    if start == hit.index and start > 2 and tokens[start - 1].text == ",":
        inserted = _before_insert(tokens, start - 1)
        if inserted is not None:
            return real_speaker(tokens, inserted)
        shared = _shared_subject(tokens, start - 1)
        if shared is not None:
            return shared
    antecedent = _relative_antecedent(tokens, start, hit.index)
    if antecedent is not None:
        return real_speaker(tokens, antecedent)
    after_relative = _after_relative_phrase(tokens, start, hit)
    if after_relative is not None:
        return real_speaker(tokens, after_relative)
    if (
        start < hit.index
        and tokens[start].text.lower() in _SUBORDINATE
        and _closes_clause(tokens, hit)
    ):
        end = np_end(tokens, start + 1)
        return real_speaker(tokens, (start + 1, end)) if end is not None else None
    pivot = hit.index
    for j in range(start, hit.index):
        if tokens[j].text in words.auxiliaries and j > start:
            pivot = j
            break
    shared = _coordinated_subject(tokens, start, pivot, hit.index)
    if shared is not None:
        return real_speaker(tokens, shared)
    if start > 0 and start < hit.index and tokens[start].text in words.auxiliaries:
        # the finite verb first after a fronted clause: "…, hatte der Berater gesagt"
        found = subject_after(tokens, start, len(tokens))
    else:
        found = _subject_around(tokens, start, pivot, len(tokens))
    if found is None:
        found = _subject_before_apposition(tokens, start)
    if found is None and start == hit.index and start > 2 and tokens[start - 1].text == ",":
        found = _elided_subject(tokens, start - 1)
    if found is None:  # the word-form rules give up: ask the parse, if there is one
        found = parsed_subject(tokens, pivot)
    expletive = found is not None and found[1] - found[0] == 1 and tokens[found[0]].text == "es"
    if expletive or (found is None and tokens[start].text == "Aus"):
        # "In einer Mitteilung der Stadtwerke heißt es", "Aus dem Bericht geht
        # hervor, dass …": the source the clause names
        return real_speaker(tokens, _source_after(tokens, start))
    return real_speaker(tokens, found)


def _subject_before_apposition(tokens: Sequence[Token], start: int) -> TokenSpan | None:
    """ "an die der Premier von Sachsen-Anhalt, Reiner Haseloff (CDU), im Vorfeld
    folgende Erwartung formulierte": the cue's clause resumes after an apposition;
    its subject is the phrase before the apposition, after a relative pronoun or
    at the start of the clause."""
    if start < 4 or tokens[start - 1].text != ",":
        return None
    inserted = clause_start(tokens, start - 1)
    if inserted < 2 or tokens[inserted - 1].text != ",":
        return None
    end = np_end(tokens, inserted)
    if end is None or after_parenthesis(tokens, end) != start - 1:
        return None
    head = clause_start(tokens, inserted - 1)
    words = load_lexicon().words
    if head < inserted - 1 and tokens[head].text.lower() in words.prepositions:
        head += 1
    if head < inserted - 1 and tokens[head].text in words.relative_pronouns:
        head += 1
    phrase = np_end(tokens, head) if head < inserted - 1 else None
    if phrase is None or not is_nominative_start(tokens[head]):
        return None
    # "der Premier von Sachsen-Anhalt": an attribute with "von" runs to the comma
    if phrase != inserted - 1 and tokens[phrase].text not in ("von", "vom", "aus"):
        return None
    return (head, inserted - 1)


_CLAUSE_COORDINATORS = frozenset({"und", "oder", "aber", "sondern"})


def _coordinated_subject(
    tokens: Sequence[Token], start: int, pivot: int, cue: int
) -> TokenSpan | None:
    """ "Die Polizei zeigte sich handzahm und hatte mitgeteilt, …": a finite verb
    right after "und" with no subject of its own shares the subject of the clause
    before the conjunction."""
    k = pivot - 1
    if k <= start or tokens[k].text not in _CLAUSE_COORDINATORS:
        return None
    if pivot < cue and subject_after(tokens, pivot, cue) is not None:
        return None  # "und hatte die Polizei mitgeteilt": its own subject
    if start > 0 and _opens_with_verb(tokens, start, k):
        # "„…“, sagte Weikert zum Thema und betonte: …": the clause before "und"
        # opens with its verb after a fronted quote; its subject follows the verb
        return subject_after(tokens, start, k)
    return lead_in_subject(tokens, k, start)


_CLAUSES_BACK = 3  # clauses looked through for the subject an elliptic clause shares


def _zu_clause(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Is tokens[start:end] a zu-infinitive clause ("alle Zweifel zu entkräften")?"""
    words = [t.text for t in tokens[start:end] if t.text.isalpha()]
    return len(words) >= 2 and (words[-2] == "zu" or "zu" in words[-1][1:-2])


def _opens_with_verb(tokens: Sequence[Token], start: int, stop: int) -> bool:
    """Does the clause tokens[start:stop] open with its finite verb (a verb by its
    form or the tagger, or a cue verb: "sagte" has the ending of an adjective)?"""
    if _verb_like(tokens[start]):
        return True
    return any(h.index == start and not h.noun for h in find_cues(tokens[:stop]))


def _elided_subject(tokens: Sequence[Token], comma: int) -> TokenSpan | None:
    """ "„…“, weiß der Präsident, warnt aber: …", "Er versucht, alle Zweifel zu
    entkräften, schreibt etwa, …": a clause that opens with its finite verb and
    has no subject shares the subject of the main clause before the comma (after
    the verb where that clause opens with it; a zu-infinitive between is passed)."""
    end = comma
    for _ in range(_CLAUSES_BACK):
        start = clause_start(tokens, end)
        if start >= end:
            return None
        if _zu_clause(tokens, start, end) and start > 1 and tokens[start - 1].text == ",":
            end = start - 1
            continue
        if _opens_with_verb(tokens, start, end):
            if start == 0 or tokens[start - 1].text != ",":
                return None  # a question or a command
            return real_speaker(tokens, subject_after(tokens, start, end))
        return lead_in_subject(tokens, end, start)
    return None


# Subject labels of the TIGER (German spaCy models) and UD schemes.
_SUBJECT_DEPS = frozenset({"sb", "nsubj", "nsubj:pass"})


def parsed_subject(tokens: Sequence[Token], verb: int) -> TokenSpan | None:
    """The subject of `verb` by a dependency parse: its subject child's subtree.
    The subject hangs on one verb of a chain ("soll … gesagt haben"): from an
    auxiliary (UD `aux`) or a participle below its auxiliary (TIGER `oc`) the
    search goes on at its head."""
    if tokens[verb].dep is None:
        return None
    index = {t.start: i for i, t in enumerate(tokens)}
    for _ in range(_CHAIN):
        for j, token in enumerate(tokens):
            if j != verb and token.head == tokens[verb].start and token.dep in _SUBJECT_DEPS:
                members = [k for k in range(len(tokens)) if _governed_by(tokens, k, j, index)]
                return (min(members), max(members) + 1)
        head = tokens[verb].head
        if tokens[verb].dep not in _CHAIN_DEPS or head is None or head not in index:
            return None
        verb = index[head]
    return None


_CHAIN = 3  # verbs in a chain: "soll gesagt haben"
_CHAIN_DEPS = frozenset({"aux", "oc"})


def _governed_by(tokens: Sequence[Token], k: int, j: int, index: dict[int, int]) -> bool:
    """Is token `k` in the subtree of token `j`?"""
    for _ in range(len(tokens)):
        if k == j:
            return True
        head = tokens[k].head
        if head is None or head == tokens[k].start or head not in index:
            return False
        k = index[head]
    return False


def noun_speaker(tokens: Sequence[Token], hit: CueHit) -> TokenSpan | None:
    """ "die Vorwürfe Moskaus", "die Forderung der Opposition", or the clause subject."""
    j = hit.index + 1
    if j < len(tokens):
        if tokens[j].text in ("des", "der", "von", "vom"):
            start = j if tokens[j].text in ("des", "der") else j + 1
            end = np_end(tokens, start)
            if end is not None:
                return real_speaker(tokens, (start, end))
        end = np_end(tokens, j, genitive=False)
        if end is not None and tokens[j].text[:1].isupper() and tokens[j].text.endswith("s"):
            return real_speaker(tokens, (j, end))
    # Only one's own claim is the subject's: "seine Vorwürfe" (Lawrow's), but
    # "wies den Vorwurf zurück" rejects a claim of someone not named here.
    before = tokens[hit.index - 1].text.lower() if hit.index else ""
    if before in load_lexicon().words.determiners and not before.startswith(_POSSESSIVE):
        return None
    # "dementierte Berichte, wonach …": a claim the subject rejects is not theirs
    if any(h.rejecting and h.index < hit.index for h in find_cues(tokens)):
        return None
    start = clause_start(tokens, hit.index)
    slot = finite_slot(tokens, start, hit.index)
    if slot is None:
        return None
    if tokens[start].text.lower() == "für" and tokens[slot].text in _COPULAS:
        # "Für den Parteienrechtler X ist das ein klarer Hinweis auf …": X judges
        return phrase_at(tokens, start + 1)
    return real_speaker(tokens, _subject_around(tokens, start, slot, hit.index))


_COPULAS = frozenset({"ist", "sind", "sei", "seien", "war", "waren", "bleibt", "bleiben"})


def speaker_of(tokens: Sequence[Token], hit: CueHit) -> TokenSpan | None:
    return noun_speaker(tokens, hit) if hit.noun else verb_speaker(tokens, hit)


def subject_after_cue(tokens: Sequence[Token], k: int) -> TokenSpan | None:
    """The subject after a postposed cue ("…, sagte der Minister"), if a real one;
    after an expletive "es" the source the sentence names ("hieß es in einer
    Erklärung des Ministeriums", "hieß es aus dem Präsidentenpalast")."""
    found = subject_after(tokens, k, len(tokens))
    if found is not None and found[1] - found[0] == 1 and tokens[found[0]].text == "es":
        return _source_after(tokens, found[1])
    return real_speaker(tokens, found)


_GENITIVE = frozenset({"des", "der", "von", "vom"})


def _source_after(tokens: Sequence[Token], j: int) -> TokenSpan | None:
    lex = load_lexicon()
    nouns, words = lex.nouns, lex.words
    stop = clause_end(tokens, j, len(tokens))
    near = True  # only "es" and adverbs so far
    for i in range(j, stop - 1):
        low = tokens[i].text.lower()
        # "Aus dem Rathaus hieß es", "hieß es seitens der Stadt", "Von der Stadt
        # hieß es", "hieß es weiter beim Verband"
        if low in words.source_prepositions or (near and low in words.near_source_prepositions):
            seiten = low == "von" and tokens[i + 1].text.lower() == "seiten"  # "von Seiten der"
            return phrase_at(tokens, i + 2 if seiten and i + 2 < stop else i + 1)
        near = near and (low in words.adverbs or low in ("es", "hieß", "hiess", "heißt", "heisst"))
        if tokens[i].text in nouns and tokens[i + 1].text in _GENITIVE:
            return phrase_at(tokens, i + 1 if tokens[i + 1].text in ("des", "der") else i + 2)
    return None


def own_subject(tokens: Sequence[Token], frame_end: int) -> TokenSpan | None:
    """The subject of the sentence whose first constituent ends at `frame_end`
    ("Nach eigenen Angaben traf die Armee …"); with `frame_end` 0 (a frame later in
    the sentence) the subject of its main clause, as "eigen" refers to the subject,
    past a leading conjunction ("Und er meldet nichts, nach eigenen Angaben weil …")."""
    if frame_end == 0:
        return lead_in_subject(tokens, len(tokens))
    return real_speaker(tokens, subject_after(tokens, frame_end, len(tokens)))


def lead_in_subject(
    tokens: Sequence[Token], colon: int, start: int = 0, tagged: bool = False
) -> TokenSpan | None:
    """The subject of the main clause from `start` that a colon closes ("ZF
    veröffentlichte eine Mitteilung: …"): who announces what follows. A leading
    conjunction ("Doch X will …") and a fronted subordinate clause ("Wenn X kam,
    erinnerte er sich …": the subject follows the verb after its comma) are passed.
    `tagged`: the verb slot is checked against the tagger (`_tagged_slot`)."""
    words = load_lexicon().words
    if start < colon and tokens[start].text.lower() in words.coordinators:
        start += 1
    if start < colon and opens_subordinate(tokens, start, colon):
        comma = clause_end(tokens, start, colon)
        if comma + 1 >= colon or tokens[comma].text != ",":
            return None
        return real_speaker(tokens, subject_after(tokens, comma + 1, colon))
    slot = finite_slot(tokens, start, colon) or _slot_after_parenthesis(tokens, start, colon)
    if tagged:
        slot = _tagged_slot(tokens, slot, colon)
    if slot is None and start + 1 < colon and tokens[start].text.lower() in _FOCUS:
        # "Auch Landwirt Josef Huber ist betroffen": a focus particle before the subject
        start += 1
        slot = finite_slot(tokens, start, colon) or _slot_after_parenthesis(tokens, start, colon)
    if slot is None:
        return _apposed_subject(tokens, start, colon)
    return real_speaker(tokens, _subject_around(tokens, start, slot, colon))


# Tags of words that are never the finite verb of a clause.
_NOT_VERBS = frozenset({"ADP", "DET", "NOUN", "PROPN", "PRON", "NUM"})
_VERBS = frozenset({"VERB", "AUX"})


def _tagged_slot(tokens: Sequence[Token], slot: int | None, stop: int) -> int | None:
    """The verb-second slot checked against the tagger: the first constituent holds
    one phrase however long ("In der Nacht von Mittwoch auf Donnerstag um 0.16 Uhr
    schickt sie …"), so where the word-form rules stop inside it (the tagger reads
    a preposition or a noun there), the finite verb is the tagger's next verb."""
    if slot is None or tokens[slot].pos not in _NOT_VERBS:
        return slot
    return next((j for j in range(slot + 1, stop) if tokens[j].pos in _VERBS), None)


def _slot_after_parenthesis(tokens: Sequence[Token], start: int, stop: int) -> int | None:
    """ "Bürgermeister Thomas Bauer (CDU) verteidigte …": the finite verb after a
    subject with a short parenthesis (a party, an age, a place)."""
    end = np_end(tokens, start)
    if end is None or end >= stop or tokens[end].text != "(":
        return None
    j = after_parenthesis(tokens, end)
    if j == end or j >= stop or not tokens[j].text.isalpha() or not tokens[j].text.islower():
        return None
    return j


def _apposed_subject(tokens: Sequence[Token], start: int, stop: int) -> TokenSpan | None:
    """ "Ali Ertan Toprak, Präsident der Gemeinde, drückte … aus": the phrase
    before an apposition that the finite verb follows."""
    end = np_end(tokens, start)
    if end is None or end >= stop or tokens[end].text != ",":
        return None
    comma = clause_end(tokens, end + 1, stop)
    if comma + 1 >= stop or tokens[comma].text != "," or not tokens[comma + 1].text.islower():
        return None
    found = _before_insert(tokens, comma)
    return real_speaker(tokens, found) if found is not None and found[0] == start else None


_FIRST_PERSON = frozenset({"ich", "wir"})


def narrator_subject(
    tokens: Sequence[Token], hits: Sequence[CueHit], question: bool
) -> TokenSpan | None:
    """Who speaks in an unattributed quote after the narrating sentence `tokens`:
    its subject ("Er forderte die Kurden auf, …"); in an interview, the one the
    reporter asks ("Wir fragen sie, ob …" -> "sie") or the subject of the
    reporter's question ("Haben sie Kontakt …?" -> "sie"); never the reporter."""
    words = load_lexicon().words
    if question and tokens and tokens[0].text.lower() in words.auxiliaries:
        return real_speaker(tokens, subject_after(tokens, 0, len(tokens)))
    subject = lead_in_subject(tokens, len(tokens), tagged=True)
    if subject is None or tokens[subject[0]].text.lower() not in _FIRST_PERSON:
        return subject
    asked = [h for h in hits if h.kind == "question" and not h.noun]
    return _addressee(tokens, asked[0]) if asked else None


def _addressee(tokens: Sequence[Token], hit: CueHit) -> TokenSpan | None:
    """The object right after a question verb: "fragen sie", "fragte den Minister"."""
    words = load_lexicon().words
    j = hit.end
    while j < len(tokens) and tokens[j].text.lower() in words.adverbs:
        j += 1
    if j >= len(tokens):
        return None
    if tokens[j].text.lower() in words.object_pronouns | words.subject_pronouns:
        return (j, j + 1)
    end = np_end(tokens, j)
    return (j, end) if end is not None else None


def phrase_before(tokens: Sequence[Token], end: int) -> TokenSpan | None:
    """ "Dem Bericht zufolge": the noun phrase that ends at `end`."""
    start = np_start_before(tokens, end)
    return real_speaker(tokens, (start, end)) if start is not None else None


def phrase_at(tokens: Sequence[Token], start: int) -> TokenSpan | None:
    end = np_end(tokens, start)
    return real_speaker(tokens, (start, end)) if end is not None else None
