"""Every command, in-process through typer's runner."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from lagebild.cli import app

runner = CliRunner()
TEXT = (
    "„Historischer Schritt“\n\nParlament billigt Reform des Wahlrechts\n\nVon Jana Berg\n\n"
    "Berlin (dpa) – Der Bundestag hat am Freitag eine Reform des Wahlrechts beschlossen. "
    "Die Union kündigte eine Klage in Karlsruhe an.\n\nDie Reform soll zur nächsten Wahl gelten.\n"
)


def _write(tmp_path: Path) -> Path:
    path = tmp_path / "meldung.txt"
    path.write_text(TEXT, "utf-8")
    return path


def test_analyze_json(tmp_path: Path) -> None:
    result = runner.invoke(app, ["analyze", str(_write(tmp_path)), "--format", "json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["contract"] == 1
    assert record["title"] == "Parlament billigt Reform des Wahlrechts"
    assert record["kicker"] == "„Historischer Schritt“"
    assert record["authors"] == ["Jana Berg"] and record["agencies"] == ["dpa"]
    assert record["pipeline"][:2] == ["ingest", "article"]


def test_analyze_text_summary(tmp_path: Path) -> None:
    result = runner.invoke(app, ["analyze", str(_write(tmp_path)), "--format", "text"])
    assert result.exit_code == 0 and "Parlament billigt Reform" in result.stdout


def test_analyze_bad_file_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    empty = tmp_path / "leer.txt"
    empty.write_text("", "utf-8")
    result = runner.invoke(app, ["analyze", str(empty)])
    assert result.exit_code == 1 and "E101" in result.output and "Traceback" not in result.output


def test_ingest_stats_sql_export(tmp_path: Path) -> None:
    db = tmp_path / "cli.duckdb"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXT, "utf-8")
    (tmp_path / "in" / "kaputt.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "1 stored" in result.stdout and "E102" in result.stdout
    again = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db)])
    assert again.exit_code == 0 and "0 stored, 1 already there" in again.stdout

    stats = runner.invoke(app, ["stats", "--db", str(db)])
    assert stats.exit_code == 0 and "articles" in stats.stdout

    sql = runner.invoke(app, ["sql", "--db", str(db), "--json", "SELECT title FROM articles"])
    assert json.loads(sql.stdout) == {"title": "Parlament billigt Reform des Wahlrechts"}
    refused = runner.invoke(app, ["sql", "--db", str(db), "DELETE FROM articles"])
    assert refused.exit_code == 1 and "E303" in refused.output

    out = tmp_path / "errors.csv"
    exported = runner.invoke(
        app, ["export", "--db", str(db), "--table", "errors", "--format", "csv", "--out", str(out)]
    )
    assert exported.exit_code == 0 and "E102" in out.read_text("utf-8")


def test_ingest_nothing_stored_exits_nonzero(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["ingest", str(tmp_path / "missing.txt"), "--db", str(tmp_path / "x.duckdb")]
    )
    assert result.exit_code == 1 and "E108" in result.stdout


def test_eval_unknown_stage() -> None:
    result = runner.invoke(app, ["eval", "nonsense"])
    assert result.exit_code != 0


def test_quotes_and_events_commands(tmp_path: Path) -> None:
    db = tmp_path / "q.duckdb"
    (tmp_path / "a.txt").write_text(TEXT, "utf-8")
    assert runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(db)]).exit_code == 0
    for command in (
        ["quotes", "--speaker", "Scholz"],
        ["events", "--type", "CONSULT", "--since", "2020-01-01"],
    ):
        result = runner.invoke(app, [*command, "--db", str(db), "--json"])
        assert result.exit_code == 0, result.output


def test_events_table_shows_the_reading_columns(tmp_path: Path) -> None:
    db = tmp_path / "e.duckdb"
    (tmp_path / "a.txt").write_text(TEXT, "utf-8")
    assert runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(db)]).exit_code == 0
    result = runner.invoke(app, ["events", "--db", str(db)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    header = result.output.splitlines()[1]
    assert "evidence" in header and "type" in header
    assert "quad_class" not in header and "goldstein" not in header  # --json has them


def test_table_cells_are_one_line_and_bounded() -> None:
    from lagebild.cli import TABLE_CELL_CHARS, _cell

    assert _cell(["Israel", "Libanon"]) == "Israel, Libanon"
    assert _cell("Zeile eins\n\nZeile zwei") == "Zeile eins Zeile zwei"
    assert len(_cell("x" * 500)) == TABLE_CELL_CHARS
    assert _cell(None) == ""
