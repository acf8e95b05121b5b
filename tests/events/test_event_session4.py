"""Session 4 role rules: national agents."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from spacy.tokens import Doc

from lagebild.events.extract import Extractor
from lagebild.models import Article

DocOf = Callable[[Sequence[Sequence[Any]]], Doc]
ArticleOf = Callable[..., Article]
FIN = "Mood=Ind|Tense=Past|VerbForm=Fin"
RUSSIA = ("Q159", "GPE", "RUS", [("russische", "adjective")])
GERMANY = ("Q183", "GPE", "DEU", [("deutschen", "adjective"), ("deutsche", "adjective")])
IDLIB = ("lb:idlib", "ORG", "SYR", [("Verwaltung", "description")])
SYRIA = ("Q858", "GPE", "SYR", [("syrischen", "adjective")])


def _found(doc: Doc, article: Article) -> list[tuple[str, set[str], set[str]]]:
    return [(m.type, set(m.source), set(m.target)) for m in Extractor().mentions(article, doc)]


def test_agent_named_by_its_nation(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Die Verwaltung meldete den Abwurf einer Bombe durch russische Kampfflieger."
    doc = doc_of([[("Die", "der", "DET", "ART", "det", 1, "Case=Nom"),
                   ("Verwaltung", "Verwaltung", "NOUN", "NN", "nsubj", 2, "Case=Nom"),
                   ("meldete", "melden", "VERB", "VVFIN", "ROOT", 2, FIN),
                   ("den", "der", "DET", "ART", "det", 4, "Case=Acc"),
                   ("Abwurf", "Abwurf", "NOUN", "NN", "obj", 2, "Case=Acc"),
                   ("einer", "ein", "DET", "ART", "det", 6, "Case=Gen"),
                   ("Bombe", "Bombe", "NOUN", "NN", "nmod", 4, "Case=Gen"),
                   ("durch", "durch", "ADP", "APPR", "case", 9, ""),
                   ("russische", "russisch", "ADJ", "ADJA", "amod", 9, "Case=Acc"),
                   ("Kampfflieger", "Kampfflieger", "NOUN", "NN", "nmod", 4, "Case=Acc"),
                   (".", ".", "PUNCT", "$.", "punct", 2, "")]])  # fmt: skip
    found = _found(doc, article_of(doc, [RUSSIA, IDLIB]))
    assert any(t == "ASSAULT" and s == {"Q159"} for t, s, _ in found)


def test_subject_named_by_its_nation(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Die deutsche Obrigkeit verbot die Demonstration." -> COERCE by Germany
    doc = doc_of([[("Die", "der", "DET", "ART", "det", 2, "Case=Nom"),
                   ("deutsche", "deutsch", "ADJ", "ADJA", "amod", 2, "Case=Nom"),
                   ("Obrigkeit", "Obrigkeit", "NOUN", "NN", "nsubj", 3, "Case=Nom"),
                   ("verbot", "verbieten", "VERB", "VVFIN", "ROOT", 3, FIN),
                   ("die", "der", "DET", "ART", "det", 5, "Case=Acc"),
                   ("Partei", "Partei", "NOUN", "NN", "obj", 3, "Case=Acc"),
                   (".", ".", "PUNCT", "$.", "punct", 3, "")]])  # fmt: skip
    found = _found(doc, article_of(doc, [GERMANY]))
    assert any(s == {"Q183"} for _, s, _ in found)


def test_an_object_named_by_a_nation_is_no_actor(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Die Sanktionen treffen den syrischen Militärkomplex." names a thing, not Syria.
    doc = doc_of([[("Die", "der", "DET", "ART", "det", 1, "Case=Nom"),
                   ("Sanktionen", "Sanktion", "NOUN", "NN", "nsubj", 2, "Case=Nom"),
                   ("treffen", "treffen", "VERB", "VVFIN", "ROOT", 2, FIN),
                   ("den", "der", "DET", "ART", "det", 5, "Case=Acc"),
                   ("syrischen", "syrisch", "ADJ", "ADJA", "amod", 5, "Case=Acc"),
                   ("Militärkomplex", "Militärkomplex", "NOUN", "NN", "obj", 2, "Case=Acc"),
                   (".", ".", "PUNCT", "$.", "punct", 2, "")]])  # fmt: skip
    assert not [f for f in _found(doc, article_of(doc, [SYRIA])) if f[0] == "CONSULT"]
