"""Session 6: request verbs (`zu_request` in cues.yaml: auffordern, aufrufen)
report the request in their zu-infinitive, beside the addressee; proposals,
appeals and advice do not; "der" before a feminine noun after the cue is the
addressee (`feminine_noun_endings`); any tagged full verb after a fronted quote
is an inquit ("„…“, freute sich X"). Sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace

from lagebild.quotes import find_quotes
from lagebild.quotes.text import tokenize

from .conftest import Only


def test_a_request_with_its_addressee_reports_the_zu_infinitive(only: Only) -> None:
    row = only("Die Polizei forderte die Anwohner auf, ihre Fenster geschlossen zu halten.")
    assert row == (
        "indirect",
        "ihre Fenster geschlossen zu halten",
        "forderte",
        "Die Polizei",
    )


def test_a_call_to_the_public_reports_what_it_calls_for(only: Only) -> None:
    row = only("Der Verband rief seine Mitglieder auf, sich an der Wahl zu beteiligen.")
    assert row[:2] == ("indirect", "sich an der Wahl zu beteiligen")
    assert row[3] == "Der Verband"


def test_proposals_appeals_and_advice_stay_out() -> None:
    assert not find_quotes("Der Minister schlug vor, die Gebühren zu senken.")
    assert not find_quotes("Die Kirche appellierte an alle, Ruhe zu bewahren.")
    assert not find_quotes("Die Ärztin empfiehlt, bei Hitze viel Wasser zu trinken.")


def test_a_purpose_clause_after_a_request_verb_is_no_request() -> None:
    assert not find_quotes("Sie forderte ihn auf, um ihn zu warnen.")


def test_der_before_a_feminine_noun_is_the_addressee_not_the_speaker(only: Only) -> None:
    row = only("„Wir sind enttäuscht“, sagte der Zeitung ein Sprecher des Vereins.")
    assert row[3] == "ein Sprecher des Vereins"
    row = only("„Wir bleiben“, sagte der Deutschen Presse-Agentur eine Sprecherin der Stadt.")
    assert row[3] == "eine Sprecherin der Stadt"


def test_der_before_a_masculine_noun_stays_the_subject(only: Only) -> None:
    assert only("„Das war hart“, sagte der Trainer nach dem Spiel.")[3] == "der Trainer"
    assert (
        only("„Das war knapp“, sagte der Redakteur der Zeitung.")[3] == "der Redakteur der Zeitung"
    )


_INQUIT_TAGS = {"freute": "VERB", "haderte": "VERB", "ist": "AUX", "sich": "PRON"}


def _inquit(text: str) -> list[tuple[str, str | None, str | None]]:
    tokens = [replace(t, pos=_INQUIT_TAGS.get(t.text)) for t in tokenize(text)]
    return [(m.kind, m.quote.cue, m.speaker_text) for m in find_quotes(text, tokens=tokens)]


def test_any_full_verb_after_a_fronted_quote_attributes_it() -> None:
    assert _inquit("„Wir haben alles gegeben“, freute sich die Kapitänin.") == [
        ("direct", "freute", "die Kapitänin")
    ]
    assert _inquit("„Das ist bitter“, haderte der Stürmer.") == [
        ("direct", "haderte", "der Stürmer")
    ]


def test_an_auxiliary_after_a_fronted_quote_attributes_nothing() -> None:
    assert _inquit("„Wir schaffen das“, ist das Motto der Saison.") == [("direct", None, None)]


def test_a_reflexive_closing_attribution_names_the_speaker(only: Only) -> None:
    row = only("Der Vorverkauf laufe gut, freut sich Intendantin Eva Kranz.")
    assert row == ("indirect", "Der Vorverkauf laufe gut", None, "Intendantin Eva Kranz")
