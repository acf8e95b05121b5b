"""store: DuckDB schema and migrations, the one writer, read-only queries and exports."""

from lagebild.store.reader import TABLES, QueryResult, export, query, stats
from lagebild.store.schema import SCHEMA_VERSION
from lagebild.store.writer import StoreWriter

__all__ = ["SCHEMA_VERSION", "TABLES", "QueryResult", "StoreWriter", "export", "query", "stats"]
