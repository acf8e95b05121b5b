"""Batch ingest: the corpus learns its actors across articles."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from lagebild.cli import app
from lagebild.runner import ingest_paths
from lagebild.store import query

FIRST = (
    "Streit um Windräder\n\nStuttgart (dpa) – Der Grünen-Politiker Malte Quenstedt hat die "
    "Landesregierung für ihre Pläne zum Ausbau der Windkraft kritisiert. Quenstedt forderte "
    "schnellere Verfahren.\n"
)
SECOND = (
    "Windkraft-Gesetz beschlossen\n\nStuttgart (dpa) – Der Landtag hat das Gesetz beschlossen. "
    "Quenstedt sprach von einem überfälligen Schritt und lobte die Koalition.\n"
)


def test_an_actor_learned_in_one_article_is_reused_in_the_next(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FIRST, "utf-8")
    (tmp_path / "b.txt").write_text(SECOND, "utf-8")
    db = tmp_path / "learn.duckdb"
    ingest_paths([tmp_path / "a.txt"], db)
    ingest_paths([tmp_path / "b.txt"], db)
    rows = query(
        db,
        "SELECT DISTINCT m.actor_id, ar.title FROM mentions m JOIN articles ar ON ar.id = m.article_id"
        " WHERE m.text LIKE '%Quenstedt%' ORDER BY 2",
    ).rows
    ids = {actor_id for actor_id, _ in rows}
    assert len(rows) == 2 and len(ids) == 1 and next(iter(ids)).startswith("new:")

    listed = CliRunner().invoke(app, ["actors", "--db", str(db), "--new", "--json"])
    assert listed.exit_code == 0 and "Quenstedt" in listed.stdout
