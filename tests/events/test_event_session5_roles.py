"""Session 5, roles: attributive participles and the stative passive (participles.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from lagebild.events.extract import Extractor
from lagebild.events.merge import EventMention
from lagebild.events.participles import attributive_voice, stative_passive
from lagebild.models import Article

Row = tuple[str, str, str, str, str, int, str]
DocOf = Callable[[Sequence[Sequence[Row]]], Doc]
ArticleOf = Callable[..., Article]

POLICE = ("new:polizei", "ORG", "DEU", [("Polizei", "description")])
PRESS = ("new:journalisten", "MISC", "DEU", [("Journalisten", "description")])
GOV = ("lb:gov", "ORG", "DEU", [("Regierung", "description")])
DOT = (".", ".", "PUNCT", "$.", "punct")
ADJA = "Case=Nom|Number=Plur"
FIN = "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"


def mentions(article: Article, doc: Doc) -> list[EventMention]:
    return Extractor().mentions(article, doc)


def of_type(found: list[EventMention], type_: str) -> list[EventMention]:
    return [m for m in found if m.type == type_]


# "Die verhafteten Journalisten kritisierten die Regierung ."
ARRESTED = [
    ("Die", "der", "DET", "ART", "det", 2, "Case=Nom"),
    ("verhafteten", "verhaftet", "ADJ", "ADJA", "amod", 2, ADJA),
    ("Journalisten", "Journalist", "NOUN", "NN", "nsubj", 3, "Case=Nom|Number=Plur"),
    ("kritisierten", "kritisieren", "VERB", "VVFIN", "ROOT", 3, FIN),
    ("die", "der", "DET", "ART", "det", 5, "Case=Acc"),
    ("Regierung", "Regierung", "NOUN", "NN", "obj", 3, "Case=Acc"),
    (*DOT, 3, ""),
]


def test_past_participle_attribute_makes_its_noun_the_patient(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    doc = doc_of([ARRESTED])
    found = mentions(article_of(doc, [PRESS, GOV]), doc)
    # Nobody was arrested by the journalists; their criticism stays.
    assert all(m.source != {"new:journalisten"} for m in of_type(found, "COERCE"))
    (accuse,) = of_type(found, "ACCUSE")
    assert (accuse.source, accuse.target) == ({"new:journalisten"}, {"lb:gov"})


def test_agent_inside_the_attribute_is_the_source(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Die von der Polizei verhafteten Journalisten schweigen ."
    rows: list[Row] = [
        ("Die", "der", "DET", "ART", "det", 5, "Case=Nom"),
        ("von", "von", "ADP", "APPR", "case", 3, ""),
        ("der", "der", "DET", "ART", "det", 3, "Case=Dat"),
        ("Polizei", "Polizei", "NOUN", "NN", "obl", 4, "Case=Dat"),
        ("verhafteten", "verhaftet", "ADJ", "ADJA", "amod", 5, ADJA),
        ("Journalisten", "Journalist", "NOUN", "NN", "nsubj", 6, "Case=Nom|Number=Plur"),
        ("schweigen", "schweigen", "VERB", "VVFIN", "ROOT", 6, FIN),
        (*DOT, 6, ""),
    ]
    doc = doc_of([rows])
    (m,) = of_type(mentions(article_of(doc, [POLICE, PRESS]), doc), "COERCE")
    assert (m.source, m.target) == ({"new:polizei"}, {"new:journalisten"})


def test_present_participle_attribute_makes_its_noun_the_agent(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    # "Die Regierung lobte die kritisierenden Journalisten ." (kritisierend: active)
    rows: list[Row] = [
        ("Die", "der", "DET", "ART", "det", 1, "Case=Nom"),
        ("Regierung", "Regierung", "NOUN", "NN", "nsubj", 2, "Case=Nom"),
        ("lobte", "loben", "VERB", "VVFIN", "ROOT", 2, FIN),
        ("die", "der", "DET", "ART", "det", 5, "Case=Acc"),
        ("kritisierenden", "kritisierend", "ADJ", "ADJA", "amod", 5, "Case=Acc|Number=Plur"),
        ("Journalisten", "Journalist", "NOUN", "NN", "obj", 2, "Case=Acc|Number=Plur"),
        (*DOT, 2, ""),
    ]
    doc = doc_of([rows])
    found = of_type(mentions(article_of(doc, [GOV, PRESS]), doc), "ACCUSE")
    assert all(m.source != {"lb:gov"} for m in found)


def test_stative_passive_subject_is_no_agent(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Die Journalisten sind verhaftet ."
    rows: list[Row] = [
        ("Die", "der", "DET", "ART", "det", 1, "Case=Nom"),
        ("Journalisten", "Journalist", "NOUN", "NN", "nsubj", 3, "Case=Nom|Number=Plur"),
        ("sind", "sein", "AUX", "VAFIN", "aux", 3, "Mood=Ind|VerbForm=Fin"),
        ("verhaftet", "verhaften", "VERB", "VVPP", "ROOT", 3, "VerbForm=Part"),
        (*DOT, 3, ""),
    ]
    doc = doc_of([rows])
    assert stative_passive(doc[3])
    found = of_type(mentions(article_of(doc, [PRESS]), doc), "COERCE")
    assert all("new:journalisten" not in m.source for m in found)


def test_finite_verb_hung_on_a_noun_is_no_participle(doc_of: DocOf) -> None:
    # "... und warnen Vermieter": the parser made the finite verb an attribute.
    rows: list[Row] = [
        ("warnen", "warnen", "VERB", "VVFIN", "amod", 1, FIN),
        ("Vermieter", "Vermieter", "NOUN", "NN", "ROOT", 1, "Case=Acc"),
        ("wartende", "wartend", "ADJ", "ADJA", "amod", 3, ADJA),
        ("Mieter", "Mieter", "NOUN", "NN", "conj", 1, "Case=Nom"),
    ]
    doc = doc_of([rows])
    assert attributive_voice(doc[0]) is None
    assert attributive_voice(doc[2]) == "active"
    assert not stative_passive(doc[0])


ASSOCIATION = ("new:verein", "ORG", "DEU", [("Verein", "description")])
PARTY = ("new:partei", "ORG", "DEU", [("Partei", "description")])


def test_subject_hung_on_the_auxiliary_is_the_verbs(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Der Verein hat die Partei unterstützt ." with the subject on "hat".
    rows: list[Row] = [
        ("Der", "der", "DET", "ART", "det", 1, "Case=Nom"),
        ("Verein", "Verein", "NOUN", "NN", "nsubj", 2, "Case=Nom"),
        ("hat", "haben", "AUX", "VAFIN", "aux", 5, "Mood=Ind|VerbForm=Fin"),
        ("die", "der", "DET", "ART", "det", 4, "Case=Acc"),
        ("Partei", "Partei", "NOUN", "NN", "obj", 5, "Case=Acc"),
        ("unterstützt", "unterstützen", "VERB", "VVPP", "ROOT", 5, "VerbForm=Part"),
        (*DOT, 5, ""),
    ]
    doc = doc_of([rows])
    (m,) = of_type(mentions(article_of(doc, [ASSOCIATION, PARTY]), doc), "SUPPORT")
    assert (m.source, m.target) == ({"new:verein"}, {"new:partei"})


def test_subject_on_the_modal_blocks_the_governing_subject(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    # "Er sagt , man solle die Partei anrufen ." with "man" hung on the modal.
    rows: list[Row] = [
        ("Er", "er", "PRON", "PPER", "nsubj", 1, "Case=Nom"),
        ("sagt", "sagen", "VERB", "VVFIN", "ROOT", 1, "Mood=Ind|VerbForm=Fin"),
        (",", ",", "PUNCT", "$,", "punct", 7, ""),
        ("man", "man", "PRON", "PIS", "nsubj", 4, "Case=Nom"),
        ("solle", "sollen", "AUX", "VMFIN", "aux", 7, "Mood=Sub|VerbForm=Fin"),
        ("die", "der", "DET", "ART", "det", 6, "Case=Acc"),
        ("Partei", "Partei", "NOUN", "NN", "obj", 7, "Case=Acc"),
        ("anrufen", "anrufen", "VERB", "VVINF", "xcomp", 1, "VerbForm=Inf"),
        (*DOT, 1, ""),
    ]
    doc = doc_of([rows])
    speaker = ("new:sprecher", "PER", "DEU", [("Er", "pronoun")])
    found = of_type(mentions(article_of(doc, [speaker, PARTY]), doc), "CONSULT")
    assert all("new:sprecher" not in m.source for m in found)
