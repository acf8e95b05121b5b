"""Session 6, round 2, roles the parse hid: a coordinated "object" of a subjectless
plural verb is its subject (parse_repairs.object_as_subject: the finite verb agrees
with its subject); a bare dative labelled oblique is the dative object; a passive's
agent phrase hung on an adverb is the source (roles.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from lagebild.events.extract import Extractor
from lagebild.events.parse_repairs import object_as_subject
from lagebild.models import Article

Row = tuple[str, str, str, str, str, int, str]
DocOf = Callable[[Sequence[Sequence[Row]]], Doc]
ArticleOf = Callable[..., Article]
PLURAL = "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"
SINGULAR = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
GOVERNMENT = ("lb:regierung", "ORG", "DEU", [("Regierung", "description")])
UNION = ("lb:union", "ORG", "DEU", [("Gewerkschaft", "description")])


def _talks(modal_morph: str, article: str = "") -> list[Row]:
    # "Am Montag wollen [den] Regierung und Gewerkschaft besprechen ." (the parser
    # made the coordination the object)
    rows: list[Row] = [
        ("Am", "an", "ADP", "APPRART", "case", 1, ""),
        ("Montag", "Montag", "NOUN", "NN", "obl", 6, "Case=Dat"),
        ("wollen", "wollen", "AUX", "VMFIN", "aux", 6, modal_morph),
        ("Regierung", "Regierung", "NOUN", "NN", "obj", 6, "Case=Acc"),
        ("und", "und", "CCONJ", "KON", "cc", 5, ""),
        ("Gewerkschaft", "Gewerkschaft", "NOUN", "NN", "conj", 3, "Case=Acc"),
        ("besprechen", "besprechen", "VERB", "VVINF", "ROOT", 6, "VerbForm=Inf"),
        (".", ".", "PUNCT", "$.", "punct", 6, ""),
    ]
    if article:
        rows = [(*r[:5], r[5] + 1 if r[5] >= 3 else r[5], r[6]) for r in rows]
        rows = [*rows[:3], (article, "der", "DET", "ART", "det", 4, "Case=Acc"), *rows[3:]]
    return rows


def _signing(subject: Row | None) -> list[Row]:
    # "Heute unterzeichnen Regierung und Gewerkschaft in Berlin ." with the finite
    # plural tagged as an infinitive (homographs); optionally after "X kam und ...".
    rows: list[Row] = [
        ("Heute", "heute", "ADV", "ADV", "advmod", 1, ""),
        ("unterzeichnen", "unterzeichnen", "VERB", "VVINF", "ROOT", 1, "VerbForm=Inf"),
        ("Regierung", "Regierung", "NOUN", "NN", "obj", 1, "Case=Acc"),
        ("und", "und", "CCONJ", "KON", "cc", 4, ""),
        ("Gewerkschaft", "Gewerkschaft", "NOUN", "NN", "conj", 2, "Case=Acc"),
        (".", ".", "PUNCT", "$.", "punct", 1, ""),
    ]
    if subject is None:
        return rows
    # "Die Partner kamen und unterzeichnen ...": the conjunct shares a plural subject.
    head: list[Row] = [
        ("Die", "der", "DET", "ART", "det", 1, "Case=Nom"),
        subject,
        ("kamen", "kommen", "VERB", "VVFIN", "ROOT", 2, PLURAL),
        ("und", "und", "CCONJ", "KON", "cc", 4, ""),
    ]
    tail = [(*r[:5], r[5] + 3, r[6]) for r in rows[1:]]
    tail[0] = (*tail[0][:4], "conj", 2, tail[0][6])
    return [*head, *tail]


def _verb(doc: Doc, lemma: str) -> object:
    return next(t for t in doc if t.lemma_ == lemma)


def test_coordinated_object_of_a_plural_modal_is_the_subject(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    doc = doc_of([_talks(PLURAL)])
    (m,) = Extractor().mentions(article_of(doc, [GOVERNMENT, UNION]), doc)
    assert m.type == "CONSULT"
    assert set(m.source) | set(m.target) == {"lb:regierung", "lb:union"}


def test_a_singular_finite_verb_keeps_its_object(doc_of: DocOf) -> None:
    doc = doc_of([_talks(SINGULAR)])
    assert object_as_subject(doc[6], Extractor().cfg) is None


def test_an_accusative_article_keeps_the_object(doc_of: DocOf) -> None:
    doc = doc_of([_talks(PLURAL, article="den")])
    assert doc[3].text == "den" and doc[7].text == "besprechen"
    assert object_as_subject(doc[7], Extractor().cfg) is None


def test_an_ungoverned_infinitive_form_is_the_finite_plural(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    doc = doc_of([_signing(None)])
    assert getattr(object_as_subject(doc[1], Extractor().cfg), "i", None) == 2
    (m,) = Extractor().mentions(article_of(doc, [GOVERNMENT, UNION]), doc)
    assert m.type == "SUPPORT"
    assert set(m.source) | set(m.target) == {"lb:regierung", "lb:union"}


def test_a_conjunct_verb_shares_a_plural_subject(doc_of: DocOf) -> None:
    subject: Row = ("Partner", "Partner", "NOUN", "NN", "nsubj", 2, "Case=Nom|Number=Plur")
    doc = doc_of([_signing(subject)])
    verb = doc[4]
    assert verb.text == "unterzeichnen" and verb.dep_ == "conj"
    assert object_as_subject(verb, Extractor().cfg) is None


def _payment(dep: str, case: str) -> list[Row]:
    # "Die Regierung zahlt der Gewerkschaft Geld ." with the dative labelled `dep`.
    return [
        ("Die", "der", "DET", "ART", "det", 1, "Case=Nom"),
        ("Regierung", "Regierung", "NOUN", "NN", "nsubj", 2, "Case=Nom"),
        ("zahlt", "zahlen", "VERB", "VVFIN", "ROOT", 2, SINGULAR),
        ("der", "der", "DET", "ART", "det", 4, f"Case={case}"),
        ("Gewerkschaft", "Gewerkschaft", "NOUN", "NN", dep, 2, f"Case={case}"),
        ("Geld", "Geld", "NOUN", "NN", "obj", 2, "Case=Acc"),
        (".", ".", "PUNCT", "$.", "punct", 2, ""),
    ]


def test_a_bare_dative_labelled_oblique_is_the_dative_object(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    doc = doc_of([_payment("obl:arg", "Dat")])
    (m,) = Extractor().mentions(article_of(doc, [GOVERNMENT, UNION]), doc)
    assert (m.type, set(m.source), set(m.target)) == ("AID", {"lb:regierung"}, {"lb:union"})


def test_a_genitive_oblique_is_no_dative_object(doc_of: DocOf, article_of: ArticleOf) -> None:
    doc = doc_of([_payment("obl:arg", "Gen")])
    mentions = Extractor().mentions(article_of(doc, [GOVERNMENT, UNION]), doc)
    assert all("lb:union" not in m.target for m in mentions)


def _criticised(adverb_pp: bool) -> list[Row]:
    # "Die Regierung wurde deutlich von der Gewerkschaft kritisiert ." with the agent
    # phrase hung on the adverb (or, correctly, on the participle).
    pp_head = 3 if adverb_pp else 7
    return [
        ("Die", "der", "DET", "ART", "det", 1, "Case=Nom"),
        ("Regierung", "Regierung", "NOUN", "NN", "nsubj:pass", 7, "Case=Nom"),
        ("wurde", "werden", "AUX", "VAFIN", "aux:pass", 7, SINGULAR),
        ("deutlich", "deutlich", "ADJ", "ADJD", "advmod", 7, "Degree=Pos"),
        ("von", "von", "ADP", "APPR", "case", 6, ""),
        ("der", "der", "DET", "ART", "det", 6, "Case=Dat"),
        ("Gewerkschaft", "Gewerkschaft", "NOUN", "NN", "obl", pp_head, "Case=Dat"),
        ("kritisiert", "kritisieren", "VERB", "VVPP", "ROOT", 7, "VerbForm=Part"),
        (".", ".", "PUNCT", "$.", "punct", 7, ""),
    ]


def test_an_agent_phrase_hung_on_an_adverb_is_the_passive_source(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    for adverb_pp in (True, False):
        doc = doc_of([_criticised(adverb_pp)])
        (m,) = Extractor().mentions(article_of(doc, [GOVERNMENT, UNION]), doc)
        assert (m.type, set(m.source), set(m.target)) == ("ACCUSE", {"lb:union"}, {"lb:regierung"})
