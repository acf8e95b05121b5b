"""Content hashes: the same page, however saved, gets the same id."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+\n")
_BLANK_RUNS = re.compile(r"\n{3,}")


def normalise_content(text: str) -> str:
    """NFC, unified newlines, no trailing blanks: what the hash is taken of."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _TRAILING_SPACE.sub("\n", text)
    return _BLANK_RUNS.sub("\n\n", text).strip()


def content_sha256(text: str) -> str:
    return hashlib.sha256(normalise_content(text).encode("utf-8")).hexdigest()
