"""Loads the reviewed cue lexicon and word classes of `data/quotes/` once."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from lagebild.errors import ConfigError
from lagebild.quotes.conjugate import verb_forms

FRAMES = frozenset({"dass", "konj", "ob", "colon", "post", "naming", "zu"})


@dataclass(frozen=True)
class VerbCue:
    lemma: str
    kind: str
    frames: frozenset[str]
    particle: tuple[str, ...] = ()  # words that must stand later in the clause
    needs: tuple[str, ...] = ()  # one of these must follow in the clause
    rejecting: bool = False
    als_content: bool = False  # "bezeichnete X als Y": the object and its als-phrase
    not_reflexive: bool = False  # with "sich" it is no speech ("erinnerte sich daran")
    passive_speaks: bool = False  # "X wird … zitiert": the passive subject speaks
    modal_perception: bool = False  # "musste feststellen, dass": perceives, not says
    neg_raising: bool = False  # "glaubt nicht, dass p": believes that not p
    zu_request: bool = False  # "forderte X auf, … zu tun": the zu-infinitive is the request


@dataclass(frozen=True)
class NounCue:
    lemma: str
    kind: str
    frames: frozenset[str]
    source_frame: bool  # "nach Angaben von X"
    # a frame only with its source named: "nach ersten Erkenntnissen der Polizei",
    # not "lässt sich nach derzeitigen Erkenntnissen nicht …" (the writer's knowledge)
    needs_source: bool = False


@dataclass(frozen=True)
class WordClasses:
    nominative_determiners: frozenset[str]
    other_determiners: frozenset[str]
    subject_pronouns: frozenset[str]
    expletive_pronouns: frozenset[str]
    object_pronouns: frozenset[str]
    prepositions: frozenset[str]
    adverbs: frozenset[str]
    subordinators: frozenset[str]
    relative_pronouns: frozenset[str]
    coordinators: frozenset[str]
    subjunctive1: frozenset[str]
    subjunctive2: frozenset[str]
    not_verbs_in_e: frozenset[str]
    auxiliaries: frozenset[str]
    name_nouns: frozenset[str]
    non_speakers: frozenset[str]
    data_sources: frozenset[str]
    genitive_determiners: frozenset[str]
    research_nouns: frozenset[str]
    written_verbs: frozenset[str]
    receptive_verbs: frozenset[str]
    source_prepositions: frozenset[str]
    near_source_prepositions: frozenset[str]
    state_nouns: frozenset[str]
    abbreviations: frozenset[str]
    quantifiers: frozenset[str]
    adverb_endings: frozenset[str]
    possessives: frozenset[str]
    document_nouns: frozenset[str]
    document_anaphors: frozenset[str]
    interview_questions: frozenset[str]
    interview_answers: frozenset[str]
    indefinite_pronouns: frozenset[str]
    relative_adverbs: frozenset[str]
    person_noun_endings: frozenset[str]
    feminine_noun_endings: frozenset[str]

    @property
    def determiners(self) -> frozenset[str]:
        return self.nominative_determiners | self.other_determiners


@dataclass(frozen=True)
class CueLexicon:
    verbs_bare: dict[str, tuple[VerbCue, ...]]
    verbs_joined: dict[str, tuple[VerbCue, ...]]
    nouns: dict[str, NounCue]
    frame_words: dict[str, frozenset[str]]
    words: WordClasses

    @property
    def lemmas(self) -> list[str]:
        seen = {cue.lemma for cues in self.verbs_bare.values() for cue in cues}
        return sorted(seen)


def _read(name: str) -> dict[str, Any]:
    text = resources.files("lagebild.data").joinpath("quotes", name).read_text("utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise ConfigError("E402", path=f"lagebild/data/quotes/{name}", detail="not a mapping")
    return data


def _kind_frames(raw: dict[str, Any], kind: str) -> frozenset[str]:
    frames = raw["kinds"].get(kind)
    if frames is None or not set(frames) <= FRAMES:
        raise ConfigError("E402", path="lagebild/data/quotes/cues.yaml", detail=f"kind {kind}")
    return frozenset(frames)


def _verb_entry(entry: dict[str, Any], frames: frozenset[str]) -> tuple[VerbCue, str, Any]:
    lemma: str = entry["lemma"]
    particle: str | None = entry.get("particle")
    verb = lemma.split()[-1]
    # the separable particle is the last of the fixed words ("als erwiesen ansehen")
    last = particle.split()[-1] if particle else ""
    if last and verb.startswith(last) and verb != last:
        verb = verb[len(last) :]
    cue = VerbCue(
        lemma=lemma,
        kind=entry["kind"],
        frames=frames,
        particle=tuple(particle.split()) if particle else (),
        needs=tuple(entry.get("needs", ())),
        rejecting=bool(entry.get("rejecting", False)),
        als_content=bool(entry.get("als_content", False)),
        not_reflexive=bool(entry.get("not_reflexive", False)),
        passive_speaks=bool(entry.get("passive_speaks", False)),
        modal_perception=bool(entry.get("modal_perception", False)),
        neg_raising=bool(entry.get("neg_raising", False)),
        zu_request=bool(entry.get("zu_request", False)),
    )
    return (
        cue,
        verb,
        verb_forms(verb, tuple(entry["strong"]) if "strong" in entry else None, particle),
    )


def _verbs(
    raw: dict[str, Any], closed: frozenset[str]
) -> tuple[dict[str, tuple[VerbCue, ...]], dict[str, tuple[VerbCue, ...]]]:
    bare: dict[str, list[VerbCue]] = defaultdict(list)
    joined: dict[str, list[VerbCue]] = defaultdict(list)
    for entry in raw["verbs"]:
        cue, _verb, forms = _verb_entry(entry, _kind_frames(raw, entry["kind"]))
        for form in forms.bare - closed:
            bare[form].append(cue)
        for form in forms.joined - closed:
            joined[form].append(cue)
    return {k: tuple(v) for k, v in bare.items()}, {k: tuple(v) for k, v in joined.items()}


def _nouns(raw: dict[str, Any]) -> dict[str, NounCue]:
    nouns: dict[str, NounCue] = {}
    for entry in raw["nouns"]:
        cue = NounCue(
            lemma=entry["forms"][0],
            kind=entry["kind"],
            frames=_kind_frames(raw, entry["kind"]),
            source_frame=bool(entry.get("frame", False)),
            needs_source=entry.get("frame") == "sourced",
        )
        for form in entry["forms"]:
            nouns[form] = cue
    return nouns


def _words(raw: dict[str, Any]) -> WordClasses:
    def s(key: str) -> frozenset[str]:
        return frozenset(str(w) for w in raw[key])

    return WordClasses(
        nominative_determiners=frozenset(raw["determiners"]["nominative"]),
        other_determiners=frozenset(raw["determiners"]["other"]),
        subject_pronouns=s("subject_pronouns"),
        expletive_pronouns=s("expletive_pronouns"),
        object_pronouns=s("object_pronouns"),
        prepositions=s("prepositions"),
        adverbs=s("adverbs"),
        subordinators=s("subordinators"),
        relative_pronouns=s("relative_pronouns"),
        coordinators=s("coordinators"),
        subjunctive1=s("subjunctive1"),
        subjunctive2=s("subjunctive2"),
        not_verbs_in_e=s("not_verbs_in_e"),
        auxiliaries=s("auxiliaries"),
        name_nouns=s("name_nouns"),
        non_speakers=s("non_speakers"),
        data_sources=s("data_sources"),
        genitive_determiners=s("genitive_determiners"),
        research_nouns=s("research_nouns"),
        written_verbs=s("written_verbs"),
        receptive_verbs=s("receptive_verbs"),
        source_prepositions=s("source_prepositions"),
        near_source_prepositions=s("near_source_prepositions"),
        state_nouns=s("state_nouns"),
        abbreviations=s("abbreviations"),
        quantifiers=s("quantifiers"),
        adverb_endings=s("adverb_endings"),
        possessives=s("possessives"),
        document_nouns=s("document_nouns"),
        document_anaphors=s("document_anaphors"),
        interview_questions=s("interview_questions"),
        interview_answers=s("interview_answers"),
        indefinite_pronouns=s("indefinite_pronouns"),
        relative_adverbs=s("relative_adverbs"),
        person_noun_endings=s("person_noun_endings"),
        feminine_noun_endings=s("feminine_noun_endings"),
    )


@lru_cache(maxsize=1)
def load_lexicon() -> CueLexicon:
    """The packaged lexicon; raises `ConfigError` (E402) if a file is malformed."""
    cues, words_raw = _read("cues.yaml"), _read("words.yaml")
    try:
        words = _words(words_raw)
        closed = words.determiners | words.subject_pronouns | words.prepositions
        bare, joined = _verbs(cues, closed)
        frame_words = {k: frozenset(v) for k, v in cues["frames"].items()}
        return CueLexicon(bare, joined, _nouns(cues), frame_words, words)
    except (KeyError, TypeError) as exc:
        raise ConfigError("E402", path="lagebild/data/quotes", detail=repr(exc)) from exc
