"""The DuckDB schema as a list of migrations, each applied once in a transaction."""

from __future__ import annotations

from collections.abc import Callable

import duckdb

Migration = Callable[[duckdb.DuckDBPyConnection], None]


def _v1_initial(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("""
        CREATE TABLE articles (
            id VARCHAR PRIMARY KEY,
            sha256 VARCHAR NOT NULL UNIQUE,
            uri VARCHAR NOT NULL,
            format VARCHAR NOT NULL,
            contract INTEGER NOT NULL,
            pipeline VARCHAR[],
            language VARCHAR,
            title VARCHAR,
            kicker VARCHAR,
            teaser VARCHAR,
            authors VARCHAR[],
            agencies VARCHAR[],
            image_credits JSON,
            published VARCHAR,
            published_granularity VARCHAR,
            published_inferred BOOLEAN,
            published_basis VARCHAR,
            dateline VARCHAR,
            dateline_actor VARCHAR,
            text VARCHAR NOT NULL,
            ingested_at TIMESTAMP DEFAULT current_timestamp
        )""")
    con.execute("""
        CREATE TABLE blocks (
            article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, kind VARCHAR NOT NULL,
            "start" INTEGER NOT NULL, "end" INTEGER NOT NULL,
            PRIMARY KEY (article_id, idx)
        )""")
    con.execute("""
        CREATE TABLE actors (
            id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, name_de VARCHAR, type VARCHAR,
            country VARCHAR, sector VARCHAR, code VARCHAR, wikidata VARCHAR, roles JSON,
            first_seen TIMESTAMP DEFAULT current_timestamp
        )""")
    con.execute("""
        CREATE TABLE mentions (
            article_id VARCHAR NOT NULL, actor_id VARCHAR NOT NULL,
            "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR, kind VARCHAR,
            PRIMARY KEY (article_id, "start", "end", actor_id)
        )""")
    con.execute("""
        CREATE TABLE times (
            article_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
            "start" INTEGER, "end" INTEGER, text VARCHAR, type VARCHAR, value VARCHAR,
            extra JSON,
            PRIMARY KEY (article_id, idx)
        )""")
    con.execute("""
        CREATE TABLE quotes (
            article_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
            "start" INTEGER, "end" INTEGER, text VARCHAR, speaker VARCHAR, cue VARCHAR,
            kind VARCHAR,
            PRIMARY KEY (article_id, idx)
        )""")
    con.execute("""
        CREATE TABLE events (
            id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, type VARCHAR NOT NULL,
            mode VARCHAR, context VARCHAR[], source VARCHAR[], target VARCHAR[],
            date VARCHAR, location VARCHAR, status VARCHAR, cameo VARCHAR,
            confidence DOUBLE, block_kind VARCHAR
        )""")
    con.execute("""
        CREATE TABLE event_mentions (
            event_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL,
            trigger_start INTEGER, trigger_end INTEGER, trigger_text VARCHAR,
            evidence_start INTEGER, evidence_end INTEGER,
            PRIMARY KEY (event_id, article_id, evidence_start)
        )""")
    con.execute("""
        CREATE TABLE errors (
            document VARCHAR NOT NULL, stage VARCHAR NOT NULL, code VARCHAR NOT NULL,
            message VARCHAR, recorded_at TIMESTAMP DEFAULT current_timestamp,
            PRIMARY KEY (document, stage)
        )""")


def _v2_event_codes(con: duckdb.DuckDBPyConnection) -> None:
    # GDELT compatibility and cross-article linking: the reports of one happening
    # in several articles share an event_key (type, actors, day).
    con.execute("ALTER TABLE events ADD COLUMN quad_class INTEGER")
    con.execute("ALTER TABLE events ADD COLUMN goldstein DOUBLE")
    con.execute("ALTER TABLE events ADD COLUMN event_key VARCHAR")
    con.execute("ALTER TABLE event_mentions ADD COLUMN idx INTEGER DEFAULT 0")


MIGRATIONS: list[tuple[int, str, Migration]] = [
    (
        1,
        "initial schema: articles, blocks, actors, mentions, times, quotes, events, errors",
        _v1_initial,
    ),
    (2, "events: quad_class, goldstein, event_key; event_mentions.idx", _v2_event_codes),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]
