"""Finds speech cues in one sentence: verb forms from the lexicon (with their
separable particle and required preposition) and cue nouns."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lagebild.quotes.grammar import clause_end, is_capitalised
from lagebild.quotes.lexicon import CueLexicon, VerbCue, load_lexicon
from lagebild.quotes.text import Token


@dataclass(frozen=True)
class CueHit:
    index: int  # the cue word's token index in the sentence
    end: int  # token index after the cue text ("sprach von" covers two)
    lemma: str
    kind: str
    frames: frozenset[str]
    noun: bool = False
    source_frame: bool = False
    rejecting: bool = False  # bestreiten, dementieren: the content is someone else's
    als_content: bool = False  # bezeichnen: "X als Y" after the verb is what was said
    passive_speaks: bool = False  # zitieren: "X wird zitiert" still names the speaker
    neg_raising: bool = False  # glauben: "glaubt nicht, dass p" still reports
    zu_request: bool = False  # auffordern: "forderte X auf, … zu tun" reports the request


def _particle_before(tokens: Sequence[Token], i: int, words: tuple[str, ...]) -> bool:
    """Fixed words written apart stand right before a participle or infinitive at
    the clause end ("hat zum Ausdruck gebracht", "wurde in Aussicht gestellt",
    "hat deutlich gemacht")."""
    n = len(words)
    return i >= n and tuple(t.text for t in tokens[i - n : i]) == words


def _has_particle(tokens: Sequence[Token], start: int, stop: int, words: tuple[str, ...]) -> bool:
    """The separable particle closes the clause ("räumte am Montag ein, dass"),
    where a preposition of the same form would not ("nimmt an der Sitzung teil")."""
    texts = [t.text for t in tokens[start:stop] if t.text[:1].isalnum()]
    return tuple(texts[-len(words) :]) == words


_BREAKS = frozenset({",", ";", ":", "–", "(", ")"})


def _needs_at(tokens: Sequence[Token], i: int, stop: int, cue: VerbCue) -> int | None:
    """Index of the required word ("von" for sprechen), or -1 if none is needed.
    It follows the verb, or precedes it where the verb ends its clause
    ("während die Regierung von einem Erfolg sprach")."""
    if not cue.needs:
        return -1
    for j in range(i + 1, stop):
        if tokens[j].text in cue.needs:
            return j
    j = i - 1
    while j >= 0 and tokens[j].text not in _BREAKS:
        # fronted, capitalised or contracted too: "Vom größten Problem spricht X"
        word = tokens[j].text.lower()
        if word in cue.needs or (word == "vom" and "von" in cue.needs):
            return j
        j -= 1
    return None


_SEIN = frozenset({"ist", "sind", "war", "waren", "sei", "wäre", "bleibt"})
_LOOKBACK = 4  # tokens between "ist" and its zu-infinitive ("ist auch davon auszugehen")


def _modal_infinitive(tokens: Sequence[Token], i: int) -> bool:
    """ "Es ist davon auszugehen, dass …", "Ihm ist anzumerken, dass …": sein with
    a zu-infinitive says what one can or must do; nobody is speaking."""
    text = tokens[i].text
    zu_form = (i > 0 and tokens[i - 1].text == "zu") or ("zu" in text[1:-3] and text.endswith("en"))
    if not zu_form:
        return False
    return any(t.text in _SEIN for t in tokens[max(0, i - _LOOKBACK) : i])


def _reflexive(tokens: Sequence[Token], i: int, stop: int) -> bool:
    """Is there a "sich" in the verb's clause ("erinnerte er sich daran")?"""
    j = i
    while j > 0 and tokens[j - 1].text not in _BREAKS:
        j -= 1
    return any(t.text == "sich" for t in tokens[j:stop])


def _after_modal(tokens: Sequence[Token], i: int, lex: CueLexicon) -> bool:
    """Is the verb at `i` an infinitive after a modal or werden in its clause
    ("musste zu ihrem Leidwesen feststellen")? Haben and sein take participles."""
    if not tokens[i].text.endswith("en"):
        return False
    j = i
    while j > 0 and tokens[j - 1].text not in _BREAKS:
        j -= 1
    return any(t.text in lex.words.auxiliaries for t in tokens[j:i])


_PARENTHESIS = 6  # tokens of a short parenthesis inside a clause ("der Sportbund (DOSB)")


def _clause_stop(tokens: Sequence[Token], i: int) -> int:
    """The clause end after the verb at `i`, past a short parenthesis: the
    particle of "teilte der Sportbund (DOSB) am Abend mit" closes the clause."""
    stop = clause_end(tokens, i, len(tokens))
    while stop < len(tokens) and tokens[stop].text == "(":
        close = next(
            (
                j
                for j in range(stop + 1, min(len(tokens), stop + _PARENTHESIS))
                if tokens[j].text == ")"
            ),
            None,
        )
        if close is None:
            break
        stop = clause_end(tokens, close, len(tokens))
    return stop


def _verb_hit(tokens: Sequence[Token], i: int, lex: CueLexicon) -> CueHit | None:
    text = tokens[i].text
    if text not in lex.verbs_bare and text not in lex.verbs_joined:
        return None
    before = tokens[i - 1].text.lower() if i > 1 else ""
    nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
    words = lex.words
    if (before in words.determiners or before in words.prepositions) and nxt[:1].isupper():
        return None  # an adjective: "auf wiederholte Nachfrage", "die erwartete Wende"
    if _modal_infinitive(tokens, i):
        return None
    stop = _clause_stop(tokens, i)
    candidates = [(c, False) for c in lex.verbs_joined.get(text, ())]
    candidates += [(c, True) for c in lex.verbs_bare.get(text, ())]
    # Prefer entries whose particle is present: "sagte ... zu" is zusagen, not sagen.
    candidates.sort(key=lambda pair: -len(pair[0].particle) if pair[1] else 0)
    for cue, bare in candidates:
        if not cue.frames:
            continue  # a wish or fear ("hofft, dass …"): an attitude, no speech
        if (
            bare
            and cue.particle
            and not _has_particle(tokens, i + 1, stop, cue.particle)
            and not _particle_before(tokens, i, cue.particle)
        ):
            continue
        needed = _needs_at(tokens, i, stop, cue)
        if needed is None:
            continue
        if cue.not_reflexive and _reflexive(tokens, i, stop):
            continue
        if cue.modal_perception and _after_modal(tokens, i, lex):
            continue
        # "sprach von" is the cue; the "es" of "hieß es" is its subject, not part of it
        joined = needed == i + 1 and tokens[needed].text.lower() not in lex.words.expletive_pronouns
        end = needed + 1 if joined else i + 1
        return CueHit(
            i,
            end,
            cue.lemma,
            cue.kind,
            cue.frames,
            rejecting=cue.rejecting,
            als_content=cue.als_content,
            passive_speaks=cue.passive_speaks,
            neg_raising=cue.neg_raising,
            zu_request=cue.zu_request,
        )
    return None


def find_cues(tokens: Sequence[Token], blocked: frozenset[int] = frozenset()) -> list[CueHit]:
    """Cue hits in text order; tokens in `blocked` (inside quotes) are skipped."""
    lex = load_lexicon()
    hits: list[CueHit] = []
    for i, token in enumerate(tokens):
        if i in blocked:
            continue
        noun = lex.nouns.get(token.text)
        if noun is not None and noun.frames:
            hits.append(
                CueHit(i, i + 1, noun.lemma, noun.kind, noun.frames, True, noun.source_frame)
            )
            continue
        if is_capitalised(token) and i > 0:
            continue
        hit = _verb_hit(tokens, i, lex)
        if hit is not None:
            hits.append(hit)
    return hits
