"""Opening the database: migrations for the writer, read-only connections for readers."""

from __future__ import annotations

from pathlib import Path

import duckdb

from lagebild.errors import StoreError
from lagebild.store.schema import MIGRATIONS, SCHEMA_VERSION


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
    ).fetchone()
    if not exists or not exists[0]:
        return 0
    row = con.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply the migrations this database lacks, each in its own transaction."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        "version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP DEFAULT current_timestamp)"
    )
    current = schema_version(con)
    if current > SCHEMA_VERSION:
        raise StoreError("E302", found=current, known=SCHEMA_VERSION)
    for version, name, migration in MIGRATIONS:
        if version <= current:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            migration(con)
            con.execute(
                "INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name]
            )
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise StoreError("E301", detail=str(exc)) from exc
    return SCHEMA_VERSION


def connect_writer(path: str | Path) -> duckdb.DuckDBPyConnection:
    try:
        con = duckdb.connect(str(path))
    except duckdb.Error as exc:
        raise StoreError("E301", detail=str(exc)) from exc
    migrate(con)
    return con


def connect_reader(path: str | Path) -> duckdb.DuckDBPyConnection:
    if not Path(path).exists():
        raise StoreError("E301", detail=f"no database at {path}")
    try:
        return duckdb.connect(str(path), read_only=True)
    except duckdb.Error as exc:
        raise StoreError("E301", detail=str(exc)) from exc
