"""Events stage: PLOVER event coding for German (lexicon, code tables, merging).

The extractor that reads argument roles from the parse comes later; what is here
is the data it needs and the merging of its mentions into events.
"""

from lagebild.events.codes import (
    PLOVER_TYPES,
    PloverCode,
    cameo_label,
    goldstein,
    plover_for_cameo,
    quad_class,
)
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

__all__ = [
    "PLOVER_TYPES",
    "Coding",
    "ContextCues",
    "EventMention",
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
    "goldstein",
    "merge_mentions",
    "plover_for_cameo",
    "quad_class",
]
