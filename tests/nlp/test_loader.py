"""Loading: our shipped pipeline by default, any spaCy pipeline by name or path."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from lagebild.errors import ConfigError
from lagebild.ingest import document_from_content
from lagebild.models import Article, Source
from lagebild.nlp import NlpStage, default_model_path, load_nlp
from lagebild.nlp.loader import resolve
from lagebild.nlp.tokenizer import special_cases
from lagebild.pipeline import AnalysisState


@pytest.fixture
def blank_model(tmp_path: Path) -> Path:
    path = tmp_path / "blank_de"
    spacy.blank("de").to_disk(path)
    return path


def test_any_pipeline_by_path_gets_news_exceptions(blank_model: Path) -> None:
    nlp = load_nlp(str(blank_model))
    assert [t.text for t in nlp("Putin (M,l) kam mit Gen. Meier.")] == [
        "Putin", "(", "M,l", ")", "kam", "mit", "Gen.", "Meier", ".",
    ]  # fmt: skip
    assert load_nlp(str(blank_model)) is nlp  # cached per process


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("die Ex-Sowjetrepublik", ["die", "Ex-Sowjetrepublik"]),
        ("(dpa-AFX) Berlin", ["(", "dpa-AFX", ")", "Berlin"]),
        ("der (OVKS), einem", ["der", "(", "OVKS", ")", ",", "einem"]),
        ("z. B. am 9.11.2023", ["z.", "B.", "am", "9.11.2023"]),
        ("am 24.12. und 9. November", ["am", "24.12.", "und", "9.", "November"]),
    ],
)
def test_news_tokenization(blank_model: Path, text: str, tokens: list[str]) -> None:
    assert [t.text for t in load_nlp(str(blank_model))(text)] == tokens


def test_special_cases_are_single_tokens() -> None:
    cases = special_cases()
    assert "M,l" in cases and all(" " not in c for c in cases)


def test_setting_picks_the_model(
    blank_model: Path, monkeypatch: pytest.MonkeyPatch, isolated_settings: None
) -> None:
    monkeypatch.setenv("LAGEBILD_NLP__MODEL", str(blank_model))
    assert resolve(None) == str(blank_model)
    assert resolve("default") == default_model_path()


def test_missing_model_is_a_config_error() -> None:
    with pytest.raises(ConfigError) as info:
        load_nlp("/nonexistent/model/dir")
    assert info.value.code == "E401"


def test_stage_sets_the_doc(blank_model: Path) -> None:
    raw = document_from_content("Text", uri="x.txt", fmt="text")
    article = Article(
        id="x", source=Source(uri="x.txt", sha256=raw.sha256, format="text"), text="Anna lacht."
    )
    state = AnalysisState(raw=raw, article=article)
    stage = NlpStage(nlp=load_nlp(str(blank_model)))
    stage.run(state)
    assert stage.name == "nlp" and state.doc.text == "Anna lacht."


def test_shipped_model_is_default() -> None:
    if not (default_model_path() / "config.cfg").exists():
        pytest.skip("the shipped model has not been built yet")
    nlp = load_nlp("default")
    doc = nlp("Wladimir Putin besuchte am Donnerstag Kasachstan. Dort traf er Tokajew.")
    assert {"tagger", "morphologizer", "parser", "ner"} <= set(nlp.pipe_names)
    assert len(list(doc.sents)) >= 1 and all(t.tag_ for t in doc)
