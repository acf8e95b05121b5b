"""A source adverb in the middle field ("Die Firma habe demnach …") attributes its
sentence to the source named before it. Texts are written for these tests."""

from collections.abc import Callable

Row = tuple[str, str, str | None, str | None]
Quotes = Callable[[str], list[Row]]
Only = Callable[[str], Row]


def test_demnach_in_the_middle_field_reports_its_sentence(only: Only) -> None:
    text = "Das zeigt eine Recherche des Senders. Die Firmen dürfen die Waffen demnach verkaufen."
    assert only(text) == (
        "indirect",
        "Die Firmen dürfen die Waffen demnach verkaufen",
        "demnach",
        "des Senders",  # session 3: the research named before is the source
    )


def test_demnach_takes_the_speaker_of_the_speech_before(quotes: Quotes) -> None:
    text = (
        "Der Konzern teilte mit, dass Daten kopiert wurden. Betroffen sind demnach zwei Standorte."
    )
    assert quotes(text)[-1] == (
        "indirect",
        "Betroffen sind demnach zwei Standorte",
        "demnach",
        "Der Konzern",
    )


def test_a_sentence_initial_demnach_concludes(quotes: Quotes) -> None:
    assert quotes("Die Zahlen liegen vor. Demnach ist die Lage besser als gedacht.") == []


def test_demnach_after_a_colon_opens_no_frame(quotes: Quotes) -> None:
    assert (
        quotes("Die Akten deuten auf folgendes hin: Demnach erhielt der Leiter einen Brief.") == []
    )


def test_nach_eigenem_bekunden_is_a_source_frame(only: Only) -> None:
    text = (
        "Die Länder wollen eine Arbeitspflicht. Nach eigenem Bekunden geht es ihnen um Integration."
    )
    assert only(text)[:3] == ("indirect", "geht es ihnen um Integration", "Nach eigenem Bekunden")
