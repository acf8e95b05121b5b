"""A month named without tense: the coming one when it is near, else the past one."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.timex import tag


@pytest.mark.parametrize(
    ("sentence", "anchor", "value"),
    [
        ("Die Bäder bleiben auch im Juni zu.", date(2022, 5, 20), "2022-06"),
        ("Anfang Februar könnte sich das ändern.", date(2021, 12, 28), "2022-02"),
        ("Die Messe öffnet ab Oktober ihre Tore.", date(2019, 8, 2), "2019-10"),
        # five months ahead is too far for an untensed month: the past one
        ("Im Juni gab es Proteste.", date(2023, 1, 10), "2022-06"),
        # the anchor's own month and earlier ones stay in the past
        ("Anfang März stieg die Zahl.", date(2024, 3, 20), "2024-03"),
    ],
)
def test_untensed_month(sentence: str, anchor: date, value: str) -> None:
    (found,) = tag(sentence, anchor)
    assert found.value == value


def test_clear_past_tense_keeps_the_past_month() -> None:
    (found,) = tag("Im Juni wurden die Bäder geschlossen.", date(2022, 5, 20))
    assert found.value == "2021-06"
