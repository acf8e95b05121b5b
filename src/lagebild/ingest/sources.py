"""Sources to raw documents: files, folders, stdin, JSONL and WARC.

Every reader yields `RawDocument | ErrorRecord`: a bad document becomes an
error record and the walk goes on.
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from lagebild.errors import InputError, LagebildError
from lagebild.ingest.decode import decode_text, maybe_gunzip, read_gzip_file
from lagebild.ingest.feeds import looks_like_feed, read_feed, read_url_list
from lagebild.ingest.hashing import content_sha256
from lagebild.ingest.http import Fetcher
from lagebild.models import ErrorRecord, RawDocument, SourceFormat
from lagebild.settings import get_settings

Item = RawDocument | ErrorRecord
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom"}


def sniff_format(content: str) -> SourceFormat:
    head = content[:2048].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head or "<p>" in head:
        return "html"
    return "text"


def document_from_content(
    content: str,
    *,
    uri: str,
    fmt: SourceFormat | None = None,
    url: str | None = None,
    published: str | None = None,
    title: str | None = None,
) -> RawDocument:
    if not content.strip():
        raise InputError("E101")
    return RawDocument(
        uri=uri,
        format=fmt or sniff_format(content),
        content=content,
        sha256=content_sha256(content),
        url=url,
        published=published,
        title=title,
    )


def _error(uri: str, exc: LagebildError) -> ErrorRecord:
    return ErrorRecord(document=uri, stage="ingest", code=exc.code, message=str(exc))


def _inner_suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    if path.suffix.lower() == ".gz":
        return read_gzip_file(str(path), max_bytes)
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError("E105", limit=max_bytes)
    with path.open("rb") as handle:
        return maybe_gunzip(handle.read(), max_bytes)


def read_file(path: Path, fetcher: Fetcher | None = None) -> Iterator[Item]:
    """One file: a page, a scrape, a JSONL batch, a WARC archive, a feed or a URL list."""
    uri = str(path)
    suffix = _inner_suffix(path)
    max_bytes = get_settings().ingest.max_bytes
    try:
        if suffix == ".warc":
            yield from read_warc(path)
            return
        if suffix == ".jsonl":
            with path.open("rb") as raw:
                yield from read_jsonl(_gunzip_stream(raw, path), uri)
            return
        data = _read_bytes(path, max_bytes)
        if suffix in FEED_SUFFIXES or (suffix == ".xml" and looks_like_feed(data)):
            yield from read_feed(data, uri, fetcher)
            return
        if suffix == ".urls":
            yield from read_url_list(decode_text(data), uri, fetcher)
            return
        html = suffix in HTML_SUFFIXES
        content = decode_text(data, html=html)
        yield document_from_content(content, uri=uri, fmt="html" if html else None)
    except LagebildError as exc:
        yield _error(uri, exc)
    except OSError as exc:
        yield _error(uri, InputError("E109", detail=exc.strerror or str(exc)))


def _gunzip_stream(raw: BinaryIO, path: Path) -> BinaryIO:
    if path.suffix.lower() == ".gz":
        import gzip

        return gzip.GzipFile(fileobj=raw)  # type: ignore[return-value]
    return raw


def read_jsonl(stream: BinaryIO | io.BufferedReader, uri: str) -> Iterator[Item]:
    """One article a line: `url`, `html` or `text`, optional `published`, `title`."""
    max_bytes = get_settings().ingest.max_bytes
    line_no = 0
    try:
        for line_no, raw_line in enumerate(stream, start=1):
            if not raw_line.strip():
                continue
            yield _jsonl_item(raw_line, line_no, uri, max_bytes)
    except (EOFError, OSError) as exc:
        yield _error(f"{uri}#L{line_no + 1}", InputError("E104"))
        del exc


def _jsonl_item(raw_line: bytes, line_no: int, uri: str, max_bytes: int) -> Item:
    line_uri = f"{uri}#L{line_no}"
    try:
        if len(raw_line) > max_bytes:
            raise InputError("E105", limit=max_bytes)
        try:
            record = json.loads(raw_line.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError("E106", line=line_no, detail=str(exc)) from exc
        if not isinstance(record, dict):
            raise InputError("E106", line=line_no, detail="not an object")
        html, text = record.get("html"), record.get("text")
        content = html if isinstance(html, str) and html.strip() else text
        if not isinstance(content, str) or not content.strip():
            raise InputError("E107", line=line_no)
        url = record.get("url") if isinstance(record.get("url"), str) else None
        return document_from_content(
            content,
            uri=url or line_uri,
            fmt="html" if content is html else "text",
            url=url,
            published=_opt_str(record.get("published")),
            title=_opt_str(record.get("title")),
        )
    except LagebildError as exc:
        return _error(line_uri, exc)


def _opt_str(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def read_warc(path: Path) -> Iterator[Item]:
    """HTML responses from a WARC archive, one document each."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    max_bytes = get_settings().ingest.max_bytes
    with path.open("rb") as handle:
        try:
            for record in ArchiveIterator(handle):
                if record.rec_type != "response":
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or str(path)
                ctype = (
                    (record.http_headers.get_header("Content-Type") or "")
                    if record.http_headers
                    else ""
                )
                if "html" not in ctype.lower():
                    continue
                try:
                    data = record.content_stream().read(max_bytes + 1)
                    if len(data) > max_bytes:
                        raise InputError("E105", limit=max_bytes)
                    content = decode_text(data, html=True)
                    yield document_from_content(content, uri=url, fmt="html", url=url)
                except LagebildError as exc:
                    yield _error(url, exc)
        except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
            yield _error(str(path), InputError("E111", detail=str(exc)))


def read_stdin(stream: BinaryIO | None = None) -> Iterator[Item]:
    data_stream = stream or sys.stdin.buffer
    max_bytes = get_settings().ingest.max_bytes
    try:
        data = maybe_gunzip(data_stream.read(max_bytes + 1), max_bytes)
        if len(data) > max_bytes:
            raise InputError("E105", limit=max_bytes)
        yield document_from_content(decode_text(data, html=True), uri="stdin")
    except LagebildError as exc:
        yield _error("stdin", exc)


def _walk(folder: Path, suffixes: set[str]) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if not name.startswith(".") and (
                _inner_suffix(path) in suffixes or path.suffix.lower() in suffixes
            ):
                yield path


def iter_documents(paths: Iterable[str | Path], fetcher: Fetcher | None = None) -> Iterator[Item]:
    """Every document under the given paths ("-" is stdin, http(s) URLs are fetched), in a stable order."""
    suffixes = {*get_settings().ingest.suffixes, ".warc"}
    for entry in paths:
        if str(entry) == "-":
            yield from read_stdin()
            continue
        if str(entry).startswith(("http://", "https://")):
            yield from read_url_list(str(entry), str(entry), fetcher)
            continue
        path = Path(entry)
        if path.is_dir():
            for file in _walk(path, suffixes):
                yield from read_file(file, fetcher)
        elif path.is_file():
            yield from read_file(path, fetcher)
        else:
            yield _error(str(path), InputError("E108", path=str(path)))
