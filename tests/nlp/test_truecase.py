"""Truecasing lowercased corpora (MultiCoNER) and reading them."""

from __future__ import annotations

import io

from lagebild.nlp.corpus.multiconer import parse_multiconer
from lagebild.nlp.corpus.records import NerSentence
from lagebild.nlp.corpus.truecase import CasingModel, truecase


def _casing() -> CasingModel:
    casing = CasingModel()
    casing.add_tokens(
        [
            "Am",
            "Morgen",
            "ging",
            "die",
            "Frau",
            "in",
            "die",
            "Stadt",
            ",",
            "die",
            "Frau",
            "sah",
            "das",
            "Haus",
            ".",
        ]
    )
    return casing


def test_majority_casing_outside_entities() -> None:
    casing = _casing()
    assert casing.best("frau") == "Frau" and casing.best("die") == "die"
    # Sentence starts do not count as evidence: "Am" is never learnt.
    assert casing.best("am") == "am"


def test_unseen_words_capitalised_only_with_noun_endings() -> None:
    casing = _casing()
    assert casing.best("verhandlungen") == "Verhandlungen"
    assert casing.best("schnell") == "schnell"


def test_entities_capitalised_except_particles_and_glued_punctuation() -> None:
    sentence = NerSentence(
        words=["die", "frau", "von", "bank", "of", "america", "sah", "haus,", "gestern"],
        tags=["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"],
    )
    cased = truecase(sentence, _casing())
    assert cased.words == ["Die", "Frau", "von", "Bank", "of", "America", "sah", "Haus,", "gestern"]
    assert cased.tags == sentence.tags


def test_multiconer_reader_maps_types() -> None:
    text = (
        "# id abc\tdomain=train\nreggie _ _ B-PER\nmiller _ _ I-PER\nspielte _ _ O\n"
        "für _ _ O\nindiana _ _ B-GRP\npacers _ _ I-GRP\nin _ _ O\nfargo _ _ B-PROD\n\n"
    )
    (sentence,) = parse_multiconer(io.StringIO(text))
    assert sentence.tags == ["B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "O", "B-MISC"]
