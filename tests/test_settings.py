from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.errors import ConfigError
from lagebild.settings import load_settings


def test_defaults() -> None:
    settings = load_settings(environ={})
    assert settings.ingest.max_bytes > 1_000_000 and settings.nlp.model == "default"


def test_environment_overrides(tmp_path: Path) -> None:
    settings = load_settings(environ={"LAGEBILD_INGEST__MAX_BYTES": "1234"})
    assert settings.ingest.max_bytes == 1234


def test_file_overrides(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    path.write_text('[nlp]\nmodel = "de_core_news_lg"\n', "utf-8")
    assert load_settings(path, environ={}).nlp.model == "de_core_news_lg"


def test_invalid_setting_is_a_clear_error() -> None:
    with pytest.raises(ConfigError, match="E401"):
        load_settings(environ={"LAGEBILD_INGEST__MAX_BYTES": '"lots"'})
