"""Silver reader, span scoring and the `time` evaluator."""

from __future__ import annotations

from pathlib import Path

from lagebild.evaluation import EvalOptions, available
from lagebild.timex import scoring
from lagebild.timex.silver import parse_line


def test_parse_line_strips_tags_and_keeps_offsets() -> None:
    line = (
        'Der Bescheid vom <TIMEX3 tid="t1" type="DATE" value="2019-05-02">2. Mai 2019</TIMEX3>'
        ' galt <TIMEX3 tid="t2" type="DURATION" value="P3M">drei Monate</TIMEX3> .'
    )
    sentence = parse_line(line)
    assert sentence.text == "Der Bescheid vom 2. Mai 2019 galt drei Monate ."
    first, second = sentence.timexes
    assert sentence.text[first.start : first.end] == "2. Mai 2019"
    assert (first.type, first.value) == ("DATE", "2019-05-02")
    assert sentence.text[second.start : second.end] == "drei Monate"


def test_span_matching_modes() -> None:
    text = "Er kam am 2. Mai 2019 an."
    gold = [(10, 21)]
    pred = [(7, 21)]
    assert scoring.match(gold, pred, "strict", text) == []
    assert scoring.match(gold, pred, "core", text) == [(0, 0)]
    assert scoring.match(gold, pred, "overlap", text) == [(0, 0)]


def test_evaluator_is_registered() -> None:
    assert "time" in available()


def test_evaluator_on_a_few_silver_sentences(shared_dir: Path) -> None:
    report = available()["time"](EvalOptions(shared=shared_dir, limit=35))
    labels = {row.label: row for row in report.rows}
    assert labels["extraction_overlap"].f1 > 0.6
    assert float(report.figures["suite_value_accuracy"]) >= 0.92
    assert 0.0 < float(report.figures["value_accuracy_overlap_pairs"]) <= 1.0
