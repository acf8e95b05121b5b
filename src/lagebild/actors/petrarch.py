"""Reader for PETRARCH2/Phoenix actor dictionaries (TABARI format).

An entry is a primary name line, optional `+SYNONYM` lines, and codes in brackets, either on
the name line or on indented lines below: `[RUSGOV >080508]`, `[RUSELI 700101-990809]`,
`[IGOWSTNAT]`. Several name lines before the first code share the codes. A code without
dates is the entry's default; dated codes hold from (`>`), until (`<`) or between two dates.
Six-digit dates are YYMMDD.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

_CODE = re.compile(r"\[([^\]]*)\]")
# Six-digit years at or below this are 20YY: the dictionaries date from 2014.
_CENTURY_PIVOT = 30


@dataclass(frozen=True, slots=True)
class DatedCode:
    code: str
    start: date | None = None
    end: date | None = None


@dataclass
class Entry:
    """One dictionary entry: names (primary first) and codes, with the comment of its head."""

    names: list[str] = field(default_factory=list)
    codes: list[DatedCode] = field(default_factory=list)
    comment: str = ""

    @property
    def primary(self) -> str:
        return self.names[0]

    @property
    def default_code(self) -> str | None:
        """The code that holds today: an open-ended dated code, else an undated one."""
        open_ended = [c for c in self.codes if c.start is not None and c.end is None]
        if open_ended:
            return max(open_ended, key=lambda c: c.start or date.min).code
        undated = [c for c in self.codes if c.start is None and c.end is None]
        if undated:
            return undated[-1].code
        return max(self.codes, key=lambda c: c.end or date.min).code if self.codes else None


def parse_date(text: str) -> date | None:
    """YYMMDD or YYYYMMDD; None when the digits are not a calendar date."""
    if not text.isdigit() or len(text) not in (6, 8):
        return None
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy <= _CENTURY_PIVOT else 1900 + yy
        month, day = int(text[2:4]), int(text[4:6])
    else:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    try:
        return date(year, max(month, 1), max(day, 1))
    except ValueError:
        return date(year, min(max(month, 1), 12), 1) if 1 <= month <= 12 else None


def parse_code(body: str) -> DatedCode | None:
    """`RUSGOV >080508` -> DatedCode("RUSGOV", start=2008-05-08)."""
    parts = body.split()
    if not parts:
        return None
    code, spec = parts[0].lstrip("~"), "".join(parts[1:])
    if not spec:
        return DatedCode(code)
    if spec.startswith(">"):
        return DatedCode(code, start=parse_date(spec[1:]))
    if spec.startswith("<"):
        return DatedCode(code, end=parse_date(spec[1:]))
    if "-" in spec:
        first, _, last = spec.partition("-")
        return DatedCode(code, start=parse_date(first), end=parse_date(last))
    return DatedCode(code)


def _split(line: str) -> tuple[str, list[DatedCode], str]:
    """A line's text before the codes, its codes, and its comment."""
    text, _, comment = line.partition("#")
    codes = [c for c in (parse_code(m) for m in _CODE.findall(text)) if c is not None]
    name = _CODE.sub(" ", text).strip()
    return name, codes, comment.strip()


def parse_lines(lines: Iterable[str]) -> Iterator[Entry]:
    """Entries in file order; entries that never receive a code are dropped."""
    current: Entry | None = None
    for raw in lines:
        line = raw.rstrip("\n")
        if not line.strip():
            if current is not None and current.codes:
                yield current
            current = None
            continue
        if line.lstrip().startswith("#"):
            continue
        name, codes, comment = _split(line)
        if line[0] in " \t[":
            if current is not None:
                current.codes.extend(codes)
            continue
        if line.startswith("+"):
            if current is not None and name.strip("+"):
                current.names.append(name.lstrip("+").strip())
            continue
        if current is not None and current.codes:
            yield current
            current = None
        if current is None:
            current = Entry(comment=comment)
        current.names.append(name)
        current.codes.extend(codes)
    if current is not None and current.codes:
        yield current


def read_entries(path: Path) -> list[Entry]:
    with path.open(encoding="utf-8", errors="replace") as handle:
        return list(parse_lines(handle))


def display_name(token: str) -> str:
    """`VLADIMIR_PUTIN_` -> `Vladimir Putin`; `AL-ASSAD` -> `Al-Assad`."""
    words = token.replace("_", " ").split()
    text = " ".join(words).title()
    return re.sub(r"'S\b", "'s", text)
