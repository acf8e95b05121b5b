"""Read-only queries and exports over a Lagebild database."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from lagebild.errors import StoreError
from lagebild.store.database import connect_reader, schema_version

TABLES = (
    "articles",
    "blocks",
    "actors",
    "mentions",
    "times",
    "quotes",
    "events",
    "event_mentions",
    "errors",
)
ExportFormat = Literal["parquet", "csv", "jsonl"]
_READ_ONLY = re.compile(r"^\s*(?:select|with|describe|show|explain|summarize|from|values)\b", re.I)
_FORBIDDEN = re.compile(r"\b(?:copy|attach|install|load|export|import|pragma|set|call)\b", re.I)


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[tuple[Any, ...]]


def query(db: str | Path, sql: str, params: list[Any] | None = None) -> QueryResult:
    """Run one read-only statement, as a user typed it, on a read-only connection."""
    if not _READ_ONLY.match(sql) or _FORBIDDEN.search(_strip_strings(sql)):
        raise StoreError("E303")
    return run_query(db, sql, params)


def run_query(db: str | Path, sql: str, params: list[Any] | None = None) -> QueryResult:
    """Run one of our own statements on a read-only connection."""
    con = connect_reader(db)
    try:
        cursor = con.execute(sql, params or [])
        columns = [d[0] for d in cursor.description or []]
        return QueryResult(columns, cursor.fetchall())
    except Exception as exc:  # duckdb raises many error types; all become E301
        raise StoreError("E301", detail=str(exc)) from exc
    finally:
        con.close()


def _strip_strings(sql: str) -> str:
    return re.sub(r"'(?:[^']|'')*'", "''", sql)


def stats(db: str | Path) -> dict[str, Any]:
    con = connect_reader(db)
    try:
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}  # type: ignore[index]
        by_format = dict(
            con.execute("SELECT format, count(*) FROM articles GROUP BY 1 ORDER BY 1").fetchall()
        )
        by_kind = dict(
            con.execute("SELECT kind, count(*) FROM blocks GROUP BY 1 ORDER BY 1").fetchall()
        )
        errors = dict(
            con.execute("SELECT code, count(*) FROM errors GROUP BY 1 ORDER BY 1").fetchall()
        )
        dated = con.execute("SELECT min(published), max(published) FROM articles").fetchone()
        agencies = con.execute(
            "SELECT a, count(*) FROM (SELECT unnest(agencies) AS a FROM articles) GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10"
        ).fetchall()
        top_actors = con.execute(
            "SELECT a.name, count(DISTINCT m.article_id) AS articles FROM mentions m"
            " JOIN actors a ON a.id = m.actor_id WHERE a.type IN ('PER', 'ORG', 'GPE')"
            " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10"
        ).fetchall()
        event_types = con.execute(
            "SELECT type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1"
        ).fetchall()
        return {
            "schema_version": schema_version(con),
            "top_actors": top_actors,
            "event_types": event_types,
            "counts": counts,
            "articles_by_format": by_format,
            "blocks_by_kind": by_kind,
            "errors_by_code": errors,
            "published_range": list(dated) if dated else [None, None],
            "top_agencies": agencies,
        }
    finally:
        con.close()


def export(db: str | Path, table: str, fmt: ExportFormat, out: str | Path) -> int:
    """Write one table to Parquet, CSV or JSON Lines; returns the row count."""
    if table not in TABLES:
        raise StoreError("E301", detail=f"unknown table {table!r}; one of {', '.join(TABLES)}")
    options = {
        "parquet": "(FORMAT parquet)",
        "csv": "(FORMAT csv, HEADER)",
        "jsonl": "(FORMAT json)",
    }[fmt]
    con = connect_reader(db)
    try:
        target = str(out).replace("'", "''")
        con.execute(f"COPY {table} TO '{target}' {options}")
        row = con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0
    except Exception as exc:
        raise StoreError("E301", detail=str(exc)) from exc
    finally:
        con.close()
