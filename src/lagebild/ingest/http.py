"""The one seam for HTTP: every download goes through a `Fetcher`.

Tests and offline runs pass their own fetcher (or none: then feed entries
without content and URL lists become error records instead of downloads).
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Protocol

from lagebild.errors import InputError

USER_AGENT = "Lagebild/0.1 (+https://github.com/lagebild; research crawler)"


@dataclass
class Fetched:
    url: str
    body: bytes
    content_type: str = ""


class Fetcher(Protocol):
    def __call__(self, url: str) -> Fetched: ...


@dataclass
class UrllibFetcher:
    """Plain HTTP(S) GET with a timeout and a size bound."""

    timeout: float = 20.0
    max_bytes: int = 20_000_000

    def __call__(self, url: str) -> Fetched:
        if not url.startswith(("http://", "https://")):
            raise InputError("E113", url=url, detail="only http(s) URLs are fetched")
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                body = response.read(self.max_bytes + 1)
                content_type = response.headers.get("Content-Type", "")
                final_url = response.geturl()
        except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
            raise InputError("E113", url=url, detail=str(exc)) from exc
        if len(body) > self.max_bytes:
            raise InputError("E105", limit=self.max_bytes)
        return Fetched(url=final_url, body=body, content_type=content_type)
