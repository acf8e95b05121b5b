"""Session 3: a quoted main clause right after a speech verb is direct speech
(with no colon); a quoted relative clause before an attribution is a partial."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from lagebild.quotes import find_quotes
from lagebild.quotes.text import tokenize

Row = tuple[str, str, str | None, str | None]
Quotes = Callable[[str], list[Row]]

TEXT = "Damals verkündete der Präsident „Der Islam gehört zu Deutschland“, und alle staunten."


def _rows(text: str, verbs: tuple[str, ...]) -> list[tuple[str, str | None, str | None]]:
    tokens = [replace(t, pos="VERB") if t.text in verbs else t for t in tokenize(text)]
    return [(m.kind, m.quote.cue, m.speaker_text) for m in find_quotes(text, tokens=tokens)]


def test_a_quoted_clause_after_a_speech_verb_is_direct() -> None:
    assert _rows(TEXT, ("gehört",)) == [("direct", "verkündete", "der Präsident")]
    # no verb inside: a quoted phrase stays partial
    text = "Damals forderte der Präsident „Die sofortige Freilassung aller Gefangenen“, und alle staunten."
    assert [r[0] for r in _rows(text, ())] != ["direct"]


def test_a_quoted_relative_clause_is_a_partial(quotes: Quotes) -> None:
    text = "Die Polizei fand Plakate, „auf denen der Holocaust relativiert wurde“, sagte sie."
    assert "direct" not in [r[0] for r in quotes(text)]
    text = "Es wird von Plakaten, „auf denen der Holocaust relativiert wurde“ berichtet."
    assert "direct" not in [r[0] for r in quotes(text)]
