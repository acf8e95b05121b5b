"""article: RawDocument -> Article with typed blocks, metadata and cleaned text."""

from lagebild.article.stage import ArticleStage, extract_article

__all__ = ["ArticleStage", "extract_article"]
