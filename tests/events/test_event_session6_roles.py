"""Session 6, events whose trigger was found: unreal acts (unreal.py) and roles."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from lagebild.events.extract import Extractor
from lagebild.events.unreal import unreal_modals
from lagebild.models import Article

Row = tuple[str, str, str, str, str, int, str]
DocOf = Callable[[Sequence[Sequence[Row]]], Doc]
ArticleOf = Callable[..., Article]
PRES = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
PAST = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"
MINISTER = ("lb:minister", "PER", "DEU", [("Minister", "description")])
UNION = ("lb:union", "ORG", "DEU", [("Gewerkschaft", "description")])


def _dot(head: int) -> Row:
    return (".", ".", "PUNCT", "$.", "punct", head, "")


def _promise(modal: str, lemma: str, negated: bool) -> list[Row]:
    # "Der Minister kann der Gewerkschaft das (nicht) versprechen ."
    rows: list[Row] = [
        ("Der", "der", "DET", "ART", "det", 1, "Case=Nom"),
        ("Minister", "Minister", "NOUN", "NN", "nsubj", 2, "Case=Nom"),
        (modal, lemma, "AUX", "VMFIN", "aux", 7 if negated else 6, PRES),
        ("der", "der", "DET", "ART", "det", 4, "Case=Dat"),
        ("Gewerkschaft", "Gewerkschaft", "NOUN", "NN", "iobj", 7 if negated else 6, "Case=Dat"),
        ("das", "der", "PRON", "PDS", "obj", 7 if negated else 6, "Case=Acc"),
    ]
    if negated:
        rows.append(("nicht", "nicht", "PART", "PTKNEG", "advmod", 7, ""))
    head = len(rows)
    rows.append(("versprechen", "versprechen", "VERB", "VVINF", "ROOT", head, "VerbForm=Inf"))
    rows[1] = (*rows[1][:5], head, rows[1][6])
    rows.append(_dot(head))
    return rows


def test_unreal_modals_come_from_the_grammar_file() -> None:
    assert {"können", "müssen"} <= unreal_modals()
    assert "wollen" not in unreal_modals()  # a word of will makes a refusal instead


def test_negated_act_under_a_modal_of_ability_is_no_event(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    doc = doc_of([_promise("kann", "können", negated=True)])
    assert Extractor().mentions(article_of(doc, [MINISTER, UNION]), doc) == []


def test_the_same_act_without_negation_stays(doc_of: DocOf, article_of: ArticleOf) -> None:
    doc = doc_of([_promise("kann", "können", negated=False)])
    (m,) = Extractor().mentions(article_of(doc, [MINISTER, UNION]), doc)
    assert (m.type, set(m.source), set(m.target)) == ("AGREE", {"lb:minister"}, {"lb:union"})


def test_negated_act_under_a_word_of_will_stays_a_refusal(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    doc = doc_of([_promise("will", "wollen", negated=True)])
    (m,) = Extractor().mentions(article_of(doc, [MINISTER, UNION]), doc)
    assert (m.type, m.status) == ("REJECT", "realized")


def test_negated_act_without_a_modal_stays_negated(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Der Minister versprach der Gewerkschaft das nicht ."
    rows: list[Row] = [
        ("Der", "der", "DET", "ART", "det", 1, "Case=Nom"),
        ("Minister", "Minister", "NOUN", "NN", "nsubj", 2, "Case=Nom"),
        ("versprach", "versprechen", "VERB", "VVFIN", "ROOT", 2, PAST),
        ("der", "der", "DET", "ART", "det", 4, "Case=Dat"),
        ("Gewerkschaft", "Gewerkschaft", "NOUN", "NN", "iobj", 2, "Case=Dat"),
        ("das", "der", "PRON", "PDS", "obj", 2, "Case=Acc"),
        ("nicht", "nicht", "PART", "PTKNEG", "advmod", 2, ""),
        _dot(2),
    ]
    doc = doc_of([rows])
    (m,) = Extractor().mentions(article_of(doc, [MINISTER, UNION]), doc)
    assert (m.type, m.status) == ("AGREE", "negated")


MILITIA = ("lb:miliz", "ORG", "SYR", [("Miliz", "description")])
TOWN = ("lb:stadt", "ORG", "SYR", [("Stadtverwaltung", "description")])


def test_time_phrase_taken_for_a_subject_does_not_block_the_real_one(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    # "Am Montag geht der Minister zur Gewerkschaft und kritisiert sie ." The parser
    # made "Am Montag" a second subject of "geht"; "kritisiert" borrows the real one.
    rows: list[Row] = [
        ("Am", "Am", "PROPN", "NE", "dep", 1, "Case=Nom"),
        ("Montag", "Montag", "PROPN", "NE", "nsubj", 2, "Case=Nom"),
        ("geht", "gehen", "VERB", "VVFIN", "ROOT", 2, PRES),
        ("der", "der", "DET", "ART", "det", 4, "Case=Nom"),
        ("Minister", "Minister", "NOUN", "NN", "nsubj", 2, "Case=Nom"),
        ("zur", "zu", "ADP", "APPRART", "case", 6, ""),
        ("Gewerkschaft", "Gewerkschaft", "NOUN", "NN", "obl", 2, "Case=Dat"),
        ("und", "und", "CCONJ", "KON", "cc", 8, ""),
        ("kritisiert", "kritisieren", "VERB", "VVFIN", "conj", 2, PRES),
        ("sie", "sie", "PRON", "PPER", "obj", 8, "Case=Acc"),
        _dot(2),
    ]
    doc = doc_of([rows])
    union = ("lb:union", "ORG", "DEU", [("Gewerkschaft", "description"), ("sie", "pronoun")])
    found = Extractor().mentions(article_of(doc, [MINISTER, union]), doc)
    (m,) = [m for m in found if m.type == "ACCUSE"]
    assert (set(m.source), set(m.target)) == ({"lb:minister"}, {"lb:union"})


def test_act_taken_for_a_second_subject_is_the_object(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Zudem beginnt die Miliz erste Angriffe ." with both nouns parsed as subjects.
    rows: list[Row] = [
        ("Zudem", "zudem", "ADV", "PAV", "advmod", 1, ""),
        ("beginnt", "beginnen", "VERB", "VVFIN", "ROOT", 1, PRES),
        ("die", "der", "DET", "ART", "det", 3, "Case=Nom"),
        ("Miliz", "Miliz", "NOUN", "NN", "nsubj", 1, "Case=Nom"),
        ("erste", "erst", "ADJ", "ADJA", "amod", 5, "Case=Nom"),
        ("Angriffe", "Angriff", "NOUN", "NN", "nsubj", 1, "Case=Nom|Number=Plur"),
        _dot(1),
    ]
    doc = doc_of([rows])
    (m,) = Extractor().mentions(article_of(doc, [MILITIA]), doc)
    assert (m.type, set(m.source)) == ("ASSAULT", {"lb:miliz"})


def test_a_single_subject_act_borrows_no_actor(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Die Anschläge erschüttern die Stadtverwaltung ." The act is the only subject.
    rows: list[Row] = [
        ("Die", "der", "DET", "ART", "det", 1, "Case=Nom"),
        ("Anschläge", "Anschlag", "NOUN", "NN", "nsubj", 2, "Case=Nom|Number=Plur"),
        ("erschüttern", "erschüttern", "VERB", "VVFIN", "ROOT", 2, PRES),
        ("die", "der", "DET", "ART", "det", 4, "Case=Acc"),
        ("Stadtverwaltung", "Stadtverwaltung", "NOUN", "NN", "obj", 2, "Case=Acc"),
        _dot(2),
    ]
    doc = doc_of([rows])
    found = Extractor().mentions(article_of(doc, [TOWN]), doc)
    assert all("lb:stadt" not in m.source for m in found)
