"""Every command, setting and public name is documented."""

from __future__ import annotations

from pathlib import Path

import lagebild
from lagebild.cli import app
from lagebild.settings import load_settings

README = (Path(__file__).parents[1] / "README.md").read_text("utf-8")


def test_every_command_is_in_the_readme() -> None:
    names = [c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands]
    assert names
    for name in names:
        assert f"lagebild {name}" in README, name


def test_every_setting_is_in_the_readme() -> None:
    settings = load_settings(environ={})
    for section, values in settings.model_dump().items():
        for key in values:
            assert f"`{section}.{key}`" in README, f"{section}.{key}"


def test_public_names_are_pinned() -> None:
    assert sorted(lagebild.__all__) == sorted(
        [
            "Actor",
            "Article",
            "Block",
            "ErrorRecord",
            "Event",
            "LagebildError",
            "Quote",
            "RawDocument",
            "TimeExpr",
            "__version__",
            "analyze",
        ]
    )
    for name in lagebild.__all__:
        assert hasattr(lagebild, name)


def test_every_error_code_used_in_ingest_is_documented() -> None:
    for code in ("E101", "E102", "E103", "E104", "E105", "E106", "E107", "E108", "E111", "E201"):
        assert code in README
