"""Reads the LER court decisions with inline TIMEX3 tags straight from the zip (never extracted).

Each line of each `*_timex.txt` member is one tokenised sentence; tags look like
`<TIMEX3 tid="t4" type="DATE" value="2017-05-27">27. Mai 2017</TIMEX3>`.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_TAG = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_OTHER_TAG = re.compile(r"</?TimeML>|<\?xml[^>]*\?>|<!DOCTYPE[^>]*>")


@dataclass(frozen=True)
class SilverTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class SilverSentence:
    source: str  # zip member
    text: str
    timexes: tuple[SilverTimex, ...]


def parse_line(line: str, source: str = "") -> SilverSentence:
    """Strip the tags of one line; offsets point into the plain sentence."""
    plain: list[str] = []
    timexes: list[SilverTimex] = []
    length, last = 0, 0
    for match in _TAG.finditer(line):
        before = line[last : match.start()]
        plain.append(before)
        length += len(before)
        attrs = dict(_ATTR.findall(match.group(1)))
        inner = match.group(2)
        timexes.append(
            SilverTimex(
                length, length + len(inner), inner, attrs.get("type", ""), attrs.get("value", "")
            )
        )
        plain.append(inner)
        length += len(inner)
        last = match.end()
    plain.append(line[last:])
    return SilverSentence(source, "".join(plain), tuple(timexes))


def read_sentences(zip_path: Path, limit: int | None = None) -> Iterator[SilverSentence]:
    """Sentences in member order; `limit` caps how many are read (all members, round robin)."""
    with zipfile.ZipFile(zip_path) as archive:
        members = sorted(n for n in archive.namelist() if n.endswith("_timex.txt"))
        per_member = None if limit is None else max(1, limit // max(1, len(members)))
        for name in members:
            text = _OTHER_TAG.sub("", archive.read(name).decode("utf-8"))
            count = 0
            for line in text.splitlines():
                line = line.strip()
                if not line:
                    continue
                yield parse_line(line, name)
                count += 1
                if per_member is not None and count >= per_member:
                    break
