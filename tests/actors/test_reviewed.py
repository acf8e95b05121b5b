"""Schema checks of the reviewed data files: a bad edit fails here, not in a later run."""

from __future__ import annotations

import re

from lagebild.actors.reviewed import (
    load_countries,
    load_igos,
    load_leaders,
    load_metonyms,
    load_petrarch_rules,
    load_positions,
    load_role_nouns,
)

QID = re.compile(r"^Q[1-9][0-9]*$")
ISO3 = re.compile(r"^[A-Z]{3}$")


def test_countries() -> None:
    rows = load_countries()
    assert len(rows) >= 80
    assert len({r.iso3 for r in rows}) == len(rows)
    with_adjectives = [r for r in rows if r.adjectives]
    assert len(with_adjectives) >= 80
    for row in rows:
        assert ISO3.match(row.iso3)
        assert row.article in ("", "der", "die", "pl")
        assert all(a == a.lower() or "-" in a for a in row.adjectives)


def test_leaders() -> None:
    leaders, labels = load_leaders()
    assert len(leaders) >= 150
    igo_keys = {i.key for i in load_igos()}
    for person in leaders:
        assert person.qid is None or QID.match(person.qid), person
        assert ISO3.match(person.country), person
        for role in person.roles:
            assert role.role in labels, role
            assert role.start is not None, person
            assert role.end is None or role.start < role.end, person
            assert role.where is None or ISO3.match(role.where) or role.where in igo_keys, role
    qids = [p.qid for p in leaders if p.qid]
    assert len(qids) == len(set(qids))


def test_igos_and_metonyms() -> None:
    igos = load_igos()
    assert len({i.key for i in igos}) == len(igos)
    assert all(i.qid is None or QID.match(i.qid) for i in igos)
    countries = {r.iso3 for r in load_countries()}
    keys = {i.key for i in igos}
    metonyms, blocs = load_metonyms()
    for m in metonyms:
        assert (m.country in countries) != (m.igo in keys), m
        assert m.place_in is None or m.place_in in countries, m
    assert {b.code for b in blocs} >= {"WST"}


def test_role_nouns() -> None:
    nouns = load_role_nouns()
    forms = [f for n in nouns for f in (n["noun"], *n.get("forms", []))]
    assert len(forms) == len(set(forms)), "a form belongs to two nouns"
    assert all(isinstance(n.get("person", True), bool) for n in nouns)


def test_build_rules() -> None:
    rules = load_petrarch_rules()
    assert "MINISTRY" in rules.org_words and "PRESIDENT" in rules.title_words
    roles = [role for _, role in load_positions()]
    assert roles[0] == "head_of_government"  # "Prime Minister" must win over "President"
