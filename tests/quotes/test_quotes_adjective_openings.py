"""Session 3: an -e word after an opening adverb is a verb ("Heute umfasse …")
unless a tagger calls it an adjective before its noun ("Auch ausländische
Personen … müssen"); Swiss "grosse" is no verb."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from lagebild.quotes.continuation import _unlisted_subjunctive
from lagebild.quotes.text import tokenize

Row = tuple[str, str, str | None, str | None]
Quotes = Callable[[str], list[Row]]


def test_a_tagged_adjective_is_no_verb() -> None:
    toks = tokenize("Auch ausländische Personen müssen künftig rechnen.")
    assert _unlisted_subjunctive(toks, 1)  # by form alone it could be a verb
    toks[1] = replace(toks[1], pos="ADJ")
    assert not _unlisted_subjunctive(toks, 1)
    toks = tokenize("Heute umfasse der Bereich ganz Europa.")
    toks[1] = replace(toks[1], pos="ADJ")  # a tagger's slip before an article
    assert _unlisted_subjunctive(toks, 1)


def test_swiss_grosse_is_no_verb(quotes: Quotes) -> None:
    assert quotes("Auch grosse Firmen müssen sich also genau überlegen, ob sie bleiben.") == []


def test_a_demonstrative_subject_before_an_unlisted_konjunktiv(quotes: Quotes) -> None:
    text = "Einige Waffen waren im Einsatz. Das zeige eine Reihe von Posts, die Correctiv fand."
    assert [r[1] for r in quotes(text)] == ["Das zeige eine Reihe von Posts, die Correctiv fand"]
    # an article before an adjective stays an article
    assert quotes("Das neue Gesetz gilt ab Montag.") == []
