"""lagebild_block_sentences_v1: a line break ends a sentence, even one the parser would glue."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from lagebild.nlp.components import BLOCK_SENTENCES, block_sentences
from lagebild.nlp.loader import add_block_sentences


def _split(text: str) -> list[bool | None]:
    return [t.is_sent_start for t in block_sentences(spacy.blank("de")(text))]


def test_headline_and_dateline_blocks_start_sentences() -> None:
    doc = block_sentences(spacy.blank("de")("Minister reist ab\n\nBerlin\nDer Minister reiste ab."))
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Minister", "Berlin", "Der"]  # the first token, then every block
    assert all(t.is_sent_start is False for t in doc if t.is_space)


def test_running_text_is_left_to_the_parser() -> None:
    # No line break: nothing is decided here, so the parser splits as it was trained.
    assert _split("Er kam. Sie ging.")[1:] == [None] * 5


def test_a_pipeline_with_a_parser_gets_the_component_before_it() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("parser")
    assert add_block_sentences(nlp).pipe_names == [BLOCK_SENTENCES, "parser"]
    assert add_block_sentences(nlp).pipe_names == [BLOCK_SENTENCES, "parser"]  # once only
    assert add_block_sentences(spacy.blank("de")).pipe_names == []  # nothing splits: no-op


def test_shipped_pipeline_respects_the_blocks() -> None:
    from lagebild.nlp.loader import load_nlp

    doc: Doc = load_nlp()("Putin besucht Kasachstan\n\nAstana – Putin hat Kasachstan besucht.")
    assert [s.text.strip() for s in doc.sents] == [
        "Putin besucht Kasachstan",
        "Astana – Putin hat Kasachstan besucht.",
    ]
