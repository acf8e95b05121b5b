"""The records of the output contract (SPEC.md), in one place.

Every stage takes and returns these typed records; `Article.to_contract()`
serialises to the JSON contract (`"contract": 1`).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

CONTRACT_VERSION = 1

SourceFormat = Literal["text", "html", "warc", "jsonl"]
BlockKind = Literal[
    "title", "kicker", "teaser", "paragraph", "heading", "caption", "gallery", "credit"
]
Granularity = Literal["day", "month", "year", "instant"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Source(Record):
    uri: str
    sha256: str
    format: SourceFormat


class RawDocument(Record):
    """What ingest hands to the article stage: one page or scrape, undecoded no more."""

    uri: str
    format: SourceFormat
    content: str
    sha256: str
    published: str | None = None
    title: str | None = None
    url: str | None = None

    @property
    def id(self) -> str:
        return self.sha256[:16]


class ImageCredit(Record):
    name: str
    agency: str | None = None


class Published(Record):
    value: str
    granularity: Granularity = "day"
    inferred: bool = False
    basis: str = ""


class Dateline(Record):
    text: str
    actor: str | None = None


class Block(Record):
    kind: BlockKind
    start: int
    end: int


class Mention(Record):
    start: int
    end: int
    text: str
    kind: Literal["name", "description", "pronoun", "metonym", "adjective"] = "name"


class Actor(Record):
    id: str
    name: str
    name_de: str | None = None
    type: Literal["PER", "LOC", "ORG", "GPE", "MISC"]
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    wikidata: str | None = None
    roles: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)


class TimeExpr(Record):
    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str
    # TIMEX3 extras (timex stage): granularity of `value` (day, week, month,
    # quarter, season, year, decade, century, time, duration, set, ref), the
    # TIMEX3 `mod` (START, MID, END, MORE_THAN, APPROX, ...), the date the value
    # was resolved against, "past"/"future" for durations anchored there, `freq`
    # for sets, and whether part of the value is not in the text (and why).
    granularity: str | None = None
    mod: str | None = None
    anchor: str | None = None
    direction: Literal["past", "future"] | None = None
    freq: str | None = None
    inferred: bool = False
    basis: str = ""


class Quote(Record):
    start: int
    end: int
    text: str
    speaker: str | None = None
    cue: str | None = None
    kind: Literal["direct", "indirect", "partial"]


class Span(Record):
    start: int
    end: int
    text: str | None = None


class Event(Record):
    id: str
    type: str
    mode: str | None = None
    context: list[str] = Field(default_factory=list)
    source: list[str] = Field(default_factory=list)
    target: list[str] = Field(default_factory=list)
    date: str | None = None
    location: str | None = None
    status: Literal["realized", "planned", "proposed", "hypothetical", "negated"]
    cameo: str | None = None
    trigger: Span
    evidence: Span
    confidence: float
    block_kind: BlockKind
    # GDELT compatibility (events stage): QuadClass 1-4 and Goldstein scale of `cameo`,
    # and every mention (trigger span) of the event in this article.
    quad_class: int | None = None
    goldstein: float | None = None
    mentions: list[Span] = Field(default_factory=list)
    # Cross-article identity (type, actors, day): reports of one happening share it.
    key: str | None = None


class Article(Record):
    """One analysed article: the contract's top-level object."""

    contract: int = CONTRACT_VERSION
    id: str
    source: Source
    language: str = "de"
    pipeline: list[str] = Field(default_factory=list)
    title: str | None = None
    kicker: str | None = None
    teaser: str | None = None
    authors: list[str] = Field(default_factory=list)
    agencies: list[str] = Field(default_factory=list)
    image_credits: list[ImageCredit] = Field(default_factory=list)
    published: Published | None = None
    dateline: Dateline | None = None
    text: str = ""
    blocks: list[Block] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    times: list[TimeExpr] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    def blocks_of(self, kind: BlockKind) -> list[str]:
        return [self.block_text(b) for b in self.blocks if b.kind == kind]

    def to_contract(self) -> dict[str, object]:
        return self.model_dump(mode="json")


class ErrorRecord(Record):
    """A document that a stage could not handle; the batch goes on."""

    document: str
    stage: str
    code: str
    message: str
