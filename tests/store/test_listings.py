"""Quotes by speaker and events with evidence and GDELT-style report counts."""

from __future__ import annotations

from pathlib import Path

from lagebild import analyze
from lagebild.models import Actor, Article, Event, Mention, Quote, Span
from lagebild.store import StoreWriter
from lagebild.store.listings import list_events, list_quotes

TEXT = (
    "Scholz empfängt Macron\n\nBerlin (dpa) – Bundeskanzler Olaf Scholz hat am Montag den "
    "französischen Präsidenten Emmanuel Macron in Berlin empfangen. „Wir stehen zusammen“, sagte Scholz.\n"
)


def _article(text: str, uri: str) -> Article:
    article = analyze(text, url=uri, published="2024-05-13")
    body = article.text
    start = body.index("Olaf Scholz")
    scholz = Actor(
        id="Q61053",
        name="Olaf Scholz",
        type="PER",
        country="DEU",
        code="DEUGOV",
        mentions=[Mention(start=start, end=start + 11, text="Olaf Scholz")],
    )
    macron = Actor(id="Q3052772", name="Emmanuel Macron", type="PER", country="FRA", code="FRAGOV")
    q_start = body.index("„Wir")
    quote = Quote(
        start=q_start,
        end=q_start + 21,
        text=body[q_start : q_start + 21],
        speaker="Q61053",
        cue="sagte",
        kind="direct",
    )
    t_start = body.index("empfangen")
    sentence_start = body.index("Bundeskanzler")
    event = Event(
        id=f"{article.id}-e1",
        type="CONSULT",
        mode="host",
        source=["Q61053"],
        target=["Q3052772"],
        date="2024-05-13",
        status="realized",
        cameo="043",
        quad_class=1,
        goldstein=2.8,
        trigger=Span(start=t_start, end=t_start + 9, text="empfangen"),
        evidence=Span(start=sentence_start, end=t_start + 10),
        confidence=0.8,
        block_kind="paragraph",
        key="CONSULT|Q61053>Q3052772|2024-05-13",
    )
    return article.model_copy(
        update={"actors": [scholz, macron], "quotes": [quote], "events": [event]}
    )


def test_quotes_and_events_listings(tmp_path: Path) -> None:
    db = tmp_path / "l.duckdb"
    with StoreWriter(db) as store:
        store.write_article(_article(TEXT, "https://zeitung-a.example/1"))
        store.write_article(
            _article(TEXT + "\nEin weiterer Satz.\n", "https://zeitung-b.example/2")
        )
    quotes = list_quotes(db, speaker="Scholz")
    assert len(quotes.rows) == 2
    row = dict(zip(quotes.columns, quotes.rows[0], strict=True))
    assert row["speaker"] == "Olaf Scholz" and row["text"] == "„Wir stehen zusammen“"
    assert list_quotes(db, speaker="Merkel").rows == []

    events = list_events(db, actor="Macron", event_type="consult", since="2024-01-01")
    assert len(events.rows) == 2
    first = dict(zip(events.columns, events.rows[0], strict=True))
    assert first["source"] == ["Olaf Scholz"] and first["target"] == ["Emmanuel Macron"]
    assert (
        first["evidence"].startswith("Bundeskanzler Olaf Scholz")
        and "empfangen" in first["evidence"]
    )
    # One happening, two reports: counted over the shared event key.
    assert (first["num_mentions"], first["num_articles"], first["num_sources"]) == (2, 2, 2)
    assert list_events(db, since="2025-01-01").rows == []
    assert list_events(db, event_type="ASSAULT").rows == []
