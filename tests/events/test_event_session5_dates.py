"""Session 5 (dates): week-aware future dating, a noun's date from its sentence."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from lagebild.events.attributes import dated_future
from lagebild.events.dates import DATE_VALUE, is_after
from lagebild.events.extract import Extractor
from lagebild.models import Article

DocOf = Callable[[Sequence[Sequence[tuple[str, str, str, str, str, int, str]]]], Doc]
ArticleOf = Callable[..., Article]
FIN = "Mood=Ind|Tense=Past|VerbForm=Fin"
PUTIN = ("Q7747", "PER", "RUS", [("Putins", "name")])
ASTANA = ("lb:astana", "LOC", "KAZ", [("Astana", "name")])


def test_date_values_are_years_months_and_days() -> None:
    for value in ("2020", "2020-04", "2020-04-27"):
        assert DATE_VALUE.match(value)
    for value in ("2020-W17", "2020-04-27TNI", "PRESENT_REF", "2020-SU", "P1D"):
        assert not DATE_VALUE.match(value)


def test_a_week_is_after_the_publication_day_only_when_later() -> None:
    assert not is_after("2020-W17", "2020-04-27")  # "Ende vergangener Woche"
    assert not is_after("2020-W18", "2020-04-27")  # "diese Woche": the day's own week
    assert is_after("2020-W19", "2020-04-27")
    assert is_after("2020-05", "2020-04-27") and not is_after("2020-04", "2020-04-27")


def test_realized_in_an_earlier_week_stays_realized() -> None:
    assert dated_future("realized", "2019-W41", "2019-10-18") == "realized"
    assert dated_future("realized", "2019-W43", "2019-10-18") == "planned"


def _visit(year_head: int) -> list[tuple[str, str, str, str, str, int, str]]:
    return [("Der", "der", "DET", "ART", "det", 1, ""),
            ("Besuch", "Besuch", "NOUN", "NN", "nsubj", 5, "Case=Nom"),
            ("Putins", "Putins", "PROPN", "NE", "nmod", 1, "Case=Gen"),
            ("in", "in", "ADP", "APPR", "case", 4, ""),
            ("Astana", "Astana", "PROPN", "NE", "nmod", 1, "Case=Dat"),
            ("endete", "enden", "VERB", "VVFIN", "ROOT", 5, FIN),
            ("2023", "2023", "NUM", "CARD", "nummod", year_head, ""),
            (".", ".", "PUNCT", "$.", "punct", 5, "")]  # fmt: skip


def test_a_noun_takes_its_sentence_date_when_its_phrase_has_none(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    # The year hangs on the full stop (a misattachment): not the noun's nor its
    # verb's, but the sentence's date.
    doc = doc_of([_visit(7)])
    (m,) = Extractor().mentions(article_of(doc, [PUTIN, ASTANA], times=[("2023", "2023")]), doc)
    assert (m.type, m.date) == ("CONSULT", "2023")
    (m,) = Extractor().mentions(article_of(doc, [PUTIN, ASTANA]), doc)
    assert m.date is None
