"""Session 4: pronouns agree with the grammatical gender and number of an organisation's
name (its determiners; neuter when it has none), and "es" refers only as an acting subject."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from lagebild.actors.docview import DocView
from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.pronoun_orgs import determiner
from lagebild.actors.rules import load_rules
from lagebild.actors.stage import link_article
from lagebild.models import Actor

DAY = date(2023, 11, 9)


def linked(actors: list[Actor], text: str) -> list[str]:
    return [a.id for a in actors for m in a.mentions if m.kind == "pronoun" and m.text == text]


def named(actors: list[Actor], text: str) -> list[str]:
    return [a.id for a in actors for m in a.mentions if m.kind == "name" and m.text == text]


def _tag_all(doc: Doc, tag) -> Doc:  # type: ignore[no-untyped-def]
    """Every word tagged (a tagger's Doc): lower-case roots as verbs, the rest as nouns."""
    for token in doc:
        if not token.pos_:
            token.pos_ = "VERB" if token.dep_ == "ROOT" and token.is_lower else "NOUN"
    return doc


def test_bare_company_name_is_neuter_for_es_and_sein(kb: KnowledgeBase, make_doc, tag) -> None:  # type: ignore[no-untyped-def]
    # „Facebook wehrt sich. Es bezeichnet …“: a name without an article is neuter.
    doc = make_doc(
        "Beispielwerk wehrt sich. Es kritisiert seinen Vorstand.",
        ents={"Beispielwerk": "ORG"},
        subjects=("Beispielwerk", "Es"),
    )
    tag(doc, "PROPN", "Beispielwerk", morph="Gender=Masc|Number=Plur")
    tag(doc, "PRON", "Es", "seinen")
    _tag_all(doc, tag)
    actors = link_article(doc, DAY, kb).to_models()
    org = named(actors, "Beispielwerk")
    assert org and linked(actors, "Es") == org
    assert linked(actors, "seinen") == org


def test_determiner_gives_the_gender(kb: KnowledgeBase, make_doc, tag) -> None:  # type: ignore[no-untyped-def]
    # „die Beispielbank … sie“: the article says feminine, whatever the noun's morphology.
    doc = make_doc(
        "Gestern klagte die Beispielbank. Nun verlangt sie Geld.",
        ents={"Beispielbank": "ORG"},
        subjects=("Beispielbank", "sie"),
    )
    tag(doc, "DET", "die", morph="Case=Nom|Gender=Fem|Number=Sing")
    tag(doc, "PROPN", "Beispielbank", morph="Gender=Neut|Number=Sing")
    tag(doc, "PRON", "sie", morph="Number=Sing")
    _tag_all(doc, tag)
    actors = link_article(doc, DAY, kb).to_models()
    assert linked(actors, "sie") == named(actors, "Beispielbank")


def test_plural_name_takes_plural_possessive(kb: KnowledgeBase, make_doc, tag) -> None:  # type: ignore[no-untyped-def]
    # „Haben die Piraten ihren Zenit überschritten?“: a plural party name.
    doc = make_doc(
        "Gestern verloren die Beispielpiraten. Nun verlieren die Beispielpiraten ihre Wähler.",
        ents={"Beispielpiraten": "ORG"},
        subjects=("Beispielpiraten",),
    )
    tag(doc, "DET", "die", morph="Case=Nom|Number=Plur")
    tag(doc, "PROPN", "Beispielpiraten", morph="Number=Plur")
    tag(doc, "DET", "ihre")
    _tag_all(doc, tag)
    actors = link_article(doc, DAY, kb).to_models()
    assert linked(actors, "ihre") == named(actors, "Beispielpiraten")[:1]


def test_compound_article_is_not_the_names(make_doc) -> None:  # type: ignore[no-untyped-def]
    # „die Beispielwerk-Daten“: "die" goes with "Daten", not with the name.
    doc = make_doc("Er kopierte die Beispielwerk-Daten und die Beispielbank.")
    view = DocView(doc, load_rules())
    compound = doc.text.index("Beispielwerk")
    assert determiner(view, compound, compound + len("Beispielwerk")) is None
    bank = doc.text.index("Beispielbank")
    found = determiner(view, bank, bank + len("Beispielbank"))
    assert found is not None and found.text == "die"


def test_es_of_an_impersonal_verb_is_no_actor(kb: KnowledgeBase, make_doc, tag) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Beispielwerk wehrt sich. Danach heißt es anders.",
        ents={"Beispielwerk": "ORG"},
        subjects=("Beispielwerk", "es"),
    )
    tag(doc, "PRON", "es")
    _tag_all(doc, tag)
    for token in doc:
        if token.text == "heißt":
            token.lemma_ = "heißen"
    assert linked(link_article(doc, DAY, kb).to_models(), "es") == []


def test_es_before_a_plural_verb_is_no_actor(kb: KnowledgeBase, make_doc, tag) -> None:  # type: ignore[no-untyped-def]
    # „Es profitieren Menschen“: the verb agrees with the real subject.
    doc = make_doc(
        "Beispielwerk wehrt sich. Davon profitieren es Menschen.",
        ents={"Beispielwerk": "ORG"},
        subjects=("Beispielwerk", "es"),
    )
    tag(doc, "PRON", "es")
    _tag_all(doc, tag)
    tag(doc, "VERB", "profitieren", morph="Number=Plur")
    assert linked(link_article(doc, DAY, kb).to_models(), "es") == []


def test_impersonal_forms_the_lemmatizer_missed() -> None:
    from lagebild.actors.coref import _impersonal_form
    from lagebild.actors.pronoun_cues import load_cues

    impersonal = load_cues().impersonal_verbs
    assert _impersonal_form("handele", impersonal)  # „handele es sich um …“
    assert _impersonal_form("heißt", impersonal)
    assert not _impersonal_form("bezeichnet", impersonal)  # „Es bezeichnet den Entwurf …“
