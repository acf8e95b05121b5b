"""The plain-text cleaner against scrape fixtures written in many outlets' styles."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from lagebild import analyze

FIXTURES = Path(__file__).parents[1] / "resources" / "scrapes"
CASES = sorted(p.stem for p in FIXTURES.glob("*.txt") if p.with_suffix(".json").exists())
# Known limits of the rules, kept visible instead of bent to pass:
KNOWN_MISSES = {
    # The press office's contact block ends in a bare department name.
    "18-press-release": "trailing contact block 'Referat Kommunikation'",
}


def test_there_are_enough_fixtures() -> None:
    assert len(CASES) >= 20


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(reason=KNOWN_MISSES[n], strict=True))
        if n in KNOWN_MISSES
        else n
        for n in CASES
    ],
)
def test_scrape_fixture(name: str) -> None:
    expected = json.loads((FIXTURES / f"{name}.json").read_text("utf-8"))
    article = analyze((FIXTURES / f"{name}.txt").read_text("utf-8"))
    for key in ("title", "kicker", "teaser", "authors"):
        if key in expected:
            assert getattr(article, key) == expected[key], key
    if "agencies" in expected:
        assert sorted(article.agencies) == sorted(expected["agencies"])
    if "image_credits" in expected:
        got = [c.model_dump() for c in article.image_credits]
        assert got == expected["image_credits"]
    if "dateline" in expected:
        assert (article.dateline.text if article.dateline else None) == expected["dateline"]
    if expected.get("published"):
        assert article.published is not None
        assert article.published.value == expected["published"]
    if "blocks" in expected:
        counts = Counter(b.kind for b in article.blocks)
        assert {k: counts.get(k, 0) for k in expected["blocks"]} == expected["blocks"]
    paragraphs = " ".join(article.blocks_of("paragraph"))
    for snippet in expected.get("paragraphs_contain", []):
        assert snippet in paragraphs, snippet
    for snippet in expected.get("text_excludes", []):
        assert snippet not in article.text, snippet
