"""kill -9 in the middle of an ingest loses nothing written; a re-run completes without duplicates."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

DOCS = 400


def _corpus(folder: Path) -> None:
    folder.mkdir()
    for i in range(DOCS):
        (folder / f"doc{i:04d}.txt").write_text(
            f"Meldung Nummer {i}\n\nBerlin (dpa) – Der Stadtrat hat in seiner Sitzung Nummer {i} "
            f"über den Antrag {i * 7} beraten und ihn mit knapper Mehrheit angenommen.\n",
            "utf-8",
        )


def _ingest(folder: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "lagebild", "ingest", str(folder), "--db", str(db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _count(db: Path) -> tuple[int, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        total, distinct = con.execute(
            "SELECT count(*), count(DISTINCT sha256) FROM articles"
        ).fetchone()  # type: ignore[misc]
        return int(total), int(distinct)
    finally:
        con.close()


def test_sigkill_then_resume(tmp_path: Path) -> None:
    folder, db = tmp_path / "docs", tmp_path / "kill.duckdb"
    _corpus(folder)
    proc = _ingest(folder, db)
    deadline = time.monotonic() + 60
    wal = Path(str(db) + ".wal")
    # Wait until the writer has started writing, then kill it without warning.
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists() and (wal.exists() or db.stat().st_size > 300_000):
            time.sleep(0.3)
            break
        time.sleep(0.05)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    stored_before, distinct_before = _count(db)
    assert stored_before == distinct_before <= DOCS

    assert _ingest(folder, db).wait(timeout=300) == 0
    total, distinct = _count(db)
    assert total == distinct == DOCS
