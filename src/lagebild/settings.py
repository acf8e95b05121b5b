"""One Settings object; defaults live in the packaged `data/settings.toml`."""

from __future__ import annotations

import os
import tomllib
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from lagebild.errors import ConfigError


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class IngestSettings(_Section):
    max_bytes: int
    suffixes: list[str]
    fetch_timeout: float


class ArticleSettings(_Section):
    min_paragraph_chars: int


class StoreSettings(_Section):
    default_db: str


class NlpSettings(_Section):
    model: str


class Settings(_Section):
    ingest: IngestSettings
    article: ArticleSettings
    store: StoreSettings
    nlp: NlpSettings


def _defaults() -> dict[str, Any]:
    text = resources.files("lagebild.data").joinpath("settings.toml").read_text("utf-8")
    return tomllib.loads(text)


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _from_env(environ: dict[str, str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, raw in environ.items():
        if not key.startswith("LAGEBILD_") or "__" not in key:
            continue
        section, name = key[len("LAGEBILD_") :].lower().split("__", 1)
        try:
            value: Any = tomllib.loads(f"v = {raw}")["v"]
        except tomllib.TOMLDecodeError:
            value = raw
        found.setdefault(section, {})[name] = value
    return found


def load_settings(path: Path | None = None, environ: dict[str, str] | None = None) -> Settings:
    """Defaults, then a TOML file, then environment variables."""
    env = dict(os.environ if environ is None else environ)
    data = _defaults()
    file = path or (Path(env["LAGEBILD_SETTINGS"]) if env.get("LAGEBILD_SETTINGS") else None)
    if file is not None:
        data = _merge(data, tomllib.loads(file.read_text("utf-8")))
    data = _merge(data, _from_env(env))
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        raise ConfigError("E401", name="settings", detail=str(exc)) from exc


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()
