"""Session 6: texts that speak for their authors (`sources.named_author`,
`text_authors`) and the verb-second slot checked against a tagger
(`speakers._tagged_slot`). Sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace

from lagebild.quotes import find_quotes
from lagebild.quotes.records import QuoteMatch
from lagebild.quotes.text import Token, tokenize

from .conftest import Only, Quotes


def _lead(match: QuoteMatch, text: str) -> str | None:
    return text[match.lead_span[0] : match.lead_span[1]] if match.lead_span else None


def test_a_definite_text_speaks_for_the_author_named_in_its_compound(only: Only) -> None:
    text = (
        "Der WHO-Bericht vergleicht die Kliniken von 30 Staaten. "
        "Die Wartezeiten seien zu lang, fasst der Bericht zusammen."
    )
    assert only(text)[3] == "WHO"


def test_a_definite_text_speaks_for_the_author_in_its_genitive(only: Only) -> None:
    text = (
        "Eine Studie der Universität Greifswald untersuchte die Moore. "
        "Der Verlust sei dramatisch, so die Studie."
    )
    assert only(text)[3] == "der Universität Greifswald"


def test_the_nearest_introduction_of_the_same_kind_of_text_counts(only: Only) -> None:
    text = (
        "Ein Gutachten des Landesamts liegt seit Mai vor. "
        "Dazu kam ein Bericht des Rechnungshofs. Das Ministerium schwieg. "
        "Die Mittel seien verschwendet worden, schreibt der Bericht."
    )
    assert only(text)[3] == "des Rechnungshofs"


def test_a_text_with_no_author_named_stays_the_speaker(only: Only) -> None:
    text = "Der Bericht erschien am Montag. Die Lage sei ernst, fasst der Bericht zusammen."
    assert only(text)[3] == "der Bericht"


def test_an_indefinite_text_points_back_to_nothing(only: Only) -> None:
    text = "Die Studie der Universität Kiel ist alt. Die Lage sei ernst, schreibt eine neue Studie."
    assert only(text)[3] == "eine neue Studie"


def test_a_narrating_sentence_that_names_a_text_and_its_author_leads_to_the_author() -> None:
    text = (
        "In einem Bericht von Human Rights Watch ist von Willkür die Rede. "
        "Seit Jahren würden Häftlinge ohne Urteil festgehalten."
    )
    (match,) = find_quotes(text)
    assert match.kind == "indirect" and _lead(match, text) == "Human Rights Watch"


def test_a_colon_after_a_mail_with_its_sender_announces_the_sender() -> None:
    text = "Am Abend kam eine Mail von Weber an die Redaktion: Die Gruppen seien verschlossen."
    (match,) = find_quotes(text)
    assert match.speaker_text == "Weber"


def test_a_colon_after_a_subject_with_no_text_keeps_the_subject() -> None:
    text = "Die Firma veröffentlichte am Freitag eine Mitteilung: Nun seien alle willkommen."
    (match,) = find_quotes(text)
    assert match.speaker_text == "Die Firma"


_TAGS = {
    "In": "ADP", "der": "DET", "Nacht": "NOUN", "von": "ADP", "Montag": "PROPN",
    "auf": "ADP", "Dienstag": "PROPN", "um": "ADP", "drei": "NUM", "Uhr": "NOUN",
    "schickt": "VERB", "sie": "PRON", "ihm": "PRON", "eine": "DET", "Nachricht": "NOUN",
}  # fmt: skip


def _tagged(text: str) -> list[Token]:
    return [replace(t, pos=_TAGS.get(t.text, "PUNCT")) for t in tokenize(text)]


def test_a_long_first_constituent_is_passed_by_the_tagger_verb() -> None:
    text = (
        "In der Nacht von Montag auf Dienstag um drei Uhr schickt sie ihm eine Nachricht: "
        "„Ich komme jetzt.“"
    )
    (match,) = find_quotes(text, tokens=_tagged(text))
    assert match.kind == "direct" and _lead(match, text) == "sie"


def test_eigen_in_a_later_frame_refers_to_the_subject_past_a_conjunction(only: Only) -> None:
    text = (
        "Und sie informiert den Vorstand nicht, nach eigenen Angaben deshalb, "
        "weil der Kollege sie darum gebeten habe."
    )
    kind, _, cue, speaker = only(text)
    assert (kind, cue, speaker) == ("indirect", "nach eigenen Angaben", "sie")


def test_eigen_in_a_fronted_frame_still_takes_the_subject_after_the_verb(only: Only) -> None:
    assert only("Nach eigenen Angaben verkaufte die Firma 300 Wagen.")[3] == "die Firma"


_VERB_TAGS = {"Damit": "ADV", "sinke": "VERB", "die": "DET", "Zahl": "NOUN", "der": "DET"}


def _verb_tagged(text: str) -> list[Token]:
    return [replace(t, pos=_VERB_TAGS.get(t.text, "NOUN")) for t in tokenize(text)]


def test_a_tagged_verb_right_after_damit_opens_a_reported_main_clause() -> None:
    text = "Die Stadt baut Radwege, sagt die Planerin. Damit sinke die Zahl der Unfälle."
    found = [(m.kind, m.quote.text) for m in find_quotes(text, tokens=_verb_tagged(text))]
    assert ("indirect", "Damit sinke die Zahl der Unfälle") in found


def test_an_untagged_unlisted_form_after_damit_stays_unread() -> None:
    text = "Die Stadt baut Radwege, sagt die Planerin. Damit sinke die Zahl der Unfälle."
    assert all(m.quote.text != "Damit sinke die Zahl der Unfälle" for m in find_quotes(text))


def test_a_tagged_verb_last_after_damit_is_a_subordinate_clause() -> None:
    text = "Damit die Zahl der Unfälle sinke, baut die Stadt Radwege."
    assert not find_quotes(text, tokens=_verb_tagged(text))


def test_the_subject_follows_a_prepositional_relative_phrase(quotes: Quotes) -> None:
    text = "Er fand die Männer, von denen der Reporter behauptet, er habe sie begleitet."
    assert [(r[1], r[3]) for r in quotes(text)] == [("er habe sie begleitet", "der Reporter")]


def test_an_object_pronoun_after_the_relative_phrase_is_passed(quotes: Quotes) -> None:
    text = "Das sind die Pläne, über die uns die Planerin berichtet, sie seien zu teuer."
    assert [r[3] for r in quotes(text)] == ["die Planerin"]


def test_a_subject_that_handles_a_text_keeps_the_lead() -> None:
    text = "Merz las den Entwurf der Regierung. „Das ist unsozial und teuer.“"
    (match,) = find_quotes(text)
    assert _lead(match, text) == "Merz"


def test_a_text_as_the_locus_of_the_narrating_clause_leads_to_its_author() -> None:
    text = "In dem Entwurf der Regierung steht viel. „Das ist unsozial und teuer.“"
    (match,) = find_quotes(text)
    assert _lead(match, text) == "der Regierung"
