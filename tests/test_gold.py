"""The gold files parse, and every anchor resolves in the text the pipeline makes today."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.article import ArticleStage
from lagebild.gold import (
    Anchor,
    AnchorNotFound,
    GoldArticle,
    RangeAnchor,
    check_gold,
    gold_files,
    load_gold,
    pronouns_inside_words,
    resolve_anchor,
    resolve_range,
    source_path,
)
from lagebild.ingest import read_file
from lagebild.models import RawDocument
from lagebild.pipeline import Pipeline

FILES = gold_files()


def test_resolve_anchor_occurrences() -> None:
    text = "Putin traf Tokajew. Putin lobte ihn. Putin reiste ab."
    assert resolve_anchor(text, Anchor(text="Putin", occurrence=2)) == [(20, 25)]
    assert len(resolve_anchor(text, Anchor(text="Putin", occurrence="all"))) == 3
    assert resolve_anchor(text, Anchor(text="Putin", occurrence=[1, 3])) == [(0, 5), (37, 42)]
    with pytest.raises(AnchorNotFound):
        resolve_anchor(text, Anchor(text="Putin", occurrence=4))
    span = resolve_range(text, RangeAnchor.model_validate({"from": "Putin lobte", "to": "ihn."}))
    assert text[span[0] : span[1]] == "Putin lobte ihn."


def test_there_is_gold() -> None:
    assert len(FILES) >= 26
    assert all(isinstance(load_gold(f), GoldArticle) for f in FILES)


@pytest.mark.parametrize("path", FILES, ids=[f.stem for f in FILES])
def test_every_anchor_resolves(path: Path, shared_dir: Path) -> None:
    gold = load_gold(path)
    (raw,) = list(read_file(source_path(gold, shared_dir)))
    assert isinstance(raw, RawDocument)
    article = Pipeline([ArticleStage()]).run(raw)
    assert check_gold(gold, article.text) == []


def test_a_pronoun_anchor_inside_a_word_is_a_warning() -> None:
    text = "Berlin ist groß. Dann kam er."
    gold = GoldArticle.model_validate(
        {
            "page": "seed",
            "actors": [
                {
                    "id": "new:x",
                    "name": "X",
                    "type": "PER",
                    "mentions": [
                        {"text": "er", "occurrence": 1, "kind": "pronoun"},
                        {"text": "er", "occurrence": 2, "kind": "pronoun"},
                    ],
                }
            ],
        }
    )
    warnings = pronouns_inside_words(gold, text)
    assert len(warnings) == 1 and "@1 " in warnings[0]
