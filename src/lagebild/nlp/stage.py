"""The nlp stage: the article's text -> a spaCy Doc on `state.doc`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language

from lagebild.nlp.loader import load_nlp

if TYPE_CHECKING:
    from lagebild.pipeline import AnalysisState


class NlpStage:
    """Runs the configured spaCy pipeline over `article.text` (offsets stay text offsets)."""

    name = "nlp"

    def __init__(self, nlp: Language | None = None, model: str | None = None) -> None:
        # Loading is deferred to the first document so building a pipeline stays cheap.
        self._nlp = nlp
        self._model = model

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_nlp(self._model)
        return self._nlp

    def run(self, state: AnalysisState) -> None:
        state.doc = self.nlp(state.require_article.text)
