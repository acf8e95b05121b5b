"""Events stage: PLOVER event coding for German (lexicon, code tables, extractor, merging).

`extract_events(article, doc)` codes an analysed article's events; `EventsStage`
is the pipeline wrapper (docs/events.md).
"""

from lagebild.events.codes import (
    PLOVER_TYPES,
    PloverCode,
    cameo_label,
    goldstein,
    plover_for_cameo,
    quad_class,
)
from lagebild.events.extract import Extractor, extract_events
from lagebild.events.lexicon import (
    Coding,
    ContextCues,
    Lexicon,
    MultiwordMatch,
    Refinements,
    StatusCues,
    TriggerEntry,
)
from lagebild.events.merge import (
    EventMention,
    MergedEvent,
    Report,
    ReportCounts,
    compatible,
    count_reports,
    event_id,
    event_key,
    merge_mentions,
)
from lagebild.events.stage import EventsStage

__all__ = [
    "PLOVER_TYPES",
    "Coding",
    "ContextCues",
    "EventMention",
    "EventsStage",
    "Extractor",
    "Lexicon",
    "MergedEvent",
    "MultiwordMatch",
    "PloverCode",
    "Refinements",
    "Report",
    "ReportCounts",
    "StatusCues",
    "TriggerEntry",
    "cameo_label",
    "compatible",
    "count_reports",
    "event_id",
    "event_key",
    "extract_events",
    "goldstein",
    "merge_mentions",
    "plover_for_cameo",
    "quad_class",
]
