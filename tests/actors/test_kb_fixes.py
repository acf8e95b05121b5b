"""KB corrections: borrowed PETRARCH synonyms, cross-type matches, reviewed organisations,
party countries, dated codes of party politicians, plural country names."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.actors.kb import KnowledgeBase

DAY = date(2023, 6, 1)


def first(kb: KnowledgeBase, surface: str) -> tuple[str, str, str | None] | None:
    found = kb.match_name(surface, on=DAY)
    if not found:
        return None
    actor = found[0].actor
    return actor.type, actor.name, actor.code_on(DAY)


@pytest.mark.parametrize("surface", ["Bundestag", "Bundesregierung"])
def test_petrarch_does_not_borrow_our_institutions(kb: KnowledgeBase, surface: str) -> None:
    # PETRARCH lists them as synonyms of the Bundesrat and the Reichstag; the linker's
    # metonym entry decides, so the KB must not offer the wrong body.
    assert all(c.actor.name not in ("Bundesrat", "Reichstag") for c in kb.match_name(surface))


@pytest.mark.parametrize("surface", ["britische", "Länder", "Seattle", "Essen"])
def test_words_and_places_are_not_persons(kb: KnowledgeBase, surface: str) -> None:
    assert all(c.actor.type != "PER" for c in kb.match_name(surface, on=DAY))


@pytest.mark.parametrize(
    ("surface", "want"),
    [
        ("Kim Jong Il", ("PER", "Kim Jong Il", "PRKGOV")),
        ("AKP", ("ORG", "Justice and Development Party", "TURPTY")),
        ("NSDAP", ("ORG", "National Socialist German Workers' Party (Nazi Party)", "DEUPTY")),
        ("Federal Reserve", ("ORG", "U.S. Federal Reserve", "USAGOVBUS")),
        ("BKA", ("ORG", "Federal Criminal Police Office", "DEUCOP")),
        ("Bundespolizei", ("ORG", "German Federal Police", "DEUCOP")),
        ("Islamischen Staat", ("ORG", "Islamic State", "IMGMUSISI")),
        ("YPG", ("ORG", "People's Protection Units", "SYRREB")),
        ("Labour", ("ORG", "Labour Party", "GBRPTY")),
        ("Facebook", ("ORG", "Facebook", "USABUS")),
        ("NRW", ("LOC", "North Rhine-Westphalia", "DEU")),
        ("Thüringens", ("LOC", "Thuringia", "DEU")),
        ("Corbyn", ("PER", "Jeremy Corbyn", "GBROPP")),
        ("Mike Pence", ("PER", "Mike Pence", "USAGOV")),
    ],
)
def test_reviewed_records_win(
    kb: KnowledgeBase, surface: str, want: tuple[str, str, str | None]
) -> None:
    assert first(kb, surface) == want


def test_party_politicians_are_coded_by_their_office_on_the_day(kb: KnowledgeBase) -> None:
    merz = kb.match_name("Friedrich Merz")[0].actor
    assert merz.code_on(date(2023, 6, 1)) == "DEUOPP"
    assert merz.code_on(date(2025, 6, 1)) == "DEUGOV"
    lindner = kb.match_name("Christian Lindner")[0].actor
    assert lindner.code_on(date(2023, 6, 1)) == "DEUGOV"
    assert lindner.code_on(date(2025, 1, 1)) == "DEUPTY"
    klingbeil = kb.match_name("Lars Klingbeil")[0].actor
    assert klingbeil.code_on(date(2023, 6, 1)) == "DEUPTY"
    assert klingbeil.code_on(date(2025, 6, 1)) == "DEUGOV"


def test_plural_country_names_in_the_dative(kb: KnowledgeBase) -> None:
    found = kb.country_by_name("Niederlanden")
    assert found is not None and found.iso3 == "NLD"


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("Thüringer", "Thuringia"),
        ("thüringischen", "Thuringia"),
        ("baden-württembergischen", "Baden-Württemberg"),
        ("Münchner", "Munich"),
    ],
)
def test_place_adjectives(kb: KnowledgeBase, word: str, name: str) -> None:
    place = kb.place_by_adjective(word)
    assert place is not None and place.name == name
    assert kb.place_by_adjective("russischen") is None
