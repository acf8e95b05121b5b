"""Speakers of quotes whose attribution is not a plain subject + cue verb:
a cue noun in a prepositional phrase, verb chains, colon lead-ins, and the
narrating sentence before an unattributed quote."""

from __future__ import annotations

from collections.abc import Callable

from lagebild.models import Actor, Mention
from lagebild.quotes import find_quotes
from lagebild.quotes.speaker_ids import with_speakers
from lagebild.quotes.speakers import parsed_subject
from lagebild.quotes.text import Token

Row = tuple[str, str, str | None, str | None]
Only = Callable[[str], Row]


def test_a_cue_noun_in_a_prepositional_phrase_leaves_the_clause_to_the_verb(
    only: Only,
) -> None:
    kind, _, cue, speaker = only(
        "Der Premierminister machte in einer Erklärung deutlich, dass er nicht verhandeln werde."
    )
    assert (kind, cue, speaker) == ("indirect", "machte", "Der Premierminister")


def test_the_object_cue_noun_still_takes_its_clause(only: Only) -> None:
    _, _, cue, _ = only("Die Opposition wiederholte ihre Vorwürfe, die Regierung habe gelogen.")
    assert cue == "Vorwürfe"


def test_causative_lassen_carries_the_subject(only: Only) -> None:
    _, _, cue, speaker = only(
        "Andreas Müller ließ über seinen Anwalt mitteilen, dass er den Verein nicht kenne."
    )
    assert (cue, speaker) == ("mitteilen", "Andreas Müller")


def _token(text: str, at: int, dep: str, head: int) -> Token:
    return Token(at, at + len(text), text, dep=dep, head=head)


def test_the_parse_subject_is_found_from_an_auxiliary() -> None:
    # "So soll der Chef gesagt haben": UD hangs the subject on the participle.
    # heads are start offsets: "Chef" starts at 12, "gesagt" at 17
    words = [("So", "advmod", 17), ("soll", "aux", 17), ("der", "det", 12)]
    words += [("Chef", "nsubj", 17), ("gesagt", "ROOT", 17), ("haben", "aux", 17)]
    tokens, at = [], 0
    for text, dep, head in words:
        tokens.append(_token(text, at, dep, head))
        at += len(text) + 1
    assert parsed_subject(tokens, 1) == (2, 4)
    assert parsed_subject(tokens, 0) is None  # an adverb is no chain verb


def test_a_colon_lead_in_names_the_author(only: Only) -> None:
    kind, _, cue, speaker = only(
        "Die Firma veröffentlichte eine Mitteilung: Nun seien alle willkommen."
    )
    assert (kind, cue, speaker) == ("indirect", "Mitteilung", "Die Firma")
    kind, _, cue, speaker = only(
        "Das Ministerium veröffentlichte eine Erklärung: „Wir prüfen den Fall.“"
    )
    assert (kind, cue, speaker) == ("direct", "Erklärung", "Das Ministerium")


def _lead(text: str) -> list[str | None]:
    return [
        text[m.lead_span[0] : m.lead_span[1]] if m.lead_span else None for m in find_quotes(text)
    ]


def test_an_unattributed_quote_leads_from_the_sentence_before() -> None:
    assert _lead("Der Minister besuchte am Montag die Grenze. „Wir bleiben hier.“") == [
        "Der Minister"
    ]
    # not after a sentence that itself quotes (continuation covers that), nor
    # for an attributed quote, nor where nothing narrates before it
    assert _lead("„Das geht nicht“, sagte sie. „Wir bleiben hier.“") == [None, None]
    assert _lead("„Wir bleiben hier.“") == [None]


TEXT = "Der Minister besuchte die Grenze. „Wir bleiben hier.“"
MINISTER = Actor(
    id="Q1", name="Minister", type="PER", mentions=[Mention(start=0, end=12, text="Der Minister")]
)


def test_the_lead_subject_becomes_the_speaker_once_linked() -> None:
    matches = find_quotes(TEXT)
    assert [q.speaker for q in with_speakers(matches, [MINISTER])] == ["Q1"]
    assert [q.speaker for q in with_speakers(matches, [])] == [None]  # never a guess


def test_heissen_reports_only_with_es(quotes: Callable[[str], list[Row]]) -> None:
    # "heißt es" reports; without "es" heißen names or means ("das heißt")
    assert quotes("Das heißt, dass die Steuern steigen.") == []
    assert quotes("Der Plan ist, wie der Entwurf offiziell heißt, ein Gesetz.") == []
    assert quotes("Die Steuern stiegen bald, hieß es in Berlin.") == [
        ("indirect", "Die Steuern stiegen bald", "hieß", None)
    ]


def test_a_relative_pronoun_speaks_for_its_antecedent(only: Only) -> None:
    row = only("Es gibt Politiker, die sagen, dass die Steuern steigen.")
    assert row[2:] == ("sagen", "Politiker")
    row = only("Er las Briefe von Vermietern, die daran erinnern, dass die Miete fällig sei.")
    assert row[3] == "Vermietern"


def test_a_relative_pronoun_with_its_own_subject_is_an_object(
    quotes: Callable[[str], list[Row]],
) -> None:
    # "die der Minister erhob": the pronoun is the object, not the speaker
    assert all(
        row[3] != "Die Forderungen"
        for row in quotes("Die Forderungen, die der Minister erhob, dass alle zahlen, sind alt.")
    )
