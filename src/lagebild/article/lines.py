"""Line-level rules: what one stripped line of a news page is."""

from __future__ import annotations

import re
from datetime import date

from lagebild.article.lexicon import load_lexicon
from lagebild.models import ImageCredit

_AGENCY_FILLER = re.compile(
    r"(?i)\b(?:mit\s+material\s+(?:von|der|des)|mit\s+informationen\s+(?:von|der|des)|"
    r"nach\s+angaben\s+(?:von|der|des)|material|und|sowie|mit|agenturen|agentur|von|der|des)\b"
)
_SHORT_SIGN = re.compile(r"^[a-zäöü]{2,5}$|^[A-Z][a-z]{1,3}$|^[A-Z]{2,4}$")
_SEPARATORS = re.compile(r"[\s/,;&+|.:]+")
_DATE_LINE_REST = re.compile(r"^(?:\W|[A-ZÄÖÜ][a-zäöü]+dauer|Uhr|Quelle\s*:)")
_SOURCE_LINE = re.compile(r"^(?i:quellen?)\s*:\s*(?P<body>.{1,80})$")
_NAME_SPLIT = re.compile(r"\s*(?:,|\bund\b|&)\s*")


_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def normalise_line(text: str) -> str:
    """One line, whitespace collapsed (no-break spaces too), zero-width marks and soft hyphens gone."""
    return re.sub(r"\s+", " ", _ZERO_WIDTH.sub("", text)).strip()


def byline_authors(line: str) -> list[str] | None:
    """Author names if the line is a byline widget ("Von X", "VonX", "• X", "Autor: X")."""
    line = normalise_line(line)
    if len(line) > 120:
        return None
    for pattern in load_lexicon().byline:
        match = pattern.match(line)
        if match:
            names = [n.strip() for n in _NAME_SPLIT.split(match.group("names")) if n.strip()]
            # People have two names at least; a single trailing word is the place ("Von X, Berlin").
            if len(names) > 1 and " " not in names[-1]:
                names = names[:-1]
            if names and all(" " in n or "." in n for n in names):
                return names
    return None


def is_widget(line: str) -> bool:
    line = normalise_line(line)
    return any(p.match(line) for p in load_lexicon().widget)


def is_link_list_header(line: str) -> bool:
    line = normalise_line(line)
    return any(p.match(line) for p in load_lexicon().link_list_header)


def is_boilerplate(line: str) -> bool:
    line = normalise_line(line)
    return any(p.match(line) for p in load_lexicon().boilerplate)


def find_agencies(text: str) -> list[str]:
    lex = load_lexicon()
    found: list[str] = []
    for match in lex.agency_regex.finditer(text):
        canonical = lex.agency_spellings[match.group(1)]
        if canonical not in found:
            found.append(canonical)
    return found


def agency_line(line: str) -> list[str] | None:
    """Agencies if the whole line is a source sign: "(uha/mit Material von dpa und AFP)".

    A "Quelle: …" line is a source line whatever it names (the list may be empty).
    """
    line = normalise_line(line)
    lex = load_lexicon()
    source = _SOURCE_LINE.match(line)
    if source:
        return find_agencies(source.group("body"))
    for pattern in lex.agency_line:
        match = pattern.match(line)
        if not match:
            continue
        body = match.group("body")
        agencies = find_agencies(body)
        if not agencies:
            continue
        rest = _AGENCY_FILLER.sub(" ", lex.agency_regex.sub(" ", body))
        leftovers = [w for w in _SEPARATORS.split(rest) if w]
        if all(_SHORT_SIGN.match(w) for w in leftovers) and len(leftovers) <= 3:
            return agencies
    return None


def parse_credit_text(credit: str) -> ImageCredit | None:
    """ "Pavel Bednyakov/dpa" -> name Pavel Bednyakov, agency dpa."""
    lex = load_lexicon()
    parts = [p.strip(" .;") for p in re.split(r"\s*[/|]\s*", credit) if p.strip(" .;")]
    if not parts:
        return None
    photo = {a.lower() for a in lex.photo_agencies}
    agencies = [p for p in parts if p.lower() in photo or p in lex.agency_spellings]
    names = [p for p in parts if p not in agencies]
    if not names and len(agencies) > 1:
        # "IMAGO/Ukrinform": the picture desk first, the photo's source after it.
        names, agencies = agencies[1:], agencies[:1]
    agency = None
    if agencies:
        last = agencies[-1]
        agency = lex.agency_spellings.get(last, last)
    name = " / ".join(names) if names else (agencies[0] if agencies else credit)
    if len(name) > 80:
        return None
    return ImageCredit(name=name, agency=agency)


def credit_line(line: str) -> ImageCredit | None:
    """A credit if the whole line is a picture credit ("Rubriklistenbild: © X/dpa")."""
    line = normalise_line(line)
    if len(line) > 160:
        return None
    for pattern in load_lexicon().credit:
        match = pattern.match(line)
        if match:
            return parse_credit_text(match.group("credit"))
    return None


def split_caption_credit(text: str) -> tuple[str, ImageCredit | None]:
    """A caption's trailing credit ("... Foto: X/dpa") split off the caption, viewer hints cut."""
    text = load_lexicon().caption_noise.sub(" ", text).strip()
    text = re.sub(r"\s{2,}", " ", text)
    match = load_lexicon().caption_credit.search(text)
    if not match or match.start() == 0:
        return text, None
    credit = parse_credit_text(match.group("credit"))
    return (text[: match.start()].rstrip(), credit) if credit else (text, None)


def has_caption_marker(text: str) -> bool:
    return any(p.search(text) for p in load_lexicon().caption_markers)


def date_line(line: str) -> date | None:
    """The date of a stand-alone date line ("09.11.2023, 14:32 Uhr", "Stand: 12. März 2024")."""
    line = normalise_line(line).strip("-–—|•· ")
    if len(line) > 140:
        return None
    lex = load_lexicon()
    for pattern in lex.dateline_time:
        match = pattern.match(line)
        if not match:
            continue
        rest = match.group("rest").strip()
        if rest and not _DATE_LINE_REST.match(rest):
            continue
        month_text = match.group("month").rstrip(".").lower()
        month = int(month_text) if month_text.isdigit() else lex.months.get(month_text)
        if month is None:
            continue
        try:
            return date(int(match.group("year")), month, int(match.group("day")))
        except ValueError:
            continue
    return None


def place_name(place: str) -> str:
    """A dateline's place as the contract gives it: "BERLIN" -> "Berlin", slashes kept."""
    place = place.strip()
    if place.isupper() and len(place) > 3:
        place = "/".join(p.title() for p in place.split("/"))
    return place


def dateline_prefix(paragraph: str) -> tuple[str, str | None] | None:
    """("Astana", None) for "Astana – ...", ("Berlin", "dpa") for "BERLIN (dpa) - ..."."""
    found = dateline_match(paragraph)
    return found[:2] if found else None


def dateline_match(paragraph: str) -> tuple[str, str | None, int] | None:
    """The dateline's place, agency and where the text after it starts."""
    match = next((m for p in load_lexicon().dateline if (m := p.match(paragraph))), None)
    if not match:
        return None
    place = place_name(match.group("place"))
    agency_text = match.group("agency")
    agencies = find_agencies(agency_text) if agency_text else []
    if agency_text and not agencies:
        return None
    return place, (agencies[0] if agencies else None), match.end()
