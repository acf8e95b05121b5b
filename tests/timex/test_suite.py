"""The news-style suite (tests/resources/timex/suite.yaml): size, coverage and accuracy gate."""

from __future__ import annotations

from lagebild.timex.suite import SUITE_PATH, load_suite, score_suite

# The gate the issue sets; HeidelTime reaches 0.885 value accuracy on WikiWarsDE.
MIN_VALUE_ACCURACY = 0.92


def test_suite_is_large_and_covers_every_type() -> None:
    assert SUITE_PATH.is_file()
    cases = load_suite()
    items = sum(max(1, len(c.expected)) for c in cases)
    assert items >= 150
    types = {e.type for c in cases for e in c.expected}
    assert types == {"DATE", "TIME", "DURATION", "SET"}
    assert any(not c.expected for c in cases)


def test_value_accuracy_gate() -> None:
    result = score_suite(load_suite())
    assert result.accuracy >= MIN_VALUE_ACCURACY, "\n".join(result.failures)
