"""Seventh round: rules found on the opened held-out split (docs/events.md)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from lagebild.events.extract import Extractor
from lagebild.events.lexicon import Lexicon
from lagebild.events.merge import EventMention
from lagebild.events.triggers import _stray_attribute
from lagebild.models import Article

Row = tuple[str, str, str, str, str, int, str]
DocOf = Callable[[Sequence[Sequence[Row]]], Doc]
ArticleOf = Callable[..., Article]

JOHNSON = ("Q180589", "PER", "GBR", [("Johnson", "name")])
LABOUR = ("Q9630", "ORG", "GBR", [("Labour", "name")])
ISRAEL = ("Q801", "GPE", "ISR", [("Israel", "name")])
EGYPT = ("Q79", "GPE", "EGY", [("Ägypten", "name")])
DOT = (".", ".", "PUNCT", "$.", "punct")
ERWARTET = ("erwartet", "erwarten", "VERB", "VVFIN", "ROOT", 1, "VerbForm=Fin")


def mentions(article: Article, doc: Doc) -> list[EventMention]:
    return Extractor().mentions(article, doc)


def test_meeting_expected_from_did_happen(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Johnson erwartet vom Treffen mit Labour viel.": the meeting is what he expects
    # something from; "Johnson erwartet ein Treffen mit Labour." is only awaited.
    from_meeting = doc_of([[
        ("Johnson", "Johnson", "PROPN", "NE", "nsubj", 1, "Case=Nom"), ERWARTET,
        ("vom", "von", "ADP", "APPRART", "case", 3, ""),
        ("Treffen", "Treffen", "NOUN", "NN", "obl", 1, "Case=Dat"),
        ("mit", "mit", "ADP", "APPR", "case", 5, ""),
        ("Labour", "Labour", "PROPN", "NE", "nmod", 3, "Case=Dat"),
        ("viel", "viel", "PRON", "PIS", "obj", 1, "Case=Acc"), (*DOT, 1, ""),
    ]])  # fmt: skip
    found = mentions(article_of(from_meeting, [JOHNSON, LABOUR]), from_meeting)
    assert "CONSULT" in [m.type for m in found]
    awaited = doc_of([[
        ("Johnson", "Johnson", "PROPN", "NE", "nsubj", 1, "Case=Nom"), ERWARTET,
        ("ein", "ein", "DET", "ART", "det", 3, "Case=Acc"),
        ("Treffen", "Treffen", "NOUN", "NN", "obj", 1, "Case=Acc"),
        ("mit", "mit", "ADP", "APPR", "case", 5, ""),
        ("Labour", "Labour", "PROPN", "NE", "nmod", 3, "Case=Dat"), (*DOT, 1, ""),
    ]])  # fmt: skip
    assert "CONSULT" not in [
        m.type for m in mentions(article_of(awaited, [JOHNSON, LABOUR]), awaited)
    ]


def test_participle_of_another_noun_is_no_construction_part(doc_of: DocOf) -> None:
    # "die verschärfte Krise ... Sanktionen" vs "die verschärften Sanktionen".
    stray = doc_of([[
        ("verschärfte", "verschärft", "ADJ", "ADJA", "amod", 1, "Case=Acc"),
        ("Krise", "Krise", "NOUN", "NN", "ROOT", 1, "Case=Acc"),
        ("und", "und", "CCONJ", "KON", "cc", 3, ""),
        ("Sanktionen", "Sanktion", "NOUN", "NN", "conj", 1, "Case=Acc"), (*DOT, 1, ""),
    ]])  # fmt: skip
    assert _stray_attribute([stray[0], stray[3]])
    own = doc_of([[
        ("verschärften", "verschärft", "ADJ", "ADJA", "amod", 1, "Case=Acc"),
        ("Sanktionen", "Sanktion", "NOUN", "NN", "ROOT", 1, "Case=Acc"), (*DOT, 1, ""),
    ]])  # fmt: skip
    assert not _stray_attribute([own[0], own[1]])


def test_first_of_two_bare_objects_is_the_recipient(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Israel gibt Ägypten den Sinai zurück.": the name shows no case; the tagger
    # calls both objects accusative, but the first one is the dative recipient.
    doc = doc_of([[
        ("Israel", "Israel", "PROPN", "NE", "nsubj", 1, "Case=Nom"),
        ("gibt", "geben", "VERB", "VVFIN", "ROOT", 1, "VerbForm=Fin"),
        ("Ägypten", "Ägypten", "PROPN", "NE", "obj", 1, "Case=Acc"),
        ("den", "der", "DET", "ART", "det", 4, "Case=Acc"),
        ("Sinai", "Sinai", "NOUN", "NN", "obj", 1, "Case=Acc"),
        ("zurück", "zurück", "ADV", "PTKVZ", "compound:prt", 1, ""), (*DOT, 1, ""),
    ]])  # fmt: skip
    found = [m for m in mentions(article_of(doc, [ISRAEL, EGYPT]), doc) if m.type == "RETREAT"]
    assert [(m.source, m.target) for m in found] == [({"Q801"}, {"Q79"})]


def test_reviewed_entries_request_accuse_retreat_coerce() -> None:
    lexicon = Lexicon.load()
    (call,) = lexicon.lookup("Ruf", pos="NOUN")
    # "der Ruf nach Oskar" is a demand, "sein guter Ruf" a reputation.
    assert call.type == "REQUEST" and call.allows(["Ruf"], ["nach"]) and not call.allows(["Ruf"])
    (rob,) = lexicon.lookup("berauben", pos="VERB")
    assert rob.allows(["berauben", "Grundrecht"]) and not rob.allows(["berauben", "Geld"])
    assert [e.type for e in lexicon.lookup("Demission", pos="NOUN")] == ["RETREAT"]
    assert [e.type for e in lexicon.lookup("Stimmungsmache", pos="NOUN")] == ["ACCUSE"]
