"""The actors evaluator: matching rules and scoring on a gold article we write here."""

from __future__ import annotations

from lagebild.actors.evaluate import Tally, same_actor, score_article
from lagebild.evaluation import available
from lagebild.gold import GoldActor, GoldArticle
from lagebild.models import Actor, Mention


def gold_actor(**kw: object) -> GoldActor:
    return GoldActor.model_validate({"name": "x", "type": "PER", **kw})


def test_same_actor_rules() -> None:
    putin = Actor(id="Q7747", name="Vladimir Putin", type="PER", country="RUS")
    assert same_actor(gold_actor(id="Q7747"), putin)
    state = gold_actor(id="Q159", type="GPE", country="RUS")
    assert same_actor(
        state, Actor(id="lb:grp-rus-mil", name="Russia (MIL)", type="ORG", country="RUS")
    )
    assert not same_actor(
        gold_actor(id="Q7747"), Actor(id="Q1", name="y", type="PER", country="RUS")
    )
    local = gold_actor(id="new:universitaet-hamburg", name="University of Hamburg", type="ORG")
    assert same_actor(
        local, Actor(id="new:universitaet-hamburg", name="Universität Hamburg", type="ORG")
    )
    body = gold_actor(id="new:bundestag", type="ORG", code="DEULEG")
    assert same_actor(
        body, Actor(id="lb:grp-deu-leg", name="Germany (LEG)", type="ORG", code="DEULEG")
    )


def test_score_article_counts_kinds_and_actors() -> None:
    text = "Putin kam. Er sprach. Moskau schwieg."
    gold = GoldArticle.model_validate(
        {
            "page": "seed",
            "actors": [
                {
                    "id": "Q7747",
                    "name": "Vladimir Putin",
                    "type": "PER",
                    "mentions": [{"text": "Putin"}, {"text": "Er", "kind": "pronoun"}],
                },
                {
                    "id": "Q159",
                    "name": "Russia",
                    "type": "GPE",
                    "country": "RUS",
                    "mentions": [{"text": "Moskau", "kind": "metonym"}],
                },
            ],
        }
    )
    predicted = [
        Actor(
            id="Q7747",
            name="Vladimir Putin",
            type="PER",
            mentions=[Mention(start=0, end=5, text="Putin")],
        ),
        Actor(
            id="lb:loc-rus-moscow",
            name="Moscow",
            type="LOC",
            country="RUS",
            mentions=[Mention(start=22, end=28, text="Moskau")],
        ),
    ]
    tally = Tally.empty()
    misses = score_article(gold, text, predicted, tally)
    assert (tally.gold["name"].tp, tally.gold["pronoun"].fn) == (1, 1)
    assert tally.gold["metonym"].tp == 1  # a state's capital counts for the state
    assert (tally.actors.tp, tally.actors.fn, tally.actors.fp) == (2, 0, 0)
    assert any("pronoun 'Er'" in m for m in misses)


def test_evaluator_is_registered() -> None:
    assert "actors" in available()
