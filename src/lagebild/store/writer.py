"""The one writer: every article goes in as one transaction; re-writing is a no-op."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb

from lagebild.errors import StoreError
from lagebild.models import Article, ErrorRecord
from lagebild.store.database import connect_writer


class StoreWriter:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.con = connect_writer(self.path)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> StoreWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def has(self, sha256: str) -> bool:
        row = self.con.execute("SELECT 1 FROM articles WHERE sha256 = ?", [sha256]).fetchone()
        return row is not None

    def known_hashes(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT sha256 FROM articles").fetchall()}

    def actor_rows(self, id_prefix: str) -> list[dict[str, Any]]:
        """Stored actors whose id starts with `id_prefix` (learned actors: "new:")."""
        cursor = self.con.execute("SELECT * FROM actors WHERE id LIKE ?", [id_prefix + "%"])
        columns = [d[0] for d in cursor.description or []]
        return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]

    def write_article(self, article: Article) -> bool:
        """Store one article with everything it carries; False if it was already stored."""
        if self.has(article.source.sha256):
            return False
        self.con.execute("BEGIN TRANSACTION")
        try:
            self._insert(article)
            self.con.execute("DELETE FROM errors WHERE document = ?", [article.source.uri])
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError("E301", detail=str(exc)) from exc
        return True

    def write_error(self, error: ErrorRecord) -> None:
        self.con.execute(
            "INSERT OR REPLACE INTO errors (document, stage, code, message) VALUES (?, ?, ?, ?)",
            [error.document, error.stage, error.code, error.message],
        )

    def _insert(self, a: Article) -> None:
        pub = a.published
        self.con.execute(
            "INSERT INTO articles (id, sha256, uri, format, contract, pipeline, language, title,"
            " kicker, teaser, authors, agencies, image_credits, published, published_granularity,"
            " published_inferred, published_basis, dateline, dateline_actor, text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                a.id,
                a.source.sha256,
                a.source.uri,
                a.source.format,
                a.contract,
                a.pipeline,
                a.language,
                a.title,
                a.kicker,
                a.teaser,
                a.authors,
                a.agencies,
                json.dumps([c.model_dump() for c in a.image_credits], ensure_ascii=False),
                pub.value if pub else None,
                pub.granularity if pub else None,
                pub.inferred if pub else None,
                pub.basis if pub else None,
                a.dateline.text if a.dateline else None,
                a.dateline.actor if a.dateline else None,
                a.text,
            ],
        )
        self._many(
            "INSERT INTO blocks VALUES (?, ?, ?, ?, ?)",
            [[a.id, i, b.kind, b.start, b.end] for i, b in enumerate(a.blocks)],
        )
        self._insert_actors(a)
        self._many(
            "INSERT INTO times VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                [
                    a.id,
                    i,
                    t.start,
                    t.end,
                    t.text,
                    t.type,
                    t.value,
                    json.dumps(t.model_dump(exclude={"start", "end", "text", "type", "value"})),
                ]
                for i, t in enumerate(a.times)
            ],
        )
        self._many(
            "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                [a.id, i, q.start, q.end, q.text, q.speaker, q.cue, q.kind]
                for i, q in enumerate(a.quotes)
            ],
        )
        self._insert_events(a)

    def _insert_actors(self, a: Article) -> None:
        self._many(
            "INSERT OR IGNORE INTO actors (id, name, name_de, type, country, sector, code,"
            " wikidata, roles) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                [
                    x.id,
                    x.name,
                    x.name_de,
                    x.type,
                    x.country,
                    x.sector,
                    x.code,
                    x.wikidata,
                    json.dumps(x.roles, ensure_ascii=False),
                ]
                for x in a.actors
            ],
        )
        self._many(
            "INSERT OR IGNORE INTO mentions VALUES (?, ?, ?, ?, ?, ?)",
            [[a.id, x.id, m.start, m.end, m.text, m.kind] for x in a.actors for m in x.mentions],
        )

    def _insert_events(self, a: Article) -> None:
        self._many(
            "INSERT OR IGNORE INTO events (id, article_id, type, mode, context, source, target,"
            " date, location, status, cameo, confidence, block_kind, quad_class, goldstein,"
            " event_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                [
                    e.id,
                    a.id,
                    e.type,
                    e.mode,
                    e.context,
                    e.source,
                    e.target,
                    e.date,
                    e.location,
                    e.status,
                    e.cameo,
                    e.confidence,
                    e.block_kind,
                    e.quad_class,
                    e.goldstein,
                    e.key,
                ]
                for e in a.events
            ],
        )
        rows: list[list[Any]] = []
        for e in a.events:
            triggers = e.mentions or [e.trigger]
            for idx, trigger in enumerate(triggers):
                evidence = e.evidence if trigger == e.trigger else trigger
                rows.append(
                    [
                        e.id,
                        a.id,
                        trigger.start,
                        trigger.end,
                        trigger.text,
                        evidence.start,
                        evidence.end,
                        idx,
                    ]
                )
        self._many(
            "INSERT OR IGNORE INTO event_mentions (event_id, article_id, trigger_start,"
            " trigger_end, trigger_text, evidence_start, evidence_end, idx)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def _many(self, sql: str, rows: list[list[Any]]) -> None:
        if rows:
            self.con.executemany(sql, rows)
