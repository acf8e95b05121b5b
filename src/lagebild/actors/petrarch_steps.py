"""The PETRARCH2/Phoenix part of the KB build: country entries, persons, organisations.

Persons are told from organisations by PETRARCH's own markers (lists of office holders), then
by organisation words and the shape of the name (`data/actors/petrarch.yaml`); title phrases
("PRESIDENT_PUTIN") are not kept as names. Dated codes become `role: "code"` entries.
"""

from __future__ import annotations

from typing import Any

from lagebild.actors import petrarch
from lagebild.actors.names import name_key
from lagebild.actors.registry import Draft, Registry, iso
from lagebild.actors.reviewed import ReviewedData


class PetrarchSteps(Registry):
    """Build steps that read PETRARCH entries; the compiler sets the context attributes."""

    data: ReviewedData
    iso3: set[str]
    countries: dict[str, dict[str, Any]]

    def _is_person(self, entry: petrarch.Entry, country_file: bool) -> bool:
        rules = self.data.petrarch
        assert rules is not None
        if any(marker in entry.comment for marker in rules.person_comments):
            return True
        if not country_file:
            # The international and non-state files list organisations; their people are marked.
            return False
        tokens = [t for t in entry.primary.replace("-", "_").split("_") if t]
        if any(t in rules.org_words for t in tokens):
            return False
        return 2 <= len(tokens) <= 4 and all(t.replace(".", "").isalpha() for t in tokens)

    def _person_names(self, entry: petrarch.Entry) -> list[str]:
        rules = self.data.petrarch
        assert rules is not None
        names = [petrarch.display_name(entry.primary)]
        for synonym in entry.names[1:]:
            tokens = set(synonym.replace("-", "_").split("_"))
            if not tokens & rules.title_words:
                names.append(petrarch.display_name(synonym))
        return [n for n in names if n]

    def _code_roles(self, entry: petrarch.Entry) -> list[dict[str, Any]]:
        return [
            {
                "role": "code",
                "code": c.code,
                "start": iso(c.start),
                "end": iso(c.end),
                "source": "petrarch",
            }
            for c in entry.codes
            if c.start is not None or c.end is not None
        ]

    def _country_of(self, code: str | None) -> str | None:
        return code[:3] if code and code[:3] in self.iso3 else None

    def _petrarch_countries(self, entries: list[petrarch.Entry]) -> None:
        for entry in entries:
            code = entry.default_code
            # A country's own entry (also those with dated codes for Soviet-era status).
            if code in self.iso3:
                gpe = self.actors[self.countries[code]["actor_id"]]
                gpe.add_names("en", [petrarch.display_name(entry.primary)])
                gpe.add_source("petrarch")
                continue
            self._petrarch_actor(entry, "ctry")

    def _petrarch_actor(self, entry: petrarch.Entry, prefix: str) -> None:
        code = entry.default_code
        country = self._country_of(code)
        sector = _sector_of(code, country)
        if self._is_person(entry, prefix == "ctry"):
            names = self._person_names(entry)
            found = self._find_person(country, names)
            if found is not None:
                draft = self.actors[found]
                draft.add_names("en", names)
                draft.roles.extend(self._code_roles(entry))
                draft.add_source("petrarch")
                self.stats["petrarch_persons_merged"] += 1
                return
            draft = self._add(
                Draft(
                    id=self._new_id(None, f"per-{(country or 'int').lower()}", names[0]),
                    type="PER",
                    name=names[0],
                    country=country,
                    sector=sector,
                    code=code,
                )
            )
            draft.add_names("en", names)
            draft.roles = self._code_roles(entry)
            draft.add_source("petrarch")
            self._index_person(draft)
            return
        names = [petrarch.display_name(n) for n in entry.names]
        key = name_key(names[0])
        if key in self.org_keys:
            add_org_names(self.actors[self.org_keys[key]], entry)
            return
        draft = self._add(
            Draft(
                id=self._new_id(None, f"org-{(country or prefix).lower()}", names[0]),
                type="ORG",
                name=names[0],
                country=country,
                sector=sector,
                code=code,
            )
        )
        add_org_names(draft, entry)
        draft.roles = self._code_roles(entry)
        draft.add_source("petrarch")
        self.org_keys[key] = draft.id

    def _petrarch_other(self, entries: list[petrarch.Entry], prefix: str) -> None:
        for entry in entries:
            self._petrarch_actor(entry, prefix)


def add_org_names(draft: Draft, entry: petrarch.Entry) -> None:
    """PETRARCH's names of an organisation; short all-caps tokens are abbreviations (EU, UN)."""
    for raw in entry.names:
        token = raw.strip("_").replace("_", " ").strip()
        if token.upper().startswith("THE "):
            token = token[4:]
        bare = token.replace(".", "")
        if bare.isalpha() and bare.isupper() and len(bare) <= 5 and " " not in token:
            if bare not in draft.abbreviations:
                draft.abbreviations.append(bare)
        elif token:
            draft.add_names("en", [petrarch.display_name(token)])


def _sector_of(code: str | None, country: str | None) -> str | None:
    if not code:
        return None
    if country:
        return code[3:6] or None
    for prefix, sector in (("IGO", "IGO"), ("MNC", "BUS"), ("NGO", "NGO"), ("IMG", "REB")):
        if code.startswith(prefix):
            return sector
    return code[3:6] or None
