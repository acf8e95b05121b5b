"""The actors evaluator: matching rules and scoring on a gold article we write here."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from lagebild.actors.evaluate import Tally, same_actor, score_article
from lagebild.evaluation import available
from lagebild.gold import SPLITS, GoldActor, GoldArticle, gold_files, select_pages
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


def test_a_local_body_matches_our_sector_actor_but_no_other_named_actor_of_its_code() -> None:
    pirates = gold_actor(id="new:piratenpartei", name="Piratenpartei", type="ORG", code="DEUPTY")
    assert not same_actor(pirates, Actor(id="Q49762", name="CDU", type="ORG", code="DEUPTY"))
    assert not same_actor(
        pirates, Actor(id="new:die-linke-x", name="Linke", type="ORG", code="DEUPTY")
    )
    assert same_actor(
        pirates, Actor(id="lb:grp-deu-pty", name="Germany (PTY)", type="ORG", code="DEUPTY")
    )


def test_a_local_gold_name_in_two_languages_matches_the_kb_actor_by_either_part() -> None:
    police = gold_actor(id="new:bundespolizei", name="Federal Police (Bundespolizei)", type="ORG")
    assert same_actor(police, Actor(id="Q1", name="Bundespolizei", type="ORG"))
    assert not same_actor(police, Actor(id="Q2", name="Police", type="ORG"))
    region = gold_actor(id="new:thueringen", name="Thuringia", type="GPE")
    assert same_actor(region, Actor(id="Q1205", name="Thuringia", type="LOC"))
    assert not same_actor(region, Actor(id="Q3", name="Thuringia", type="PER"))


def test_a_local_gold_actor_the_kb_now_knows_matches_by_full_name() -> None:
    local = gold_actor(id="new:mike-pence", name="Mike Pence", type="PER")
    assert same_actor(local, Actor(id="Q24313", name="Mike Pence", type="PER"))
    assert not same_actor(local, Actor(id="Q1", name="Pence", type="PER"))
    assert not same_actor(local, Actor(id="Q2", name="Mike Pence", type="ORG"))


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
    # Putin's name was linked, so his missed "Er" is a coreference miss of a found actor.
    assert (tally.pronouns["found"].fn, tally.pronouns["third"].fn) == (1, 1)
    assert "unfound" not in tally.pronouns


def test_evaluator_is_registered() -> None:
    assert "actors" in available()


def test_local_actors_match_by_overlapping_name_mentions() -> None:
    text = "Bernd Lucke sprach. Lucke ging. Meier blieb."
    gold = GoldArticle.model_validate(
        {
            "page": "seed",
            "actors": [
                {
                    "id": "new:bernd-lucke",
                    "name": "Bernd Lucke",
                    "type": "PER",
                    "mentions": [{"text": "Bernd Lucke"}, {"text": "Lucke", "occurrence": 2}],
                }
            ],
        }
    )
    lucke = Actor(
        id="new:lucke",
        name="Lucke",
        type="PER",
        mentions=[Mention(start=6, end=11, text="Lucke", kind="name")],
    )
    other = Actor(
        id="new:lucke-2",
        name="Lucke",
        type="PER",
        mentions=[
            Mention(start=20, end=25, text="Lucke", kind="pronoun"),
            Mention(start=32, end=37, text="Meier", kind="name"),
        ],
    )
    tally = Tally.empty()
    score_article(gold, text, [lucke, other], tally)
    # "Lucke" inside the gold "Bernd Lucke" makes new:lucke that actor; a named local actor
    # that shares only a pronoun-kind span is not aliased.
    assert tally.gold["name"].tp == 1
    assert tally.gold["name"].fn == 1
    assert tally.actors.tp == 1


def test_select_pages_reads_the_split_file(tmp_path: Path) -> None:
    splits = tmp_path / "splits.yaml"
    splits.write_text("dev:\n  - seed\n  - aaa\nheldout:\n  - bbb\n", encoding="utf-8")
    files = [tmp_path / "seed.json", tmp_path / "aaa.json", tmp_path / "bbb.json"]
    assert select_pages(files, "dev", splits) == files[:2]
    assert select_pages(files, "heldout", splits) == files[2:]
    assert select_pages(files, "all", splits) == files
    with pytest.raises(ValueError):
        select_pages(files, "test", splits)


def test_shipped_split_covers_every_gold_file() -> None:
    data = yaml.safe_load(SPLITS.read_text(encoding="utf-8"))
    named = [set(stems) for stems in data.values()]
    assert sum(len(s) for s in named) == len(set().union(*named))  # disjoint
    assert {p.stem for p in gold_files()} <= set().union(*named)


def test_a_nameless_group_is_mapped_by_its_descriptions() -> None:
    text = "Die Demonstranten kamen. Sie riefen. Die Demonstranten gingen."
    gold = GoldArticle.model_validate(
        {
            "page": "seed",
            "actors": [
                {
                    "id": "new:nicaragua-demonstranten",
                    "name": "Demonstranten in Nicaragua",
                    "type": "MISC",
                    "mentions": [
                        {"text": "Die Demonstranten", "occurrence": "all", "kind": "description"},
                        {"text": "Sie", "kind": "pronoun"},
                    ],
                }
            ],
        }
    )
    group = Actor(
        id="new:grp-demonstrant",
        name="Demonstrant",
        type="MISC",
        mentions=[
            Mention(start=0, end=17, text="Die Demonstranten", kind="description"),
            Mention(start=25, end=28, text="Sie", kind="pronoun"),
        ],
    )
    tally = Tally.empty()
    score_article(gold, text, [group], tally)
    assert tally.gold["description"].tp == 1 and tally.gold["description"].fn == 1
    assert tally.gold["pronoun"].tp == 1
