"""Schema checks of the reviewed data files in data/quotes/."""

from importlib import resources

import yaml

from lagebild.quotes.lexicon import FRAMES, load_lexicon


def _raw(name: str) -> dict[str, object]:
    text = resources.files("lagebild.data").joinpath("quotes", name).read_text("utf-8")
    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    return data


def test_at_least_120_verb_lemmas() -> None:
    assert len(load_lexicon().lemmas) >= 120


def test_every_kind_names_known_frames() -> None:
    kinds = _raw("cues.yaml")["kinds"]
    assert isinstance(kinds, dict)
    for frames in kinds.values():
        assert set(frames) <= FRAMES


def test_no_verb_lemma_twice() -> None:
    verbs = _raw("cues.yaml")["verbs"]
    assert isinstance(verbs, list)
    lemmas = [v["lemma"] for v in verbs]
    assert len(lemmas) == len(set(lemmas))


def test_no_noun_form_twice() -> None:
    nouns = _raw("cues.yaml")["nouns"]
    assert isinstance(nouns, list)
    forms = [f for n in nouns for f in n["forms"]]
    assert len(forms) == len(set(forms))


def test_word_lists_have_no_duplicates() -> None:
    for key, value in _raw("words.yaml").items():
        lists = list(value.values()) if isinstance(value, dict) else [value]
        for words in lists:
            assert isinstance(words, list), key
            assert len(words) == len(set(words)), key


def test_core_cues_are_found_by_form() -> None:
    lex = load_lexicon()
    for form in (
        "sagte",
        "erklärte",
        "betonte",
        "warnte",
        "forderte",
        "kritisierte",
        "versicherte",
        "bestritt",
        "sprach",
        "unterstrich",
        "meinte",
        "glaubt",
    ):
        assert form in lex.verbs_bare, form
    assert "eingeräumt" in lex.verbs_joined
    for noun in ("Vorwurf", "Vorwürfe", "Forderung", "Warnung", "Aussage", "Angaben"):
        assert noun in lex.nouns


def test_function_words_are_never_verb_cues() -> None:
    # "meine" would be Konjunktiv I of "meinen", but is a possessive first.
    assert "meine" not in load_lexicon().verbs_bare
