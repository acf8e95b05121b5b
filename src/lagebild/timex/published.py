"""Infer an article's publication date from its text when the metadata has none.

Evidence, strongest first:
1. a dateline or "Stand:/Aktualisiert:" line with a full date;
2. a weekday with a day and month ("am Donnerstag (9. November)") in a report of
   the past: news names weekdays only for the days around publication, and the
   pair fixes the year (the latest fitting year not after the reference date);
3. the most recent fully written past date, a lower bound, so only when no later
   year is named.
Dates after "bis", "ab", "für" look ahead (deadlines, plans) and are never evidence.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from lagebild.models import Article, Published
from lagebild.timex.lexicon import alternation, load_lexicon
from lagebild.timex.tagger import Hit, tag_hits

# A date opens a line when at most this much text comes before it ("Berlin, ").
_DATELINE_LEAD = 40


def infer_publication_date(article: Article, reference: date, doc: Any = None) -> Published | None:
    """The publication date the text implies, marked inferred, or None if it implies none."""
    return infer_from_text(article.text, reference, doc)


def infer_from_text(text: str, reference: date, doc: Any = None) -> Published | None:
    hits = [h for h in tag_hits(text, reference, doc) if h.resolution.type == "DATE"]
    past = [h for h in hits if h.direction == "past" and _not_after(h, reference)]
    past = [h for h in past if not _looks_ahead(text, h)]
    for chooser in (_dateline, _weekday_date, _written_day):
        found = chooser(text, past if chooser is not _dateline else hits, reference)
        if found is not None:
            return found
    return None


def _looks_ahead(text: str, hit: Hit) -> bool:
    words = text[hit.start : hit.end].lower().split()
    ahead = load_lexicon().cues.future_prepositions
    return any(" ".join(words[:n]) in ahead for n in (1, 2) if len(words) > n)


def _not_after(hit: Hit, reference: date) -> bool:
    return hit.resolution.value[:10] <= reference.isoformat()


def _latest(hits: list[Hit]) -> Hit | None:
    return max(hits, key=lambda h: h.resolution.value, default=None)


def _is_day(hit: Hit) -> bool:
    return hit.resolution.granularity == "day" and hit.resolution.year_source in ("text", "weekday")


def _dateline(text: str, hits: list[Hit], reference: date) -> Published | None:
    markers = re.compile(alternation(load_lexicon().cues.published_markers) + r"\b", re.IGNORECASE)
    found = []
    for hit in hits:
        if not _is_day(hit) or not _not_after(hit, reference) or _looks_ahead(text, hit):
            continue
        line_start = text.rfind("\n", 0, hit.start) + 1
        lead = text[line_start : hit.start]
        if markers.search(lead) or (len(lead) <= _DATELINE_LEAD and _dateline_end(text, hit)):
            found.append(hit)
    best = _latest(found)
    if best is None:
        return None
    return Published(
        value=best.resolution.value,
        granularity="day",
        inferred=True,
        basis=f"dateline date '{text[best.start : best.end]}'",
    )


def _dateline_end(text: str, hit: Hit) -> bool:
    """The date closes a dateline ('Berlin, 9. November 2023 –') or a line of its own."""
    rest = text[hit.end : hit.end + 20]
    line_rest = rest.split("\n", 1)[0].strip()
    return (
        not line_rest
        or bool(re.match(r"[\s,]*(?:\d{1,2}[.:]\d\d\s*(?:Uhr)?)?\s*[–—:-]", rest))
        or bool(re.fullmatch(r"[,|\s]*\d{1,2}[.:]\d\d\s*(?:Uhr)?", line_rest))
    )


def _weekday_date(text: str, hits: list[Hit], reference: date) -> Published | None:
    best = _latest([h for h in hits if h.resolution.year_source == "weekday"])
    if best is None:
        return None
    return Published(
        value=best.resolution.value,
        granularity="day",
        inferred=True,
        basis=f"'{text[best.start : best.end]}' in a past-tense report; {best.resolution.basis}",
    )


def _written_day(text: str, hits: list[Hit], reference: date) -> Published | None:
    """The latest written past day, unless a later year is named: then the text is
    about history and gives no usable bound (a wrong date is worse than none)."""
    written = [h for h in hits if h.resolution.year_source == "text"]
    best = _latest([h for h in written if _is_day(h)])
    years = [h.resolution.value[:4] for h in written if re.match(r"\d{4}", h.resolution.value)]
    if best is None or best.resolution.value[:4] < max(years):
        return None
    return Published(
        value=best.resolution.value,
        granularity="day",
        inferred=True,
        basis=f"most recent past date in the text, '{text[best.start : best.end]}' "
        "(a lower bound: the article is from that day or later)",
    )
