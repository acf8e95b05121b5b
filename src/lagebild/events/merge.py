"""One event, many mentions: merging within an article, linking across articles.

News repeats itself: the teaser, the lead and a photo caption report the same
visit. `merge_mentions` groups an article's event mentions into events by this
rule (docs/events.md, "Merging"): two mentions are the same event when

1. type, mode and status are equal;
2. their dates are compatible: equal, one missing, or one a prefix of the other
   (2023-11 and 2023-11-09);
3. their locations are compatible: equal, one missing, or in the same country;
4. their actors are compatible, side by side for directed events (source with
   source, target with target) and as one participant set when either mention is
   reciprocal (Treffen zwischen X und Y == X trifft Y). Two sides are compatible
   when one is empty, they share an actor id, or they share a country code; the
   country match is not used for domestic mentions (source and target in the same
   country), where it would merge "A kritisiert B" with "B kritisiert A";
5. and they share at least one actor (by id, or by country as in 4), so two
   mentions that name no one never merge.

Grouping is complete-linkage in reading order: a mention joins the first event
all of whose mentions it is compatible with. Event ids hash the article id, type,
mode, sorted actors and date, so they are stable across runs.

`event_key` and `count_reports` do the GDELT-style linking across articles: events
with the same type, actors and date share a key; NumMentions, NumArticles and
NumSources count the reports of each key.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from lagebild.models import BlockKind, Event, Span

Status = Literal["realized", "planned", "proposed", "hypothetical", "negated"]
# Which mention speaks for a merged event: body text first, captions and galleries last.
BLOCK_RANK: dict[str, int] = {
    "paragraph": 0, "teaser": 1, "title": 2, "heading": 3, "kicker": 4,
    "caption": 5, "gallery": 6, "credit": 7,
}  # fmt: skip


@dataclass(frozen=True)
class EventMention:
    """One report of an event in one place of the article (offsets into its text)."""

    type: str
    source: frozenset[str]
    target: frozenset[str]
    trigger: tuple[int, int]
    evidence: tuple[int, int]
    status: Status = "realized"
    mode: str | None = None
    date: str | None = None
    location: str | None = None
    block_kind: BlockKind = "paragraph"
    confidence: float = 0.5
    reciprocal: bool = False
    cameo: str | None = None
    context: frozenset[str] = frozenset()

    @property
    def participants(self) -> frozenset[str]:
        return self.source | self.target


@dataclass(frozen=True)
class MergedEvent:
    id: str
    type: str
    mode: str | None
    source: tuple[str, ...]
    target: tuple[str, ...]
    date: str | None
    location: str | None
    status: Status
    reciprocal: bool
    cameo: str | None
    context: tuple[str, ...]
    confidence: float
    mentions: tuple[EventMention, ...] = field(repr=False)

    @property
    def representative(self) -> EventMention:
        return _representative(self.mentions)

    def to_event(self, text: str) -> Event:
        """The contract record, with trigger and evidence of the representative mention."""
        rep = self.representative
        start, end = rep.trigger
        return Event(
            id=self.id,
            type=self.type,
            mode=self.mode,
            context=list(self.context),
            source=list(self.source),
            target=list(self.target),
            date=self.date,
            location=self.location,
            status=self.status,
            cameo=self.cameo,
            trigger=Span(start=start, end=end, text=text[start:end]),
            evidence=Span(start=rep.evidence[0], end=rep.evidence[1]),
            confidence=self.confidence,
            block_kind=rep.block_kind,
        )


# --- compatibility -------------------------------------------------------------------


def _countries(actors: frozenset[str], countries: Mapping[str, str]) -> frozenset[str]:
    return frozenset(countries[a] for a in actors if a in countries)


def _domestic(m: EventMention, countries: Mapping[str, str]) -> bool:
    src, tgt = _countries(m.source, countries), _countries(m.target, countries)
    return bool(src) and src == tgt


def _sides_compatible(
    a: frozenset[str], b: frozenset[str], countries: Mapping[str, str], by_country: bool
) -> bool:
    if not a or not b or a & b:
        return True
    return by_country and bool(_countries(a, countries) & _countries(b, countries))


def _shares_actor(
    a: EventMention, b: EventMention, countries: Mapping[str, str], by_country: bool
) -> bool:
    if a.participants & b.participants:
        return True
    ca, cb = _countries(a.participants, countries), _countries(b.participants, countries)
    return by_country and bool(ca & cb)


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Equal, one missing, or one a coarser prefix of the other (2023-11 vs 2023-11-09)."""
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _locations_compatible(a: str | None, b: str | None, countries: Mapping[str, str]) -> bool:
    if a is None or b is None or a == b:
        return True
    return a in countries and countries.get(a) == countries.get(b)


def _actors_compatible(a: EventMention, b: EventMention, countries: Mapping[str, str]) -> bool:
    by_country = not (_domestic(a, countries) or _domestic(b, countries))
    if a.reciprocal or b.reciprocal:
        sides = _sides_compatible(a.participants, b.participants, countries, by_country)
    else:
        sides = _sides_compatible(a.source, b.source, countries, by_country) and _sides_compatible(
            a.target, b.target, countries, by_country
        )
    return sides and _shares_actor(a, b, countries, by_country)


def compatible(
    a: EventMention, b: EventMention, countries: Mapping[str, str] | None = None
) -> bool:
    """Whether two mentions in one article can report the same event (module rule)."""
    cc = countries or {}
    return (
        (a.type, a.mode, a.status) == (b.type, b.mode, b.status)
        and dates_compatible(a.date, b.date)
        and _locations_compatible(a.location, b.location, cc)
        and _actors_compatible(a, b, cc)
    )


# --- merging -------------------------------------------------------------------------


def _representative(mentions: Sequence[EventMention]) -> EventMention:
    return min(mentions, key=lambda m: (BLOCK_RANK.get(m.block_kind, 9), -m.confidence, m.trigger))


def _noisy_or(values: Iterable[float]) -> float:
    """Independent reports raise confidence: 1 - prod(1 - c)."""
    remaining = 1.0
    for value in values:
        remaining *= 1.0 - min(max(value, 0.0), 1.0)
    return round(1.0 - remaining, 4)


def _actor_key(source: Iterable[str], target: Iterable[str], reciprocal: bool) -> str:
    if reciprocal:
        return "~".join(sorted(set(source) | set(target)))
    return ",".join(sorted(source)) + ">" + ",".join(sorted(target))


def event_id(
    article_id: str,
    type_: str,
    mode: str | None,
    source: Iterable[str],
    target: Iterable[str],
    date: str | None,
    reciprocal: bool = False,
) -> str:
    """Stable id of an event within an article: 16 hex digits of a SHA-256."""
    raw = "|".join(
        [article_id, type_, mode or "", _actor_key(source, target, reciprocal), date or ""]
    )
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def _build(article_id: str, group: list[EventMention]) -> MergedEvent:
    rep = _representative(group)
    reciprocal = any(m.reciprocal for m in group)
    source = frozenset().union(*(m.source for m in group))
    target = frozenset().union(*(m.target for m in group))
    if reciprocal:  # PLOVER: all participants are actors, no recipient
        source, target = source | target, frozenset()
    target = target - source  # an actor on both sides is a parse error; keep it as actor
    dates = [m.date for m in group if m.date]
    date = max(dates, key=len) if dates else None
    location = rep.location or next((m.location for m in group if m.location), None)
    return MergedEvent(
        id=event_id(article_id, rep.type, rep.mode, source, target, date, reciprocal),
        type=rep.type,
        mode=rep.mode,
        source=tuple(sorted(source)),
        target=tuple(sorted(target)),
        date=date,
        location=location,
        status=rep.status,
        reciprocal=reciprocal,
        cameo=rep.cameo,
        context=tuple(sorted(frozenset().union(*(m.context for m in group)))),
        confidence=_noisy_or(m.confidence for m in group),
        mentions=tuple(sorted(group, key=lambda m: m.trigger)),
    )


def merge_mentions(
    article_id: str,
    mentions: Sequence[EventMention],
    countries: Mapping[str, str] | None = None,
) -> list[MergedEvent]:
    """Group one article's mentions into events; `countries` maps actor id -> ISO3."""
    cc = countries or {}
    groups: list[list[EventMention]] = []
    for mention in sorted(mentions, key=lambda m: (m.evidence, m.trigger)):
        home = next((g for g in groups if all(compatible(mention, m, cc) for m in g)), None)
        if home is None:
            groups.append([mention])
        else:
            home.append(mention)
    return _unique_ids([_build(article_id, g) for g in groups])


def _unique_ids(events: list[MergedEvent]) -> list[MergedEvent]:
    """Two events that hash alike (same actors, date, differing status) get a suffix."""
    seen: dict[str, int] = {}
    out = []
    for event in events:
        n = seen.get(event.id, 0)
        seen[event.id] = n + 1
        if n:
            suffixed = hashlib.sha256(f"{event.id}|{n}".encode()).hexdigest()[:16]
            event = replace(event, id=suffixed)
        out.append(event)
    return out


# --- across articles ---------------------------------------------------------------


def event_key(
    type_: str,
    source: Iterable[str],
    target: Iterable[str],
    date: str | None,
    reciprocal: bool = False,
) -> str:
    """Cross-article identity of an event: type, actors and day, readable.

    Callers should pass the article's publication date when the event has none,
    so undated events link only within a day, as GDELT does.
    """
    return f"{type_}|{_actor_key(source, target, reciprocal)}|{(date or '')[:10]}"


@dataclass(frozen=True)
class Report:
    """One mention of a keyed event in one article from one source (publisher)."""

    key: str
    article_id: str
    source: str


@dataclass
class ReportCounts:
    num_mentions: int = 0
    num_articles: int = 0
    num_sources: int = 0


def count_reports(reports: Iterable[Report]) -> dict[str, ReportCounts]:
    """GDELT's NumMentions, NumArticles and NumSources per event key."""
    mentions: dict[str, int] = {}
    articles: dict[str, set[str]] = {}
    sources: dict[str, set[str]] = {}
    for r in reports:
        mentions[r.key] = mentions.get(r.key, 0) + 1
        articles.setdefault(r.key, set()).add(r.article_id)
        sources.setdefault(r.key, set()).add(r.source)
    return {
        key: ReportCounts(n, len(articles[key]), len(sources[key]))
        for key, n in sorted(mentions.items())
    }
