"""The time stage: German temporal expressions, normalised (TIMEX3), anchored, years inferred.

tag(text, anchor)                        -> list[TimeExpr]
infer_publication_date(article, date)    -> Published | None
TimexStage                               the pipeline stage ("timex")
"""

from lagebild.timex.published import infer_from_text, infer_publication_date
from lagebild.timex.stage import TimexStage, anchor_of
from lagebild.timex.tagger import tag, tag_hits

__all__ = [
    "TimexStage",
    "anchor_of",
    "infer_from_text",
    "infer_publication_date",
    "tag",
    "tag_hits",
]
