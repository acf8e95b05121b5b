"""HTML pages through trafilatura, mapped to typed blocks.

trafilatura finds the main text and the metadata (htmldate for the date);
figure captions are read from the page's <figcaption>s so that they become
caption blocks instead of being mixed into the paragraphs; subheadings and
datelines marked up inside paragraphs are read the same way (`marks.py`). The
same line rules as for text scrapes then remove bylines, agency signs and credits.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import lxml.html
from trafilatura import bare_extraction

from lagebild.article import lines as L
from lagebild.article.assemble import parse_iso_date
from lagebild.article.layout import BodyBlock, Layout
from lagebild.article.marks import (
    PageMarks,
    join_lone_dateline,
    page_marks,
    split_dateline,
    split_heading_lines,
)
from lagebild.article.text_scrape import Item, line_rule

_KICKER_CLASS = re.compile(
    r"(?i)kicker|dachzeile|topline|overline|roofline|spitzmarke|supertitle|eyebrow|"
    r"headline[-_]*(?:intro|pre)|title[-_]?header"
)
# Parts of a headline element that are not the headline: subtitles and hidden separators.
_SUBTITLE_CLASS = re.compile(r"(?i)sub[-_]?title|subline|untertitel|standfirst|hidden")
_NOT_HEADLINE_CLASS = re.compile(r"(?i)breadcrumb|logo|brand|site[-_]?title")
_AUTHOR_SPLIT = re.compile(r"\s*;\s*")
_SPACE = re.compile(r"\s+")


def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _parse(html: str) -> Any:
    try:
        return lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None


def _words(text: str) -> set[str]:
    return set(_normal(text).split())


def _strip_site_suffix(title: str, sitename: str | None, hostname: str | None) -> str:
    """ "Headline | ZDNet.de" -> "Headline" when the tail names the site."""
    site_words = _words(sitename or "") | _words((hostname or "").replace(".", " "))
    for sep in (" | ", " - ", " – ", " — ", " :: ", " · ", " • "):
        head, _, tail = title.rpartition(sep)
        if head and len(tail.split()) <= 4 and (_words(tail) & site_words or "." in tail):
            return head.strip()
    return title


def _text(node: Any) -> str:
    return str(_SPACE.sub(" ", node.text_content()).strip())


def _headline_text(h1: Any) -> str:
    """The h1's text without subtitles and hidden separators marked up inside it."""
    parts: list[str] = []
    if h1.text:
        parts.append(h1.text)
    for child in h1:
        if not isinstance(child.tag, str):
            continue
        hidden = child.get("aria-hidden") == "true" or _SUBTITLE_CLASS.search(
            child.get("class") or ""
        )
        if not hidden:
            parts.append(child.text_content())
        if child.tail:
            parts.append(child.tail)
    return _SPACE.sub(" ", " ".join(parts)).strip()


def _split_kicker(h1: Any) -> tuple[str | None, str]:
    """A kicker marked up inside the headline (<span class="kicker">) split off it."""
    full = _headline_text(h1)
    for node in h1.iterdescendants():
        if isinstance(node.tag, str) and _KICKER_CLASS.search(node.get("class") or ""):
            kicker = _text(node)
            rest = full.replace(kicker, "", 1).strip(" :–-—|")
            if kicker and len(rest) >= 10:
                return kicker, rest
    return None, full


@dataclass(frozen=True)
class Headline:
    """An <h1> as the page shows it: its full text and its kicker/title split."""

    text: str
    kicker: str | None
    title: str


def headlines(tree: Any) -> list[Headline]:
    if tree is None:
        return []
    found = []
    for h1 in list(tree.iter("h1"))[:4]:
        text = _text(h1)
        if 10 <= len(text) <= 250 and not _NOT_HEADLINE_CLASS.search(h1.get("class") or ""):
            found.append(Headline(text, *_split_kicker(h1)))
    return found


def choose_title(
    h1s: list[Headline], meta_title: str | None, sitename: str | None, hostname: str | None
) -> tuple[str | None, str | None]:
    """(kicker, title): an <h1> that agrees with the metadata title, else that title."""
    meta = _strip_site_suffix(meta_title.strip(), sitename, hostname) if meta_title else None
    for h1 in h1s:
        if not meta:
            return h1.kicker, h1.title
        shared = _words(h1.text) & _words(meta)
        if len(shared) >= 0.5 * min(len(_words(h1.text)), len(_words(meta))):
            return h1.kicker, h1.title
    # A page's only substantial <h1> is its headline even when the metadata title differs.
    if len(h1s) == 1 and len(h1s[0].text.split()) >= 4:
        return h1s[0].kicker, h1s[0].title
    return None, meta


def _json_ld_objects(tree: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content() or "null")
        except json.JSONDecodeError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                found.append(item)
                stack.extend(v for v in item.values() if isinstance(v, list | dict))
            elif isinstance(item, list):
                stack.extend(item)
    return found


def local_date(value: str) -> date | None:
    """The calendar date of a timestamp where the paper is published (German time).

    "2019-10-18T22:04:00Z" was already 19 October in Berlin; a value without a
    time zone is taken as local.
    """
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return parse_iso_date(value)
    if moment.tzinfo is None:
        return moment.date()
    return moment.astimezone(_newsroom_zone()).date()


def _newsroom_zone() -> tzinfo:
    try:
        return ZoneInfo("Europe/Berlin")
    except ZoneInfoNotFoundError:
        return UTC


def structured_date(tree: Any) -> tuple[date | None, str]:
    """The publication date the page declares in schema.org JSON-LD, if any.

    Publishers fill `datePublished` (or, on some CMSs, only `dateCreated`) for search
    engines; it is more reliable than the visible dates htmldate weighs.
    """
    if tree is None:
        return None, ""
    objects = _json_ld_objects(tree)
    for key in ("datePublished", "dateCreated"):
        for item in objects:
            value = item.get(key)
            if isinstance(value, str) and (day := local_date(value.strip())):
                return day, f"page metadata (JSON-LD {key})"
    return None, ""


def _figcaptions(tree: Any) -> set[str]:
    if tree is None:
        return set()
    found = set()
    for node in tree.iter("figcaption"):
        text = _normal(node.text_content())
        if len(text) > 15:
            found.add(text)
    return found


def _broken_text(node: Any) -> str:
    """The text with a space at each <br>, as the main text's lines are joined."""
    parts = node.xpath(".//text() | .//br")
    text = "".join(p if isinstance(p, str) else " " for p in parts)
    return str(_SPACE.sub(" ", text).strip())


def _figure_captions(tree: Any) -> list[tuple[str, str, str]]:
    """(caption, paragraph before, paragraph after) for every captioned <figure>."""
    found: list[tuple[str, str, str]] = []
    if tree is None:
        return found
    for figure in tree.iter("figure"):
        caption = next(iter(figure.iter("figcaption")), None)
        if caption is None or len(_text(caption)) <= 15:
            continue
        before, after = figure.xpath("preceding::p[1]"), figure.xpath("following::p[1]")
        found.append(
            (
                _text(caption),
                _broken_text(before[0]) if before else "",
                _broken_text(after[0]) if after else "",
            )
        )
    return found


def _insert_captions(
    raw: list[tuple[str, str]], figures: list[tuple[str, str, str]]
) -> list[tuple[str, str]]:
    """Put each figure caption where its figure stands in the main text.

    trafilatura drops figures. A figure counts as the article's own when the
    paragraph after it is in the main text and so is the one before it (or it is
    the opening picture, before the first paragraph); teasers of other articles
    on the page fail that test and stay out.
    """
    out = list(raw)
    keys = [_normal(text)[:60] for _, text in out]
    present = {_normal(text) for _, text in raw}
    for caption, before, after in figures:
        if _normal(caption) in present:
            continue
        after_key, before_key = _normal(after)[:60], _normal(before)[:60]
        index = next((i for i, k in enumerate(keys) if after_key and k == after_key), None)
        if index is None:
            continue
        opening = all(hint != "paragraph" for hint, _ in out[:index])
        if opening or (index > 0 and before_key and keys[index - 1] == before_key):
            out.insert(index, ("caption", caption))
            keys.insert(index, _normal(caption)[:60])
            present.add(_normal(caption))
    return out


def _element_lines(element: Any) -> list[str]:
    """The element's text as the page breaks it into lines (<lb/>)."""
    pieces: list[str] = []
    for node in element.iter():
        if node.tag == "lb":
            pieces.append("\n")
        if node.text and node.tag != "graphic":
            pieces.append(node.text)
        if node is not element and node.tail:
            pieces.append(node.tail)
    lines = [_SPACE.sub(" ", x).strip() for x in "".join(pieces).split("\n")]
    return [x for x in lines if x]


Blocks = list[tuple[str, str]]


def _raw_blocks(body: Any, marks: PageMarks) -> tuple[Blocks, dict[str, Blocks]]:
    """(hint, text) for the main-text elements, in order, and the pieces of the
    paragraphs that marked lines split (applied after captions found their place,
    which is keyed on the page's whole paragraphs)."""
    blocks: Blocks = []
    pieces: dict[str, Blocks] = {}
    for element in body:
        tag = element.tag
        if tag in ("graphic", "table"):
            continue
        if tag == "list":
            items = [" ".join(_element_lines(i)) for i in element.iter("item")]
            if text := "\n".join(i for i in items if i):
                blocks.append(("paragraph", text))
            continue
        lines = _element_lines(element)
        if not (text := " ".join(lines)):
            continue
        blocks.append(("heading" if tag == "head" else "paragraph", text))
        if tag != "head" and len(split := split_heading_lines(lines, marks)) > 1:
            pieces[text] = split
    return blocks, pieces


def _split_marked(blocks: Blocks, pieces: dict[str, Blocks]) -> Blocks:
    out: Blocks = []
    for hint, text in blocks:
        out.extend(pieces.get(text, [(hint, text)]) if hint == "paragraph" else [(hint, text)])
    return out


def _authors(value: str | None) -> list[str]:
    if not value:
        return []
    names = [n.strip() for n in _AUTHOR_SPLIT.split(value) if n.strip()]
    return [n for n in names if len(n) <= 60 and not any(c.isdigit() for c in n)]


def _is_caption(text: str, captions: set[str]) -> bool:
    norm = _normal(text)
    return norm in captions or any(
        norm.startswith(c) or c.startswith(norm) for c in captions if len(norm) > 30
    )


def _place_teaser(layout: Layout, description: str | None, visible: str) -> None:
    """The page's description is the teaser when the page shows it.

    A lead block that is the description becomes the teaser block; a lead paragraph
    that merely contains it (after a dateline) stays a paragraph; a description the
    reader never sees (search-engine copy) is not article text.
    """
    if not description or len(description) < 40 or description.rstrip().endswith(("...", "…")):
        return
    wanted = _normal(description)
    for i, block in enumerate(layout.body[:3]):
        text = _normal(block.text)
        if block.kind in ("paragraph", "heading") and text[:80] == wanted[:80]:
            layout.teaser = block.text
            del layout.body[i]
            return
        if wanted[:60] in text:
            return
    if wanted[:60] in visible:
        layout.teaser = description


def _lead_dateline(layout: Layout, text: str, marks: PageMarks) -> str:
    """The first paragraph's marked-up dateline: read, and put on a line of its own."""
    if layout.dateline or any(b.kind == "paragraph" for b in layout.body):
        return text
    found = split_dateline(text, marks)
    if found is None:
        return text
    layout.dateline = L.place_name(found[0])
    return found[1]


def extract_html(html: str, url: str | None = None, title_hint: str | None = None) -> Layout:
    layout = Layout()
    tree = _parse(html)
    if tree is None:
        return layout
    # What we read from the page itself comes first: trafilatura prunes the tree.
    h1s, figures, captions = headlines(tree), _figure_captions(tree), _figcaptions(tree)
    marks = page_marks(tree)
    body = tree.find("body")
    visible = _normal(body.text_content()) if body is not None else ""
    published, basis = structured_date(tree)
    doc: Any = bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        deduplicate=False,
        date_extraction_params={"extensive_search": published is None, "original_date": True},
    )
    if doc is None or doc.body is None:
        return layout
    kicker, title = choose_title(h1s, doc.title, doc.sitename, doc.hostname)
    layout.title, layout.kicker = title_hint or title, kicker
    layout.add_authors(_authors(doc.author))
    if published is None and (published := parse_iso_date(doc.date)):
        basis = "page metadata (htmldate)"
    if published:
        layout.published, layout.published_basis = published, basis
    title_norm = _normal(layout.title or "")
    blocks, pieces = _raw_blocks(doc.body, marks)
    raw_blocks = join_lone_dateline(_split_marked(_insert_captions(blocks, figures), pieces))
    for hint, text in raw_blocks:
        verdict = line_rule(text, layout) if "\n" not in text else None
        if verdict is False or (isinstance(verdict, Item) and verdict.kind == "meta"):
            continue
        if isinstance(verdict, Item) and verdict.kind == "credit":
            layout.body.append(BodyBlock("credit", text))
        elif _normal(text) == title_norm or (hint == "heading" and title_norm in _normal(text)):
            continue  # the headline again (with kicker or subtitle)
        elif (
            hint == "caption"
            or _is_caption(text, captions)
            or (hint == "paragraph" and L.has_caption_marker(text) and len(text) < 300)
        ):
            caption, credit = L.split_caption_credit(text)
            layout.body.append(BodyBlock("caption", caption))
            if credit:
                layout.add_credit(credit)
        elif hint == "heading":
            layout.body.append(BodyBlock("heading", text))
        else:
            layout.body.append(BodyBlock("paragraph", _lead_dateline(layout, text, marks)))
    _place_teaser(layout, doc.description, visible)
    return layout
