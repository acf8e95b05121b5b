"""RSS/Atom feeds and URL lists to raw documents.

A feed entry that carries the article (`content:encoded`, Atom `content`) is
used as it is; one that only links to it is downloaded through the fetcher,
or becomes an error record when none is given (offline).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import feedparser

from lagebild.errors import InputError, LagebildError
from lagebild.ingest.decode import decode_text
from lagebild.ingest.http import Fetcher
from lagebild.models import ErrorRecord, RawDocument

Item = RawDocument | ErrorRecord
# Below this many characters an entry's content is a summary, not the article.
MIN_CONTENT_CHARS = 400


def _error(uri: str, exc: LagebildError) -> ErrorRecord:
    return ErrorRecord(document=uri, stage="ingest", code=exc.code, message=str(exc))


def looks_like_feed(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def _published(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def _content(entry: Any) -> str | None:
    for part in entry.get("content") or []:
        value = part.get("value") or ""
        if len(value) >= MIN_CONTENT_CHARS:
            return str(value)
    return None


def fetch_document(
    url: str, fetcher: Fetcher, *, published: str | None = None, title: str | None = None
) -> RawDocument:
    from lagebild.ingest.sources import document_from_content

    fetched = fetcher(url)
    html = "html" in fetched.content_type.lower() or not fetched.content_type
    content = decode_text(fetched.body, html=html)
    return document_from_content(
        content,
        uri=fetched.url,
        fmt="html" if html else None,
        url=fetched.url,
        published=published,
        title=title,
    )


def read_feed(data: bytes, uri: str, fetcher: Fetcher | None) -> Iterator[Item]:
    from lagebild.ingest.sources import document_from_content

    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        yield _error(
            uri, InputError("E114", detail=str(parsed.get("bozo_exception", "unreadable")))
        )
        return
    for entry in parsed.entries:
        link = entry.get("link") or uri
        published, title = _published(entry), entry.get("title")
        try:
            content = _content(entry)
            if content is not None:
                yield document_from_content(
                    content, uri=link, fmt="html", url=link, published=published, title=title
                )
            elif fetcher is None:
                raise InputError("E112", entry=link)
            else:
                yield fetch_document(link, fetcher, published=published, title=title)
        except LagebildError as exc:
            yield _error(link, exc)


def read_url_list(text: str, uri: str, fetcher: Fetcher | None) -> Iterator[Item]:
    """One URL a line; blank lines and # comments are skipped."""
    for line in text.splitlines():
        url = line.strip()
        if not url or url.startswith("#"):
            continue
        try:
            if fetcher is None:
                raise InputError("E113", url=url, detail="fetching is off (use --fetch)")
            yield fetch_document(url, fetcher)
        except LagebildError as exc:
            yield _error(url, exc)
