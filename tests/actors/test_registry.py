"""Safe merging of person records during the build (no ../shared needed)."""

from __future__ import annotations

from lagebild.actors.registry import Draft, Registry


def _person(reg: Registry, actor_id: str, name: str, country: str = "USA") -> Draft:
    draft = reg._add(Draft(id=actor_id, type="PER", name=name, country=country))
    draft.add_names("en", [name])
    reg._index_person(draft)
    return draft


def test_same_key_same_country_merges() -> None:
    reg = Registry()
    _person(reg, "Q1", "Kassym-Jomart Tokayev", "KAZ")
    assert reg._find_person("KAZ", ["Kassym-Jomart Tokajew"]) == "Q1"
    assert reg._find_person("RUS", ["Kassym-Jomart Tokajew"]) is None


def test_similar_words_merge_but_relatives_do_not() -> None:
    reg = Registry()
    _person(reg, "Q1", "Kassym-Jomart Tokayev", "KAZ")
    _person(reg, "Q2", "George W. Bush")
    _person(reg, "Q3", "Laszlo Molnar", "HUN")
    assert reg._find_person("KAZ", ["Kasymzhomart Tokayev"]) == "Q1"
    assert reg._find_person("USA", ["George Bush"]) is None
    assert reg._find_person("HUN", ["Lajos Molnar"]) is None


def test_ambiguous_names_do_not_merge() -> None:
    reg = Registry()
    _person(reg, "Q1", "John Smith")
    _person(reg, "Q2", "John Smith")
    assert reg._find_person("USA", ["John Smith"]) is None


def test_ids_are_stable_and_unique() -> None:
    reg = Registry()
    assert reg._new_id("Q7", "per-usa", "X") == "Q7"
    first = reg._add(Draft(id=reg._new_id(None, "per-usa", "John Smith"), type="PER", name="a"))
    second = reg._new_id(None, "per-usa", "John Smith")
    assert first.id == "lb:per-usa-john-smith" and second == "lb:per-usa-john-smith-2"


def test_rekey_moves_the_indexes() -> None:
    reg = Registry()
    draft = _person(reg, "lb:per-usa-jane-roe", "Jane Roe")
    reg._rekey(draft, "Q9")
    assert "Q9" in reg.actors and "lb:per-usa-jane-roe" not in reg.actors
    assert reg._find_person("USA", ["Jane Roe"]) == "Q9"
    json = reg.actors["Q9"].to_json()
    assert json["wikidata"] == "Q9" and json["names"] == {"en": ["Jane Roe"]}
