"""Tense cues decide on which side of the anchor a bare date lies."""

from __future__ import annotations

from datetime import date

from lagebild.timex.context import TenseContext, split_sentences
from lagebild.timex.lexicon import load_lexicon


def direction(text: str, span: str) -> str:
    start = text.index(span)
    return TenseContext(text, load_lexicon()).direction(start, start + len(span))


def test_default_is_past() -> None:
    assert direction("Am Montag traf er den Kanzler.", "Am Montag") == "past"


def test_future_cues() -> None:
    assert direction("Am Montag wird er den Kanzler treffen.", "Am Montag") == "future"
    assert direction("Das Treffen ist für den 23. November geplant.", "23. November") == "future"
    assert direction("Am Montag soll abgestimmt werden.", "Am Montag") == "future"


def test_nearest_cue_wins_across_clauses() -> None:
    text = "Er hatte im März angekündigt, dass er im Mai reisen wird."
    assert direction(text, "im März") == "past"
    assert direction(text, "im Mai") == "future"


def test_cues_do_not_cross_sentences() -> None:
    text = "Am Montag traf er sie. Im März wird gewählt."
    assert direction(text, "Am Montag") == "past"


def test_sentence_split_keeps_ordinal_dates_together() -> None:
    text = "Am 9. November kam er. Er blieb.\nZweite Zeile"
    spans = [text[s:e].strip() for s, e in split_sentences(text)]
    assert spans == ["Am 9. November kam er.", "Er blieb.", "Zweite Zeile"]


class _Morph:
    def __init__(self, feats: dict[str, list[str]]) -> None:
        self.feats = feats

    def get(self, name: str) -> list[str]:
        return self.feats.get(name, [])


class _Token:
    def __init__(self, text: str, idx: int, pos: str, feats: dict[str, list[str]]) -> None:
        self.text, self.idx, self.pos_, self.morph = text, idx, pos, _Morph(feats)


def test_doc_morphology_adds_past_cues() -> None:
    text = "Am Montag reiste er ab."
    tokens = [_Token("reiste", 10, "VERB", {"Tense": ["Past"], "VerbForm": ["Fin"]})]
    with_doc = TenseContext(text, load_lexicon(), doc=tokens)
    without = TenseContext(text, load_lexicon())
    assert with_doc.score(0, 9) < without.score(0, 9)


def test_a_spacy_doc_gives_sentences_and_changes_nothing_else() -> None:
    import spacy

    from lagebild.timex import tag

    text = "Am Montag traf er sie. Im März wird gewählt."
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    anchor = date(2023, 11, 9)
    assert tag(text, anchor, nlp(text)) == tag(text, anchor)
    assert tag(text, anchor, spacy.blank("de")(text)) == tag(text, anchor)
