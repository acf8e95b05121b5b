"""The extractor's grammar and scoring settings (`data/events/extractor.yaml`)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from lagebild.errors import ConfigError


class _Config(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AgreeRecode(_Config):
    statuses: tuple[str, ...]
    cameo: dict[str, str]


class RefusalRecode(_Config):
    kinds: frozenset[str]
    will: frozenset[str]
    codes: dict[str, tuple[str | None, str]]


class DiscourseTarget(_Config):
    types: frozenset[str]
    window: int
    penalty: float
    pair_words: frozenset[str] = frozenset()


class QuoteSpeaker(_Config):
    types: frozenset[str]
    penalty: float


class ContextTarget(_Config):
    types: frozenset[str]
    state_types: frozenset[str]
    place_types: frozenset[str]
    sentence: bool
    penalty: float
    # Mention kinds that count towards the country in focus (descriptions such as
    # "das Land" and pronouns are linked less reliably than names).
    focus_kinds: frozenset[str] = frozenset(
        {"name", "description", "pronoun", "metonym", "adjective"}
    )


class SpeechCues(_Config):
    praise: tuple[str, ...]
    criticism: tuple[str, ...]
    demand: tuple[str, ...]
    praise_cameo: str
    criticism_cameo: str
    demand_cameo: str
    # Words that say the addressee broke a rule or deceived (ACCUSE allege).
    allegation: tuple[str, ...] = ()
    allegation_cameo: str = "112"


class ConfidenceWeights(_Config):
    base: dict[str, float]
    ambiguity: dict[str, float]
    source: dict[str, float]
    target_missing: float
    path_step: float
    mention_kind: dict[str, float]
    status: dict[str, float]
    block: dict[str, float]
    floor: float
    sourceless_cap: float


class ExtractorConfig(_Config):
    clause_deps: frozenset[str]
    subject_deps: frozenset[str]
    passive_subject_deps: frozenset[str]
    object_deps: frozenset[str]
    dative_deps: frozenset[str]
    oblique_deps: frozenset[str]
    genitive_deps: frozenset[str]
    modifier_deps: frozenset[str]
    np_link_deps: frozenset[str]
    np_conj_deps: frozenset[str]
    particle_deps: frozenset[str]
    negation_lemmas: frozenset[str]
    agent_preps: frozenset[str]
    # Pronominal adverbs (PAV): prefix + preposition ("dar"+"auf"); see `adverb_preposition`.
    adverb_prefixes: tuple[str, ...] = ()
    adverb_preps: frozenset[str] = frozenset()
    # Labels of a passive's agent phrase (UD obl:agent), which mark the passive even
    # without an auxiliary.
    agent_deps: frozenset[str] = frozenset()
    reciprocal_preps: frozenset[str]
    location_preps: frozenset[str]
    theme_preps: frozenset[str]
    inherit_preps: frozenset[str]
    complement_deps: frozenset[str]
    hypothetical_tense: str
    agree_recode: AgreeRecode
    refusal_recode: RefusalRecode
    lead_blocks: frozenset[str]
    lead_paragraphs: int
    discourse_target: DiscourseTarget
    intent_types: frozenset[str]
    content_preps: frozenset[str]
    # Labels of a verb complement that states what an intent is about.
    content_verb_deps: frozenset[str] = frozenset()
    # Threat verbs that also mean "impend" with a bare noun phrase ("X droht ein Lockdown").
    loom_verbs: frozenset[str] = frozenset()
    # Words of hope, need and expectation: a noun trigger that is their object names
    # an act that has not happened ("auf Unterstützung hoffen"): no event.
    expectation_heads: frozenset[str] = frozenset()
    # Prepositions that make a noun the one expected from, not the thing expected.
    expectation_source_preps: frozenset[str] = frozenset()
    # Words that treat an agreement noun as an existing document ("einhalten").
    existing_types: frozenset[str] = frozenset()
    existing_heads: frozenset[str] = frozenset()
    # Types whose object without an actor is addressed through the actors its
    # modifiers name ("kritisierte die russische Politik" -> Russia).
    owner_types: frozenset[str] = frozenset()
    # Types whose theme object (what is seized, closed, destroyed) names the recipient:
    # the actor it is, or its owners ("grenzt den Gazastreifen ab").
    theme_owner_types: frozenset[str] = frozenset()
    # Types whose recipient is the actor of the reason ("wegen Verstößen der AfD").
    blame_types: frozenset[str] = frozenset()
    quote_speaker: QuoteSpeaker = QuoteSpeaker(types=frozenset(), penalty=0.0)
    reason_preps: frozenset[str] = frozenset()
    context_target: ContextTarget
    speech: SpeechCues
    confidence: ConfidenceWeights
    keep_sourceless_events: bool
    # Types that involve two parties by definition (aid to, sanctions against, talks
    # with): a merged event of these types naming one party only is dropped.
    two_party_types: frozenset[str] = frozenset()
    # Verbs of receiving: the subject of "X erhielt eine Spende / eine Zusage" is the
    # recipient of the noun's event, not its agent.
    receive_verbs: frozenset[str] = frozenset()
    # Types of commitment whose recipient is the one the content clause names
    # ("erklärt sich bereit, den Palästinensern Autonomie zu gewähren").
    content_target_types: frozenset[str] = frozenset()
    # A noun trigger in a PP of these names the topic of its clause, no act
    # ("sprach über das Impfdebakel"); in a bare PP of these (no article) a
    # circumstance of another act ("auf Einladung", "auf Vorschlag"): preposition ->
    # the nouns (lemmas) that form such phrases.
    topic_preps: frozenset[str] = frozenset()
    # A noun trigger in a PP of these on a noun that is no trigger is that noun's
    # purpose, not an act ("ein Programm zur Unterstützung der Kultur").
    purpose_preps: frozenset[str] = frozenset()
    bare_circumstances: dict[str, frozenset[str]] = {}
    determiner_deps: frozenset[str] = frozenset({"det", "det:poss"})

    @classmethod
    def load(cls) -> ExtractorConfig:
        return _packaged()


@lru_cache(maxsize=1)
def _packaged() -> ExtractorConfig:
    file = resources.files("lagebild.data").joinpath("events").joinpath("extractor.yaml")
    try:
        return ExtractorConfig.model_validate(yaml.safe_load(file.read_text("utf-8")))
    except (ValidationError, yaml.YAMLError) as exc:
        raise ConfigError("E402", path=str(file), detail=str(exc)) from exc
