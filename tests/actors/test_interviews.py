"""Session 5: printed interviews without quotation marks: the answers' "ich" is the person
asked, their "wir" the organisation that person heads, a question's polite "Sie" the
person asked."""

from __future__ import annotations

from datetime import date

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.stage import link_article
from lagebild.actors.we_speakers import _speaks_for, side_nouns
from lagebild.models import Actor

DAY = date(2023, 11, 9)
PERSON = "new:peter-beispiel"


def linked(actors: list[Actor], text: str) -> list[str]:
    return sorted(
        a.id for a in actors for m in a.mentions if m.kind == "pronoun" and m.text == text
    )


RUN_TOGETHER = (
    "Die Firma Beispielwerk baut Pumpen. Peter Beispiel, Chef der Firma Beispielwerk, will"
    " wachsen.\n\n"
    "Herr Beispiel, das Geschäft läuft gut. Haben Sie Sorgen? Peter Beispiel: Ich bin"
    " zufrieden. Wir verkaufen mehr.\n\n"
    "Was planen Sie mit Ihrem Gewinn?\n\n"
    "Ich baue ein Werk. Unsere Kunden warten.\n"
)


def test_answers_and_questions_of_a_run_together_interview(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        RUN_TOGETHER,
        ents={"Beispielwerk": "ORG", "Peter Beispiel": "PER", "Beispiel": "PER"},
        subjects=("Beispielwerk",),
    )
    actors = link_article(doc, DAY, kb).to_models()
    assert linked(actors, "Ich") == [PERSON, PERSON]
    assert linked(actors, "Sie") == [PERSON, PERSON]
    assert linked(actors, "Ihrem") == [PERSON]
    # „Chef der Firma Beispielwerk“: his "wir" is the firm.
    assert linked(actors, "Wir") == ["new:beispielwerk"]
    assert linked(actors, "Unsere") == ["new:beispielwerk"]


def test_labels_give_each_answer_its_speaker(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Die Zeitung sprach mit Anna Muster und Karl Probe.\n\n"
        "Was raten Sie Kranken?\n\n"
        "Muster: Ich rate zur Ruhe.\n\n"
        "Probe: Ich rate zum Sport.\n\n"
        "Wie geht es weiter?\n\n"
        "Probe: Ich forsche weiter.\n"
    )
    doc = make_doc(
        text, ents={"Anna Muster": "PER", "Karl Probe": "PER", "Muster": "PER", "Probe": "PER"}
    )
    actors = link_article(doc, DAY, kb).to_models()
    assert linked(actors, "Ich") == ["new:anna-muster", "new:karl-probe", "new:karl-probe"]
    # Asked together, "Sie" may be both: nobody's alone.
    assert linked(actors, "Sie") == []


def test_a_report_with_questions_is_no_interview(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    # Rhetorical questions and an "ich" outside quotation marks, but nobody is asked.
    text = (
        "Peter Beispiel baut Pumpen. Wie geht es weiter? Ich weiß es nicht, schreibt der"
        " Autor.\n\n"
        "Was kostet ein Werk? Niemand weiß es. Sie warten.\n"
    )
    doc = make_doc(text, ents={"Peter Beispiel": "PER"}, subjects=("Beispiel",))
    actors = link_article(doc, DAY, kb).to_models()
    assert linked(actors, "Ich") == []
    assert PERSON not in linked(actors, "Sie")


def test_member_nouns_name_their_organisation() -> None:
    assert _speaks_for("Firmen-Chef", side_nouns()) == "firmen"
    assert _speaks_for("Vereinspräsidentin", side_nouns()) == "vereins"
    assert _speaks_for("Chef") is None  # not a spokesperson noun


def test_linking_s_of_the_first_part(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    # „Vereinssprecher“: the first part "Vereins-" names "der Verein Beispielclub".
    doc = make_doc(
        "Der Verein Beispielclub stritt. „Wir haben uns geirrt“, sagte Vereinssprecher Karl Probe.",
        ents={"Beispielclub": "ORG", "Karl Probe": "PER"},
        subjects=("Beispielclub", "Probe"),
    )
    actors = link_article(doc, DAY, kb).to_models()
    assert linked(actors, "Wir") == ["new:beispielclub"]


def test_a_quoted_address_makes_no_interview(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ein Bürger rief: „Herr Beispiel, wann handeln Sie?“ Peter Beispiel schwieg.\n\n"
        "Was folgt daraus? Ich meine, wenig.\n\n"
        "Wer zahlt? Sie nicht.\n"
    )
    doc = make_doc(text, ents={"Peter Beispiel": "PER", "Beispiel": "PER"})
    actors = link_article(doc, DAY, kb).to_models()
    assert linked(actors, "Ich") == []
    assert PERSON not in linked(actors, "Sie")
