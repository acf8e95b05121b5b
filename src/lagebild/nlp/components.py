"""spaCy components Lagebild registers (by versioned name); importing this module registers them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.language import Language
from spacy.tokens import Doc, MorphAnalysis, Token

from lagebild.errors import ConfigError

CASE_FROM_DEPS = "lagebild_case_from_deps_v1"


@dataclass(frozen=True)
class CaseRules:
    case_by_dep: dict[str, str]
    head_pos: frozenset[str]
    agreeing_deps: frozenset[str]


@lru_cache(maxsize=1)
def case_rules() -> CaseRules:
    text = resources.files("lagebild.data").joinpath("nlp/case_rules.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    try:
        return CaseRules(
            {str(k): str(v) for k, v in data["case_by_dep"].items()},
            frozenset(data["head_pos"]),
            frozenset(data["agreeing_deps"]),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise ConfigError("E402", path="nlp/case_rules.yaml", detail=str(exc)) from exc


def _set_case(token: Token, case: str) -> None:
    # Only words the morphologizer already gave a case: the rule corrects, never invents.
    feats = token.morph.to_dict()
    if "Case" in feats and feats["Case"] != case:
        feats["Case"] = case
        token.morph = MorphAnalysis(token.vocab, feats)


@Language.component(CASE_FROM_DEPS, requires=["token.dep", "token.morph"], assigns=["token.morph"])
def case_from_deps(doc: Doc) -> Doc:
    """Subjects nominative, objects accusative, indirect objects dative, with their agreeing words."""
    rules = case_rules()
    for token in doc:
        case = rules.case_by_dep.get(token.dep_)
        if case is None or token.pos_ not in rules.head_pos:
            continue
        _set_case(token, case)
        for child in token.children:
            if child.dep_ in rules.agreeing_deps:
                _set_case(child, case)
    return doc


BLOCK_SENTENCES = "lagebild_block_sentences_v1"


@Language.component(BLOCK_SENTENCES, assigns=["token.is_sent_start"])
def block_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines, captions and paragraphs are blocks.

    The article text joins blocks with newlines, but the parser was trained on running text
    and glues a headline to the lead's first sentence. It keeps boundaries set before it.
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if token.is_space:
            token.is_sent_start = False  # whitespace closes the sentence before it
        elif previous.is_space and "\n" in previous.text:
            token.is_sent_start = True
    return doc
