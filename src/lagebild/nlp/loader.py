"""Load the spaCy pipeline named by the `nlp.model` setting, once per process.

"default" is the pipeline this project trains and ships as package data
(`lagebild/data/model`); any other value is handed to `spacy.load`, so an
installed package name ("de_core_news_lg") or a path works with no code change.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language

from lagebild.errors import ConfigError
from lagebild.nlp.components import BLOCK_SENTENCES  # importing registers our components
from lagebild.nlp.tokenizer import add_news_exceptions

DEFAULT = "default"


def default_model_path() -> Path:
    """Where the shipped pipeline lives inside the installed package."""
    return Path(str(resources.files("lagebild.data").joinpath("model")))


def resolve(name: str | None) -> str | Path:
    """The setting's value as something `spacy.load` accepts."""
    if name is None:
        from lagebild.settings import get_settings

        name = get_settings().nlp.model
    return default_model_path() if name == DEFAULT else name


@lru_cache(maxsize=4)
def _load(target: str) -> Language:
    try:
        nlp = spacy.load(target)
    except (OSError, ValueError) as exc:
        raise ConfigError(
            "E401", name="nlp.model", detail=f"cannot load {target!r}: {exc}"
        ) from exc
    return add_block_sentences(add_news_exceptions(nlp))


def load_nlp(name: str | None = None) -> Language:
    """The pipeline for `name` (default: the `nlp.model` setting), cached per process."""
    return _load(str(resolve(name)))


def add_block_sentences(nlp: Language) -> Language:
    """Line breaks end sentences in any pipeline that splits sentences (parser or senter)."""
    splitter = next((name for name in ("parser", "senter") if name in nlp.pipe_names), None)
    if splitter is not None and BLOCK_SENTENCES not in nlp.pipe_names:
        nlp.add_pipe(BLOCK_SENTENCES, before=splitter)
    return nlp
