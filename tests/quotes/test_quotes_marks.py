import pytest

from lagebild.quotes.marks import quoted_spans


def _spans(text: str) -> list[str]:
    return [text[q.start : q.end] for q in quoted_spans(text)]


@pytest.mark.parametrize(
    "text",
    [
        "„Wir kommen.“",
        "»Wir kommen.«",
        "«Wir kommen.»",
        '"Wir kommen."',
        "“Wir kommen.”",
        "„Wir kommen.”",
    ],
)
def test_every_german_style_pairs(text: str) -> None:
    assert _spans(f"Er sagte: {text} Dann ging er.") == [text]


def test_nested_single_marks_stay_inside() -> None:
    text = "„Er sprach von einer ‚Zeitenwende‘ und ging.“"
    assert _spans(text) == [text]


def test_apostrophes_are_not_quotes() -> None:
    assert _spans("Das geht‘s nichts an, „sagt“ er, geht's?") == ["„sagt“"]


def test_quote_continues_into_next_paragraph_that_reopens_it() -> None:
    text = "„Erster Absatz.\n\n„Zweiter Absatz.“ Ende."
    assert _spans(text) == ["„Erster Absatz.\n\n„Zweiter Absatz.“"]


def test_unclosed_mark_mid_paragraph_is_dropped() -> None:
    assert _spans("Ein „offenes Zitat ohne Ende.\n\nNeu „zu“.") == ["„zu“"]


def test_unclosed_quote_opening_its_paragraph_runs_to_its_end() -> None:
    spans = quoted_spans("„Ein Zitat ohne Ende.\n\nNeuer Absatz.")
    assert len(spans) == 1 and not spans[0].closed
