"""Subheadings and datelines that a page marks up inside its paragraphs.

trafilatura flattens inline markup, so these are read from the page before it
prunes the tree, as texts to find again in its paragraphs:

- a heading line: a bold element alone on its line inside a paragraph
  (`<p><b>Zwischentitel</b><br>Text …`), short and not a sentence or a label;
  one that ends in "?" or "…" is an interviewer's question: a paragraph of its own;
- a dateline: the element a site styles as its dateline at the start of a
  paragraph (`<p><span class="location-mark">Ort</span> Text …`): the dash
  between place and text is drawn by CSS, so the text has none.

A dateline that a page sets as a paragraph of its own is joined to the next one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lagebild.article import lines as L
from lagebild.article.lexicon import load_lexicon

_SPACE = re.compile(r"\s+")
_BOLD = ("b", "strong")
_HEADING_MAX_WORDS = 14
_HEADING_MAX_CHARS = 110
# A sentence or a label ("Ort:", "Weltermann:") ends so; a subheading does not.
_NOT_HEADING_END = (".", ",", ":", ";")
# An interviewer's question or interjection in bold is text, not a heading.
_QUESTION_END = ("?", "…")
_LONE_DATELINE_END = ("-", "–", "—", "|", ")")
_PLACE = re.compile(r"^[A-ZÄÖÜ][\wÄÖÜäöüß.\-]*(?:[ /][A-ZÄÖÜ][\wÄÖÜäöüß.\-]*){0,3}$")


def normal(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


@dataclass(frozen=True)
class PageMarks:
    headings: frozenset[str] = field(default_factory=frozenset)
    questions: frozenset[str] = field(default_factory=frozenset)
    datelines: frozenset[str] = field(default_factory=frozenset)


def _blank(text: str | None) -> bool:
    return not (text or "").strip()


def _starts_line(node: Any) -> bool:
    before = node.getprevious()
    if before is None:
        return _blank(node.getparent().text)
    return isinstance(before.tag, str) and before.tag == "br" and _blank(before.tail)


def _is_br(node: Any) -> bool:
    return node is not None and isinstance(node.tag, str) and node.tag == "br"


def _ends_line_before_text(node: Any) -> bool:
    """A line break closes it (`<b>X</b><br>` or `<b>X<br></b>`), text follows in the paragraph."""
    inner = node[-1] if len(node) else None
    if inner is not None and _is_br(inner) and _blank(inner.tail):
        return not _blank(node.tail) or node.getnext() is not None
    after = node.getnext()
    if not _is_br(after) or not _blank(node.tail):
        return False
    return not _blank(after.tail) or after.getnext() is not None


def _heading_line(text: str) -> bool:
    return (
        0 < len(text) <= _HEADING_MAX_CHARS
        and len(text.split()) <= _HEADING_MAX_WORDS
        and not text.endswith(_NOT_HEADING_END)
        and (text[0].isupper() or text[0].isdigit() or text[0] in '„"»')
    )


def _dateline_element(node: Any) -> str | None:
    pattern = load_lexicon().dateline_class
    if not pattern.search(node.get("class") or ""):
        return None
    if node.getprevious() is not None or not _blank(node.getparent().text):
        return None
    text = normal(node.text_content())
    return text if _PLACE.match(text) else None


def page_marks(tree: Any) -> PageMarks:
    if tree is None:
        return PageMarks()
    headings: set[str] = set()
    questions: set[str] = set()
    datelines: set[str] = set()
    for node in tree.iter(*_BOLD, "span", "em"):
        if node.getparent() is None:
            continue
        if node.tag in _BOLD and _starts_line(node) and _ends_line_before_text(node):
            text = normal(node.text_content())
            if _heading_line(text):
                (questions if text.endswith(_QUESTION_END) else headings).add(text)
        if place := _dateline_element(node):
            datelines.add(place)
    return PageMarks(frozenset(headings), frozenset(questions), frozenset(datelines))


def split_heading_lines(lines: list[str], marks: PageMarks) -> list[tuple[str, str]]:
    """(hint, text) for one paragraph's lines: a marked heading line becomes a
    heading, a marked question a paragraph of its own."""
    out: list[tuple[str, str]] = []
    pending: list[str] = []
    for index, line in enumerate(lines):
        own = "heading" if line in marks.headings else "paragraph"
        if (line in marks.headings or line in marks.questions) and index < len(lines) - 1:
            if pending:
                out.append(("paragraph", " ".join(pending)))
                pending = []
            out.append((own, line))
        else:
            pending.append(line)
    if pending:
        out.append(("paragraph", " ".join(pending)))
    return out


def split_dateline(text: str, marks: PageMarks) -> tuple[str, str] | None:
    """(place, text) when a marked dateline opens the paragraph with no separator.

    The place stays in the text on a line of its own, so offsets and the
    paragraph are kept and the first sentence no longer starts with it.
    """
    for place in sorted(marks.datelines, key=len, reverse=True):
        if not text.startswith(place + " "):
            continue
        rest = text[len(place) :].lstrip()
        if rest[:1].isupper() or rest[:1] in ("„", '"', "»"):
            return place, place + "\n" + rest
    return None


def join_lone_dateline(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A dateline set as a paragraph of its own ("Düsseldorf -") opens the next one.

    Joined, the paragraph reads as scrapes and most pages write it
    ("Düsseldorf - Text …"), and the dateline rule reads its place.
    """
    index = next((i for i, (hint, _) in enumerate(blocks) if hint == "paragraph"), None)
    if index is None or index + 1 >= len(blocks) or blocks[index + 1][0] != "paragraph":
        return blocks
    lone, following = blocks[index][1], blocks[index + 1][1]
    # Only the dash and agency forms: "Kurzer Satz." alone is no dateline.
    if not lone.rstrip(". ").endswith(_LONE_DATELINE_END):
        return blocks
    found = L.dateline_match(f"{lone} {following}")
    if found is None or found[2] < len(lone):
        return blocks
    return [*blocks[:index], ("paragraph", f"{lone} {following}"), *blocks[index + 2 :]]
