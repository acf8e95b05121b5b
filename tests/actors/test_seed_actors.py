"""The seed article's actor table (../shared/seed/README.md) comes out.

The fast test runs without a trained model (tokens only: names come from the gazetteer);
the integration test runs the shipped nlp pipeline and skips where none is installed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.actors.stage import ActorsStage
from lagebild.article import ArticleStage
from lagebild.ingest import read_file
from lagebild.models import Actor, Article, RawDocument
from lagebild.pipeline import AnalysisState, Pipeline

# actor id -> (code, the mentions that must be attached to it)
SEED_TABLE: dict[str, tuple[str, set[str]]] = {
    "Q7747": (
        "RUSGOV",
        {
            "Wladimir Putin",
            "Putin",
            "Putins",
            "ihn",
            "er",
            "des russischen Machthabers",
            "Russlands Staatspräsident",
            "der russische Präsident",
        },
    ),
    "Q200881": (
        "KAZGOV",
        {
            "Kassym-Jomart Tokajew",
            "Kassym-Schomart Tokajew",
            "seinem kasachischen Amtskollegen",
            "Kasachstans Präsident",
            "Er",
        },
    ),
    "Q159": ("RUS", {"Russland", "Russlands", "russischen"}),
    "Q232": ("KAZ", {"Kasachstan", "die Ex-Sowjetrepublik", "kasachischen", "sein Land"}),
    "Q212": ("UKR", {"Ukraine"}),
    "lb:loc-kaz-astana": ("KAZ", {"Astana"}),
    "lb:loc-blr-minsk": ("BLR", {"Minsk", "der belarussischen Hauptstadt"}),
    "Q47488": ("IGOJUDICC", {"Internationalen Strafgerichtshof"}),
    "Q458": ("IGOEUREEC", {"EU"}),
    "lb:igo-ovks": (
        "IGOCASMIL",
        {"Organisation des Vertrags über kollektive Sicherheit", "OVKS", "einem Militärbündnis"},
    ),
    "lb:bloc-wst": ("WST", {"Westen", "westlichen"}),
    "lb:per-rus-ramzan-kadyrov": ("RUSGOV", {"Ramsan Kadyrow", "ihn"}),
    "lb:per-rus-sergey-lavrov": ("RUSGOV", {"Sergei Lawrow", "Lawrow"}),
}


def seed_article(shared_dir: Path) -> tuple[RawDocument, Article]:
    (raw,) = list(read_file(shared_dir / "seed" / "article.txt"))
    assert isinstance(raw, RawDocument)
    return raw, Pipeline([ArticleStage()]).run(raw)


def check_table(actors: list[Actor], text: str) -> None:
    for actor in actors:
        for m in actor.mentions:
            assert text[m.start : m.end] == m.text, (actor.id, m)
    by_id = {a.id: a for a in actors}
    for actor_id, (code, wanted) in SEED_TABLE.items():
        assert actor_id in by_id, actor_id
        assert by_id[actor_id].code == code, actor_id
        texts = {m.text for m in by_id[actor_id].mentions}
        assert wanted <= texts, (actor_id, wanted - texts)
    # dpa and AFP are the article's agencies, and the credit line is a photographer's
    assert not any(m.text in ("dpa", "AFP", "Pavel Bednyakov") for a in actors for m in a.mentions)


def test_seed_actor_table_without_a_model(shared_dir: Path) -> None:
    raw, article = seed_article(shared_dir)
    ActorsStage().run(AnalysisState(raw=raw, article=article))
    check_table(article.actors, article.text)
    assert article.dateline is not None and article.dateline.actor == "lb:loc-kaz-astana"


def test_seed_actor_table_with_the_pipeline(shared_dir: Path) -> None:
    from lagebild.errors import ConfigError
    from lagebild.nlp import load_nlp

    try:
        nlp = load_nlp()
    except ConfigError:
        pytest.skip("no nlp pipeline installed")
    raw, article = seed_article(shared_dir)
    state = AnalysisState(raw=raw, article=article, doc=nlp(article.text))
    ActorsStage().run(state)
    check_table(article.actors, article.text)
    moskau = [(a.id, m.kind) for a in article.actors for m in a.mentions if m.text == "Moskau"]
    assert moskau == [("Q159", "metonym")]
