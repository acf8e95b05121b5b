import pytest

from lagebild.quotes.grammar import is_subjunctive, np_end, subjunctive_clause
from lagebild.quotes.text import Token, tokenize


def _np(text: str) -> str | None:
    tokens = tokenize(text)
    end = np_end(tokens, 0)
    return None if end is None else " ".join(t.text for t in tokens[:end])


def test_noun_phrases() -> None:
    assert _np("der russische Präsident erklärte") == "der russische Präsident"
    assert _np("Kasachstans Präsident Kassym-Schomart Tokajew sprach") == (
        "Kasachstans Präsident Kassym-Schomart Tokajew"
    )
    assert _np("Ein Sprecher des Auswärtigen Amtes sagte") == ("Ein Sprecher des Auswärtigen Amtes")
    assert _np("Die USA und Südkorea spielten") == "Die USA und Südkorea"
    assert _np("mehr als 500 Häuser seien") == "mehr als 500 Häuser"
    assert _np("Er betonte") == "Er"


def test_no_noun_phrase_at_a_verb_or_preposition() -> None:
    assert _np("sagte er") is None
    assert _np("Auf dem Gipfel") is None


@pytest.mark.parametrize("word", ["sei", "habe", "werde", "führe", "unterstütze", "beobachte"])
def test_subjunctive_forms(word: str) -> None:
    assert is_subjunctive(Token(0, len(word), word))


@pytest.mark.parametrize("word", ["sagte", "forderte", "ist", "die", "eine", "gerne"])
def test_not_subjunctive(word: str) -> None:
    assert not is_subjunctive(Token(0, len(word), word))


def test_morphology_from_a_tagger_counts() -> None:
    assert is_subjunctive(Token(0, 5, "gehen", mood="Sub"))


@pytest.mark.parametrize(
    "clause",
    [
        "der Westen führe Krieg",
        "sein Land unterstütze das",
        "die Grenze zu Russland werde befestigt",
        "man müsse handeln",
        "Wer mehr fordere, verschiebe die Lasten",
    ],
)
def test_subjunctive_clauses(clause: str) -> None:
    tokens = tokenize(clause)
    assert subjunctive_clause(tokens, 0, len(tokens), strict=True)


@pytest.mark.parametrize("clause", ["der Westen führt Krieg", "die Regierung sagte nichts"])
def test_indicative_clauses(clause: str) -> None:
    tokens = tokenize(clause)
    assert not subjunctive_clause(tokens, 0, len(tokens), strict=True)
