"""Rules of session 3, round 2, from the genres set (local, business, police,
court and health reports): "nach ersten Erkenntnissen" frames, the source of a
fronted "In einer Mitteilung X heißt es", naming verbs with a long object."""

from __future__ import annotations

from collections.abc import Callable

from lagebild.quotes import find_quotes

Row = tuple[str, str, str | None, str | None]
Only = Callable[[str], Row]
Quotes = Callable[[str], list[Row]]


def test_erkenntnisse_frame_a_source(only: Only) -> None:
    row = only("Nach ersten Erkenntnissen der Polizei war der Fahrer zu schnell unterwegs.")
    assert row[:2] == ("indirect", "war der Fahrer zu schnell unterwegs")
    assert row[3] == "der Polizei"
    # the noun elsewhere is no frame
    assert not find_quotes("Die Forscher stützen sich auf neue Erkenntnisse aus Studien.")


def test_fronted_source_of_heisst_es(only: Only, quotes: Quotes) -> None:
    text = "In einer Mitteilung der Stadtwerke heißt es: „Das Wasser war nie gefährdet.“"
    assert only(text)[3] == "der Stadtwerke"
    text = "In der Erklärung des Ministeriums hieß es, die Lage sei ruhig."
    assert only(text)[3] == "des Ministeriums"
    text = "Aus dem Rathaus hieß es, man prüfe den Fall."
    assert only(text)[3] == "dem Rathaus"
    # with no source named, "es" stays no speaker
    assert only("Im Übrigen hieß es, man prüfe den Fall.")[3] is None


def test_naming_verb_reaches_a_long_object(only: Only) -> None:
    text = "Die Arbeitgeber nannten die Forderung von zwölf Prozent „völlig realitätsfern“."
    assert only(text)[2:] == ("nannten", "Die Arbeitgeber")
    # not across a clause break
    text = "Die Arbeitgeber nannten die Zahlen, die Forderung aber „völlig realitätsfern“."
    assert only(text)[2] != "nannten"


def test_long_naming_object_yields_to_a_wie_attribution(quotes: Quotes) -> None:
    text = (
        "Die Opposition hält die Verschiebung allerdings für eine „schwere Fehlentscheidung“,"
        " wie der Vorsitzende sich ausdrückte."
    )
    partial = [r for r in quotes(text) if r[0] == "partial"]
    assert partial[0][2:] == ("ausdrückte", "der Vorsitzende")


def test_zu_before_an_adjective_is_no_infinitive(only: Only, quotes: Quotes) -> None:
    row = only("Der Verband kritisierte, die Förderung komme zu spät.")
    assert row[:3] == ("indirect", "die Förderung komme zu spät", "kritisierte")
    # a plan in a zu-infinitive after a warning stays out
    assert quotes("Er warnte davor, die Krise zu unterschätzen.") == []


def test_source_nouns_of_local_reports(only: Only) -> None:
    row = only("Nach Auskunft der Feuerwehr brach das Feuer im Keller aus.")
    assert row[1:] == ("brach das Feuer im Keller aus", "Nach Auskunft", "der Feuerwehr")
    row = only("Nach Polizeiangaben wurden drei Personen leicht verletzt.")
    assert row[:2] == ("indirect", "wurden drei Personen leicht verletzt")
    text = "In einer Stellungnahme des Konzerns heißt es, man halte sich an alle Gesetze."
    assert only(text)[3] == "des Konzerns"


def test_apposition_with_a_prepositional_attribute(only: Only) -> None:
    text = "Dr. Ulrich Weiß, Direktor der Klinik für Kardiologie, warnt, die Lage sei ernst."
    assert only(text)[3] == "Dr. Ulrich Weiß"
    text = "Anna Berg, Sprecherin der Stadtwerke in Kassel, sagte, die Versorgung sei gesichert."
    assert only(text)[3] == "Anna Berg"


def test_sources_of_heissen_with_seitens_and_von(only: Only) -> None:
    assert only("Seitens der Stadt hieß es, die Kosten würden geprüft.")[3] == "der Stadt"
    assert only("Die Kosten würden geprüft, hieß es von der Stadt.")[3] == "der Stadt"
    # a von-phrase inside the source noun's phrase is its author
    assert only("Im Bericht von Amnesty hieß es, die Lage sei ernst.")[3] == "Amnesty"
    # group sources stay no speaker
    assert only("Aus Koalitionskreisen hieß es, man sei sich einig.")[3] is None


def test_hervorgehen_names_the_document(only: Only, quotes: Quotes) -> None:
    text = "Wie aus einer Mitteilung der Polizei hervorgeht, wurde der Mann festgenommen."
    assert only(text)[1:] == (
        "wurde der Mann festgenommen",
        "hervorgeht",
        "einer Mitteilung der Polizei",
    )
    text = "Aus dem Polizeibericht geht hervor, dass der Fahrer alkoholisiert war."
    assert only(text)[3] == "dem Polizeibericht"
    # emerging from something is no speech
    assert quotes("Die Partei ging als stärkste Kraft aus der Wahl hervor.") == []
    assert quotes("Wie aus dem Nichts tauchte der Mann auf.") == []


def test_konjunktiv_ii_after_a_cue_and_colon(only: Only, quotes: Quotes) -> None:
    row = only("Der Arzt warnt: Viele Herzinfarkte würden zu spät erkannt.")
    assert row == ("indirect", "Viele Herzinfarkte würden zu spät erkannt", "warnt", "Der Arzt")
    # without a cue verb the Konjunktiv II reports nothing
    assert quotes("Die Lage ist klar: Viele würden gern gehen.") == []
