"""The seed article's quote table (../shared/seed/README.md) comes out exactly.
`seed_text` is the fixture of tests/conftest.py (skips without ../shared)."""

from lagebild.quotes import find_quotes

# (kind, text, cue, speaker surface) as the seed README's table gives them
TABLE = [
    (
        "partial",
        "„nicht nur Verbündete, sondern engste Verbündete“",
        "erklärte",
        "der russische Präsident",
    ),
    ("indirect", "der Westen führe in der Ukraine Krieg gegen Russland", "Vorwürfe", "Lawrow"),
    (
        "partial",
        "„Allianz mit einer reichen Vergangenheit und einer strahlenden Zukunft“",
        "sprach von",
        "Kasachstans Präsident Kassym-Schomart Tokajew",
    ),
    (
        "indirect",
        "dass sein Land das Sanktionsregime der EU und anderer Staaten unterstütze",
        "betonte",
        "Er",
    ),
]


def test_seed_quote_table(seed_text: str) -> None:
    found = [(m.kind, m.quote.text, m.quote.cue, m.speaker_text) for m in find_quotes(seed_text)]
    assert found == TABLE


def test_scare_quote_and_repeated_headlines_are_not_quotes(seed_text: str) -> None:
    texts = [m.quote.text for m in find_quotes(seed_text)]
    assert "„Putins rechte Hand“" not in texts
    assert not any(t.startswith("„Engste") or t.startswith("„Allianz einer") for t in texts)


def test_offsets_match_the_text(seed_text: str) -> None:
    for m in find_quotes(seed_text):
        assert seed_text[m.quote.start : m.quote.end] == m.quote.text


def test_seed_table_with_spacy_tokens_and_sentences(seed_text: str) -> None:
    import spacy

    from lagebild.quotes.stage import doc_sentences, doc_tokens

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")  # splits at punctuation only, not at line breaks
    doc = nlp(seed_text)
    matches = find_quotes(seed_text, doc_sentences(doc), tokens=doc_tokens(doc))
    assert [(m.kind, m.quote.text, m.quote.cue, m.speaker_text) for m in matches] == TABLE
