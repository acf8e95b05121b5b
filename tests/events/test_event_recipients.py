"""Recipients of received acts, the focus country's mention kinds, and the evaluator's
alignment of local actors."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from spacy.tokens import Doc

from lagebild.events.evaluate import lenient_match, local_aliases
from lagebild.events.extract import Extractor
from lagebild.events.focus import focus_country
from lagebild.gold import GoldActor, GoldArticle, GoldEvent, GoldMention
from lagebild.models import Actor, Article, Event, Mention, Span

DocOf = Callable[[Sequence[Sequence[Any]]], Doc]
ArticleOf = Callable[..., Article]
PAST = "Mood=Ind|Tense=Past|VerbForm=Fin"


def test_object_of_a_verb_of_receiving_has_the_subject_as_recipient(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    # "Der Verband erhielt eine Spende von Novartis ."
    doc = doc_of([[("Der", "der", "DET", "ART", "det", 1, ""),
                   ("Verband", "Verband", "NOUN", "NN", "nsubj", 2, "Case=Nom"),
                   ("erhielt", "erhalten", "VERB", "VVFIN", "ROOT", 2, PAST),
                   ("eine", "ein", "DET", "ART", "det", 4, ""),
                   ("Spende", "Spende", "NOUN", "NN", "obj", 2, "Case=Acc"),
                   ("von", "von", "ADP", "APPR", "case", 6, ""),
                   ("Novartis", "Novartis", "PROPN", "NE", "nmod", 4, "Case=Dat"),
                   (".", ".", "PUNCT", "$.", "punct", 2, "")]])  # fmt: skip
    verband = ("lb:verband", "ORG", "DEU", [("Der Verband", "description")])
    novartis = ("lb:novartis", "ORG", "CHE", [("Novartis", "name")])
    (m,) = Extractor().mentions(article_of(doc, [verband, novartis]), doc)
    assert (m.type, m.source, m.target) == ("AID", {"lb:novartis"}, {"lb:verband"})


def _state(actor_id: str, country: str, kinds: Sequence[str]) -> Actor:
    mentions = [Mention(start=i, end=i + 1, text="x", kind=k) for i, k in enumerate(kinds)]  # type: ignore[arg-type]
    return Actor(id=actor_id, name=actor_id, type="GPE", country=country, code=country,
                 mentions=mentions)  # fmt: skip


def test_focus_country_counts_only_the_given_mention_kinds() -> None:
    # "der Staat", "des Landes" linked to the USA do not outweigh two names of Germany.
    usa = _state("Q30", "USA", ["name", "description", "description"])
    germany = _state("Q183", "DEU", ["name", "adjective"])
    assert focus_country([usa, germany]) == "Q30"
    assert focus_country([usa, germany], {"name", "adjective", "metonym"}) == "Q183"


def test_local_actors_are_aligned_by_overlapping_names() -> None:
    text = "Die Kurdische Gemeinde kritisiert die Regierung. Die Gemeinde fordert mehr."
    gold = GoldArticle(page="p", actors=[
        GoldActor(id="new:kurdische-gemeinde-deutschland", name="Kurdische Gemeinde",
                  type="ORG", mentions=[GoldMention(text="Kurdische Gemeinde")]),
    ])  # fmt: skip
    pred = Actor(id="new:kurdische-gemeinde", name="Kurdische Gemeinde", type="ORG",
                 mentions=[Mention(start=4, end=22, text="Kurdische Gemeinde")])  # fmt: skip
    other = Actor(id="lb:other", name="Other", type="ORG",
                  mentions=[Mention(start=37, end=46, text="Regierung")])  # fmt: skip
    aliases = local_aliases(gold, text, [pred, other])
    assert aliases == {"new:kurdische-gemeinde": "new:kurdische-gemeinde-deutschland"}
    event = Event(id="e1", type="ACCUSE", source=[aliases["new:kurdische-gemeinde"]],
                  status="realized", trigger=Span(start=23, end=32, text="kritisiert"),
                  evidence=Span(start=0, end=47, text=text[:47]), confidence=0.5,
                  block_kind="paragraph")  # fmt: skip
    want = GoldEvent(type="ACCUSE", source=["new:kurdische-gemeinde-deutschland"])
    assert lenient_match(want, event, {})
