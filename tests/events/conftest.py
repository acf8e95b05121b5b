"""Hand-built parsed sentences and articles for the extractor tests (no model needed)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from lagebild.models import Actor, Article, Block, Dateline, Mention, Published, Source, TimeExpr

# (word, lemma, pos, tag, dep, head index, morph)
Row = tuple[str, str, str, str, str, int, str]
REPO = Path(__file__).resolve().parents[2]

_VOCAB = spacy.blank("de").vocab


def make_doc(sentences: Sequence[Sequence[Row]]) -> Doc:
    """One Doc from sentences of rows; head indices are relative to the sentence."""
    words, lemmas, pos, tags, deps, heads, morphs, starts = [], [], [], [], [], [], [], []
    spaces: list[bool] = []
    offset = 0
    for sentence in sentences:
        for i, (word, lemma, p, tag, dep, head, morph) in enumerate(sentence):
            words.append(word)
            lemmas.append(lemma)
            pos.append(p)
            tags.append(tag)
            deps.append(dep)
            heads.append(offset + head)
            morphs.append(morph)
            starts.append(i == 0)
            spaces.append(True)
        offset += len(sentence)
    return Doc(_VOCAB, words=words, spaces=spaces, lemmas=lemmas, pos=pos, tags=tags,
               deps=deps, heads=heads, morphs=morphs, sent_starts=starts)  # fmt: skip


ActorSpec = tuple[
    str, str, str | None, Sequence[tuple[str, str]]
]  # id, type, country, (text, kind)


def make_article(
    doc: Doc,
    actors: Sequence[ActorSpec],
    times: Sequence[tuple[str, str]] = (),
    published: str | None = "2023-11-09",
    dateline: str | None = None,
    blocks: Sequence[Block] = (),
    **extra: Any,
) -> Article:
    text = doc.text
    records = []
    for actor_id, kind, country, forms in actors:
        mentions = [
            Mention(start=m.start(), end=m.end(), text=form, kind=mkind)  # type: ignore[arg-type]
            for form, mkind in forms
            for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text)
        ]
        records.append(Actor(id=actor_id, name=actor_id, type=kind, country=country,  # type: ignore[arg-type]
                             mentions=mentions))  # fmt: skip
    time_records = []
    for form, value in times:
        start = text.index(form)
        time_records.append(TimeExpr(start=start, end=start + len(form), text=form, type="DATE",
                                     value=value))  # fmt: skip
    return Article(
        id="a1",
        source=Source(uri="test", sha256="0" * 64, format="text"),
        text=text,
        blocks=list(blocks) or [Block(kind="paragraph", start=0, end=len(text))],
        published=Published(value=published) if published else None,
        dateline=Dateline(text=dateline) if dateline else None,
        actors=records,
        times=time_records,
        **extra,
    )


PUTIN: ActorSpec = ("Q7747", "PER", "RUS", [("Putin", "name"), ("Putins", "name")])
SCHOLZ: ActorSpec = ("Q61053", "PER", "DEU", [("Scholz", "name")])
XI: ActorSpec = ("Q15031", "PER", "CHN", [("Xi", "name")])
KAZ: ActorSpec = ("Q232", "GPE", "KAZ", [("Kasachstan", "name")])
ASTANA: ActorSpec = ("lb:astana", "LOC", "KAZ", [("Astana", "name")])


@pytest.fixture
def doc_of() -> Callable[[Sequence[Sequence[Row]]], Doc]:
    return make_doc


@pytest.fixture
def article_of() -> Callable[..., Article]:
    return make_article
