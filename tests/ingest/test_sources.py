"""Sources to raw documents, and every kind of bad input as a clear error record."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from lagebild.ingest import content_sha256, iter_documents, read_stdin
from lagebild.models import ErrorRecord, RawDocument

TEXT = "Titel der Meldung\n\nBerlin – Die Regierung hat am Montag ein Gesetz beschlossen, das lange umstritten war.\n"
HTML = (
    "<html><head><title>Gesetz beschlossen</title></head><body><article><h1>Gesetz beschlossen</h1>"
    "<p>Berlin – Die Regierung hat am Montag ein Gesetz beschlossen, das lange umstritten war. "
    "Die Opposition kritisierte das Vorhaben scharf und kündigte eine Klage an.</p></article></body></html>"
)


def _one(path: Path) -> RawDocument | ErrorRecord:
    (item,) = list(iter_documents([path]))
    return item


def test_text_and_html_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, "utf-8")
    (tmp_path / "b.html").write_text(HTML, "utf-8")
    items = list(iter_documents([tmp_path]))
    assert [i.format for i in items if isinstance(i, RawDocument)] == ["text", "html"]


def test_folder_is_walked_recursively_in_stable_order(tmp_path: Path) -> None:
    (tmp_path / "x" / "y").mkdir(parents=True)
    (tmp_path / "x" / "y" / "deep.txt").write_text(TEXT + "tief", "utf-8")
    (tmp_path / "top.txt").write_text(TEXT, "utf-8")
    (tmp_path / "ignored.pdf").write_bytes(b"%PDF-1.4")
    uris = [i.uri for i in iter_documents([tmp_path])]
    assert [Path(u).name for u in uris] == ["top.txt", "deep.txt"]


def test_same_content_same_hash_whatever_the_line_endings() -> None:
    assert content_sha256(TEXT) == content_sha256(TEXT.replace("\n", "\r\n") + "  \n\n\n")


def test_gzip_is_transparent(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(HTML.encode("utf-8")))
    item = _one(path)
    assert isinstance(item, RawDocument) and item.format == "html"


def test_latin1_html_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "alt.html"
    page = (
        HTML.replace("<head>", '<head><meta charset="iso-8859-1">')
        .replace("Gesetz", "Gesetzesänderung")
        .replace("–", "-")
    )
    path.write_bytes(page.encode("iso-8859-1"))
    item = _one(path)
    assert isinstance(item, RawDocument) and "Gesetzesänderung" in item.content


def test_jsonl_lines_and_a_broken_one(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(
            {"url": "https://example.org/1", "text": TEXT, "published": "2024-03-01", "title": "T"}
        ),
        "{not json",
        json.dumps({"url": "https://example.org/2", "html": HTML}),
        json.dumps({"url": "https://example.org/3"}),
    ]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    items = list(iter_documents([path]))
    assert [type(i).__name__ for i in items] == [
        "RawDocument",
        "ErrorRecord",
        "RawDocument",
        "ErrorRecord",
    ]
    first = items[0]
    assert (
        isinstance(first, RawDocument)
        and first.published == "2024-03-01"
        and first.uri == "https://example.org/1"
    )
    assert isinstance(items[1], ErrorRecord) and items[1].code == "E106"
    assert isinstance(items[3], ErrorRecord) and items[3].code == "E107"


def test_stdin() -> None:
    (item,) = list(read_stdin(io.BytesIO(TEXT.encode("utf-8"))))
    assert isinstance(item, RawDocument) and item.uri == "stdin" and item.format == "text"


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("empty.txt", b"", "E101"),
        ("blank.txt", b"   \n\n  ", "E101"),
        ("binary.txt", bytes(range(256)) * 40, "E102"),
        ("truncated.txt.gz", gzip.compress(TEXT.encode() * 50)[:-30], "E104"),
    ],
)
def test_bad_input_becomes_an_error_record(
    tmp_path: Path, name: str, data: bytes, code: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    item = _one(path)
    assert isinstance(item, ErrorRecord) and item.code == code and item.stage == "ingest"


def test_invalid_utf8_is_decoded_or_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(
        TEXT.encode("utf-8") + b"\xff\xfe\xfa kaputt \xc3\x28 " + TEXT.encode("cp1252")
    )
    item = _one(path)
    assert isinstance(item, RawDocument) or item.code == "E103"


def test_missing_path() -> None:
    (item,) = list(iter_documents(["/nonexistent/file.txt"]))
    assert isinstance(item, ErrorRecord) and item.code == "E108"


def test_oversized_document_is_refused_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated_settings: None
) -> None:
    monkeypatch.setenv("LAGEBILD_INGEST__MAX_BYTES", "1000000")
    path = tmp_path / "huge.html"
    with path.open("wb") as handle:  # a 50 MB page, sparse so the test stays cheap
        handle.seek(50 * 1024 * 1024)
        handle.write(b"</html>")
    item = _one(path)
    assert isinstance(item, ErrorRecord) and item.code == "E105"


def test_oversized_gzip_is_refused_while_streaming(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated_settings: None
) -> None:
    monkeypatch.setenv("LAGEBILD_INGEST__MAX_BYTES", "100000")
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 5_000_000))
    item = _one(path)
    assert isinstance(item, ErrorRecord) and item.code == "E105"


def test_html_with_no_article_is_an_error_record() -> None:
    from lagebild.ingest import document_from_content
    from lagebild.pipeline import Pipeline

    page = (
        "<html><head><title>Start</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    )
    result = Pipeline().run_safe(document_from_content(page, uri="empty.html", fmt="html"))
    assert isinstance(result, ErrorRecord) and result.code == "E201"
