"""RSS/Atom feeds and URL lists, with downloads through a fake fetcher (no network in tests)."""

from __future__ import annotations

from pathlib import Path

from lagebild.errors import InputError
from lagebild.ingest import iter_documents
from lagebild.ingest.http import Fetched
from lagebild.models import ErrorRecord, RawDocument

BODY = "Die Regierung hat am Montag ein Gesetz beschlossen, das lange umstritten war. " * 8
ARTICLE = f"<html><body><article><h1>Gesetz beschlossen</h1><p>{BODY}</p></article></body></html>"
RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Beispiel</title>
<item><title>Mit Inhalt</title><link>https://example.org/a</link>
<pubDate>Tue, 14 May 2024 16:47:00 +0200</pubDate>
<content:encoded><![CDATA[<p>{BODY}</p>]]></content:encoded></item>
<item><title>Nur Link</title><link>https://example.org/b</link>
<pubDate>Wed, 15 May 2024 08:00:00 +0200</pubDate><description>Kurz.</description></item>
</channel></rss>"""


class FakeWeb:
    def __init__(self) -> None:
        self.asked: list[str] = []

    def __call__(self, url: str) -> Fetched:
        self.asked.append(url)
        if url.endswith("/missing"):
            raise InputError("E113", url=url, detail="404")
        return Fetched(
            url=url, body=ARTICLE.encode("utf-8"), content_type="text/html; charset=utf-8"
        )


def test_feed_entries_with_content_need_no_download(tmp_path: Path) -> None:
    path = tmp_path / "news.rss"
    path.write_text(RSS, "utf-8")
    items = list(iter_documents([path]))
    first, second = items
    assert isinstance(first, RawDocument)
    assert (first.url, first.published, first.title, first.format) == (
        "https://example.org/a",
        "2024-05-14",
        "Mit Inhalt",
        "html",
    )
    assert isinstance(second, ErrorRecord) and second.code == "E112"


def test_feed_entries_without_content_are_fetched(tmp_path: Path) -> None:
    path = tmp_path / "news.rss"
    path.write_text(RSS, "utf-8")
    web = FakeWeb()
    items = list(iter_documents([path], web))
    assert web.asked == ["https://example.org/b"]
    assert all(isinstance(i, RawDocument) for i in items)
    assert items[1].published == "2024-05-15"  # type: ignore[union-attr]


def test_url_list_and_url_arguments(tmp_path: Path) -> None:
    path = tmp_path / "links.urls"
    path.write_text("# Sammlung\nhttps://example.org/x\n\nhttps://example.org/missing\n", "utf-8")
    web = FakeWeb()
    items = list(iter_documents([path, "https://example.org/y"], web))
    assert [type(i).__name__ for i in items] == ["RawDocument", "ErrorRecord", "RawDocument"]
    assert isinstance(items[1], ErrorRecord) and items[1].code == "E113"


def test_url_without_fetching_is_an_error_record() -> None:
    (item,) = list(iter_documents(["https://example.org/z"]))
    assert isinstance(item, ErrorRecord) and item.code == "E113"


def test_broken_feed(tmp_path: Path) -> None:
    path = tmp_path / "broken.rss"
    path.write_bytes(b"<rss><channel><item><title>kaputt")
    items = list(iter_documents([path]))
    assert all(isinstance(i, ErrorRecord) for i in items) and items


def test_urllib_fetcher_against_a_local_server() -> None:
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from lagebild.ingest.http import UrllibFetcher

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = ARTICLE.encode("utf-8")
            self.send_response(200 if self.path == "/ok" else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        fetched = UrllibFetcher(timeout=5)(f"{base}/ok")
        assert b"Gesetz beschlossen" in fetched.body and "html" in fetched.content_type
        (item,) = list(iter_documents([f"{base}/gone"], UrllibFetcher(timeout=5)))
        assert isinstance(item, ErrorRecord) and item.code == "E113"
    finally:
        server.shutdown()
