"""Layout -> contract Article: the cleaned text and block offsets."""

from __future__ import annotations

from datetime import date

from lagebild.article.layout import BodyBlock, Layout
from lagebild.models import Article, Block, BlockKind, Dateline, Published, RawDocument, Source

BLOCK_SEPARATOR = "\n\n"


def _published(layout: Layout, raw: RawDocument) -> Published | None:
    if raw.published:
        return Published(value=raw.published[:10], granularity="day", basis="source metadata")
    if layout.published:
        return Published(
            value=layout.published.isoformat(), granularity="day", basis=layout.published_basis
        )
    return None


def _ordered_blocks(layout: Layout) -> list[BodyBlock]:
    head_parts: list[tuple[BlockKind, str | None]] = [
        ("kicker", layout.kicker),
        ("title", layout.title),
        ("teaser", layout.teaser),
    ]
    head = [BodyBlock(kind, text) for kind, text in head_parts if text]
    return head + [b for b in layout.body if b.text.strip()]


def assemble(layout: Layout, raw: RawDocument) -> Article:
    parts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for block in _ordered_blocks(layout):
        if parts:
            offset += len(BLOCK_SEPARATOR)
        text = block.text.strip()
        parts.append(text)
        blocks.append(Block(kind=block.kind, start=offset, end=offset + len(text)))
        offset += len(text)
    return Article(
        id=raw.id,
        source=Source(uri=raw.uri, sha256=raw.sha256, format=raw.format),
        title=layout.title,
        kicker=layout.kicker,
        teaser=layout.teaser,
        authors=layout.authors,
        agencies=layout.agencies,
        image_credits=layout.image_credits,
        published=_published(layout, raw),
        dateline=Dateline(text=layout.dateline) if layout.dateline else None,
        text=BLOCK_SEPARATOR.join(parts),
        blocks=blocks,
    )


def parse_iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
