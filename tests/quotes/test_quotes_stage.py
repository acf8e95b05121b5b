"""The stage wrapper, with and without a spaCy Doc."""

import spacy

from lagebild.models import Article, Block, RawDocument, Source
from lagebild.pipeline import AnalysisState
from lagebild.quotes import QuotesStage

TEXT = "„Engste Partner“\n\nDer Minister erklärte, beide Länder seien „engste Partner“."


def _state() -> AnalysisState:
    raw = RawDocument(uri="t", format="text", content=TEXT, sha256="0" * 64)
    article = Article(
        id="0" * 16,
        source=Source(uri="t", sha256="0" * 64, format="text"),
        text=TEXT,
        blocks=[Block(kind="kicker", start=0, end=16), Block(kind="paragraph", start=18,
                                                             end=len(TEXT))],
    )
    return AnalysisState(raw=raw, article=article)


def test_stage_sets_contract_quotes_and_keeps_matches() -> None:
    state = _state()
    QuotesStage().run(state)
    assert state.article is not None
    assert [(q.kind, q.cue, q.speaker) for q in state.article.quotes] == [
        ("partial", "erklärte", None)
    ]
    matches = state.extras["quote_matches"]
    assert matches[0].speaker_text == "Der Minister"


def test_stage_uses_the_docs_sentences_and_tokens() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    state = _state()
    state.doc = nlp(TEXT)
    QuotesStage().run(state)
    assert state.article is not None
    assert [q.text for q in state.article.quotes] == ["„engste Partner“"]
