"""One knowledge base for all actor tests (loading it takes about a second)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from lagebild.actors.kb import KnowledgeBase


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


DocBuilder = Callable[..., Doc]
TagWords = Callable[..., Doc]
_BLANK = spacy.blank("de")


def build_doc(
    text: str,
    ents: dict[str, str] | None = None,
    subjects: tuple[str, ...] = (),
    objects: tuple[str, ...] = (),
) -> Doc:
    """A Doc as a parser would leave it, without a trained model: sentences end at ".",
    each hangs on its first lower-case word (the verb, in our test sentences); a name's
    words hang on its last word; `ents` maps surface strings to labels (every
    occurrence); words in `subjects`/`objects` get nsubj/obj."""
    tokens = _BLANK.make_doc(text)
    spans = []
    for surface, label in (ents or {}).items():
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            span = tokens.char_span(m.start(), m.end(), label=label)
            assert span is not None, surface
            spans.append(span)
    spans = spacy.util.filter_spans(spans)
    name_head = {t.i: span.end - 1 for span in spans for t in span[:-1]}
    heads, deps = [], []
    for sent in _sentences(tokens):
        root = next((t.i for t in sent if t.is_lower and t.is_alpha), sent[0].i)
        for t in sent:
            if t.i == root:
                heads.append(root)
                deps.append("ROOT")
            elif t.i in name_head:
                heads.append(name_head[t.i])
                deps.append("flat:name")
            else:
                heads.append(root)
                role = {**dict.fromkeys(objects, "obj"), **dict.fromkeys(subjects, "nsubj")}
                deps.append(role.get(t.text, "dep"))
    doc = Doc(
        _BLANK.vocab,
        words=[t.text for t in tokens],
        spaces=[bool(t.whitespace_) for t in tokens],
        heads=heads,
        deps=deps,
    )
    found = [doc.char_span(s.start_char, s.end_char, label=s.label_) for s in spans]
    doc.set_ents([e for e in found if e is not None])
    return doc


def _sentences(tokens: Doc) -> list[list[spacy.tokens.Token]]:
    out: list[list[spacy.tokens.Token]] = [[]]
    for t in tokens:
        out[-1].append(t)
        if t.text == ".":
            out.append([])
    return [s for s in out if s]


@pytest.fixture(scope="session")
def make_doc() -> DocBuilder:
    return build_doc


def tag_words(doc: Doc, pos: str, *words: str, morph: str = "") -> Doc:
    """Give `words` the part of speech (and morphology) a tagger would: the built Docs
    have none."""
    for token in doc:
        if token.text in words:
            token.pos_ = pos
            if morph:
                token.set_morph(morph)
    return doc


@pytest.fixture(scope="session")
def tag() -> TagWords:
    return tag_words
