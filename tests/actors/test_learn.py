"""Unknown actors learned across articles: the store keeps them, later articles reuse them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from lagebild.actors.learn import (
    KnownActors,
    learned_actors_from_rows,
    list_new_actors,
    load_known_actors,
)
from lagebild.actors.stage import ActorsStage
from lagebild.models import Actor, Article, RawDocument, Source
from lagebild.pipeline import AnalysisState
from lagebild.store import StoreWriter

DAY = date(2024, 3, 1)


def analysed(text: str, doc, known: KnownActors | None, name: str) -> Article:  # type: ignore[no-untyped-def]
    raw = RawDocument(uri=f"test:{name}", format="text", content=text, sha256=name * 16)
    article = Article(
        id=name * 4,
        source=Source(uri=raw.uri, sha256=raw.sha256, format="text"),
        text=text,
    )
    state = AnalysisState(raw=raw, article=article, doc=doc, reference_date=DAY)
    ActorsStage(known=known).run(state)
    return article


def test_known_actors_match_full_name_genitive_and_unique_surname() -> None:
    known = KnownActors(
        [
            Actor(id="new:erika-beispielfrau", name="Erika Beispielfrau", type="PER"),
            Actor(id="new:max-muster", name="Max Muster", type="PER"),
            Actor(id="new:moritz-muster", name="Moritz Muster", type="PER"),
        ]
    )
    assert known.match("Erika Beispielfrau").id == "new:erika-beispielfrau"  # type: ignore[union-attr]
    assert known.match("Beispielfraus").id == "new:erika-beispielfrau"  # type: ignore[union-attr]
    assert known.match("Muster") is None  # two Musters: ambiguous
    assert known.match("Niemand") is None


def test_rows_from_the_store_keep_only_new_actors() -> None:
    rows = [
        ("Q7747", "Vladimir Putin", "Wladimir Putin", "PER", "RUS", "GOV", "RUSGOV", "Q7747", "[]"),
        (
            "new:erika-beispielfrau",
            "Erika Beispielfrau",
            None,
            "PER",
            "DEU",
            "PTY",
            None,
            None,
            '["Politiker (Grüne)"]',
        ),
    ]
    known = learned_actors_from_rows(rows)
    assert list(known.by_id) == ["new:erika-beispielfrau"]
    assert known.by_id["new:erika-beispielfrau"].roles == ["Politiker (Grüne)"]
    from_dicts = learned_actors_from_rows([{"id": "new:x-y", "name": "X Y", "type": "PER"}])
    assert len(from_dicts) == 1


def test_unknown_actor_is_learned_across_two_articles(make_doc, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first_text = "Die Grünen-Politikerin Erika Beispielfrau kritisierte den Plan."
    first = analysed(
        first_text, make_doc(first_text, ents={"Erika Beispielfrau": "PER"}), None, "a"
    )
    new = next(a for a in first.actors if a.id == "new:erika-beispielfrau")
    assert (new.country, new.sector) == ("DEU", "PTY")

    db = tmp_path / "store.duckdb"
    with StoreWriter(db) as writer:
        writer.write_article(first)
    listed = list_new_actors(db)
    assert [row["id"] for row in listed] == ["new:erika-beispielfrau"]
    assert listed[0]["mentions"] >= 1 and listed[0]["roles"]

    second_text = "Beispielfrau blieb bei ihrer Kritik."
    second_doc = make_doc(second_text, ents={"Beispielfrau": "PER"})
    alone = analysed(second_text, second_doc, None, "b")
    assert [a.id for a in alone.actors] == ["new:beispielfrau"]
    learned = analysed(second_text, second_doc, load_known_actors(db), "b")
    reused = next(a for a in learned.actors if a.id == "new:erika-beispielfrau")
    assert (reused.country, reused.sector) == ("DEU", "PTY")
