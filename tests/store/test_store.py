"""DuckDB store: schema and migrations, one transaction per article, read-only queries, exports."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from lagebild import analyze
from lagebild.errors import StoreError
from lagebild.models import ErrorRecord
from lagebild.store import SCHEMA_VERSION, StoreWriter, export, query, stats

TEXT = (
    "Kabinett beschließt Haushalt\n\nVon Jana Berg\n\n"
    "Berlin (dpa) – Das Kabinett hat am Mittwoch den Entwurf für den Haushalt beschlossen. "
    "Die Opposition kritisierte die Pläne als unsolide.\n\nDer Bundestag berät im Herbst darüber.\n"
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "test.duckdb"


def test_write_is_idempotent(db: Path) -> None:
    article = analyze(TEXT)
    with StoreWriter(db) as store:
        assert store.write_article(article) is True
        assert store.write_article(article) is False
    figures = stats(db)
    assert figures["counts"]["articles"] == 1
    assert figures["counts"]["blocks"] == len(article.blocks)
    assert figures["schema_version"] == SCHEMA_VERSION


def test_reopening_runs_no_migration_twice(db: Path) -> None:
    StoreWriter(db).close()
    StoreWriter(db).close()
    rows = query(db, "SELECT version FROM schema_migrations ORDER BY version").rows
    assert rows == [(v,) for v in range(1, SCHEMA_VERSION + 1)]


def test_an_old_database_is_migrated(db: Path) -> None:
    from lagebild.store.schema import MIGRATIONS

    con = duckdb.connect(str(db))
    con.execute(
        "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)"
    )
    MIGRATIONS[0][2](con)
    con.execute("INSERT INTO schema_migrations (version, name) VALUES (1, 'initial')")
    con.close()
    with StoreWriter(db) as store:
        store.write_article(analyze(TEXT))
    assert query(db, "SELECT max(version) FROM schema_migrations").rows == [(SCHEMA_VERSION,)]


def test_newer_schema_is_refused(db: Path) -> None:
    StoreWriter(db).close()
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO schema_migrations (version, name) VALUES (999, 'future')")
    con.close()
    with pytest.raises(StoreError, match="E302"):
        StoreWriter(db)


def test_errors_are_recorded_and_cleared_by_success(db: Path) -> None:
    article = analyze(TEXT)
    with StoreWriter(db) as store:
        store.write_error(
            ErrorRecord(document=article.source.uri, stage="ingest", code="E101", message="x")
        )
        store.write_article(article)
    assert query(db, "SELECT count(*) FROM errors").rows == [(0,)]


def test_sql_is_read_only(db: Path) -> None:
    StoreWriter(db).close()
    for statement in (
        "DELETE FROM articles",
        "DROP TABLE articles",
        "COPY articles TO 'x.csv'",
        "SELECT 1; DROP TABLE articles",
    ):
        with pytest.raises(StoreError):
            query(db, statement)
    assert query(db, "SELECT count(*) FROM articles").rows == [(0,)]


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_exports(db: Path, tmp_path: Path, fmt: str) -> None:
    with StoreWriter(db) as store:
        store.write_article(analyze(TEXT))
    out = tmp_path / f"articles.{fmt}"
    assert export(db, "articles", fmt, out) == 1  # type: ignore[arg-type]
    assert out.stat().st_size > 0
    if fmt == "jsonl":
        record = json.loads(out.read_text("utf-8").splitlines()[0])
        assert record["title"] == "Kabinett beschließt Haushalt"
        assert record["agencies"] == ["dpa"]


def test_unknown_table_export_is_refused(db: Path, tmp_path: Path) -> None:
    StoreWriter(db).close()
    with pytest.raises(StoreError):
        export(db, "nope", "csv", tmp_path / "x.csv")
