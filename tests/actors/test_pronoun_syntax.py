"""Session 4: syntax and morphology that decide a pronoun's antecedent: plural
descriptions of states, object pronouns (disjoint from their clause's subject),
"X und seine …", articles that fix a noun's gender, and a subject's verb number."""

from __future__ import annotations

from datetime import date

from lagebild.actors.coref import _noun_gender
from lagebild.actors.docview import DocView, Place
from lagebild.actors.entities import Placed
from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.rules import load_rules
from lagebild.actors.stage import link_article
from lagebild.models import Actor

DAY = date(2023, 11, 9)


def linked(actors: list[Actor], text: str) -> list[str]:
    return [a.id for a in actors for m in a.mentions if m.kind == "pronoun" and m.text == text]


def test_object_pronoun_is_not_its_clauses_subject(kb: KnowledgeBase, make_doc, tag) -> None:  # type: ignore[no-untyped-def]
    # „Dann lobte Macron ihn“: German would say "sich" for Macron himself.
    doc = make_doc(
        "Olaf Scholz traf Emmanuel Macron. Dann lobte Macron ihn.",
        ents={"Olaf Scholz": "PER", "Emmanuel Macron": "PER", "Macron": "PER"},
        subjects=("Scholz", "Macron"),
        objects=("ihn",),
    )
    tag(doc, "VERB", "traf", "lobte")
    actors = link_article(doc, DAY, kb).to_models()
    assert linked(actors, "ihn") == ["Q61053"]


def test_object_pronoun_in_an_attribute_may_be_the_subject(
    kb: KnowledgeBase, make_doc, tag
) -> None:  # type: ignore[no-untyped-def]
    # „Er kaufte die Daten von einem ihm bekannten Hacker“: the attribute is its own domain.
    doc = make_doc(
        "Emmanuel Macron kam. Dann kaufte Macron Brot ihm zuliebe.",
        ents={"Emmanuel Macron": "PER", "Macron": "PER"},
        subjects=("Macron",),
    )
    tag(doc, "VERB", "kam", "kaufte")
    for token in doc:
        if token.text == "ihm":
            token.head = doc[token.i + 1]  # hangs on "zuliebe", not on the verb
    tag(doc, "ADP", "zuliebe")
    actors = link_article(doc, DAY, kb).to_models()
    assert linked(actors, "ihm") == ["Q3052772"]


def test_possessive_after_und_is_the_first_conjuncts(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    # „Informationen über Kim Jong Un und seine Familie“.
    doc = make_doc(
        "Olaf Scholz traf Emmanuel Macron. Er sprach über Macron und seine Frau.",
        ents={"Olaf Scholz": "PER", "Emmanuel Macron": "PER", "Macron": "PER"},
        subjects=("Scholz", "Er"),
    )
    actors = link_article(doc, DAY, kb).to_models()
    assert linked(actors, "seine") == ["Q3052772"]


def test_plural_description_of_a_state_takes_plural_sie(kb: KnowledgeBase, make_doc, tag) -> None:  # type: ignore[no-untyped-def]
    # „die Türken … zwangen sie die Kurden“: the demonym plural stands for the state.
    doc = make_doc(
        "Gestern griffen die Türken an. Dann zwangen sie Frieden.",
        subjects=("Türken", "sie"),
    )
    # The built Doc's phrase heads are their first words: the article, plural as well.
    tag(doc, "DET", "die", morph="Case=Nom|Number=Plur")
    tag(doc, "NOUN", "Türken", morph="Case=Nom|Number=Plur")
    tag(doc, "PRON", "sie", morph="Case=Nom|Number=Plur")
    actors = link_article(doc, DAY, kb).to_models()
    state = [a.id for a in actors for m in a.mentions if m.text == "die Türken"]
    assert state == ["Q43"]
    assert linked(actors, "sie") == state


def test_subject_sie_is_singular_when_its_verb_is(kb: KnowledgeBase, make_doc, tag) -> None:  # type: ignore[no-untyped-def]
    # „wozu sie 25 Jahre nicht in der Lage war“: the tagger's plural "sie" loses to "war".
    doc = make_doc(
        "Gestern klagte die Beispielbank. Dann war sie pleite.",
        ents={"Beispielbank": "ORG"},
        subjects=("Beispielbank", "sie"),
    )
    tag(doc, "DET", "die", morph="Case=Nom|Gender=Fem|Number=Sing")
    tag(doc, "PRON", "sie", morph="Case=Nom|Number=Plur")
    tag(doc, "AUX", "war", morph="Number=Sing")
    actors = link_article(doc, DAY, kb).to_models()
    bank = [a.id for a in actors for m in a.mentions if m.text == "Beispielbank"]
    assert bank and linked(actors, "sie") == bank


def test_article_fixes_a_descriptions_gender(make_doc, tag) -> None:  # type: ignore[no-untyped-def]
    # „das syrische Regime“ read as feminine by the morphologizer: "das" says neuter.
    doc = make_doc("Er traf das syrische Regime.")
    tag(doc, "NOUN", "Regime", morph="Case=Acc|Gender=Fem|Number=Sing")
    view = DocView(doc, load_rules())
    start = doc.text.index("das")
    head = next(t.i for t in doc if t.text == "Regime")
    mention = Placed(
        start,
        len(doc.text) - 1,
        "das syrische Regime",
        "description",
        "x",
        Place(head, 0, "object"),
    )
    assert _noun_gender(view, mention) == "Neut"


def test_reported_clause_subject_is_its_reporter(kb: KnowledgeBase, make_doc, tag) -> None:  # type: ignore[no-untyped-def]
    # „Keith kenne er gar nicht, sagt David Bendels“: indirect speech turns "ich" to "er".
    doc = make_doc(
        "Olaf Scholz kam. Den Gast kenne er nicht, sagt Emmanuel Macron.",
        ents={"Olaf Scholz": "PER", "Emmanuel Macron": "PER"},
        subjects=("Scholz", "er", "Macron"),
    )
    kenne = next(t for t in doc if t.text == "kenne")
    sagt = next(t for t in doc if t.text == "sagt")
    for token in doc:
        if token.text == "er":
            token.head = kenne
        if token.text in ("kenne", "Macron"):
            token.head = sagt
    sagt.head = sagt
    tag(doc, "VERB", "kam", "kenne", "sagt")
    actors = link_article(doc, DAY, kb).to_models()
    assert linked(actors, "er") == ["Q3052772"]
