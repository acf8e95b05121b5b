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


def test_within_a_block_only_final_punctuation_may_end_a_sentence() -> None:
    # After a full stop the parser decides; after any other word it may not split.
    assert _split("Er kam. Sie ging.")[1:] == [False, False, None, False, False]
    assert _split("„Wir kommen“, sagte er: „[Wir] bleiben.“")[1:3] == [False, False]
    doc = block_sentences(spacy.blank("de")("Frage? Ja! Nun … gut; so"))
    open_to_parser = [t.text for t in doc[1:] if t.is_sent_start is None]
    assert open_to_parser == ["Ja", "Nun", "gut", "so"]


def test_shipped_parser_keeps_a_subject_with_its_verb() -> None:
    from lagebild.nlp.loader import load_nlp

    # The parser alone split "Macron, Merkel und Johnson | wollen …" on a dev page.
    text = "Macron, Merkel und Johnson wollen kommende Woche zu Gesprächen nach Teheran reisen."
    assert len(list(load_nlp()(text).sents)) == 1


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
