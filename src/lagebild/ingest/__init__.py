"""ingest: sources (files, folders, stdin, JSONL, WARC) to `RawDocument`s with content hashes."""

from lagebild.ingest.hashing import content_sha256, normalise_content
from lagebild.ingest.sources import document_from_content, iter_documents, read_file, read_stdin

__all__ = [
    "content_sha256",
    "document_from_content",
    "iter_documents",
    "normalise_content",
    "read_file",
    "read_stdin",
]
