"""Page-level clean-up that both extractors share, after the blocks are typed.

- a block that repeats an earlier one word for word goes (sites render text twice);
- the trailer goes: a heading such as "Über den Autor", "Rückfragehinweis" or "Unsere
  Quellen" in the second half of the body, and what follows it up to the next heading
  (credits are kept);
- media teasers ("Titel Name, NDR 28.04.2020 21:38 Uhr") go;
- a byline glued to the first paragraph ("Von Vorname Name Der Text …") is split off;
- the dateline opening the first paragraph is read.
"""

from __future__ import annotations

import re

from lagebild.article.layout import BodyBlock, Layout
from lagebild.article.lexicon import load_lexicon
from lagebild.article.lines import dateline_prefix

_GLUED_BYLINE = re.compile(
    r"^Von (?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)? [A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?) (?=[A-ZÄÖÜ„\"])"
)
_TEXT_KINDS = ("paragraph", "heading")


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def drop_repeats(layout: Layout) -> None:
    seen = {_key(t) for t in (layout.title, layout.kicker, layout.teaser) if t}
    kept: list[BodyBlock] = []
    for block in layout.body:
        key = _key(block.text)
        if block.kind in _TEXT_KINDS and key in seen and len(key) > 20:
            continue
        seen.add(key)
        kept.append(block)
    layout.body = kept


def cut_trailer(layout: Layout) -> None:
    patterns = load_lexicon().trailer_heading
    half = len(layout.body) // 2
    for index, block in enumerate(layout.body):
        if index < max(half, 1) or block.kind not in _TEXT_KINDS or len(block.text) > 60:
            continue
        if any(p.match(block.text.strip()) for p in patterns):
            # The box runs to the next heading (an info box mid-article) or to the end.
            end = next(
                (j for j in range(index + 1, len(layout.body)) if layout.body[j].kind == "heading"),
                len(layout.body),
            )
            kept = [b for b in layout.body[index:end] if b.kind == "credit"]
            layout.body = layout.body[:index] + kept + layout.body[end:]
            return


def drop_media_teasers(layout: Layout) -> None:
    teaser = load_lexicon().media_teaser
    layout.body = [
        b for b in layout.body if not (b.kind == "paragraph" and teaser.match(b.text.strip()))
    ]


def split_glued_byline(layout: Layout) -> None:
    for index, block in enumerate(layout.body):
        if block.kind != "paragraph":
            continue
        match = _GLUED_BYLINE.match(block.text)
        if match and len(block.text) > 200:
            layout.add_authors([match.group("name")])
            layout.body[index] = BodyBlock("paragraph", block.text[match.end() :])
        return


def take_dateline(layout: Layout) -> None:
    """The dateline ("Astana – ", "BERLIN (dpa) – ") opening the first paragraph."""
    for block in layout.body:
        if block.kind == "paragraph":
            found = dateline_prefix(block.text)
            if found:
                layout.dateline = found[0]
                if found[1]:
                    layout.add_agencies([found[1]])
            return


def trim(layout: Layout) -> None:
    split_glued_byline(layout)
    drop_repeats(layout)
    drop_media_teasers(layout)
    cut_trailer(layout)
    take_dateline(layout)
