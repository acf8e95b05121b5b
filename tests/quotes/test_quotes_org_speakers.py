"""Session 5, round 2: organisations as speakers and receptive verbs (sentences
written for these tests)."""

from __future__ import annotations

from .conftest import Only, Quotes


def test_receptive_verb_names_the_audience_not_the_speaker(only: Only) -> None:
    # the viewers heard it; the source is the first part of the compound
    row = only("Die Lage sei ernst, erfuhren die Tagesschau-Zuschauer am Abend.")
    assert row[0] == "indirect" and row[3] == "Tagesschau"
    assert only("Der Hafen bleibe geschlossen, hörten die Spiegel-Leser.")[3] == "Spiegel"


def test_receptive_verb_with_a_von_phrase(only: Only) -> None:
    assert only("Die Lage sei ernst, erfuhren die Gäste vom Bürgermeister.")[3] == "Bürgermeister"


def test_receptive_verb_without_a_source_names_nobody(only: Only) -> None:
    assert only("Die Lage sei ernst, hörten die Zuschauer.")[3] is None
    assert only("Die Kasse sei leer, erfuhren die Mitglieder.")[3] is None


def test_closing_attribution_with_other_verbs_unchanged(quotes: Quotes) -> None:
    assert quotes("Die Lage sei ernst, ärgert er sich.")[0][3] == "er"


def test_source_prepositions_of_impersonal_heissen(only: Only) -> None:
    # the organisation a statement came from, after or before "hieß es"
    assert only("Die Werke würden geschlossen, hieß es vom Verband.")[3] == "Verband"
    assert only("Die Lage sei ruhig, hieß es bei der Polizei.")[3] == "der Polizei"
    assert only("Die Lage sei ruhig, hieß es weiter beim Verband.")[3] == "Verband"
    assert only("Bei der Polizei hieß es, die Lage sei ruhig.")[3] == "der Polizei"
    assert only("Die Lage sei ruhig, hieß es vonseiten des Verbands.")[3] == "des Verbands"
    assert only("Die Lage sei ruhig, hieß es von Seiten der Klinik.")[3] == "der Klinik"


def test_bei_phrase_after_other_words_is_no_source(only: Only) -> None:
    assert only("Die Lage sei ruhig, hieß es am Montag bei der Vorstellung des Plans.")[3] is None


def test_laut_with_a_cue_noun_names_its_genitive(only: Only) -> None:
    # the statement is the cue noun, the organisation behind it the speaker
    assert only("Laut Angaben der Polizei wurden 40 Menschen verletzt.")[3] == "der Polizei"
    row = only("In Köln wollen laut Auskunft der Stadt 400 Familien umziehen.")
    assert row[3] == "der Stadt"
    row = only("In Köln wollen laut Aussagen vom Verband 400 Familien streiken.")
    assert row[3] == "Verband"


def test_laut_with_a_person_or_a_text_keeps_the_whole_phrase(only: Only) -> None:
    row = only("In Köln wollen laut einer Mitteilung der Stadt 400 Familien umziehen.")
    assert row[3] == "einer Mitteilung der Stadt"
    assert only("Laut dem Sprecher der Polizei wurden 40 Menschen verletzt.")[3] == (
        "dem Sprecher der Polizei"
    )
    assert only("In Köln sollen laut Angaben 400 Familien umziehen.")[3] is None
