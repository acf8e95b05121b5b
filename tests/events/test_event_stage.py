"""The stage wrapper, the config file, and the seed's event table end to end."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
import yaml
from spacy.tokens import Doc

from lagebild.events.config import ExtractorConfig
from lagebild.events.stage import EventsStage
from lagebild.models import Actor, Article, Mention, RawDocument
from lagebild.pipeline import AnalysisState

FIN = "Mood=Ind|Tense=Past|VerbForm=Fin"


def _raw() -> RawDocument:
    return RawDocument(uri="test", format="text", content="x", sha256="0" * 64)


def test_config_loads_and_weights_are_penalties() -> None:
    cfg = ExtractorConfig.load()
    assert "nsubj" in cfg.subject_deps and "von" in cfg.agent_preps
    assert all(v >= 0 for v in cfg.confidence.ambiguity.values())
    assert 0 < cfg.confidence.sourceless_cap < 0.5


def test_stage_sets_events_and_needs_a_doc(
    doc_of: Callable[[Sequence[Sequence[Any]]], Doc], article_of: Callable[..., Article]
) -> None:
    doc = doc_of([[("Putin", "Putin", "PROPN", "NE", "nsubj", 1, "Case=Nom"),
                   ("besuchte", "besuchen", "VERB", "VVFIN", "ROOT", 1, FIN),
                   ("Kasachstan", "Kasachstan", "PROPN", "NE", "obj", 1, "Case=Acc"),
                   (".", ".", "PUNCT", "$.", "punct", 1, "")]])  # fmt: skip
    putin = ("Q7747", "PER", "RUS", [("Putin", "name")])
    kaz = ("Q232", "GPE", "KAZ", [("Kasachstan", "name")])
    state = AnalysisState(raw=_raw(), article=article_of(doc, [putin, kaz]), doc=doc)
    EventsStage().run(state)
    assert [e.type for e in state.require_article.events] == ["CONSULT"]
    assert len(state.extras["event_mentions"]) == 1
    bare = AnalysisState(raw=_raw(), article=article_of(doc, [putin, kaz]))
    EventsStage().run(bare)
    assert bare.require_article.events == []


def _seed_actors(text: str) -> list[Actor]:
    rows = yaml.safe_load((Path(__file__).parent / "seed_actors.yaml").read_text("utf-8"))
    kinds = {"names": "name", "descriptions": "description", "metonyms": "metonym",
             "adjectives": "adjective"}  # fmt: skip
    actors = []
    for row in rows:
        mentions = [
            Mention(start=m.start(), end=m.end(), text=form, kind=kind)  # type: ignore[arg-type]
            for key, kind in kinds.items()
            for form in row.get(key, [])
            for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text)
        ]
        fields = {k: row[k] for k in ("id", "name", "type", "country", "code") if k in row}
        actors.append(Actor(**fields, mentions=mentions))
    return actors


def test_seed_core_events(seed_text: str) -> None:
    """The seed's event table (README): visit (one event, several mentions), meeting,
    proposal, praise, arrest warrant, Lavrov's accusation, support of the sanctions;
    needs the shipped spaCy pipeline (skips without it)."""
    from lagebild.errors import ConfigError
    from lagebild.nlp.loader import load_nlp

    try:
        nlp = load_nlp()
    except ConfigError:
        pytest.skip("the trained spaCy pipeline is not present")

    from lagebild.article import ArticleStage
    from lagebild.ingest import document_from_content
    from lagebild.nlp.stage import NlpStage
    from lagebild.quotes import QuotesStage
    from lagebild.timex import TimexStage

    state = AnalysisState(raw=document_from_content(seed_text, uri="seed"))
    for stage in (ArticleStage(), NlpStage(nlp=nlp), TimexStage(), QuotesStage()):
        stage.run(state)
    article = state.require_article
    article.actors = _seed_actors(article.text)
    EventsStage().run(state)
    events = {(e.type, e.mode, tuple(e.source), tuple(e.target)): e for e in article.events}
    visit = events[("CONSULT", "visit", ("Q7747",), ("Q232",))]
    assert (visit.date, visit.location, visit.status) == ("2023-11-09", "lb:astana", "realized")
    assert len(visit.mentions) >= 2 and visit.quad_class == 1
    meeting = events[("CONSULT", None, ("Q200881", "Q7747"), ())]
    assert meeting.date == "2023-11-09"
    praise = [e for e in article.events if e.type == "SUPPORT" and "Q7747" in e.source]
    assert any({"Q232", "Q200881"} & set(e.target) for e in praise)  # Kazakhstan's side
    warrant = events[("COERCE", "arrest", ("Q47488",), ("Q7747",))]
    assert (warrant.date, warrant.status) == ("2023-03", "realized")
    assert ("ACCUSE", "allege", ("lb:lavrov",), ("lb:west",)) in events  # the gallery
    assert ("SUPPORT", None, ("Q232",), ("Q458",)) in events  # Kazakhstan backs EU sanctions
    proposal = [e for e in article.events if e.type == "AGREE" and e.status == "proposed"]
    assert proposal and proposal[0].source == ["Q7747"] and "military" in proposal[0].context
    assert not any(e.type == "ASSAULT" and "lb:west" in e.source for e in article.events)
