"""Fixtures of the quotes tests: `quotes(text)` and `only(text)` give (kind,
text, cue, speaker surface) rows of what `find_quotes` found."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lagebild.quotes import find_quotes

Row = tuple[str, str, str | None, str | None]
Quotes = Callable[[str], list[Row]]
Only = Callable[[str], Row]


def _quotes(text: str) -> list[Row]:
    return [(m.kind, m.quote.text, m.quote.cue, m.speaker_text) for m in find_quotes(text)]


def _only(text: str) -> Row:
    found = _quotes(text)
    assert len(found) == 1, found
    return found[0]


@pytest.fixture
def quotes() -> Quotes:
    return _quotes


@pytest.fixture
def only() -> Only:
    return _only
