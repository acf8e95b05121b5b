"""The evaluator's causes of missed and false events (`lagebild.events.diagnose`)."""

from __future__ import annotations

from lagebild.events.diagnose import Sentences, TypesAt, diagnose
from lagebild.events.evaluate import _side_ok, lenient_match, score
from lagebild.gold import GoldEvent
from lagebild.models import Event, Span

# Four sentences; each gold event is anchored on its sentence's verb.
TEXT = "A kritisierte B. C besuchte D. E traf F. G half H."
STARTS = [0, 17, 31, 41]


def _gold(type_: str, source: list[str], target: list[str], trigger: str) -> GoldEvent:
    return GoldEvent.model_validate(
        {"type": type_, "source": source, "target": target, "trigger": {"text": trigger}}
    )


def _pred(type_: str, source: list[str], target: list[str], word: str) -> Event:
    start = TEXT.index(word)
    span = Span(start=start, end=start + len(word), text=word)
    return Event(id=word, type=type_, source=source, target=target, status="realized",
                 trigger=span, evidence=span, confidence=0.5, block_kind="paragraph")  # fmt: skip


def _causes(
    gold: list[GoldEvent], pred: list[Event], triggers: TypesAt | None = None
) -> tuple[list[str], list[str]]:
    _, missed, extra = score(gold, pred, {}, lenient_match)
    _, why_missed, why_extra = diagnose(
        gold, pred, missed, extra, TEXT, Sentences(STARTS), {}, lenient_match, _side_ok, triggers
    )
    return [c for c, _ in why_missed], [c for c, _ in why_extra]


def test_sentences_index_offsets() -> None:
    sents = Sentences(STARTS)
    assert (sents.of(0), sents.of(16), sents.of(17), sents.of(100)) == (0, 0, 1, 3)
    assert sents.span(10, 20) == {0, 1}


def test_miss_causes_by_sentence() -> None:
    gold = [
        _gold("ACCUSE", ["a"], ["b"], "kritisierte"),  # nothing predicted there
        _gold("CONSULT", ["c"], ["d"], "besuchte"),  # predicted as another type
        _gold("CONSULT", ["e"], ["f"], "traf"),  # right type, target wrong
        _gold("AID", ["g"], ["h"], "half"),  # right type, source missing
    ]
    pred = [
        _pred("AGREE", ["c"], ["d"], "besuchte"),
        _pred("CONSULT", ["e"], ["x"], "traf"),
        _pred("AID", [], ["h"], "half"),
    ]
    missed, extra = _causes(gold, pred)
    assert missed == ["no_trigger", "type", "target", "source"]
    assert extra == ["type", "actor", "actor"]


def test_reciprocal_side_and_taken_and_false_causes() -> None:
    gold = [_gold("CONSULT", ["e"], ["f"], "traf")]
    # A one-sided reciprocal prediction names the source only: the target is missing.
    assert _causes(gold, [_pred("CONSULT", ["e"], [], "traf")]) == (["target"], ["actor"])
    # Two gold events, one prediction that fits both: the second is "taken".
    twice = [*gold, _gold("CONSULT", ["e"], ["f"], "traf")]
    assert _causes(twice, [_pred("CONSULT", ["e"], ["f"], "traf")])[0] == ["taken"]
    # A prediction in a sentence without gold, and a duplicate of a matched one.
    pred = [_pred("CONSULT", ["e"], ["f"], "traf"), _pred("CONSULT", ["e"], ["f"], "traf"),
            _pred("AID", ["g"], ["h"], "half")]  # fmt: skip
    assert _causes(gold, pred) == ([], ["duplicate", "no_gold"])


def test_unanchored_gold_event() -> None:
    gold = [_gold("ACCUSE", ["a"], ["b"], "nirgends")]
    assert _causes(gold, []) == (["unanchored"], [])


def test_a_trigger_without_event_is_told_from_no_trigger() -> None:
    gold = [
        _gold("ACCUSE", ["a"], ["b"], "kritisierte"),
        _gold("CONSULT", ["c"], ["d"], "besuchte"),
        _gold("AID", ["g"], ["h"], "half"),
    ]
    # ACCUSE is found with actors (its mention was dropped later), CONSULT without any.
    found = {0: {"ACCUSE": True}, 1: {"CONSULT": False}}

    def triggers(where: set[int]) -> dict[str, bool]:
        return {t: a for i in where for t, a in found.get(i, {}).items()}

    assert _causes(gold, [], triggers) == (["dropped", "no_actor", "no_trigger"], [])


def test_matching_blames_the_miss_where_it_happened() -> None:
    # Two gold reports of a call by E to F, in sentences 2 and 1; one prediction in 2.
    gold = [_gold("CONSULT", ["e"], ["f"], "besuchte"), _gold("CONSULT", ["e"], ["f"], "traf")]
    pred = [_pred("CONSULT", ["e"], ["f"], "traf")]
    plain = score(gold, pred, {}, lenient_match)
    near = score(gold, pred, {}, lenient_match, lambda i, j: i == 1)
    assert plain[1] == [gold[1]] and near[1] == [gold[0]]
    assert (plain[0].tp, plain[0].fn) == (near[0].tp, near[0].fn) == (1, 1)
