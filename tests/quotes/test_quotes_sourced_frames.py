"""Session 6: frame nouns that name the state of knowledge of an inquiry
("Erkenntnissen", "Ermittlungsstand") are source frames only with the source
named (`frame: sourced` in cues.yaml); frames after a fronted subordinate
clause; verbless heading quotes as partials of the body speaker they sum up.
Sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace

from lagebild.quotes import find_quotes
from lagebild.quotes.text import Token, tokenize

from .conftest import Only


def test_the_state_of_an_inquiry_with_its_source_frames_the_sentence(only: Only) -> None:
    kind, content, cue, speaker = only(
        "Auslöser des Feuers könnte nach derzeitigem Ermittlungsstand der Feuerwehr "
        "ein defekter Akku gewesen sein."
    )
    assert (kind, cue, speaker) == (
        "indirect",
        "nach derzeitigem Ermittlungsstand",
        "der Feuerwehr",
    )
    assert content.startswith("Auslöser des Feuers")


def test_the_state_of_knowledge_of_a_named_source_after_the_verb(only: Only) -> None:
    row = only("Der Fahrer war nach bisherigem Kenntnisstand der Ermittler allein unterwegs.")
    assert row[0] == "indirect" and row[3] == "der Ermittler"


def test_the_writers_own_state_of_knowledge_reports_nothing() -> None:
    assert not find_quotes(
        "Die Seuche lässt sich nach derzeitigen Erkenntnissen nicht auf den Handel zurückführen."
    )
    assert not find_quotes("Der Schaden ist nach derzeitigem Ermittlungsstand gering.")


_TAGS = {"hängt": "VERB", "gehört": "VERB", "ist": "AUX"}


def _tagged(text: str) -> list[Token]:
    return [replace(t, pos=_TAGS.get(t.text)) for t in tokenize(text)]


def test_a_frame_after_a_fronted_subordinate_clause_stands_in_the_main_clause() -> None:
    text = "Ob die Fähre morgen fährt, hängt laut Angaben der Reederei vom Wind ab."
    found = [
        (m.kind, m.quote.text, m.speaker_text) for m in find_quotes(text, tokens=_tagged(text))
    ]
    assert found == [
        (
            "indirect",
            "Ob die Fähre morgen fährt, hängt laut Angaben der Reederei vom Wind ab",
            "der Reederei",
        )
    ]


def test_a_frame_in_a_clause_after_the_main_clause_scopes_over_its_phrase() -> None:
    text = "Die Fähre fährt morgen, die Strecke ist laut der Reederei ein Umweg."
    assert not find_quotes(text, tokens=_tagged(text))


_HEAD_TAGS = {
    "Besorgniserregender": "ADJ", "Vorfall": "NOUN", "nennt": "VERB", "Wir": "PRON",
    "bleiben": "VERB", "hart": "ADJ",
}  # fmt: skip
_BODY = "\n\nDie Abgeordnete Anna Berg nennt den Vorfall „besorgniserregend“."


def _heading(quote: str) -> list[tuple[str, str, str | None]]:
    text = quote + _BODY
    tokens = [replace(t, pos=_HEAD_TAGS.get(t.text)) for t in tokenize(text)]
    found = find_quotes(text, tokens=tokens, headlines=[(0, len(quote))])
    return [(m.kind, m.quote.text, m.speaker_text) for m in found if m.headline]


def test_a_verbless_heading_quote_is_a_partial_of_the_body_speaker() -> None:
    assert _heading("„Besorgniserregender Vorfall“") == [
        ("partial", "„Besorgniserregender Vorfall“", "Die Abgeordnete Anna Berg")
    ]


def test_a_heading_quote_with_a_verb_stays_an_utterance() -> None:
    assert _heading("„Wir bleiben hart“") == [("direct", "„Wir bleiben hart“", None)]
