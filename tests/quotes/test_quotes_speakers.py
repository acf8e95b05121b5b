"""The speaker candidate: the subject near the cue, as written, or None."""

from collections.abc import Callable

import pytest

# the `quotes` and `only` fixtures of conftest.py: (kind, text, cue, speaker) rows
Row = tuple[str, str, str | None, str | None]
Quotes = Callable[[str], list[Row]]
Only = Callable[[str], Row]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Minister sagte, die Lage sei ernst.", "Der Minister"),
        ("Am Montag sagte der Minister, die Lage sei ernst.", "der Minister"),
        ("Er sagte, die Lage sei ernst.", "Er"),
        ("Auf dem Gipfel erklärte ihm der Präsident, die Lage sei ernst.", "der Präsident"),
        ("Der Präsident hat am Montag erklärt, dass er nicht antrete.", "Der Präsident"),
        (
            "Finanzminister Christian Lindner (FDP) sagte, das komme nicht infrage.",
            "Finanzminister Christian Lindner",
        ),
        (
            "Boris Pistorius, der seit 2023 Minister ist, sagte, die Truppe müsse wachsen.",
            "Boris Pistorius",
        ),
        (
            "Ein Sprecher der Bahn sagte der Presse, der Verkehr laufe wieder.",
            "Ein Sprecher der Bahn",
        ),
        ("Es wurde betont, dass die Gespräche vertraulich bleiben.", None),
        ("Man sagt, die Lage sei ernst.", None),
    ],
)
def test_speaker(text: str, speaker: str | None, only: Only) -> None:
    assert only(text)[3] == speaker


def test_offsets_point_at_the_speaker() -> None:
    from lagebild.quotes import find_quotes

    text = "Auf dem Gipfel erklärte der russische Präsident, dass beide Länder Partner seien."
    match = find_quotes(text)[0]
    assert match.speaker_span is not None and match.cue_span is not None
    assert text[slice(*match.speaker_span)] == "der russische Präsident"
    assert text[slice(*match.cue_span)] == "erklärte"
    assert text[match.quote.start : match.quote.end] == match.quote.text


def test_academic_title_and_quoted_paper_name(only: Only) -> None:
    text = "Die Virologin Dr. Sandra Ciesek sagte, eine neue Welle sei wahrscheinlich."
    assert only(text)[3] == "Die Virologin Dr. Sandra Ciesek"
    text = "Laut einem Bericht des „Spiegel“ hat der Dienst früh gewarnt."
    assert only(text)[1:] == ("hat der Dienst früh gewarnt", "Laut", "einem Bericht des „Spiegel“")
