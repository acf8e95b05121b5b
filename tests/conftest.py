"""Shared fixtures: where ../shared is, and skipping cleanly without it."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()
RESOURCES = REPO / "tests" / "resources"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "data").is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def seed_text(shared_dir: Path) -> str:
    path = shared_dir / "seed" / "article.txt"
    if not path.is_file():
        pytest.skip("../shared/seed/article.txt is not present")
    return path.read_text("utf-8")


@pytest.fixture
def isolated_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fresh settings for tests that change them through the environment."""
    from lagebild.settings import get_settings

    get_settings.cache_clear()
    yield
    get_settings.cache_clear()
