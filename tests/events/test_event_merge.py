"""Merging an article's event mentions into events, and linking across articles."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lagebild.events.merge import (
    EventMention,
    Report,
    compatible,
    count_reports,
    dates_compatible,
    event_id,
    event_key,
    merge_mentions,
)

# Actor ids are opaque; the country map is what the actors stage provides.
COUNTRIES = {"P": "RUS", "RU": "RUS", "T": "KAZ", "KZ": "KAZ", "AST": "KAZ", "UA": "UKR",
             "S": "DEU", "M": "DEU"}  # fmt: skip


def mention(start: int = 0, **kw: object) -> EventMention:
    base = EventMention(
        type="CONSULT",
        mode="visit",
        source=frozenset({"P"}),
        target=frozenset({"KZ"}),
        trigger=(start, start + 8),
        evidence=(start, start + 40),
        date="2023-11-09",
        location="AST",
        confidence=0.6,
    )
    return replace(base, **kw)  # type: ignore[arg-type]


# --- the compatibility rule, one clause at a time ---------------------------------------


def test_teaser_lead_and_caption_become_one_event() -> None:
    teaser = mention(0, block_kind="teaser", date=None, location=None)
    lead = mention(100, block_kind="paragraph", source=frozenset({"P", "RU"}))
    caption = mention(900, block_kind="caption", target=frozenset({"T"}), confidence=0.4)
    (event,) = merge_mentions("a1", [caption, lead, teaser], COUNTRIES)
    assert len(event.mentions) == 3
    assert event.source == ("P", "RU") and event.target == ("KZ", "T")
    assert event.date == "2023-11-09" and event.location == "AST"
    assert event.representative is lead  # body text speaks for the event
    assert event.confidence == pytest.approx(1 - 0.4 * 0.4 * 0.6)


def test_different_types_modes_or_statuses_stay_apart() -> None:
    a = mention()
    assert not compatible(a, mention(50, type="SUPPORT"), COUNTRIES)
    assert not compatible(a, mention(50, mode=None), COUNTRIES)
    assert not compatible(a, mention(50, status="planned"), COUNTRIES)


def test_dates_same_missing_or_coarser() -> None:
    assert dates_compatible("2023-11-09", "2023-11-09")
    assert dates_compatible(None, "2023-11-09")
    assert dates_compatible("2023-11", "2023-11-09")
    assert not dates_compatible("2023-11-09", "2023-11-23")
    assert not compatible(mention(), mention(50, date="2023-11-23"), COUNTRIES)


def test_locations_same_missing_or_same_country() -> None:
    assert compatible(mention(), mention(50, location=None), COUNTRIES)
    assert compatible(mention(), mention(50, location="KZ"), COUNTRIES)
    assert not compatible(mention(), mention(50, location="UA"), COUNTRIES)


def test_actors_overlap_by_id_or_country() -> None:
    assert compatible(mention(), mention(50, source=frozenset({"P", "RU"})), COUNTRIES)
    assert compatible(mention(), mention(50, target=frozenset({"T"})), COUNTRIES)
    assert not compatible(mention(), mention(50, target=frozenset({"UA"})), COUNTRIES)
    assert not compatible(mention(), mention(50, target=frozenset({"T"})))  # no country map


def test_an_empty_side_is_no_contradiction_but_someone_must_be_shared() -> None:
    assert compatible(mention(), mention(50, target=frozenset()), COUNTRIES)
    nobody = mention(source=frozenset(), target=frozenset())
    assert not compatible(nobody, replace(nobody, trigger=(50, 58)), COUNTRIES)


def test_direction_matters_for_directed_events() -> None:
    ab = mention(
        type="ACCUSE", mode="disapprove", source=frozenset({"P"}), target=frozenset({"UA"})
    )
    ba = replace(ab, source=frozenset({"UA"}), target=frozenset({"P"}), trigger=(50, 58))
    assert not compatible(ab, ba, COUNTRIES)


def test_domestic_events_match_by_id_only() -> None:
    ab = mention(type="ACCUSE", mode="disapprove", source=frozenset({"S"}), target=frozenset({"M"}))
    ba = replace(ab, source=frozenset({"M"}), target=frozenset({"S"}))
    assert not compatible(ab, ba, COUNTRIES)


def test_reciprocal_events_are_symmetric() -> None:
    # "Treffen zwischen P und T", "P traf T", "T traf P": treffen is reciprocal in the
    # lexicon, so the extractor marks all three; a directed mention still fits too.
    meet = mention(mode=None, reciprocal=True, source=frozenset({"P", "T"}), target=frozenset())
    x_meets_y = mention(50, mode=None, source=frozenset({"P"}), target=frozenset({"T"}))
    y_meets_x = replace(
        x_meets_y, source=frozenset({"T"}), target=frozenset({"P"}), trigger=(90, 98)
    )
    assert compatible(meet, x_meets_y, COUNTRIES) and compatible(meet, y_meets_x, COUNTRIES)
    assert not compatible(x_meets_y, y_meets_x, COUNTRIES)
    x_meets_y, y_meets_x = (replace(m, reciprocal=True) for m in (x_meets_y, y_meets_x))
    (event,) = merge_mentions("a1", [meet, x_meets_y, y_meets_x], COUNTRIES)
    assert event.reciprocal and event.source == ("P", "T") and event.target == ()


def test_grouping_is_complete_linkage() -> None:
    a = mention(0, date=None)
    b = mention(50, date="2023-11-09")
    c = mention(90, date="2023-11-23")  # fits a, not b
    events = merge_mentions("a1", [a, b, c], COUNTRIES)
    assert [len(e.mentions) for e in events] == [2, 1]


# --- ids and the contract ------------------------------------------------------------


def test_ids_are_stable_and_order_free() -> None:
    one = merge_mentions("a1", [mention(0), mention(100)], COUNTRIES)
    two = merge_mentions("a1", [mention(100), mention(0)], COUNTRIES)
    assert [e.id for e in one] == [e.id for e in two]
    assert one[0].id == event_id("a1", "CONSULT", "visit", ["P"], ["KZ"], "2023-11-09")
    assert len(one[0].id) == 16
    assert event_id("a2", "CONSULT", "visit", ["P"], ["KZ"], "2023-11-09") != one[0].id


def test_reciprocal_ids_ignore_direction() -> None:
    assert event_id("a", "CONSULT", None, ["P"], ["T"], None, reciprocal=True) == event_id(
        "a", "CONSULT", None, ["T"], ["P"], None, reciprocal=True
    )


def test_colliding_ids_are_made_unique() -> None:
    realized = mention(0)
    negated = mention(50, status="negated")
    events = merge_mentions("a1", [realized, negated], COUNTRIES)
    assert len({e.id for e in events}) == 2


def test_to_event_fills_the_contract_record() -> None:
    text = "Nun besuchte Putin Kasachstan und traf dort Tokajew, hieß es später dann."
    m = mention(0, trigger=(4, 12), evidence=(0, 29), cameo="042", context=frozenset({"military"}))
    (merged,) = merge_mentions("a1", [m], COUNTRIES)
    event = merged.to_event(text)
    assert event.trigger.text == "besuchte"
    assert (event.evidence.start, event.evidence.end) == (0, 29)
    assert event.type == "CONSULT" and event.cameo == "042" and event.context == ["military"]
    assert event.block_kind == "paragraph" and event.status == "realized"


# --- across articles -----------------------------------------------------------------


def test_event_key_is_type_actors_and_day() -> None:
    assert event_key("CONSULT", ["P"], ["KZ"], "2023-11-09T10:00") == "CONSULT|P>KZ|2023-11-09"
    assert event_key("CONSULT", ["T", "P"], [], None, reciprocal=True) == "CONSULT|P~T|"


def test_count_reports_like_gdelt() -> None:
    key = event_key("CONSULT", ["P"], ["KZ"], "2023-11-09")
    other = event_key("ASSAULT", ["RU"], ["UA"], "2023-11-09")
    reports = [
        Report(key, "a1", "merkur.de"),
        Report(key, "a1", "merkur.de"),
        Report(key, "a2", "fr.de"),
        Report(key, "a3", "fr.de"),
        Report(other, "a1", "merkur.de"),
    ]
    counts = count_reports(reports)
    assert (counts[key].num_mentions, counts[key].num_articles, counts[key].num_sources) == (
        4,
        3,
        2,
    )
    assert (counts[other].num_mentions, counts[other].num_articles) == (1, 1)


def test_a_visit_reported_three_times_and_a_planned_meeting() -> None:
    """The shape of a typical state-visit report, with actor ids only.

    Visit: teaser (no date), lead (date, place, the president and his state as
    source) and a later paragraph; a joint press conference is a separate,
    reciprocal meeting, which the caption's "spricht mit" joins; a planned summit
    on a later date stays apart.
    """
    visit: dict[str, object] = {"type": "CONSULT", "mode": "visit", "target": frozenset({"KZ"})}
    meet: dict[str, object] = {"mode": None, "reciprocal": True, "target": frozenset()}
    mentions = [
        mention(0, **visit, block_kind="teaser", date=None, location=None),
        mention(200, **visit, source=frozenset({"P", "RU"})),
        mention(600, **meet, source=frozenset({"P", "T"})),
        mention(400, **meet, source=frozenset({"P", "T"}), block_kind="caption", date=None),
        mention(900, **meet, source=frozenset({"P", "T"}), status="planned", date="2023-11-23"),
    ]
    events = merge_mentions("a1", mentions, COUNTRIES)
    summary = [(e.mode, e.status, e.date, len(e.mentions)) for e in events]
    assert summary == [
        ("visit", "realized", "2023-11-09", 2),
        (None, "realized", "2023-11-09", 2),
        (None, "planned", "2023-11-23", 1),
    ]
    assert events[0].source == ("P", "RU") and events[0].target == ("KZ",)
    assert events[1].source == ("P", "T") and events[1].target == ()
