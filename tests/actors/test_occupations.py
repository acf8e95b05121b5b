"""Person nouns of everyday news (`occupations.py`): forms and numbers from the declension
class, one person for a definite or subject singular, a group for a specific plural."""

from __future__ import annotations

from datetime import date

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.occupations import PLUR, SING, load_occupations, names_a_person
from lagebild.actors.stage import link_article
from lagebild.models import Actor

DAY = date(2023, 5, 2)


def _of(actors: list[Actor], text: str) -> list[str]:
    return [a.id for a in actors if any(m.text == text for m in a.mentions)]


def test_forms_carry_their_number_and_compounds_their_head() -> None:
    occ = load_occupations()
    spieler, spielern, kunden = occ.lookup("Spieler"), occ.lookup("Spielern"), occ.lookup("Kunden")
    assert spieler is not None and spieler.numbers == {SING, PLUR}
    assert spielern is not None and spielern.numbers == {PLUR}
    assert kunden is not None and kunden.numbers == {SING, PLUR}
    virologin = occ.lookup("Virologin")
    assert virologin is not None and virologin.feminine and virologin.numbers == {SING}
    autoren = occ.lookup("Autoren")
    assert autoren is not None and autoren.numbers == {PLUR}
    profi, kunde = occ.lookup("Ex-Profi"), occ.lookup("Privatkunden")
    assert profi is not None and (profi.noun, profi.qualifier) == ("Profi", "Ex")
    assert kunde is not None and (kunde.noun, kunde.qualifier) == ("Kunde", "Privat")
    assert occ.lookup("Gymnasium") is None


def test_one_word_person_nouns_are_no_names() -> None:
    assert names_a_person("Gynäkologe") and names_a_person("Fotografen")
    assert not names_a_person("Fan")  # short words may be names (Fan Bingbing)


def test_a_definite_person_noun_refers_back_to_the_salient_person(  # type: ignore[no-untyped-def]
    kb: KnowledgeBase, make_doc, tag
) -> None:
    doc = make_doc(
        "Das sagte Jonas Berger in Hamburg. Damit steige das Risiko, sagt der Virologe.",
        ents={"Jonas Berger": "PER", "Hamburg": "LOC"},
    )
    doc = tag(doc, "NOUN", "Virologe", "Risiko", morph="Gender=Masc|Number=Sing")
    actors = link_article(doc, DAY, kb).to_models()
    assert _of(actors, "der Virologe") == _of(actors, "Jonas Berger")


def test_die_before_a_masculine_noun_makes_a_group_der_a_person(  # type: ignore[no-untyped-def]
    kb: KnowledgeBase, make_doc, tag
) -> None:
    doc = make_doc(
        "Der Verein tagte. Die Spieler jubelten. Danach feierten die Spieler. Trainer Max Moll lobte.",
        ents={"Max Moll": "PER"},
        subjects=("Spieler",),
    )
    doc = tag(tag(doc, "NOUN", "Spieler", "Verein", "Trainer"), "PROPN", "Max", "Moll")
    actors = link_article(doc, DAY, kb).to_models()
    (group,) = _of(actors, "Die Spieler")
    assert group.startswith("new:grp-") and _of(actors, "die Spieler") == [group]
    assert _of(actors, "Trainer") == _of(actors, "Max Moll")


def test_bare_plurals_alone_are_generic_no_group(  # type: ignore[no-untyped-def]
    kb: KnowledgeBase, make_doc, tag
) -> None:
    doc = make_doc("Heute zahlen Kunden mehr. Morgen zahlen Kunden weniger.")
    doc = tag(doc, "NOUN", "Kunden", morph="Number=Plur")
    assert _of(link_article(doc, DAY, kb).to_models(), "Kunden") == []


def test_a_compound_joins_the_group_of_its_head(  # type: ignore[no-untyped-def]
    kb: KnowledgeBase, make_doc, tag
) -> None:
    doc = make_doc("Die Kunden warten. Privatkunden zahlen mehr.", subjects=("Kunden",))
    doc = tag(doc, "NOUN", "Kunden", "Privatkunden", morph="Number=Plur")
    actors = link_article(doc, DAY, kb).to_models()
    assert _of(actors, "Die Kunden") == _of(actors, "Privatkunden") != []


def test_an_indefinite_person_noun_brings_in_a_person_only_as_subject(  # type: ignore[no-untyped-def]
    kb: KnowledgeBase, make_doc, tag
) -> None:
    doc = make_doc(
        "Eine Zeugin rief die Feuerwehr. Man sprang für eine Kollegin ein.",
        subjects=("Zeugin",),
    )
    doc = tag(doc, "NOUN", "Zeugin", "Kollegin", morph="Gender=Fem|Number=Sing")
    doc[0].head, doc[0].dep_ = doc[1], "det"  # „Eine“ hangs on its noun, as parsed
    actors = link_article(doc, DAY, kb).to_models()
    assert len(_of(actors, "Eine Zeugin")) == 1
    assert _of(actors, "eine Kollegin") == []


def test_a_feminine_noun_that_is_no_feminine_form_is_no_person(  # type: ignore[no-untyped-def]
    kb: KnowledgeBase, make_doc, tag
) -> None:
    doc = make_doc("Eine Erdkunde erschien.", subjects=("Erdkunde",))
    doc = tag(doc, "NOUN", "Erdkunde", morph="Gender=Fem|Number=Sing")
    assert _of(link_article(doc, DAY, kb).to_models(), "Eine Erdkunde") == []
