"""Speech events from the quotes stage: praise or criticism inside a quote.

A quote with a known speaker whose words carry a praise cue ("engste Verbündete",
"Allianz mit einer strahlenden Zukunft") is SUPPORT by the speaker; one with a
criticism cue ("Lüge", "inakzeptabel") is ACCUSE disapprove; one that says someone
broke a rule or deceived ("sei eine Fälschung", "verstoße gegen") is ACCUSE allege
(an attribute is not: "gefälschte Nachrichten" names a kind of thing); one with a
demand cue ("Unsere Forderung ist", "braucht es dringend", "muss endlich") is
REQUEST, unless the demand verb is a passive relative clause that names what is
demanded ("Nicht alles, was gefordert wird, sei berechtigt"). The cue lists are in
`extractor.yaml` (`speech`). A quote with cues of
more than one type is left alone.

The target is an actor named in the quote's sentence other than the speaker and
the speaker's own country; failing that, the counterpart of the nearest earlier
event mention in which the speaker took part (praise spoken during a visit is
addressed to the host); failing that, none here, and the context rule
(`focus.py`) may supply one. Date and place come from the sentence, else from that
event. A quote whose cue verb is already a trigger ("kritisierte") adds nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from lagebild.events.actor_index import ActorIndex, ActorRef
from lagebild.events.attributes import ArticleFacts, time_in
from lagebild.events.confidence import Features, confidence
from lagebild.events.config import ExtractorConfig
from lagebild.events.merge import EventMention
from lagebild.events.triggers import names_demanded_thing
from lagebild.models import Article, Quote

# PLOVER type and mode of each speech act (praise and demands have no mode of
# their own); an allegation is an ACCUSE that says the target broke a rule.
_TYPES = {"SUPPORT": "SUPPORT", "ACCUSE": "ACCUSE", "ALLEGE": "ACCUSE", "REQUEST": "REQUEST"}
_MODES: dict[str, str | None] = {
    "SUPPORT": None, "ACCUSE": "disapprove", "ALLEGE": "allege", "REQUEST": None,
}  # fmt: skip


def _kinds(cfg: ExtractorConfig) -> tuple[tuple[str, Sequence[str]], ...]:
    speech = cfg.speech
    return (
        ("SUPPORT", speech.praise),
        ("ACCUSE", speech.criticism),
        ("ALLEGE", speech.allegation),
        ("REQUEST", speech.demand),
    )


def _cameo(kind: str, cfg: ExtractorConfig) -> str:
    speech = cfg.speech
    return {
        "SUPPORT": speech.praise_cameo,
        "ACCUSE": speech.criticism_cameo,
        "ALLEGE": speech.allegation_cameo,
        "REQUEST": speech.demand_cameo,
    }[kind]


def _cue(words: Sequence[str], cues: Sequence[str]) -> int | None:
    """Index of the first word that is a cue or ends in one (compounds)."""
    folded = [c.casefold() for c in cues]
    for i, word in enumerate(words):
        w = word.casefold()
        if w in folded or any(len(w) > len(c) + 2 and w.endswith(c) for c in folded if len(c) > 4):
            return i
    return None


def _first(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else min(a, b)


def _counterpart(
    speaker: str, before: int, mentions: Sequence[EventMention], actors: ActorIndex
) -> EventMention | None:
    home = actors.country(speaker)
    for mention in sorted(mentions, key=lambda m: -m.trigger[0]):
        if mention.trigger[0] >= before or speaker not in mention.participants:
            continue
        if any(_other(a, speaker, home, actors) for a in mention.participants):
            return mention
    return None


def _other(actor: str, speaker: str, home: str | None, actors: ActorIndex) -> bool:
    if actor == speaker:
        return False
    return home is None or actors.country(actor) != home


def _sentence_actors(span: SpacySpan, speaker: str, actors: ActorIndex) -> list[str]:
    home = actors.country(speaker)
    found: list[str] = []
    for token in span.sent:
        hit = actors.actor_at(token)
        if hit and _other(hit[0], speaker, home, actors) and actors.type_of(hit[0]) != "LOC":
            found.append(hit[0])
    return list(dict.fromkeys(found))


def _one(
    quote: Quote,
    doc: Doc,
    actors: ActorIndex,
    mentions: Sequence[EventMention],
    cfg: ExtractorConfig,
    facts: ArticleFacts,
) -> EventMention | None:
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    speaker = quote.speaker or cue_speaker(quote, span, actors, cfg)
    if speaker is None:
        return None
    words = [t.lemma_ or t.text for t in span]
    texts = [t.text for t in span]
    # An attribute names a kind of thing ("gefälschte Nachrichten"), no one's deed.
    bare = ["" if t.tag_ == "ADJA" else w for t, w in zip(span, words, strict=True)]
    bare_texts = ["" if t.tag_ == "ADJA" else w for t, w in zip(span, texts, strict=True)]
    # A demand verb whose passive relative clause names the thing demanded ("was
    # gefordert wird") is no demand of the speaker's.
    asked = ["" if names_demanded_thing(t, actors) else w for t, w in zip(span, words, strict=True)]
    asked_texts = [
        "" if names_demanded_thing(t, actors) else w for t, w in zip(span, texts, strict=True)
    ]
    found = {
        kind: _first(_cue(bare, cues), _cue(bare_texts, cues))
        if kind == "ALLEGE"
        else _first(_cue(asked, cues), _cue(asked_texts, cues))
        if kind == "REQUEST"
        else _first(_cue(words, cues), _cue(texts, cues))
        for kind, cues in _kinds(cfg)
    }
    present = [(kind, i) for kind, i in found.items() if i is not None]
    if len({_TYPES[kind] for kind, _ in present}) != 1:  # no cue, or mixed: unclear
        return None
    # Criticism and allegation together are one ACCUSE, coded by its first cue.
    present.sort(key=lambda hit: hit[1])
    kind, index = present[0]
    sentence = span.sent
    if any(
        m.type == _TYPES[kind] and speaker in m.source and _within(m, sentence) for m in mentions
    ):
        return None
    if kind == "ALLEGE" and any(
        m.type == "CONCEDE" and speaker in m.source and _within(m, sentence) for m in mentions
    ):  # "gesteht, Geschichten manipuliert zu haben": a confession accuses no one
        return None
    earlier = _counterpart(speaker, quote.start, mentions, actors)
    targets = _sentence_actors(span, speaker, actors)
    if not targets and earlier is not None:
        home = actors.country(speaker)
        targets = sorted(a for a in earlier.participants if _other(a, speaker, home, actors))
    cue = span[index or 0]
    block_kind = facts.block_kind(cue.idx)
    features = Features("QUOTE", "medium", "speaker", bool(targets),
                        (ActorRef(speaker, "name", 1),), "realized", block_kind)  # fmt: skip
    return EventMention(
        type=_TYPES[kind],
        source=frozenset({speaker}),
        target=frozenset(targets),
        trigger=(cue.idx, cue.idx + len(cue.text)),
        evidence=(quote.start, quote.end),
        mode=_MODES[kind],
        date=time_in(facts.times, sentence.start_char, sentence.end_char)
        or (earlier.date if earlier else None),
        location=earlier.location if earlier else None,
        block_kind=block_kind,  # type: ignore[arg-type]
        confidence=confidence(features, cfg.confidence),
        cameo=_cameo(kind, cfg),
    )


def cue_speaker(
    quote: Quote, span: SpacySpan, actors: ActorIndex, cfg: ExtractorConfig
) -> str | None:
    """When the quotes stage named no speaker: the actor of the cue verb's subject
    in the quote's sentence or the one before ("erklärte der russische Präsident")."""
    if not quote.cue:
        return None
    word = quote.cue.split()[0].casefold()
    sentence = span.sent
    start = sentence[0].nbor(-1).sent.start if sentence.start > 0 else sentence.start
    for token in span.doc[start : sentence.end]:
        if token.text.casefold() != word:
            continue
        verb = token if token.pos_ in {"VERB", "AUX"} else token.head
        for child in verb.children:
            if child.dep_ in cfg.subject_deps:
                refs = actors.phrase_actors(child, cfg)
                if refs:
                    return refs[0].actor
    return None


def _within(mention: EventMention, sentence: SpacySpan) -> bool:
    return sentence.start_char <= mention.trigger[0] < sentence.end_char


def speech_mentions(
    article: Article,
    doc: Doc,
    actors: ActorIndex,
    mentions: Sequence[EventMention],
    cfg: ExtractorConfig,
    facts: ArticleFacts,
) -> list[EventMention]:
    found = []
    for quote in article.quotes:
        mention = _one(quote, doc, actors, mentions, cfg, facts)
        if mention is not None:
            found.append(mention)
    return found
