"""German inflection rules for country words."""

from __future__ import annotations

from lagebild.actors.german import adjective_forms, country_genitives, demonym_forms


def test_adjective_endings() -> None:
    assert adjective_forms("russisch") == [
        "russisch",
        "russische",
        "russischen",
        "russischer",
        "russisches",
        "russischem",
    ]


def test_country_genitives() -> None:
    assert country_genitives("Russland", "") == ["Russlands"]
    assert country_genitives("Iran", "der") == ["Irans"]
    assert country_genitives("Ukraine", "die") == []
    assert country_genitives("USA", "pl") == []
    assert country_genitives("Belarus", "") == []
    assert country_genitives("Russische Föderation", "") == []


def test_demonyms() -> None:
    assert demonym_forms("Russe") == ["Russe", "Russen"]
    assert demonym_forms("Russin", feminine=True) == ["Russin", "Russinnen"]
    assert "Ukrainern" in demonym_forms("Ukrainer")
    assert demonym_forms("~Deutscher") == ["Deutsche", "Deutschen", "Deutscher", "Deutschem"]
    assert demonym_forms("") == []
