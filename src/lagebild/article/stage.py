"""The article stage: RawDocument -> Article (HTML via trafilatura, text via our cleaner)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lagebild.article.assemble import assemble
from lagebild.article.html_page import extract_html
from lagebild.article.text_scrape import clean_scrape
from lagebild.article.trim import trim
from lagebild.errors import ExtractionError
from lagebild.models import Article, RawDocument

if TYPE_CHECKING:
    from lagebild.pipeline import AnalysisState


def extract_article(raw: RawDocument) -> Article:
    if raw.format == "html":
        layout = extract_html(raw.content, url=raw.url or _url_of(raw.uri), title_hint=raw.title)
    else:
        layout = clean_scrape(raw.content, title_hint=raw.title)
    trim(layout)
    article = assemble(layout, raw)
    if not any(b.kind in ("paragraph", "teaser") for b in article.blocks):
        raise ExtractionError("E201")
    return article


def _url_of(uri: str) -> str | None:
    return uri if uri.startswith(("http://", "https://")) else None


class ArticleStage:
    name = "article"

    def run(self, state: AnalysisState) -> None:
        state.article = extract_article(state.raw)
