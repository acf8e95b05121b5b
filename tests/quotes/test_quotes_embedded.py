"""Session 6: long quoted clauses with a verb of their own, embedded in the
writer's sentence without a cue, are partial quotes (`embedded.py`); short or
verbless quotations and titles after a name noun stay out. Sentences written
for these tests (the tags stand for a tagger's)."""

from __future__ import annotations

from dataclasses import replace

from lagebild.quotes import find_quotes
from lagebild.quotes.text import Token, tokenize

_TAGS = {
    "Lena": "PROPN", "Roth": "PROPN", "plant": "VERB", "soll": "AUX", "sein": "AUX",
    "laufen": "VERB", "Tarif": "NOUN", "Die": "DET", "Wahl": "NOUN", "liegt": "VERB",
    "sind": "AUX", "ist": "AUX",
}  # fmt: skip


def _found(text: str) -> list[tuple[str, str, str | None]]:
    tokens: list[Token] = [replace(t, pos=_TAGS.get(t.text, "X")) for t in tokenize(text)]
    return [(m.kind, m.quote.text, m.speaker_text) for m in find_quotes(text, tokens=tokens)]


def test_a_long_quoted_clause_is_the_subjects_partial_quote() -> None:
    text = "Lena Roth plant einen Tarif, der „billiger sein soll als alle Angebote der Konkurrenz“."
    assert _found(text) == [
        ("partial", "„billiger sein soll als alle Angebote der Konkurrenz“", "Lena Roth")
    ]


def test_an_abstract_subject_leaves_the_speaker_open() -> None:
    text = "Die Wahl liegt nicht dort, „sondern zwischen denen, die für eine Einigung offen sind“."
    assert _found(text) == [
        ("partial", "„sondern zwischen denen, die für eine Einigung offen sind“", None)
    ]


def test_short_or_verbless_quotations_stay_out() -> None:
    assert _found("Lena Roth plant einen Tarif, der „billiger sein soll“.") == []
    assert (
        _found("Lena Roth plant „einen Tarif für alle Kunden in allen Städten des Landes“.") == []
    )


def test_a_title_after_a_name_noun_stays_out() -> None:
    text = "Lena Roth plant Titel wie „Ich war noch niemals in New York und es ist schön“."
    assert _found(text) == []
