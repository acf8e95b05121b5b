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
        blocks=[
            Block(kind="kicker", start=0, end=16),
            Block(kind="paragraph", start=18, end=len(TEXT)),
        ],
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


def test_subjunctive_from_the_docs_morphology() -> None:
    # "sollten" reads as past tense by form; a tagger's Mood=Sub settles it.
    text = "„Wir kontrollieren“, sagte sie. Die Kontrollen sollten bis März gelten."
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    raw = RawDocument(uri="t", format="text", content=text, sha256="0" * 64)
    article = Article(
        id="0" * 16, source=Source(uri="t", sha256="0" * 64, format="text"), text=text
    )
    state = AnalysisState(raw=raw, article=article)
    state.doc = nlp(text)
    QuotesStage().run(state)
    assert len(article.quotes) == 1
    for token in state.doc:
        if token.text == "sollten":
            token.set_morph("Mood=Sub|VerbForm=Fin")
    QuotesStage().run(state)
    assert [q.text for q in article.quotes][1] == "Die Kontrollen sollten bis März gelten"


def test_parse_gives_the_subject_where_word_forms_do_not() -> None:
    from spacy.tokens import Doc

    # No article before "russische Diplomaten": our rules find no subject, the parse does.
    words = ["Dann", "sagten", "russische", "Diplomaten", ",", "die", "Lage", "sei", "ernst", "."]
    heads = [1, 1, 3, 1, 1, 6, 7, 1, 7, 1]
    deps = ["mo", "ROOT", "nk", "sb", "punct", "nk", "sb", "oc", "pd", "punct"]
    spaces = [True, True, True, False, True, True, True, True, False, False]
    nlp = spacy.blank("de")
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        sent_starts=[True] + [False] * 9,  # type: ignore[arg-type]  # spaCy's list is invariant
    )
    text = doc.text
    raw = RawDocument(uri="t", format="text", content=text, sha256="0" * 64)
    article = Article(
        id="0" * 16, source=Source(uri="t", sha256="0" * 64, format="text"), text=text
    )
    state = AnalysisState(raw=raw, article=article)
    QuotesStage().run(state)
    assert [m.speaker_text for m in state.extras["quote_matches"]] == [None]
    state.doc = doc
    QuotesStage().run(state)
    assert [m.speaker_text for m in state.extras["quote_matches"]] == ["russische Diplomaten"]
