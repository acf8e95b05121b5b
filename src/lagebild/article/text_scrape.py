"""Our cleaner for plain-text scrapes of German news pages.

A scrape is blocks separated by blank lines. The rules, in order:
1. line rules drop widget residue, bylines, date lines, agency signs and
   boilerplate, keeping what they tell (authors, date, agencies, credits);
2. a block whose first line comes back as its last line is a picture gallery;
3. the head: an optional kicker, then the title (a short line without a
   final full stop); a repeat of the title later is an image heading and goes;
4. the teaser is the first prose block when a dateline opens a later one, or
   when a byline or date line follows it;
5. the rest are captions (position marks "(M,l)", "Foto:", or a caption just
   before the repeated title), headings (short lines without a full stop that
   lead into a paragraph) and paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lagebild.article import lines as L
from lagebild.article.layout import BodyBlock, Layout
from lagebild.models import ImageCredit

_BLOCK_SPLIT = re.compile(r"\n[ \t\u00a0]*\n")
_SENTENCE_END = re.compile(r"[.:;,]$")
_QUOTED_LINE = re.compile(r"^[„“\"»«‚'].+[“”\"«»‘']$")
_BREADCRUMB = re.compile(r"^[^>›»|·.]{1,40}(?:\s[>›»|·]\s[^>›»|·.]{1,40})+$")


@dataclass
class Item:
    kind: str  # "text", "meta", "credit"
    lines: list[str] = field(default_factory=list)
    credit: ImageCredit | None = None
    gallery: bool = False

    @property
    def text(self) -> str:
        if self.gallery:
            return "\n".join(self.lines)
        return _join_lines(self.lines)


def _join_lines(lines: list[str]) -> str:
    """Hard-wrapped prose is joined with spaces; a list of short lines keeps its breaks."""
    if len(lines) > 1 and all(
        len(x) > 40 and not x.endswith((".", ":", "!", "?")) for x in lines[:-1]
    ):
        return " ".join(lines)
    return "\n".join(lines)


def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _split_blocks(content: str) -> list[list[str]]:
    content = content.replace("\r\n", "\n").replace("\r", "\n")
    blocks = []
    for raw in _BLOCK_SPLIT.split(content):
        lines = [L.normalise_line(x) for x in raw.split("\n")]
        lines = [x for x in lines if x]
        if lines:
            blocks.append(lines)
    return blocks


def line_rule(line: str, layout: Layout) -> Item | bool | None:
    """An Item for meta/credit lines, False to drop the line, None to keep it."""
    authors = L.byline_authors(line)
    if authors:
        layout.add_authors(authors)
        return Item("meta")
    if L.is_widget(line) or L.is_boilerplate(line):
        return False
    day = L.date_line(line)
    if day:
        if layout.published is None:
            layout.published, layout.published_basis = day, "date line in the scrape"
        if "Quelle" in line:
            layout.add_agencies(L.find_agencies(line.split("Quelle", 1)[1]))
        return Item("meta")
    agencies = L.agency_line(line)
    if agencies is not None:
        layout.add_agencies(agencies)
        return False
    credit = L.credit_line(line)
    if credit:
        layout.add_credit(credit)
        return Item("credit", [line], credit=credit)
    if len(line) < 80 and _BREADCRUMB.match(line):
        return False
    return None


def _is_link_line(line: str) -> bool:
    return len(line) <= 140 and not line.endswith((".", "!", "?", ":", "“", '"'))


def _filter_lines(blocks: list[list[str]], layout: Layout) -> list[Item]:
    items: list[Item] = []
    in_link_list = sources_list = False
    for block in blocks:
        if in_link_list and all(_is_link_line(x) for x in block):
            in_link_list = False
            if sources_list:  # "Verwendete Quellen": the agencies among them count
                layout.add_agencies([a for x in block for a in L.find_agencies(x)])
            continue  # the links under "Mehr zum Thema"
        in_link_list = False
        kept: list[str] = []
        for line in block:
            if in_link_list and _is_link_line(line):
                if sources_list:
                    layout.add_agencies(L.find_agencies(line))
                continue
            if L.is_link_list_header(line):
                in_link_list, sources_list = True, "quelle" in line.lower()
                continue
            in_link_list = False
            verdict = line_rule(line, layout)
            if verdict is None:
                kept.append(line)
                continue
            if kept:
                items.append(Item("text", kept))
                kept = []
            if isinstance(verdict, Item) and not (
                verdict.kind == "meta" and items and items[-1].kind == "meta"
            ):
                items.append(verdict)
        if kept:
            items.append(Item("text", kept))
    return items


_GALLERY_SPAN = 6  # blocks between a gallery's heading and its repeat
_GALLERY_LINE = 300  # a gallery caption line is short


def _gallery_end(items: list[Item], start: int, exclude: set[str]) -> int | None:
    """Index of the item whose last line repeats items[start]'s first line, if a gallery."""
    heading = _normal(items[start].lines[0])
    if not heading or heading in exclude or len(items[start].lines[0]) > 200:
        return None
    lines_between = items[start].lines[1:]
    for end in range(start, min(len(items), start + _GALLERY_SPAN + 1)):
        item = items[end]
        if item.kind != "text":
            return None
        candidates = item.lines[1:] if end == start else item.lines
        if end > start and candidates and _normal(candidates[-1]) == heading:
            lines_between += candidates[:-1]
            break
        if end == start and len(candidates) >= 2 and _normal(candidates[-1]) == heading:
            lines_between = candidates[:-1]
            break
        if end > start:
            lines_between += candidates
    else:
        return None
    if not lines_between or any(len(x) > _GALLERY_LINE for x in lines_between):
        return None
    return end


def _mark_galleries(items: list[Item], layout: Layout) -> list[Item]:
    """A heading, short caption lines, the heading again: a picture gallery."""
    exclude = {_normal(t) for t in (layout.title, layout.kicker) if t}
    out: list[Item] = []
    i = 0
    while i < len(items):
        end = _gallery_end(items, i, exclude) if items[i].kind == "text" else None
        if end is None:
            out.append(items[i])
            i += 1
            continue
        lines = [line for item in items[i : end + 1] for line in item.lines][:-1]
        out.append(Item("text", lines, gallery=True))
        i = end + 1
    return out


def _looks_like_title(text: str) -> bool:
    return "\n" not in text and len(text) <= 220 and not _SENTENCE_END.search(text)


def _take_head(items: list[Item], layout: Layout, title_hint: str | None) -> list[Item]:
    """Kicker and title from the first text blocks; returns the remaining items."""
    texts = [i for i, item in enumerate(items) if item.kind == "text" and not item.gallery]
    if not texts:
        return items
    first = texts[0]
    if title_hint:
        layout.title = title_hint
        if _normal(items[first].text) == _normal(title_hint):
            return items[:first] + items[first + 1 :]
        return items
    head = items[first].text
    if not _looks_like_title(head):
        return items
    second = texts[1] if len(texts) > 1 else None
    if (
        second is not None
        and second == first + 1
        and _looks_like_title(items[second].text)
        and (len(head) <= 60 or _QUOTED_LINE.match(head))
        and len(items[second].text) > len(head)
        and not _looks_like_heading_lead(items, second)
    ):
        layout.kicker, layout.title = head, items[second].text
        return items[:first] + items[second + 1 :]
    layout.title = head
    return items[:first] + items[first + 1 :]


def _looks_like_heading_lead(items: list[Item], index: int) -> bool:
    """True when items[index] is followed by nothing (a title needs a body after it)."""
    return index + 1 >= len(items)


def _is_caption(items: list[Item], index: int, layout: Layout) -> bool:
    text = items[index].text
    if L.has_caption_marker(text):
        return True
    nxt = items[index + 1] if index + 1 < len(items) else None
    return bool(
        nxt and nxt.kind == "text" and layout.title and _normal(nxt.text) == _normal(layout.title)
    )


def _is_heading(items: list[Item], index: int) -> bool:
    text = items[index].text
    if "\n" in text or len(text) > 160 or _SENTENCE_END.search(text) or len(text.split()) > 22:
        return False
    later = [it for it in items[index + 1 :] if it.kind == "text"]
    return bool(later) and len(later[0].text) > len(text)


def _first_prose(items: list[Item]) -> int | None:
    for i, item in enumerate(items):
        if item.kind == "text" and not item.gallery:
            return i
    return None


def _take_teaser(items: list[Item], layout: Layout) -> list[Item]:
    index = _first_prose(items)
    if index is None:
        return items
    text = items[index].text
    if L.dateline_prefix(text) or _is_caption(items, index, layout) or len(text) > 600:
        return items
    later_prose = [it for it in items[index + 1 :] if it.kind == "text" and not it.gallery]
    dateline_later = any(L.dateline_prefix(it.text) for it in later_prose[:3])
    has_next = index + 1 < len(items) and bool(later_prose)
    meta_after = has_next and items[index + 1].kind == "meta"
    # A lead set apart from the body by the opening picture is a teaser too.
    caption_after = (
        has_next and items[index + 1].kind == "text" and _is_caption(items, index + 1, layout)
    )
    if (dateline_later or meta_after or caption_after) and not _is_heading(items, index):
        layout.teaser = text
        return items[:index] + items[index + 1 :]
    return items


def _classify_body(items: list[Item], layout: Layout) -> None:
    repeats = {_normal(t) for t in (layout.title, layout.kicker) if t}
    for i, item in enumerate(items):
        if item.kind == "meta":
            continue
        if item.kind == "credit":
            layout.body.append(BodyBlock("credit", item.text))
            continue
        text = item.text
        if _normal(text) in repeats:
            continue  # the title again, as an image heading
        if item.gallery:
            layout.body.append(BodyBlock("gallery", text))
        elif _is_caption(items, i, layout):
            caption, credit = L.split_caption_credit(text)
            layout.body.append(BodyBlock("caption", caption))
            if credit:
                layout.add_credit(credit)
        elif _is_heading(items, i):
            layout.body.append(BodyBlock("heading", text))
        else:
            layout.body.append(BodyBlock("paragraph", text))


def clean_scrape(content: str, title_hint: str | None = None) -> Layout:
    """Plain-text scrape -> layout (title, kicker, teaser, typed body blocks, metadata)."""
    layout = Layout()
    items = _filter_lines(_split_blocks(content), layout)
    items = _take_head(items, layout, title_hint)
    items = _mark_galleries(items, layout)
    items = _take_teaser(items, layout)
    _classify_body(items, layout)
    return layout
