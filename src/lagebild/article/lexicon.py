"""Loads `data/article/patterns.yaml` once and compiles its patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from lagebild.errors import ConfigError

PATTERN_FILE = "patterns.yaml"


@dataclass(frozen=True)
class ArticleLexicon:
    agency_spellings: dict[str, str]  # spelling -> canonical
    agency_regex: re.Pattern[str]
    byline: tuple[re.Pattern[str], ...]
    widget: tuple[re.Pattern[str], ...]
    boilerplate: tuple[re.Pattern[str], ...]
    credit: tuple[re.Pattern[str], ...]
    caption_credit: re.Pattern[str]
    caption_noise: re.Pattern[str]
    photo_agencies: tuple[str, ...]
    caption_markers: tuple[re.Pattern[str], ...]
    agency_line: tuple[re.Pattern[str], ...]
    dateline_time: tuple[re.Pattern[str], ...]
    dateline: tuple[re.Pattern[str], ...]
    dateline_class: re.Pattern[str]
    link_list_header: tuple[re.Pattern[str], ...]
    trailer_heading: tuple[re.Pattern[str], ...]
    media_teaser: re.Pattern[str]
    months: dict[str, int]


def _compile_all(patterns: list[str], source: str) -> tuple[re.Pattern[str], ...]:
    try:
        return tuple(re.compile(p) for p in patterns)
    except re.error as exc:
        raise ConfigError("E402", path=source, detail=str(exc)) from exc


def _agency_regex(spellings: dict[str, str]) -> re.Pattern[str]:
    alternatives = sorted(spellings, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(a) for a in alternatives) + r")(?![\w-])")


@lru_cache(maxsize=1)
def load_lexicon() -> ArticleLexicon:
    path = f"lagebild/data/article/{PATTERN_FILE}"
    raw = yaml.safe_load(
        resources.files("lagebild.data").joinpath("article", PATTERN_FILE).read_text("utf-8")
    )
    spellings = {
        spelling: canonical
        for canonical, variants in raw["agencies"].items()
        for spelling in [canonical, *variants]
    }
    return ArticleLexicon(
        agency_spellings=spellings,
        agency_regex=_agency_regex(spellings),
        byline=_compile_all(raw["byline"], path),
        widget=_compile_all(raw["widget"], path),
        boilerplate=_compile_all(raw["boilerplate"], path),
        credit=_compile_all(raw["credit"], path),
        caption_credit=_compile_all([raw["caption_credit"]], path)[0],
        caption_noise=_compile_all([raw["caption_noise"]], path)[0],
        photo_agencies=tuple(raw["photo_agencies"]),
        caption_markers=_compile_all(raw["caption_markers"], path),
        agency_line=_compile_all(raw["agency_line"], path),
        dateline_time=_compile_all(raw["dateline_time"], path),
        dateline=_compile_all(raw["dateline"], path),
        dateline_class=_compile_all([raw["dateline_class"]], path)[0],
        link_list_header=_compile_all(raw["link_list_header"], path),
        trailer_heading=_compile_all(raw["trailer_heading"], path),
        media_teaser=_compile_all([raw["media_teaser"]], path)[0],
        months={k.lower(): int(v) for k, v in raw["months"].items()},
    )
