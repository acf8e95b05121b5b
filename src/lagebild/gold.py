"""The one gold format: annotations shaped like the output contract.

A gold file annotates one article (a dev page or the seed). Spans are not stored as
offsets, because offsets move whenever the cleaner changes; they are *anchors* in the
cleaned text that `lagebild.analyze` produces: the exact surface text and which of its
occurrences is meant (1-based, a list, or "all"). Long spans (quotes, event evidence)
are given by their first and last words (`from` … `to`), so the repository never holds
an article's text, only names, short anchors and the annotation itself.

    {"page": "html/be95401c717f.html",       # relative to shared/data/news-dev, or "seed"
     "published": "2019-05-14",              # the reference date the annotator used
     "actors": [{"id": "Q7747", "name": "Vladimir Putin", "type": "PER",
                 "country": "RUS", "code": "RUSGOV",
                 "mentions": [{"text": "Putin", "occurrence": "all", "kind": "name"},
                              {"text": "er", "occurrence": [2], "kind": "pronoun"}]}],
     "times": [{"text": "am Donnerstag (9. November)", "type": "DATE", "value": "2023-11-09"}],
     "quotes": [{"from": "„nicht nur", "to": "Verbündete“", "kind": "partial",
                 "speaker": "Q7747", "cue": "erklärte"}],
     "events": [{"type": "CONSULT", "mode": "visit", "source": ["Q7747"], "target": ["Q232"],
                 "date": "2023-11-09", "location": "lb:loc-kaz-astana", "status": "realized",
                 "trigger": {"text": "besuchte"},
                 "evidence": {"from": "Nun besuchte", "to": "Kasachstan"}}]}

Actor ids are the knowledge base's (`KnowledgeBase.match_name`), "new:<slug>" for
actors the KB does not know. `resolve_*` turn anchors into offsets in a given text.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

Occurrence = int | list[int] | Literal["all"]
GOLD_DIR = Path(__file__).resolve().parents[2] / "tests" / "resources" / "gold"
# Named halves of the gold (`dev`, `heldout`, `blind`): rules are developed on `dev` only.
SPLITS = GOLD_DIR / "splits.yaml"


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Anchor(_Gold):
    text: str
    occurrence: Occurrence = 1


class RangeAnchor(_Gold):
    start_text: str = Field(alias="from")
    end_text: str = Field(alias="to")
    occurrence: int = 1


class GoldMention(Anchor):
    kind: Literal["name", "description", "pronoun", "metonym", "adjective"] = "name"


class GoldActor(_Gold):
    id: str
    name: str
    type: Literal["PER", "LOC", "ORG", "GPE", "MISC"]
    country: str | None = None
    code: str | None = None
    mentions: list[GoldMention] = Field(default_factory=list)


class GoldTime(Anchor):
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str


class GoldQuote(RangeAnchor):
    kind: Literal["direct", "indirect", "partial"]
    speaker: str | None = None
    cue: str | None = None


class GoldEvent(_Gold):
    type: str
    mode: str | None = None
    source: list[str] = Field(default_factory=list)
    target: list[str] = Field(default_factory=list)
    date: str | None = None
    location: str | None = None
    status: Literal["realized", "planned", "proposed", "hypothetical", "negated"] = "realized"
    trigger: Anchor | None = None
    evidence: RangeAnchor | None = None
    note: str | None = None


class GoldArticle(_Gold):
    page: str
    published: str | None = None
    note: str | None = None
    # The annotation covers the text up to the end of this anchor (all of it when None);
    # an evaluator ignores predictions after it.
    scope_end: Anchor | None = None
    actors: list[GoldActor] = Field(default_factory=list)
    times: list[GoldTime] = Field(default_factory=list)
    quotes: list[GoldQuote] = Field(default_factory=list)
    events: list[GoldEvent] = Field(default_factory=list)


class AnchorNotFound(ValueError):
    pass


def _positions(text: str, needle: str) -> list[int]:
    found, start = [], text.find(needle)
    while start != -1:
        found.append(start)
        start = text.find(needle, start + 1)
    return found


def resolve_anchor(text: str, anchor: Anchor) -> list[tuple[int, int]]:
    """Offsets of the anchored occurrences of `anchor.text` in `text`."""
    positions = _positions(text, anchor.text)
    if anchor.occurrence == "all":
        wanted = list(range(1, len(positions) + 1))
    elif isinstance(anchor.occurrence, int):
        wanted = [anchor.occurrence]
    else:
        wanted = anchor.occurrence
    if not positions or not wanted or max(wanted) > len(positions):
        raise AnchorNotFound(f"{anchor.text!r} occurrence {anchor.occurrence} not in text")
    return [(positions[n - 1], positions[n - 1] + len(anchor.text)) for n in wanted]


def resolve_range(text: str, anchor: RangeAnchor) -> tuple[int, int]:
    """Offsets from the start of `from` to the end of the first `to` after it."""
    starts = _positions(text, anchor.start_text)
    if len(starts) < anchor.occurrence:
        raise AnchorNotFound(f"{anchor.start_text!r} occurrence {anchor.occurrence} not in text")
    start = starts[anchor.occurrence - 1]
    end = text.find(anchor.end_text, start)
    if end == -1:
        raise AnchorNotFound(f"{anchor.end_text!r} not after {anchor.start_text!r}")
    return start, end + len(anchor.end_text)


def load_gold(path: Path) -> GoldArticle:
    return GoldArticle.model_validate(json.loads(path.read_text("utf-8")))


def gold_files(folder: Path | None = None) -> list[Path]:
    """Every gold file: the seed's and the dev pages'."""
    root = folder or GOLD_DIR
    return sorted(root.rglob("*.json"))


def read_splits(splits: Path | None = None) -> dict[str, tuple[str, ...]]:
    """The named splits of gold file stems from `splits.yaml`."""
    path = splits or SPLITS
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
    if not isinstance(data, dict) or not all(isinstance(v, list) for v in data.values()):
        raise ValueError(f"{path}: expected a mapping of split names to lists of file stems")
    return {str(name): tuple(str(stem) for stem in stems) for name, stems in data.items()}


def select_pages(
    paths: Sequence[Path], split: str | None, splits: Path | None = None
) -> list[Path]:
    """The gold files of one split (`dev`, `heldout`, ...); `all` or None keeps every file."""
    if split is None or split == "all":
        return list(paths)
    table = read_splits(splits)
    if split not in table:
        raise ValueError(f"unknown gold split {split!r}; splits.yaml has {sorted(table)}")
    wanted = set(table[split])
    return [p for p in paths if p.stem in wanted]


def source_path(gold: GoldArticle, shared: Path) -> Path:
    if gold.page == "seed":
        return shared / "seed" / "article.txt"
    return shared / "data" / "news-dev" / gold.page


def scope_limit(text: str, gold: GoldArticle) -> int:
    if gold.scope_end is None:
        return len(text)
    return resolve_anchor(text, gold.scope_end)[0][1]


def _anchors(gold: GoldArticle) -> list[tuple[str, Anchor | RangeAnchor]]:
    found: list[tuple[str, Anchor | RangeAnchor]] = []
    if gold.scope_end is not None:
        found.append(("scope_end", gold.scope_end))
    for actor in gold.actors:
        found += [(f"actor {actor.id}", m) for m in actor.mentions]
    found += [("time", t) for t in gold.times]
    found += [("quote", q) for q in gold.quotes]
    for event in gold.events:
        if event.trigger:
            found.append((f"event {event.type} trigger", event.trigger))
        if event.evidence:
            found.append((f"event {event.type} evidence", event.evidence))
    return found


def check_gold(gold: GoldArticle, text: str) -> list[str]:
    """Every anchor that does not resolve in `text`, as a readable problem."""
    problems: list[str] = []
    for what, anchor in _anchors(gold):
        try:
            if isinstance(anchor, RangeAnchor):
                resolve_range(text, anchor)
            else:
                resolve_anchor(text, anchor)
        except AnchorNotFound as exc:
            problems.append(f"{what}: {exc}")
    return problems


def pronouns_inside_words(gold: GoldArticle, text: str) -> list[str]:
    """Pronoun anchors whose counted occurrence lies inside a word ("er" in "Berlin"):
    occurrences count substrings, so a pronoun's number shifts when the cleaned text
    changes; these are warnings for the annotator, not failures."""
    found: list[str] = []
    for actor in gold.actors:
        for mention in actor.mentions:
            if mention.kind != "pronoun" or mention.occurrence == "all":
                continue
            try:
                spans = resolve_anchor(text, mention)
            except AnchorNotFound:
                continue
            for start, end in spans:
                before = start > 0 and text[start - 1].isalpha()
                after = end < len(text) and text[end].isalpha()
                if before or after:
                    found.append(
                        f"actor {actor.id}: pronoun {mention.text!r}@{start} is inside a word"
                    )
    return found


def main(argv: list[str] | None = None) -> int:
    """`python -m lagebild.gold [FILE ...] [--shared ../shared]`: check that every anchor resolves."""
    import argparse

    from lagebild.article import ArticleStage
    from lagebild.ingest import read_file
    from lagebild.models import RawDocument
    from lagebild.pipeline import Pipeline

    parser = argparse.ArgumentParser(prog="python -m lagebild.gold")
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args(argv)
    failed = 0
    for path in args.files or gold_files():
        gold = load_gold(path)
        (raw,) = list(read_file(source_path(gold, args.shared)))
        assert isinstance(raw, RawDocument)
        article = Pipeline([ArticleStage()]).run(raw)
        problems = check_gold(gold, article.text)
        failed += bool(problems)
        print(f"{path.name}: {'ok' if not problems else f'{len(problems)} problems'}")
        for problem in problems:
            print("   ", problem)
        for warning in pronouns_inside_words(gold, article.text):
            print("    warning:", warning)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
