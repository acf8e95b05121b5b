"""The German PLOVER trigger lexicon and the status and context cue lists.

Reviewed data under `lagebild/data/events/`: one YAML file per PLOVER type in
`triggers/` (sections `verbs`, `nouns`, `multiword`), `status_cues.yaml`,
`context_cues.yaml` and `grammar.yaml`. Loading validates every entry (pydantic
schema, then against the CAMEO and PLOVER tables) and raises `ConfigError` E402.

    lex = Lexicon.load()
    lex.lookup("schlagen", particle="vor")            # vorschlagen -> AGREE
    lex.lookup("Besuch", pos="NOUN")                  # CONSULT visit, genitive = source
    lex.match_multiword(["Kritik", "scharf", "üben"])  # "Kritik üben" -> ACCUSE

`Refinements.load().code(entry, theme_lemmas)` specialises an entry's default
coding by what the event is about (liefern + Waffen -> AID 072, military).
Entries per type: `python -m lagebild.events.build_tables --counts`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.abc import Traversable
from itertools import product
from typing import Any, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from lagebild.errors import ConfigError
from lagebild.events import codes

PloverType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]  # fmt: skip
Pos = Literal["VERB", "NOUN", "MWE"]
Status = Literal["realized", "planned", "proposed", "hypothetical", "negated"]
SECTIONS: dict[str, Pos] = {"verbs": "VERB", "nouns": "NOUN", "multiword": "MWE"}
# spaCy's coarse tags that a caller may pass as `pos`.
_POS_ALIASES: dict[str, Pos] = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "PROPN": "NOUN"}
# A sense cue matches as a compound's head from this length on ("Politik" in
# "Geldpolitik"; not "Rat" in "Vorrat").
_CUE_HEAD_MIN = 6
# A compound head must be at least this long to count ("Krieg" yes, "Amt" no).
_MIN_HEAD = 4


class MeasureSense(BaseModel):
    """What an advocacy trigger is when its phrase names a measure, not an actor."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    prep: str
    type: PloverType
    mode: str | None = None
    cameo: str = Field(pattern=r"^\d{2,4}$")

    def of(self, entry: TriggerEntry) -> TriggerEntry:
        """The entry recoded as this sense."""
        changes = {"type": self.type, "mode": self.mode, "cameo": self.cameo, "measure": None}
        return entry.model_copy(update=changes)


class TriggerEntry(BaseModel):
    """One sense of one trigger word or construction."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: PloverType
    pos: Pos
    lemma: str = Field(min_length=2)
    particle: str | None = None
    parts: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    mode: str | None = None
    cameo: str = Field(pattern=r"^\d{2,4}$")
    context: tuple[str, ...] = ()
    # Argument hints for the role extractor: what the accusative / dative object
    # is, what the genitive of a noun trigger is, and which prepositions mark the
    # recipient. Subject = actor, and passive von/durch = actor, hold everywhere.
    obj: Literal["target", "theme", "none"] = "target"
    dat: Literal["target", "none"] = "none"
    gen: Literal["source", "target", "none"] = "none"
    preps: tuple[str, ...] = ()
    reciprocal: bool = False
    # Sense restrictions: a preposition that must attach to the trigger, or any of
    # these lemmas somewhere in the clause.
    requires_prep: str | None = None
    requires_any: tuple[str, ...] = ()
    # Lemmas that rule this sense out (Maßnahmen treffen is no meeting).
    excludes_any: tuple[str, ...] = ()
    # The sense when the phrase of `measure.prep` names no actor: "sich für Merz
    # aussprechen" backs him, "sich für mehr Investitionen aussprechen" (or "dafür,
    # dass ...") calls for a measure. The trigger finder decides (it knows the actors).
    measure: MeasureSense | None = None
    ambiguity: Literal["low", "medium", "high"] = "low"
    note: str = ""

    @model_validator(mode="after")
    def _shape(self) -> TriggerEntry:
        if self.pos == "MWE" and len(self.parts) < 2:
            raise ValueError("a multiword entry needs at least two parts")
        if self.pos != "MWE" and self.parts:
            raise ValueError("only multiword entries have parts")
        if self.particle and not self.lemma.startswith(self.particle):
            raise ValueError(f"particle {self.particle!r} does not start {self.lemma!r}")
        return self

    @property
    def base(self) -> str:
        """The verb without its separable particle (vorschlagen -> schlagen)."""
        return self.lemma[len(self.particle) :] if self.particle else self.lemma

    @property
    def key(self) -> tuple[str, ...]:
        """What makes two entries duplicates."""
        return (
            self.type, self.pos, self.lemma.casefold(), self.requires_prep or "",
            *sorted(x.casefold() for x in self.requires_any),
        )  # fmt: skip

    def allows(self, clause_lemmas: Iterable[str], preps: Iterable[str] = ()) -> bool:
        """Whether this sense's restrictions hold in a clause."""
        attached = {p.casefold() for p in preps}
        if self.requires_prep and self.requires_prep.casefold() not in attached:
            return False
        present = {lemma.casefold() for lemma in clause_lemmas}
        if _covered(self.excludes_any, present):
            return False
        return not self.requires_any or _covered(self.requires_any, present)


def _covered(words: Iterable[str], present: set[str]) -> bool:
    """Whether a clause has one of the words, or a compound whose head is one of the
    nouns: German compounds are head-final ("Geldpolitik" is a Politik). Short
    heads would match inside other words ("Rat" in "Vorrat"), so only nouns of at
    least `_CUE_HEAD_MIN` letters count as heads."""
    folded = {w.casefold() for w in words}
    if present & folded:
        return True
    heads = [w.casefold() for w in words if w[:1].isupper() and len(w) >= _CUE_HEAD_MIN]
    return any(p.endswith(h) and len(p) > len(h) for p in present for h in heads)


@dataclass(frozen=True)
class MultiwordMatch:
    entry: TriggerEntry
    indices: tuple[int, ...]  # one position per part, in the order of `entry.parts`

    @property
    def span(self) -> tuple[int, int]:
        return min(self.indices), max(self.indices) + 1


def _data_dir() -> Traversable:
    return resources.files("lagebild.data").joinpath("events")


def _load_yaml(file: Traversable) -> Any:
    try:
        return yaml.safe_load(file.read_text("utf-8"))
    except yaml.YAMLError as exc:
        raise ConfigError("E402", path=str(file), detail=str(exc)) from exc


_Model = TypeVar("_Model", bound=BaseModel)


def _checked_file(name: str, model: type[_Model]) -> _Model:
    """A data file validated by its schema and, where the model has one, its `problems()`."""
    file = _data_dir().joinpath(name)
    try:
        loaded = model.model_validate(_load_yaml(file))
    except ValidationError as exc:
        raise ConfigError("E402", path=str(file), detail=str(exc)) from exc
    problems = getattr(loaded, "problems", None)
    found = problems() if callable(problems) else []
    if found:
        raise ConfigError("E402", path=str(file), detail="; ".join(found))
    return loaded


def _entries_of(file: Traversable) -> list[TriggerEntry]:
    data = _load_yaml(file)
    entries = []
    for section, pos in SECTIONS.items():
        for i, raw in enumerate(data.get(section) or []):
            try:
                entries.append(
                    TriggerEntry.model_validate({**raw, "type": data["type"], "pos": pos})
                )
            except (ValidationError, TypeError) as exc:
                raise ConfigError("E402", path=f"{file}: {section}[{i}]", detail=str(exc)) from exc
    return entries


class Lexicon:
    """Indexed trigger entries; see the module docstring."""

    def __init__(
        self,
        entries: Sequence[TriggerEntry],
        particles: Sequence[str] = (),
        compound_heads: Iterable[str] = (),
    ) -> None:
        self.entries = tuple(entries)
        self.particles = tuple(sorted(particles, key=len, reverse=True))
        self.compound_heads = frozenset(h.casefold() for h in compound_heads)
        self._by_lemma: dict[str, list[TriggerEntry]] = {}
        self._by_particle: dict[tuple[str, str], list[TriggerEntry]] = {}
        self._multiword: list[TriggerEntry] = []
        self._split_cache: dict[str, list[tuple[str, str]]] = {}
        # Words the matcher compares against clause lemmas (construction parts and
        # sense cues), so a weak lemmatiser's plural can be mapped onto one of them.
        self.cue_words = frozenset(
            w.casefold() for e in self.entries for w in (*e.parts, *e.requires_any, *e.excludes_any)
        )
        self.part_words = frozenset(w.casefold() for e in self.entries for w in e.parts)
        for entry in self.entries:
            self._index(entry)

    def _index(self, entry: TriggerEntry) -> None:
        if entry.pos == "MWE":
            self._multiword.append(entry)
            return
        for word in (entry.lemma, *entry.forms):
            self._by_lemma.setdefault(word.casefold(), []).append(entry)
        if entry.particle:
            key = (entry.base.casefold(), entry.particle.casefold())
            self._by_particle.setdefault(key, []).append(entry)

    @classmethod
    def load(cls) -> Lexicon:
        """The packaged lexicon (cached); raises ConfigError if a file is invalid."""
        return _packaged()

    @classmethod
    def from_files(
        cls, files: Iterable[Traversable], grammar: Mapping[str, Sequence[str]] | None = None
    ) -> Lexicon:
        entries = [e for f in files for e in _entries_of(f)]
        grammar = grammar or {}
        return cls(
            entries, grammar.get("separable_particles", ()), grammar.get("compound_heads", ())
        )

    def lookup(
        self, lemma: str, *, particle: str | None = None, pos: str | None = None
    ) -> list[TriggerEntry]:
        """Single-word senses of a lemma; `particle` is a separated verb particle."""
        key = lemma.casefold()
        if particle:
            found = self._by_particle.get((key, particle.casefold()), [])
            found = found or self._by_lemma.get(particle.casefold() + key, [])
        else:
            found = self._by_lemma.get(key, [])
        wanted = _POS_ALIASES.get(pos.upper()) if pos else None
        return [e for e in found if wanted is None or e.pos == wanted]

    def lookup_head(self, lemma: str) -> tuple[str, list[TriggerEntry]] | None:
        """Noun senses of a compound's longest listed head (Ukraine-Krieg -> Krieg).

        Only heads in grammar.yaml's `compound_heads` count: Wahlkampf is no fight.
        """
        key = lemma.casefold()
        for cut in range(1, len(key) - _MIN_HEAD + 1):
            head = key[cut:].lstrip("-")
            if len(head) < _MIN_HEAD:
                break
            if head not in self.compound_heads:
                continue
            found = [e for e in self._by_lemma.get(head, []) if e.pos == "NOUN"]
            if found:
                return lemma[len(lemma) - len(head) :], found
        return None

    def match_multiword(
        self,
        lemmas: Sequence[str],
        *,
        longest: bool = True,
        particles_at: Collection[int] | None = None,
    ) -> list[MultiwordMatch]:
        """Constructions whose parts all occur in `lemmas` (a clause), in any order.

        German word order moves the parts apart ("übte ... scharfe Kritik"), so order
        is free; a particle verb part also matches base + separated particle. With
        `particles_at` (the positions of separated particles, STTS PTKVZ) only those
        count as the particle: the article "einer" or the preposition "an" is none
        ("stellte Hilfen in Höhe von einer Milliarde bereit" is no "Hilfe einstellen").
        With `longest`, a match whose tokens are a subset of another match's is dropped.
        """
        folded = [lemma.casefold() for lemma in lemmas]
        present = set(folded)
        # A cheap set test first: most constructions have a part the clause lacks.
        candidates = [
            e
            for e in self._multiword
            if all(self._may_occur(p.casefold(), present) for p in e.parts)
        ]
        matches = [m for e in candidates if (m := self._match_one(e, folded, particles_at))]
        if longest:
            matches = [m for m in matches if not _subsumed(m, matches)]
        return sorted(matches, key=lambda m: (m.span, m.entry.lemma))

    def _match_one(
        self, entry: TriggerEntry, folded: list[str], particles_at: Collection[int] | None
    ) -> MultiwordMatch | None:
        options = [self._positions(p.casefold(), folded, particles_at) for p in entry.parts]
        if not all(options):
            return None
        best = min(product(*options), key=lambda idx: (max(idx) - min(idx), idx))
        if len(set(best)) < len(best):
            return None
        return MultiwordMatch(entry, tuple(best))

    def _may_occur(self, part: str, present: set[str]) -> bool:
        if part in present:
            return True
        return any(particle in present and base in present for particle, base in self._splits(part))

    def _splits(self, part: str) -> list[tuple[str, str]]:
        """(separable particle, base) readings of a particle verb part, cached."""
        cached = self._split_cache.get(part)
        if cached is None:
            cached = [
                (particle, part[len(particle) :])
                for particle in self.particles
                if part.startswith(particle) and len(part) - len(particle) >= 3
            ]
            self._split_cache[part] = cached
        return cached

    def _positions(
        self, part: str, folded: list[str], particles_at: Collection[int] | None = None
    ) -> list[int]:
        found = [i for i, lemma in enumerate(folded) if lemma == part]
        if found:
            return found
        for particle in self.particles:
            base = part[len(particle) :]
            if not part.startswith(particle) or len(base) < 3:
                continue
            at = [i for i, lemma in enumerate(folded) if lemma == particle]
            if particles_at is not None:
                at = [i for i in at if i in particles_at]
            if at:
                return [i for i, lemma in enumerate(folded) if lemma == base]
        return []

    def counts(self) -> dict[str, dict[str, int]]:
        """Entries per PLOVER type and part of speech."""
        table: dict[str, dict[str, int]] = {
            t: {"VERB": 0, "NOUN": 0, "MWE": 0} for t in codes.PLOVER_TYPES
        }
        for entry in self.entries:
            table[entry.type][entry.pos] += 1
        return table

    def problems(self) -> list[str]:
        """Entries that contradict the CAMEO/PLOVER tables, and duplicates."""
        found = [p for e in self.entries for p in _entry_problems(e)]
        nouns = {e.lemma.casefold() for e in self.entries if e.pos == "NOUN"}
        found += [
            f"compound head {h!r} is no noun entry" for h in sorted(self.compound_heads - nouns)
        ]
        dupes = Counter(e.key for e in self.entries)
        found += [f"duplicate entry {k}" for k, n in dupes.items() if n > 1]
        return found


def _subsumed(match: MultiwordMatch, others: list[MultiwordMatch]) -> bool:
    mine = set(match.indices)
    return any(mine < set(o.indices) for o in others)


def _entry_problems(entry: TriggerEntry) -> list[str]:
    where = f"{entry.type}/{entry.lemma}"
    if not codes.is_cameo(entry.cameo):
        return [f"{where}: unknown CAMEO code {entry.cameo}"]
    problems = []
    if entry.mode is not None and entry.mode not in codes.plover_modes(entry.type):
        problems.append(f"{where}: {entry.mode!r} is not a {entry.type} mode")
    known = set(codes.plover_contexts())
    problems += [f"{where}: unknown context {c!r}" for c in entry.context if c not in known]
    if entry.measure is not None:
        problems += _entry_problems(entry.measure.of(entry))
    mapped = codes.plover_for_cameo(entry.cameo)
    # A deliberate departure from the CAMEO->PLOVER table must say why in `note`.
    if mapped is not None and mapped.type != entry.type and not entry.note:
        problems.append(f"{where}: CAMEO {entry.cameo} is {mapped.type}; add a note saying why")
    return problems


@lru_cache(maxsize=1)
def _packaged() -> Lexicon:
    folder = _data_dir().joinpath("triggers")
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".yaml")), key=lambda f: f.name)
    grammar = _load_yaml(_data_dir().joinpath("grammar.yaml"))
    lexicon = Lexicon.from_files(files, grammar)
    problems = lexicon.problems()
    if problems:
        raise ConfigError("E402", path="events/triggers", detail="; ".join(problems[:10]))
    return lexicon


# --- refining the coding by the theme --------------------------------------------------


@dataclass(frozen=True)
class Coding:
    """Type, mode, CAMEO code and contexts of one mention, after refinement."""

    type: str
    mode: str | None
    cameo: str
    context: tuple[str, ...]


class Refinement(BaseModel):
    """One rule of `refinements.yaml`: a theme lemma that specialises the coding."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    types: tuple[PloverType, ...]
    lemmas: tuple[str, ...] = ()
    cues: tuple[str, ...] = Field(alias="any", min_length=1)
    type: PloverType | None = None
    mode: str | None = None
    cameo: str = Field(pattern=r"^\d{2,4}$")
    context: tuple[str, ...] = ()

    def applies(self, entry: TriggerEntry, theme: set[str]) -> bool:
        if entry.type not in self.types:
            return False
        if self.lemmas and entry.lemma.casefold() not in {x.casefold() for x in self.lemmas}:
            return False
        return bool(theme & {c.casefold() for c in self.cues})

    @property
    def result_type(self) -> str:
        return self.type or self.types[0]


class Refinements(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    rules: tuple[Refinement, ...]

    @classmethod
    def load(cls) -> Refinements:
        return _refinements()

    def code(self, entry: TriggerEntry, theme_lemmas: Iterable[str] = ()) -> Coding:
        """The entry's coding, specialised by the first rule its theme fits."""
        theme = {lemma.casefold() for lemma in theme_lemmas}
        for rule in self.rules:
            if rule.applies(entry, theme):
                new_type = rule.type or entry.type
                kept = entry.mode if new_type == entry.type else None
                context = tuple(dict.fromkeys((*entry.context, *rule.context)))
                return Coding(new_type, rule.mode or kept, rule.cameo, context)
        return Coding(entry.type, entry.mode, entry.cameo, entry.context)

    def problems(self) -> list[str]:
        found = []
        known = set(codes.plover_contexts())
        for i, rule in enumerate(self.rules):
            types = {rule.type} if rule.type else set(rule.types)
            mapped = codes.plover_for_cameo(rule.cameo) if codes.is_cameo(rule.cameo) else None
            if not codes.is_cameo(rule.cameo):
                found.append(f"rule {i}: unknown CAMEO code {rule.cameo}")
            elif mapped is None or mapped.type not in types:
                found.append(f"rule {i}: CAMEO {rule.cameo} is not {'/'.join(sorted(types))}")
            if rule.mode and any(rule.mode not in codes.plover_modes(t) for t in types):
                found.append(f"rule {i}: {rule.mode!r} is not a mode of {sorted(types)}")
            found += [f"rule {i}: unknown context {c!r}" for c in rule.context if c not in known]
        return found


@lru_cache(maxsize=1)
def _refinements() -> Refinements:
    return _checked_file("refinements.yaml", Refinements)


# --- status and context cues ---------------------------------------------------------


class CueSet(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    context: str | None = None  # the PLOVER context, where it differs from the key
    lemmas: tuple[str, ...] = ()
    phrases: tuple[tuple[str, ...], ...] = ()
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    mood: tuple[str, ...] = ()
    aux: tuple[str, ...] = ()
    # Phrases that start with a cue but cancel it ("nicht nur ... sondern").
    exceptions: tuple[tuple[str, ...], ...] = ()
    notes: str = ""

    def matches(self, lemma: str) -> bool:
        word = lemma.casefold()
        if word in {x.casefold() for x in self.lemmas}:
            return True
        long_enough = len(word) > 4
        return long_enough and (
            any(word.startswith(p.casefold()) for p in self.prefixes)
            or any(word.endswith(s.casefold()) for s in self.suffixes)
        )

    def cue_in(self, lemmas: Sequence[str]) -> bool:
        """A cue lemma in the clause that does not open an exception phrase."""
        folded = [x.casefold() for x in lemmas]
        for i, lemma in enumerate(lemmas):
            if self.matches(lemma) and not self._excepted(folded, i):
                return True
        return self.phrase_in(lemmas)

    def _excepted(self, folded: list[str], i: int) -> bool:
        for phrase in self.exceptions:
            want = [p.casefold() for p in phrase]
            if folded[i : i + len(want)] == want:
                return True
        return False

    def phrase_in(self, lemmas: Sequence[str]) -> bool:
        folded = [x.casefold() for x in lemmas]
        for phrase in self.phrases:
            want = [p.casefold() for p in phrase]
            if any(folded[i : i + len(want)] == want for i in range(len(folded))):
                return True
        return False


class StatusCues(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    precedence: tuple[Status, ...]
    statuses: dict[Status, CueSet]

    @classmethod
    def load(cls) -> StatusCues:
        return _status_cues()

    def cued(
        self,
        lemmas: Sequence[str],
        moods: Iterable[str] = (),
        aux_infinitive: Iterable[str] = (),
    ) -> list[Status]:
        """Every status with a cue in the clause, in precedence order.

        `moods` are the clause's verb moods (spaCy Mood: Sub for Konjunktiv II);
        `aux_infinitive` the lemmas of auxiliaries that govern an infinitive.
        """
        mood_set = set(moods)
        aux_set = {a.casefold() for a in aux_infinitive}
        found: list[Status] = []
        for status in self.precedence:
            cues = self.statuses[status]
            hit = cues.cue_in(lemmas) or bool(mood_set & set(cues.mood))
            if hit or aux_set & {a.casefold() for a in cues.aux}:
                found.append(status)
        return found

    def status_of(
        self,
        lemmas: Sequence[str],
        moods: Iterable[str] = (),
        aux_infinitive: Iterable[str] = (),
    ) -> Status:
        """The winning status by precedence; realized when no cue fires."""
        cued = self.cued(lemmas, moods, aux_infinitive)
        return cued[0] if cued else "realized"


class ContextCues(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    contexts: dict[str, CueSet]

    @classmethod
    def load(cls) -> ContextCues:
        return _context_cues()

    def contexts_for(self, lemmas: Iterable[str]) -> list[str]:
        """PLOVER contexts cued by any of the lemmas, sorted."""
        words = list(lemmas)
        return sorted(
            {
                cues.context or name
                for name, cues in self.contexts.items()
                if any(cues.matches(w) for w in words)
            }
        )

    def problems(self) -> list[str]:
        known = set(codes.plover_contexts())
        return [
            f"unknown context {c.context or n!r}"
            for n, c in self.contexts.items()
            if (c.context or n) not in known
        ]


@lru_cache(maxsize=1)
def _status_cues() -> StatusCues:
    return _checked_file("status_cues.yaml", StatusCues)


@lru_cache(maxsize=1)
def _context_cues() -> ContextCues:
    return _checked_file("context_cues.yaml", ContextCues)
