"""CAMEO/PLOVER lookups over the shipped tables."""

from __future__ import annotations

import pytest

from lagebild.events import codes


@pytest.mark.parametrize(
    ("code", "quad"),
    [("010", 1), ("042", 1), ("057", 1), ("061", 2), ("0874", 2), ("090", 3), ("112", 3),
     ("139", 3), ("141", 4), ("163", 4), ("173", 4), ("190", 4), ("2042", 4)],
)  # fmt: skip
def test_quad_class_follows_the_root_rule(code: str, quad: int) -> None:
    assert codes.quad_class(code) == quad


def test_every_code_has_the_quad_class_of_its_root() -> None:
    for code, entry in codes.cameo_table().items():
        root = int(code[:2])
        expected = 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4
        assert entry.quad_class == expected, code


def test_labels_and_goldstein_values() -> None:
    assert codes.cameo_label("042") == "Make a visit"
    assert codes.goldstein("042") == pytest.approx(1.9)
    assert codes.goldstein("190") == pytest.approx(-10.0)
    assert codes.goldstein("057") == pytest.approx(8.0)


def test_codes_missing_from_the_goldstein_table_take_the_parent_value() -> None:
    entry = codes.cameo_table()["1952"]
    assert entry.goldstein == codes.goldstein("195")
    assert entry.goldstein_basis == "parent 195"


def test_goldstein_values_stay_on_the_scale() -> None:
    assert all(-10.0 <= e.goldstein <= 10.0 for e in codes.cameo_table().values())


def test_unknown_code_raises() -> None:
    with pytest.raises(KeyError):
        codes.quad_class("999")


@pytest.mark.parametrize(
    ("code", "plover_type", "mode"),
    [
        ("042", "CONSULT", "visit"),
        ("041", "CONSULT", "phone"),
        ("0841", "RETREAT", "release"),
        ("111", "ACCUSE", "disapprove"),
        ("173", "COERCE", "arrest"),
        ("186", "ASSAULT", "targeted"),  # renamed from the table's 'assassinate'
        ("163", "SANCTION", "discontinue"),  # override: the manual's sanctions rule
        ("026", "REQUEST", "meet"),  # override: appeals are requests
        ("1952", "ASSAULT", "drone"),
    ],
)
def test_plover_for_cameo(code: str, plover_type: str, mode: str) -> None:
    found = codes.plover_for_cameo(code)
    assert found is not None
    assert (found.type, found.mode) == (plover_type, mode)


def test_statements_are_dropped_by_plover() -> None:
    assert codes.plover_for_cameo("010") is None
    assert codes.plover_for_cameo("01") is None


def test_a_root_maps_through_its_x0_code() -> None:
    found = codes.plover_for_cameo("04")
    assert found is not None and found.type == "CONSULT"


def test_every_mapped_mode_and_context_is_in_the_manual() -> None:
    contexts = set(codes.plover_contexts())
    for code, row in codes.plover_table().items():
        assert row.type in codes.PLOVER_TYPES, code
        assert row.mode is None or row.mode in codes.plover_modes(row.type), code
        assert set(row.contexts) <= contexts, code


def test_plover_types_carry_their_quad_category() -> None:
    quads = {t: codes.plover_quad_class(t) for t in codes.PLOVER_TYPES}
    assert quads["CONSULT"] == 1 and quads["AID"] == 2
    assert quads["ACCUSE"] == 3 and quads["ASSAULT"] == 4


def test_plover_scores_by_type_and_mode() -> None:
    assert codes.plover_score("CONSULT", "visit") == pytest.approx(4.0)
    assert codes.plover_score("CONSULT") == pytest.approx(2.5)
    assert codes.plover_score("ASSAULT", "no-such-mode") == pytest.approx(-9.0)


def test_public_names_of_the_events_package_are_pinned() -> None:
    import lagebild.events as events

    assert sorted(events.__all__) == sorted(
        [
            "PLOVER_TYPES", "Coding", "Refinements", "ContextCues", "EventMention", "Lexicon", "MergedEvent",
            "MultiwordMatch", "PloverCode", "Report", "ReportCounts", "StatusCues",
            "TriggerEntry", "cameo_label", "compatible", "count_reports", "event_id",
            "event_key", "goldstein", "merge_mentions", "plover_for_cameo", "quad_class",
            "EventsStage", "Extractor", "extract_events",
        ]
    )  # fmt: skip
    assert all(hasattr(events, name) for name in events.__all__)
