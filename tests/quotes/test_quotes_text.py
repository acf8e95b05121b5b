from lagebild.quotes.text import split_sentences, tokenize


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_splits_at_full_stop_before_capital() -> None:
    assert _sentences("Er kam. Sie ging.") == ["Er kam.", "Sie ging."]


def test_abbreviations_ordinals_and_initials_do_not_split() -> None:
    text = "Dr. Weber kam am 9. November mit Wladimir W. Putin, z. B. nach Astana."
    assert _sentences(text) == [text]


def test_closing_quote_stays_with_its_sentence() -> None:
    text = "Er sagte: „Wir kommen.“ Dann ging er."
    assert _sentences(text) == ["Er sagte: „Wir kommen.“", "Dann ging er."]


def test_no_split_before_lower_case_cue() -> None:
    text = "„Das ist ein Skandal!“ rief ein Demonstrant."
    assert _sentences(text) == [text]


def test_every_line_ends_a_sentence() -> None:
    assert _sentences("Titel ohne Punkt\nDer Text beginnt.") == [
        "Titel ohne Punkt",
        "Der Text beginnt.",
    ]


def test_tokens_keep_offsets_and_compounds() -> None:
    text = "Der 34-Jährige und die Ukraine-Politik"
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["Der", "34-Jährige", "und", "die", "Ukraine-Politik"]
    assert all(text[t.start : t.end] == t.text for t in tokens)
