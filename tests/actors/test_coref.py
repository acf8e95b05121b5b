"""Pronoun resolution on short texts: agreement, salience, possessives, plural."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.pronoun_cues import load_cues
from lagebild.actors.rules import load_rules, parse_rules
from lagebild.actors.stage import link_article
from lagebild.errors import ConfigError
from lagebild.models import Actor

DAY = date(2023, 11, 9)


def pronouns(actors: list[Actor]) -> dict[str, str]:
    """Pronoun text (with its start, for repeats) -> actor id."""
    return {f"{m.text}@{m.start}": a.id for a in actors for m in a.mentions if m.kind == "pronoun"}


def by_text(actors: list[Actor], text: str) -> list[str]:
    return [a.id for a in actors for m in a.mentions if m.kind == "pronoun" and m.text == text]


def test_gender_decides_between_two_persons(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Angela Merkel traf Emmanuel Macron. Sie lobte ihn.",
        ents={"Angela Merkel": "PER", "Emmanuel Macron": "PER"},
        subjects=("Merkel",),
        objects=("Macron",),
    )
    actors = link_article(doc, date(2019, 1, 1), kb).to_models()
    assert by_text(actors, "Sie") == ["Q567"]
    assert by_text(actors, "ihn") == ["Q3052772"]


def test_subject_of_previous_sentence_wins(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Gestern empfing Olaf Scholz den Gast Emmanuel Macron. Danach sagte er wenig.",
        ents={"Olaf Scholz": "PER", "Emmanuel Macron": "PER"},
        subjects=("Scholz",),
    )
    actors = link_article(doc, DAY, kb).to_models()
    assert by_text(actors, "er") == ["Q61053"]


def test_nearer_sentence_beats_older_subject(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Gestern sprach Olaf Scholz. Heute sprach Emmanuel Macron. Danach ging er.",
        ents={"Olaf Scholz": "PER", "Emmanuel Macron": "PER"},
        subjects=("Scholz", "Macron"),
    )
    actors = link_article(doc, DAY, kb).to_models()
    assert by_text(actors, "er") == ["Q3052772"]


def test_possessive_binds_to_its_clause_subject_even_after_it(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Wladimir Putin reiste ab. Bei einem Treffen mit seinem Amtskollegen lobte "
        "Kassym-Jomart Tokajew die Zusammenarbeit.",
        ents={"Wladimir Putin": "PER", "Kassym-Jomart Tokajew": "PER"},
        subjects=("Tokajew",),
    )
    actors = link_article(doc, DAY, kb).to_models()
    assert by_text(actors, "seinem") == ["Q200881"]


def test_own_country_follows_the_possessive(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Heute sprach Kassym-Jomart Tokajew. Er sagte, dass sein Land die Sanktionen achte.",
        ents={"Kassym-Jomart Tokajew": "PER"},
        subjects=("Tokajew", "Er"),
    )
    actors = link_article(doc, DAY, kb).to_models()
    assert by_text(actors, "sein") == ["Q200881"]
    land = [a.id for a in actors for m in a.mentions if m.text == "sein Land"]
    assert land == ["Q232"]


def test_no_antecedent_beyond_the_window(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    # Beyond the wider window of a lone topic person too (`topic.py`).
    window = max(load_rules().pronoun_window, load_cues().topic_window)
    filler = " ".join("Es regnete." for _ in range(window + 1))
    doc = make_doc(
        f"Gestern sprach Olaf Scholz. {filler} Dann kam er.",
        ents={"Olaf Scholz": "PER"},
        subjects=("Scholz",),
    )
    assert by_text(link_article(doc, DAY, kb).to_models(), "er") == []


def test_plural_and_polite_pronouns_are_not_linked(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Gestern sprach Olaf Scholz. Er dankte ihnen. Er sagte: Danke Ihnen.",
        ents={"Olaf Scholz": "PER"},
        subjects=("Scholz",),
    )
    found = pronouns(link_article(doc, DAY, kb).to_models())
    assert all(not key.startswith(("ihnen", "Ihnen")) for key in found)


def test_pronouns_refer_to_persons_only(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Russland schwieg. Er sagte nichts.", subjects=("Russland",))
    assert by_text(link_article(doc, DAY, kb).to_models(), "Er") == []


def test_rules_file_is_validated() -> None:
    data: dict[str, Any] = {"deps": {"subject": [], "agent": [], "object": []}}
    with pytest.raises(ConfigError):
        parse_rules(data)
    rules = load_rules()
    assert rules.pronoun("ihm") is not None and not rules.pronoun("ihm").possessive  # type: ignore[union-attr]
    assert rules.place_noun("Ex-Sowjetrepublik") is not None
    assert rules.name_gender("Swetlana Tichanowskaja") == "Fem"
    assert rules.name_gender("Nikita Chruschtschow") is None


def test_first_person_in_a_quotation_is_the_speaker(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Gestern sprach Olaf Scholz. „Ich bleibe hier“, sagte Emmanuel Macron. Ich gehe.",
        ents={"Olaf Scholz": "PER", "Emmanuel Macron": "PER"},
        subjects=("Scholz", "Macron"),
    )
    actors = link_article(doc, DAY, kb).to_models()
    assert by_text(actors, "Ich") == ["Q3052772"]  # the one outside a quotation is nobody's


def test_a_group_and_its_plural_pronoun(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Die Demonstranten kamen. Sie riefen laut. Die Demonstranten gingen.")
    for token in doc:
        if token.text in ("Demonstranten", "Sie"):
            token.set_morph("Number=Plur")
    actors = link_article(doc, DAY, kb).to_models()
    groups = [a for a in actors if a.id == "new:grp-demonstrant"]
    assert len(groups) == 1
    assert [m.kind for m in groups[0].mentions] == ["description", "pronoun", "description"]


def test_a_place_or_a_state_is_not_er(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Wladimir Putin sprach. In Moskau regnete es. Er lachte.",
        ents={"Wladimir Putin": "PER", "Moskau": "LOC"},
        subjects=("Putin",),
    )
    doc_usa = make_doc("Die USA zögern. Er lachte.", ents={"USA": "LOC"})
    assert by_text(link_article(doc, DAY, kb).to_models(), "Er") == ["Q7747"]
    assert by_text(link_article(doc_usa, DAY, kb).to_models(), "Er") == []


def test_plural_states_are_a_group_not_the_focus_country(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Die Länder wollen Geld. Sie fordern Hilfen.")
    for token in doc:
        if token.text in ("Länder", "Sie"):
            token.set_morph("Number=Plur")
    actors = link_article(doc, DAY, kb).to_models()
    # Several states, none named: neither the focus country nor a junk group "Land" with
    # no country (session 4: such a phrase links to no actor).
    assert [(m.text, a.id) for a in actors for m in a.mentions] == []


def test_third_person_in_a_quotation_is_not_its_speaker(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "Donald Trump lobte Kim Jong Un. „Ich wünsche ihm alles Gute“, sagte Trump.",
        ents={"Donald Trump": "PER", "Kim Jong Un": "PER", "Trump": "PER"},
        subjects=("Trump",),
        objects=("Un",),
    )
    actors = link_article(doc, date(2020, 4, 28), kb).to_models()
    assert by_text(actors, "Ich") == ["Q22686"]
    assert by_text(actors, "ihm") == ["Q56226"]  # not the speaker, the subject before


def test_wir_in_a_quotation_is_the_speaker(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(
        "„Wir bleiben hier“, sagte Olaf Scholz. Wir gehen.",
        ents={"Olaf Scholz": "PER"},
        subjects=("Scholz",),
    )
    actors = link_article(doc, DAY, kb).to_models()
    assert by_text(actors, "Wir") == ["Q61053"]  # the one outside a quotation is nobody's


def test_quotation_after_its_speakers_sentence(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    """No speaker in the quotation's sentence: the subject of the sentence before it, not
    the person named last there."""
    doc = make_doc(
        "Olaf Scholz kritisierte Emmanuel Macron. „Ich bleibe hier“ – so endete die Rede.",
        ents={"Olaf Scholz": "PER", "Emmanuel Macron": "PER"},
        subjects=("Scholz",),
        objects=("Macron",),
    )
    actors = link_article(doc, DAY, kb).to_models()
    assert by_text(actors, "Ich") == ["Q61053"]


def test_what_the_text_says_beats_a_gender_guessed_from_the_name(
    kb: KnowledgeBase, make_doc
) -> None:  # type: ignore[no-untyped-def]
    """„-ina“ ends Slavic women's surnames, but "Präsident Andry Rajoelina" is a man."""
    assert load_rules().name_gender("Andry Rajoelina") == "Fem"
    doc = make_doc(
        "Präsident Andry Rajoelina kam. Er sprach.",
        ents={"Andry Rajoelina": "PER"},
        subjects=("Rajoelina", "Er"),
    )
    actors = link_article(doc, date(2023, 8, 1), kb).to_models()
    person = [a.id for a in actors if any(m.text == "Andry Rajoelina" for m in a.mentions)]
    assert person and by_text(actors, "Er") == person


def test_possessive_number_is_the_possessed_nouns(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    """„ihre Erlebnisse“: "ihre" is plural because "Erlebnisse" is; the possessor is one woman."""
    doc = make_doc(
        "Angela Merkel schrieb über ihre Erlebnisse.",
        ents={"Angela Merkel": "PER"},
        subjects=("Merkel",),
    )
    for token in doc:
        if token.text == "ihre":
            token.set_morph("Case=Acc|Number=Plur|Poss=Yes|PronType=Prs")
    actors = link_article(doc, date(2019, 1, 1), kb).to_models()
    assert by_text(actors, "ihre") == ["Q567"]


def test_a_subject_after_a_possessive_binds_it_only_in_its_own_clause(kb: KnowledgeBase) -> None:
    """„Wegen ihres Kandidaten verlor die CDU, und die SPD verfehlte …“: the SPD is the
    subject of another clause."""
    import spacy
    from spacy.tokens import Doc, Span

    text = "Wegen ihres Kandidaten verlor die CDU , und die SPD verfehlte das Ziel ."
    words = text.split(" ")
    heads = [2, 2, 3, 3, 5, 3, 10, 10, 9, 10, 3, 12, 10, 3]
    deps = ["case", "det:poss", "obl", "ROOT", "det", "nsubj", "punct", "cc", "det", "nsubj"]
    deps += ["conj", "det", "obj", "punct"]
    pos = ["ADP", "DET", "NOUN", "VERB", "DET", "PROPN", "PUNCT", "CCONJ", "DET", "PROPN"]
    pos += ["VERB", "DET", "NOUN", "PUNCT"]
    morphs = [""] * len(words)
    morphs[5] = morphs[9] = "Gender=Fem|Number=Sing"
    doc = Doc(spacy.blank("de").vocab, words=words, heads=heads, deps=deps, pos=pos, morphs=morphs)
    doc.set_ents([Span(doc, 5, 6, label="ORG"), Span(doc, 9, 10, label="ORG")])
    actors = link_article(doc, date(2012, 5, 7), kb).to_models()
    owner = next(a for a in actors if any(m.text == "ihres" for m in a.mentions))
    assert any(m.text == "CDU" for m in owner.mentions)
