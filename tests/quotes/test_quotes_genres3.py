"""Rules of session 3, round 3 (`genres3.yaml`): court findings, "nach ihren
Angaben", "heißt es darin" after a named text, a noun subject before an unlisted
Konjunktiv I, interview turns without quotation marks."""

from __future__ import annotations

from collections.abc import Callable

from lagebild.quotes import find_quotes

Row = tuple[str, str, str | None, str | None]
Only = Callable[[str], Row]
Quotes = Callable[[str], list[Row]]


def test_court_findings_report(only: Only) -> None:
    row = only(
        "Das Gericht sah es als erwiesen an, dass der Mann mehrere Autos aufgebrochen hatte."
    )
    assert row == (
        "indirect",
        "dass der Mann mehrere Autos aufgebrochen hatte",
        "sah",
        "Das Gericht",
    )
    row = only("Die Kammer kam zu dem Schluss, dass die Grenzwerte eingehalten werden.")
    assert row[1:] == ("dass die Grenzwerte eingehalten werden", "kam", "Die Kammer")
    row = only("Die Richter hielten es für erwiesen, dass er gelogen hatte.")
    assert row[3] == "Die Richter"
    # without the fixed words the verbs report nothing
    assert not find_quotes("Er sah sich das Spiel an, dass es eine Freude war.")
    assert not find_quotes("Sie kam zu dem Termin, weil sie eingeladen war.")


def test_possessive_frame_names_the_pronoun(only: Only) -> None:
    row = only("Nach ihren Angaben haben sich die Kosten verdreifacht.")
    assert row[1:] == ("haben sich die Kosten verdreifacht", "Nach ihren Angaben", "ihren")
    assert only("Nach seinen Angaben war die Tür offen.")[3] == "seinen"
    assert only("Nach Polizeiangaben war die Tür offen.")[3] is None


def test_heisst_es_darin_names_the_author(quotes: Quotes) -> None:
    text = (
        "Der Landesrechnungshof hat seinen Jahresbericht vorgelegt. "
        "„Die Verwaltung ist zu langsam“, heißt es darin."
    )
    assert quotes(text)[-1][3] == "Der Landesrechnungshof"
    text = "Der Bericht des Umweltbundesamts liegt vor. Darin heißt es, die Luft sei sauberer."
    assert quotes(text)[-1][3] == "des Umweltbundesamts"
    text = "Der Bericht wurde am Montag veröffentlicht. Darin heißt es, die Luft sei sauberer."
    assert quotes(text)[-1][3] == "Der Bericht"
    # no text named before: no speaker
    text = "Die Sitzung dauerte lange. Darin heißt es, die Luft sei sauberer."
    assert quotes(text)[-1][3] is None


def test_noun_subject_before_unlisted_konjunktiv(quotes: Quotes) -> None:
    text = "Die Kosten liegen bei vier Millionen Euro. Das Land übernehme davon die Hälfte."
    assert quotes(text) == [("indirect", "Das Land übernehme davon die Hälfte", None, None)]
    assert not find_quotes("Das Land ohne Regierung steht still.")
    assert not find_quotes("Das Land Hessen übernimmt davon die Hälfte.")


def test_interview_answers_are_direct(quotes: Quotes) -> None:
    text = (
        "Der Trainer spricht über den Abstieg.\n\n"
        "Frage: Herr Lorenz, was ist schiefgelaufen?\n\n"
        "Lorenz: Wir haben zu viele Tore bekommen. Das müssen wir abstellen.\n"
    )
    assert quotes(text) == [
        ("direct", "Wir haben zu viele Tore bekommen. Das müssen wir abstellen.", None, "Lorenz")
    ]
    text = "Frage: Wie geht es weiter?\nAntwort: Wir bauen die Halle im Sommer neu.\n"
    assert quotes(text) == [("direct", "Wir bauen die Halle im Sommer neu.", None, None)]


def test_labels_without_a_question_are_no_interview() -> None:
    assert not find_quotes("Achtung: Die Straße bleibt bis Montag gesperrt.\n")
    text = "Update: Die Straße bleibt gesperrt.\nHinweis: Die Umleitung ist ausgeschildert.\n"
    assert not find_quotes(text)


def test_uncued_konjunktiv_after_a_factual_sentence_keeps_the_speaker() -> None:
    """The text leaves the speaker to the ids: the subject before ("Die Kosten")
    links no actor, so the speaker of the report before it speaks on."""
    from lagebild.models import Actor, Mention
    from lagebild.quotes.speaker_ids import with_speakers

    text = (
        "Bürgermeister Jens Albrecht sagte, die Schule werde saniert. "
        "Die Kosten liegen bei vier Millionen Euro. Das Land übernehme davon die Hälfte."
    )
    at = text.index("Jens Albrecht")
    mayor = Actor(
        id="m",
        name="Jens Albrecht",
        type="PER",
        mentions=[Mention(start=at, end=at + 13, text="Jens Albrecht")],
    )
    matches = find_quotes(text)
    assert [m.speaker_text for m in matches] == ["Bürgermeister Jens Albrecht", None]
    assert [q.speaker for q in with_speakers(matches, [mayor])] == ["m", "m"]


def test_an_answer_follows_its_question_directly() -> None:
    text = "Umfrage: Wie geht es weiter?\n\nDer Rat tagt.\n\nHinweis: Die Sitzung ist öffentlich.\n"
    assert not find_quotes(text)
    # right after the question the same paragraph is an answer
    assert find_quotes(text.replace("Der Rat tagt.\n\n", ""))
