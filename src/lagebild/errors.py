"""One exception tree, every message with a code.

LagebildError
├── InputError        (E1xx) a source cannot be read or decoded
├── ExtractionError   (E2xx) a document yields no article
├── StoreError        (E3xx) the database refuses a read or write
└── ConfigError       (E4xx) a setting, model or data file is wrong
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "E101": "file is empty",
    "E102": "file looks binary, not text or HTML",
    "E103": "text is not valid in any known encoding",
    "E104": "gzip stream is truncated or corrupt",
    "E105": "document is larger than the limit ({limit} bytes)",
    "E106": "JSONL line {line} is not valid JSON: {detail}",
    "E107": "JSONL line {line} has neither 'html' nor 'text'",
    "E108": "path does not exist: {path}",
    "E109": "cannot read source: {detail}",
    "E110": "unsupported source type: {path}",
    "E111": "WARC stream is corrupt: {detail}",
    "E112": "feed entry {entry} has no article content (use --fetch to download it)",
    "E113": "cannot fetch {url}: {detail}",
    "E114": "not a readable RSS/Atom feed: {detail}",
    "E201": "no article text could be extracted",
    "E301": "database error: {detail}",
    "E302": "database schema version {found} is newer than this program ({known})",
    "E303": "only read-only statements are allowed here",
    "E401": "invalid setting {name}: {detail}",
    "E402": "data file {path} is invalid: {detail}",
}


class LagebildError(Exception):
    """Root of every error Lagebild raises on purpose."""

    code = "E000"

    def __init__(self, code: str, **details: object) -> None:
        self.code = code
        self.details = details
        template = MESSAGES.get(code, code)
        try:
            text = template.format(**details)
        except (KeyError, IndexError):
            text = template
        super().__init__(f"[{code}] {text}")

    @property
    def message(self) -> str:
        return str(self)


class InputError(LagebildError):
    pass


class ExtractionError(LagebildError):
    pass


class StoreError(LagebildError):
    pass


class ConfigError(LagebildError):
    pass
