"""Lagebild: German news into structured, auditable political event data."""

from lagebild.errors import LagebildError
from lagebild.models import Actor, Article, Block, ErrorRecord, Event, Quote, RawDocument, TimeExpr

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "Block",
    "ErrorRecord",
    "Event",
    "LagebildError",
    "Quote",
    "RawDocument",
    "TimeExpr",
    "__version__",
    "analyze",
]


def analyze(text_or_html: str, url: str | None = None, published: str | None = None) -> Article:
    """Analyse one article given as plain text or HTML; returns the contract record."""
    from lagebild.pipeline import analyze_content

    return analyze_content(text_or_html, url=url, published=published)
