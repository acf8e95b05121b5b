"""lagebild_case_from_deps_v1: case from the dependency relation."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from lagebild.nlp.components import CASE_FROM_DEPS, case_from_deps, case_rules


def _doc() -> Doc:
    # "Die Frau sieht den Mann ." with a tagger's typical Nom/Acc confusion on "Frau".
    vocab = spacy.blank("de").vocab
    return Doc(
        vocab,
        words=["Die", "Frau", "sieht", "den", "Mann", "."],
        pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
        heads=[1, 2, 2, 4, 2, 2],
        deps=["det", "nsubj", "ROOT", "det", "obj", "punct"],
        morphs=[
            "Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art",
            "Case=Acc|Gender=Fem|Number=Sing",
            "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
            "Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art",
            "Case=Dat|Gender=Masc|Number=Sing",
            "",
        ],
    )


def test_subject_and_object_cases_with_agreeing_article() -> None:
    doc = case_from_deps(_doc())
    assert [t.morph.get("Case", []) for t in doc] == [
        ["Nom"], ["Nom"], [], ["Acc"], ["Acc"], [],
    ]  # fmt: skip
    # Other features are kept.
    assert doc[1].morph.get("Gender", []) == ["Fem"]


def test_never_invents_case() -> None:
    doc = _doc()
    doc[2].morph = doc[5].morph  # the verb has no case, and gets none
    assert case_from_deps(doc)[2].morph.get("Case", []) == []


def test_registered_and_usable_in_a_pipeline() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe(CASE_FROM_DEPS)
    assert nlp.pipe_names == [CASE_FROM_DEPS]
    assert case_rules().case_by_dep["nsubj"] == "Nom"
