"""Thin typer commands over the library; every command has an example in its help."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from lagebild.errors import LagebildError
from lagebild.ingest.http import Fetcher
from lagebild.models import Article, ErrorRecord
from lagebild.store.reader import QueryResult

app = typer.Typer(
    help="Lagebild: German news into structured, auditable political event data.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True)

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB database file.")]
FetchOption = Annotated[
    bool,
    typer.Option(
        "--fetch",
        help="Download linked pages (feed entries without content, URL lists, http(s) arguments).",
    ),
]
RefOption = Annotated[
    str | None,
    typer.Option(
        "--reference-date",
        help="Anchor for relative dates when an article has none (YYYY-MM-DD; default today).",
    ),
]


def _reference(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"not a date: {value}") from exc


def _fetcher(enabled: bool) -> Fetcher | None:
    if not enabled:
        return None
    from lagebild.ingest.http import UrllibFetcher
    from lagebild.settings import get_settings

    settings = get_settings().ingest
    return UrllibFetcher(timeout=settings.fetch_timeout, max_bytes=settings.max_bytes)


def _fail(exc: LagebildError) -> None:
    err.print(f"[red]error[/red] {exc}")
    raise typer.Exit(1)


def _text_summary(article: Article) -> None:
    out.print(f"[bold]{article.title or '(no title)'}[/bold]")
    if article.kicker:
        out.print(f"kicker: {article.kicker}")
    pub = article.published
    out.print(f"published: {pub.value + (' (inferred)' if pub.inferred else '') if pub else '-'}")
    out.print(
        f"authors: {', '.join(article.authors) or '-'}   agencies: {', '.join(article.agencies) or '-'}"
    )
    out.print(f"dateline: {article.dateline.text if article.dateline else '-'}")
    kinds: dict[str, int] = {}
    for block in article.blocks:
        kinds[block.kind] = kinds.get(block.kind, 0) + 1
    out.print("blocks: " + ", ".join(f"{k} {v}" for k, v in kinds.items()))
    out.print(
        f"actors {len(article.actors)}, times {len(article.times)}, quotes {len(article.quotes)}, events {len(article.events)}"
    )
    out.print(f"pipeline: {' → '.join(article.pipeline)}")


@app.command()
def analyze(
    file: Annotated[
        str, typer.Argument(help="A file (.txt, .html, .jsonl, .warc, .gz) or - for stdin.")
    ],
    fmt: Annotated[
        str, typer.Option("--format", help="json (the contract) or text (a summary).")
    ] = "json",
    reference_date: RefOption = None,
    fetch: FetchOption = False,
) -> None:
    """Analyse one source and print the contract JSON.

    Example: lagebild analyze ../shared/seed/article.txt --format json
    """
    from lagebild.ingest import iter_documents
    from lagebild.pipeline import default_pipeline

    pipeline, ref = default_pipeline(), _reference(reference_date)
    failed = False
    for item in iter_documents([file], _fetcher(fetch)):
        result = item if isinstance(item, ErrorRecord) else pipeline.run_safe(item, ref)
        if isinstance(result, ErrorRecord):
            err.print(f"[red]error[/red] {result.document}: {result.message}")
            failed = True
        elif fmt == "text":
            _text_summary(result)
        else:
            sys.stdout.write(json.dumps(result.to_contract(), ensure_ascii=False, indent=2) + "\n")
    if failed:
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive) or - for stdin.")],
    db: DbOption = Path("lagebild.duckdb"),
    reference_date: RefOption = None,
    fetch: FetchOption = False,
) -> None:
    """Analyse sources and store them; errors are recorded per document and the batch goes on.

    Example: lagebild ingest examples/ --db demo.duckdb
    """
    from lagebild.runner import IngestSummary, ingest_paths

    with Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        TextColumn("{task.completed} docs"),
        TextColumn("{task.fields[rate]:.1f} docs/s"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as progress:
        task = progress.add_task("ingest", total=None, rate=0.0)

        def tick(summary: IngestSummary, uri: str) -> None:
            progress.update(task, completed=summary.seen, rate=summary.docs_per_second)

        try:
            summary = ingest_paths(
                paths,
                db,
                reference_date=_reference(reference_date),
                on_document=tick,
                fetcher=_fetcher(fetch),
            )
        except LagebildError as exc:
            _fail(exc)
            return
    out.print(
        f"{summary.seen} documents: {summary.stored} stored, {summary.skipped} already there, "
        f"{len(summary.errors)} errors ({summary.docs_per_second:.1f} docs/s) → {db}"
    )
    for error in summary.errors:
        out.print(f"  [red]{error.code}[/red] {error.document}: {error.message}")
    if summary.stored == 0 and summary.skipped == 0:
        raise typer.Exit(1)


@app.command()
def stats(db: DbOption = Path("lagebild.duckdb")) -> None:
    """Counts per table, block kinds, errors and date range of a database.

    Example: lagebild stats --db demo.duckdb
    """
    from lagebild.store import stats as store_stats

    try:
        figures = store_stats(db)
    except LagebildError as exc:
        _fail(exc)
        return
    table = Table(title=f"{db} (schema v{figures['schema_version']})")
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, count in figures["counts"].items():
        table.add_row(name, str(count))
    out.print(table)
    out.print(
        "articles by format: "
        + ", ".join(f"{k} {v}" for k, v in figures["articles_by_format"].items())
    )
    out.print(
        "blocks by kind: " + ", ".join(f"{k} {v}" for k, v in figures["blocks_by_kind"].items())
    )
    lo, hi = figures["published_range"]
    out.print(f"published: {lo or '-'} … {hi or '-'}")
    out.print("agencies: " + (", ".join(f"{a} {n}" for a, n in figures["top_agencies"]) or "-"))
    out.print(
        "actors (articles): " + (", ".join(f"{a} {n}" for a, n in figures["top_actors"]) or "-")
    )
    out.print("events: " + (", ".join(f"{t} {n}" for t, n in figures["event_types"]) or "-"))
    if figures["errors_by_code"]:
        out.print("errors: " + ", ".join(f"{k} {v}" for k, v in figures["errors_by_code"].items()))


@app.command()
def sql(
    statement: Annotated[str, typer.Argument(help="One SELECT statement.")],
    db: DbOption = Path("lagebild.duckdb"),
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines instead of a table.")] = False,
) -> None:
    """Run a read-only SQL query.

    Example: lagebild sql --db demo.duckdb "SELECT title, published FROM articles"
    """
    from lagebild.store import query

    try:
        result = query(db, statement)
    except LagebildError as exc:
        _fail(exc)
        return
    if as_json:
        for row in result.rows:
            sys.stdout.write(
                json.dumps(
                    dict(zip(result.columns, row, strict=True)), ensure_ascii=False, default=str
                )
                + "\n"
            )
        return
    table = Table()
    for column in result.columns:
        table.add_column(column)
    for row in result.rows:
        table.add_row(*(str(v) for v in row))
    out.print(table)


@app.command()
def export(
    table: Annotated[
        str,
        typer.Option(
            "--table",
            help="articles, blocks, actors, mentions, times, quotes, events, event_mentions, errors",
        ),
    ],
    out_path: Annotated[Path, typer.Option("--out", help="Output file.")],
    fmt: Annotated[str, typer.Option("--format", help="parquet, csv or jsonl")] = "parquet",
    db: DbOption = Path("lagebild.duckdb"),
) -> None:
    """Export one table.

    Example: lagebild export --db demo.duckdb --table articles --format parquet --out articles.parquet
    """
    from lagebild.store import export as store_export

    if fmt not in ("parquet", "csv", "jsonl"):
        raise typer.BadParameter("format must be parquet, csv or jsonl")
    try:
        rows = store_export(db, table, fmt, out_path)  # type: ignore[arg-type]
    except LagebildError as exc:
        _fail(exc)
        return
    out.print(f"{rows} rows of {table} → {out_path}")


# The columns a table shows; --json prints every column. Sixteen columns folded into
# an 80- or 120-character terminal were unreadable.
TABLE_COLUMNS = {
    "quotes": ("speaker", "kind", "cue", "text", "published", "title"),
    "events": ("date", "type", "status", "source", "target", "cameo", "num_mentions", "evidence"),
    "actors": ("id", "name", "type", "country", "sector", "code", "mentions", "articles"),
}
TABLE_CELL_CHARS = 160


def _print_result(result: QueryResult, as_json: bool, view: str | None = None) -> None:
    if as_json:
        for row in result.rows:
            record = dict(zip(result.columns, row, strict=True))
            sys.stdout.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        return
    wanted = TABLE_COLUMNS.get(view or "", tuple(result.columns))
    shown = [i for i, column in enumerate(result.columns) if column in wanted]
    table = Table()
    for i in shown:
        table.add_column(result.columns[i], overflow="fold")
    for row in result.rows:
        table.add_row(*(_cell(row[i]) for i in shown))
    out.print(table)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    text = " ".join(str(value).split())
    return text if len(text) <= TABLE_CELL_CHARS else text[: TABLE_CELL_CHARS - 1] + "…"


@app.command()
def quotes(
    db: DbOption = Path("lagebild.duckdb"),
    speaker: Annotated[
        str | None, typer.Option("--speaker", help="Actor id or part of a name.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", help="At most this many rows.")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines instead of a table.")] = False,
) -> None:
    """Who said what: quotes with speaker, cue, article and date.

    Example: lagebild quotes --db demo.duckdb --speaker Scholz
    """
    from lagebild.store.listings import list_quotes

    try:
        _print_result(list_quotes(db, speaker, limit), as_json, "quotes")
    except LagebildError as exc:
        _fail(exc)


@app.command()
def events(
    db: DbOption = Path("lagebild.duckdb"),
    actor: Annotated[
        str | None, typer.Option("--actor", help="Actor id, code or part of a name.")
    ] = None,
    event_type: Annotated[
        str | None, typer.Option("--type", help="PLOVER type, e.g. CONSULT.")
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Only events on or after YYYY-MM-DD.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", help="At most this many rows.")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines instead of a table.")] = False,
) -> None:
    """Events with actors, date, status, codes, report counts and evidence.

    Example: lagebild events --db demo.duckdb --actor Putin --type CONSULT --since 2023-01-01
    """
    from lagebild.store.listings import list_events

    try:
        _print_result(list_events(db, actor, event_type, since, limit), as_json, "events")
    except LagebildError as exc:
        _fail(exc)


@app.command()
def actors(
    db: DbOption = Path("lagebild.duckdb"),
    new: Annotated[
        bool,
        typer.Option("--new", help="Only actors the knowledge base does not know (for review)."),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines instead of a table.")] = False,
) -> None:
    """Actors in the store; with --new the ones learned from the articles, most mentioned first.

    Example: lagebild actors --db demo.duckdb --new
    """
    from lagebild.actors.learn import list_new_actors
    from lagebild.store.reader import run_query

    try:
        if new:
            rows = list_new_actors(db)
            columns = list(rows[0]) if rows else ["id", "name"]
            result = QueryResult(columns, [tuple(r[c] for c in columns) for r in rows])
        else:
            result = run_query(
                db,
                "SELECT a.id, a.name, a.type, a.country, a.code, count(m.actor_id) AS mentions,"
                " count(DISTINCT m.article_id) AS articles FROM actors a"
                " LEFT JOIN mentions m ON m.actor_id = a.id GROUP BY ALL ORDER BY articles DESC, mentions DESC",
            )
        _print_result(result, as_json, "actors")
    except LagebildError as exc:
        _fail(exc)


@app.command("eval")
def eval_stage(
    stage: Annotated[str, typer.Argument(help="What to evaluate, e.g. article.")],
    shared: Annotated[
        Path, typer.Option("--shared", help="The shared folder with data/ and seed/.")
    ] = Path("../shared"),
    limit: Annotated[
        int | None, typer.Option("--limit", help="Evaluate on the first N items only.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Print every miss.")] = False,
    settings: Annotated[
        list[str] | None,
        typer.Option("--set", help="A stage's own option as KEY=VALUE, e.g. pages=dev."),
    ] = None,
) -> None:
    """Print P/R/F1 and figures of one stage on annotated data.

    Example: lagebild eval article --shared ../shared
    """
    from lagebild.evaluation import EvalOptions, available

    evaluators = available()
    if stage not in evaluators:
        raise typer.BadParameter(f"unknown stage {stage!r}; one of {', '.join(sorted(evaluators))}")
    extra = {key: value for key, _, value in (item.partition("=") for item in settings or [])}
    options = EvalOptions(shared=shared, limit=limit, verbose=verbose, extra=extra)
    report = evaluators[stage](options)
    if as_json:
        sys.stdout.write(report.model_dump_json(indent=2) + "\n")
        return
    table = Table(title=f"{report.stage} on {report.data}")
    for column in ("label", "P", "R", "F1", "support"):
        table.add_column(column, justify="left" if column == "label" else "right")
    for row in report.rows:
        table.add_row(
            row.label,
            f"{row.precision:.3f}",
            f"{row.recall:.3f}",
            f"{row.f1:.3f}",
            str(row.support),
        )
    if report.rows:
        out.print(table)
    for key, value in report.figures.items():
        out.print(f"{key}: {value:.4f}" if isinstance(value, float) else f"{key}: {value}")
    for note in report.notes:
        out.print(note)


@app.command("nlp-eval")
def nlp_eval(
    shared: Annotated[
        Path, typer.Option("--shared", help="The shared folder with data/ and seed/.")
    ] = Path("../shared"),
    limit: Annotated[
        int | None, typer.Option("--limit", help="Evaluate on the first N sentences only.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Print every miss.")] = False,
) -> None:
    """The NLP pipeline's report on the held-out splits (same as `lagebild eval nlp`).

    Example: lagebild nlp-eval --shared ../shared
    """
    eval_stage("nlp", shared=shared, limit=limit, as_json=as_json, verbose=verbose, settings=None)


def main() -> None:
    app()
