"""The article's parts before offsets exist: what both extractors produce."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from lagebild.models import BlockKind, ImageCredit


@dataclass
class BodyBlock:
    kind: BlockKind
    text: str


@dataclass
class Layout:
    title: str | None = None
    kicker: str | None = None
    teaser: str | None = None
    body: list[BodyBlock] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    image_credits: list[ImageCredit] = field(default_factory=list)
    published: date | None = None
    published_basis: str = ""
    dateline: str | None = None

    def add_authors(self, names: list[str]) -> None:
        for name in names:
            if name not in self.authors:
                self.authors.append(name)

    def add_agencies(self, agencies: list[str]) -> None:
        for agency in agencies:
            if agency not in self.agencies:
                self.agencies.append(agency)

    def add_credit(self, credit: ImageCredit) -> None:
        if credit not in self.image_credits:
            self.image_credits.append(credit)
