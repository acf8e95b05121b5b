"""News-specific tokenizer exceptions (data file `data/nlp/tokenizer.yaml`)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from spacy.language import Language
from spacy.symbols import ORTH

from lagebild.errors import ConfigError


@lru_cache(maxsize=1)
def special_cases() -> tuple[str, ...]:
    """Every string that must stay one token, from the reviewed data file."""
    text = resources.files("lagebild.data").joinpath("nlp/tokenizer.yaml").read_text("utf-8")
    data = yaml.safe_load(text) or {}
    cases: list[str] = []
    for key in ("abbreviations", "caption_markers"):
        values = data.get(key, [])
        if not isinstance(values, list) or not all(
            isinstance(v, str) and v.strip() for v in values
        ):
            raise ConfigError(
                "E402", path="nlp/tokenizer.yaml", detail=f"{key} must be a list of strings"
            )
        cases.extend(values)
    return tuple(cases)


def add_news_exceptions(nlp: Language) -> Language:
    """Teach the tokenizer our exceptions; harmless on any pipeline, ours or a user's."""
    tokenizer: Any = nlp.tokenizer  # a custom tokenizer may lack special cases
    if not hasattr(tokenizer, "add_special_case"):
        return nlp
    for case in special_cases():
        tokenizer.add_special_case(case, [{ORTH: case}])
    return nlp
