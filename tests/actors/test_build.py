"""The KB build from ../shared: deterministic, within size, and the shipped file is current."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.actors.build_kb import DEFAULT_OUTPUT, build, main, write


@pytest.fixture(scope="module")
def compiled(shared_dir: Path) -> dict[str, object]:
    return build(shared_dir)


def test_build_is_deterministic_and_small(
    compiled: dict[str, object], shared_dir: Path, tmp_path: Path
) -> None:
    first = tmp_path / "a.json.gz"
    second = tmp_path / "b.json.gz"
    size = write(compiled, first)
    write(build(shared_dir), second)
    assert first.read_bytes() == second.read_bytes()
    assert size <= 10_000_000


def test_shipped_kb_matches_the_build(compiled: dict[str, object], tmp_path: Path) -> None:
    fresh = tmp_path / "kb.json.gz"
    write(compiled, fresh)
    assert fresh.read_bytes() == DEFAULT_OUTPUT.read_bytes(), (
        "data/actors/kb.json.gz is stale: run python -m lagebild.actors.build_kb"
    )


def test_build_content(compiled: dict[str, object]) -> None:
    actors = {a["id"]: a for a in compiled["actors"]}  # type: ignore[attr-defined]
    assert len(actors) > 20000
    putin = actors["Q7747"]
    assert "petrarch" in putin["sources"] and "reviewed" in putin["sources"]
    assert any(r["source"] == "petrarch" for r in putin["roles"])
    tokayev = actors["Q200881"]
    assert "Kasymzhomart Tokayev" in tokayev["names"]["en"]  # PETRARCH's spelling merged
    assert actors["Q47488"]["code"] == "IGOJUDICC"  # the ICC's code found in PETRARCH


def test_cli(
    compiled: dict[str, object],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The build itself is tested above; here only the command's wiring.
    monkeypatch.setattr("lagebild.actors.build_kb.build", lambda shared: compiled)
    out = tmp_path / "kb.json.gz"
    assert main(["--shared", str(tmp_path), "--output", str(out)]) == 0
    assert out.is_file() and "actors" in capsys.readouterr().out
