"""The trigger lexicon: schema, consistency with the code tables, lookups, cues."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from lagebild.events import codes
from lagebild.events.lexicon import (
    ContextCues,
    Lexicon,
    Refinement,
    Refinements,
    StatusCues,
    TriggerEntry,
)


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.load()


def entry(**kw: object) -> TriggerEntry:
    base: dict[str, object] = {
        "type": "CONSULT",
        "pos": "VERB",
        "lemma": "besuchen",
        "cameo": "042",
    }
    return TriggerEntry.model_validate({**base, **kw})


# --- the packaged data ----------------------------------------------------------------


def test_every_entry_agrees_with_the_tables_and_none_is_duplicated(lex: Lexicon) -> None:
    assert lex.problems() == []


def test_all_sixteen_types_are_covered_with_hundreds_of_entries(lex: Lexicon) -> None:
    counts = lex.counts()
    print("\n" + "\n".join(f"{t:10} {c}" for t, c in counts.items()))
    assert set(counts) == set(codes.PLOVER_TYPES)
    assert all(sum(c.values()) >= 20 for c in counts.values())
    assert len(lex.entries) >= 400


def test_lexicon_types_match_the_code_module() -> None:
    assert set(TriggerEntry.model_fields["type"].annotation.__args__) == set(codes.PLOVER_TYPES)  # type: ignore[union-attr]


REQUIRED_VERBS = [
    "besuchen",
    "treffen",
    "empfangen",
    "telefonieren",
    "verhandeln",
    "unterzeichnen",
    "vereinbaren",
    "unterstützen",
    "loben",
    "kritisieren",
    "vorwerfen",
    "verurteilen",
    "fordern",
    "drohen",
    "ablehnen",
    "sanktionieren",
    "ausweisen",
    "festnehmen",
    "verhaften",
    "verbieten",
    "angreifen",
    "beschießen",
    "bombardieren",
    "töten",
    "protestieren",
    "demonstrieren",
    "liefern",
    "mobilisieren",
    "zurückziehen",
    "freilassen",
    "vorschlagen",
]
REQUIRED_NOUNS = [
    "Besuch",
    "Reise",
    "Staatsbesuch",
    "Treffen",
    "Gipfel",
    "Gipfeltreffen",
    "Pressekonferenz",
    "Gespräch",
    "Telefonat",
    "Abkommen",
    "Vertrag",
    "Kritik",
    "Vorwurf",
    "Haftbefehl",
    "Anklage",
    "Sanktion",
    "Sanktionsregime",
    "Embargo",
    "Angriff",
    "Angriffskrieg",
    "Krieg",
    "Invasion",
    "Luftangriff",
    "Protest",
    "Demonstration",
    "Streik",
    "Waffenlieferung",
    "Militärhilfe",
    "Hilfspaket",
    "Festnahme",
    "Ausweisung",
    "Verbot",
    "Drohung",
    "Ultimatum",
    "Truppenaufmarsch",
    "Manöver",
    "Rückzug",
    "Waffenruhe",
    "Zusammenarbeit",
    "Kooperation",
]
REQUIRED_MULTIWORD = [
    "Kritik üben",
    "zum Ausdruck bringen",
    "einen Haftbefehl ausstellen",
    "einen Haftbefehl erlassen",
    "Sanktionen verhängen",
    "den Hof machen",
    "Gespräche führen",
    "eine Vereinbarung treffen",
    "Hilfe leisten",
]


@pytest.mark.parametrize("lemma", REQUIRED_VERBS)
def test_required_verbs(lex: Lexicon, lemma: str) -> None:
    assert lex.lookup(lemma, pos="VERB"), lemma


@pytest.mark.parametrize("lemma", REQUIRED_NOUNS)
def test_required_nouns(lex: Lexicon, lemma: str) -> None:
    assert lex.lookup(lemma, pos="NOUN"), lemma


@pytest.mark.parametrize("lemma", REQUIRED_MULTIWORD)
def test_required_constructions(lex: Lexicon, lemma: str) -> None:
    assert any(e.lemma == lemma for e in lex.entries if e.pos == "MWE"), lemma


def test_every_type_has_verbs_and_nouns(lex: Lexicon) -> None:
    for plover_type, counts in lex.counts().items():
        assert counts["VERB"] and counts["NOUN"], plover_type


def test_lemmas_are_normalised(lex: Lexicon) -> None:
    for e in lex.entries:
        assert e.lemma == e.lemma.strip(), e.lemma
        if e.pos == "VERB":
            assert e.lemma.islower(), e.lemma
        if e.pos == "NOUN":
            assert e.lemma[0].isupper() and " " not in e.lemma, e.lemma
        if e.pos != "MWE":
            assert " " not in e.lemma, e.lemma


def test_reciprocal_and_role_hints(lex: Lexicon) -> None:
    (treffen,) = [e for e in lex.lookup("treffen", pos="VERB") if e.type == "CONSULT"]
    assert treffen.reciprocal and "mit" in treffen.preps
    (besuch,) = lex.lookup("Besuch")
    assert besuch.gen == "source" and besuch.mode == "visit"
    (festnahme,) = lex.lookup("Festnahme")
    assert festnahme.gen == "target" and festnahme.type == "COERCE"
    (haftbefehl,) = lex.lookup("Haftbefehl")
    assert "gegen" in haftbefehl.preps
    (vorwerfen,) = lex.lookup("vorwerfen")
    assert vorwerfen.dat == "target" and vorwerfen.obj == "theme"


# --- lookups --------------------------------------------------------------------------


def test_separated_particle_finds_the_particle_verb(lex: Lexicon) -> None:
    found = lex.lookup("schlagen", particle="vor")
    assert [(e.lemma, e.type) for e in found] == [("vorschlagen", "AGREE")]
    assert lex.lookup("nehmen", particle="fest")[0].lemma == "festnehmen"


def test_full_lemma_and_case_do_not_matter(lex: Lexicon) -> None:
    assert lex.lookup("Vorschlagen") == lex.lookup("schlagen", particle="vor")


def test_pos_filter_accepts_spacy_tags(lex: Lexicon) -> None:
    assert all(e.pos == "VERB" for e in lex.lookup("treffen", pos="VERB"))
    assert [e.lemma for e in lex.lookup("Treffen", pos="NOUN")] == ["Treffen"]
    assert lex.lookup("Treffen", pos="PROPN") == lex.lookup("Treffen", pos="NOUN")


def test_surface_forms_back_up_weak_lemmatisers(lex: Lexicon) -> None:
    assert lex.lookup("Sanktionen")[0].lemma == "Sanktion"


def test_ambiguous_words_return_every_sense(lex: Lexicon) -> None:
    assert {e.type for e in lex.lookup("angreifen")} == {"ASSAULT", "ACCUSE"}


def test_unknown_words_find_nothing(lex: Lexicon) -> None:
    assert lex.lookup("Haus") == []
    assert lex.lookup("schlagen", particle="zer") == []


def test_compound_head(lex: Lexicon) -> None:
    found = lex.lookup_head("Gaza-Krieg")
    assert found is not None and found[0] == "Krieg"
    assert found[1][0].type == "ASSAULT"
    assert lex.lookup_head("Vergeltungsangriff") is not None
    assert lex.lookup_head("Bahnhof") is None


def test_only_listed_heads_make_compounds(lex: Lexicon) -> None:
    assert lex.lookup("Kampf")  # a trigger on its own ...
    assert lex.lookup_head("Wahlkampf") is None  # ... but not as a head
    assert lex.lookup_head("Friedensprozess") is None
    assert Lexicon([entry(lemma="Besuch", pos="NOUN")], compound_heads=["Krieg"]).problems() == [
        "compound head 'krieg' is no noun entry"
    ]


def test_multiword_in_free_order(lex: Lexicon) -> None:
    (match,) = lex.match_multiword(["er", "üben", "scharf", "Kritik", "an", "der", "Regierung"])
    assert match.entry.lemma == "Kritik üben" and match.entry.type == "ACCUSE"
    assert match.indices == (3, 1) and match.span == (1, 4)


def test_multiword_with_a_separated_particle(lex: Lexicon) -> None:
    matches = lex.match_multiword(["beide", "nehmen", "Gespräch", "auf"])
    assert [m.entry.lemma for m in matches] == ["Gespräche aufnehmen"]


def test_multiword_needs_every_part(lex: Lexicon) -> None:
    assert lex.match_multiword(["Kritik", "an", "der", "Regierung"]) == []


def test_longest_construction_wins(lex: Lexicon) -> None:
    lemmas = ["er", "bringen", "sein", "Besorgnis", "zu", "Ausdruck"]
    names = [m.entry.lemma for m in lex.match_multiword(lemmas)]
    assert names == ["Besorgnis zum Ausdruck bringen"]
    everything = [m.entry.lemma for m in lex.match_multiword(lemmas, longest=False)]
    assert "zum Ausdruck bringen" in everything


def test_excluding_lemmas_rule_a_sense_out(lex: Lexicon) -> None:
    (meet,) = [e for e in lex.lookup("treffen", pos="VERB") if e.type == "CONSULT"]
    assert meet.allows(["Scholz", "treffen", "Macron"])
    assert not meet.allows(["die", "Regierung", "treffen", "Maßnahme"])


def test_sense_restrictions(lex: Lexicon) -> None:
    (sprechen,) = lex.lookup("sprechen")
    assert sprechen.allows([], preps=["mit"]) and not sprechen.allows([], preps=["über"])
    (convict,) = [e for e in lex.lookup("verurteilen") if e.type == "SANCTION"]
    assert convict.allows(["zu", "drei", "Jahr", "Haft"])
    assert not convict.allows(["scharf", "Angriff"])


# --- schema ---------------------------------------------------------------------------


def test_schema_rejects_bad_entries() -> None:
    with pytest.raises(ValidationError):
        entry(type="CHAT")
    with pytest.raises(ValidationError):
        entry(cameo=42)
    with pytest.raises(ValidationError):
        entry(pos="MWE", parts=["Besuch"])
    with pytest.raises(ValidationError):
        entry(lemma="vorschlagen", particle="an")
    with pytest.raises(ValidationError):
        entry(colour="red")


def test_problems_are_reported() -> None:
    bad = Lexicon(
        [
            entry(cameo="999"),
            entry(mode="teleport"),
            entry(lemma="loben", cameo="051"),  # SUPPORT code on a CONSULT entry, no note
            entry(lemma="treffen", cameo="040"),
            entry(lemma="treffen", cameo="040"),
            entry(lemma="reisen", context=["tourism"]),
        ]
    )
    text = "\n".join(bad.problems())
    assert "unknown CAMEO code 999" in text
    assert "'teleport' is not a CONSULT mode" in text
    assert "CAMEO 051 is SUPPORT" in text
    assert "duplicate entry" in text
    assert "unknown context 'tourism'" in text


def test_a_note_allows_a_deliberate_departure() -> None:
    ok = Lexicon([entry(lemma="loben", cameo="051", note="reviewed")])
    assert ok.problems() == []


# --- status and context cues ----------------------------------------------------------


@pytest.fixture(scope="module")
def status() -> StatusCues:
    return StatusCues.load()


@pytest.mark.parametrize(
    ("lemmas", "expected"),
    [
        (["Putin", "besuchen", "Kasachstan"], "realized"),
        (["das", "Treffen", "sein", "für", "Montag", "geplant"], "planned"),
        (["die", "kommend", "Woche"], "planned"),
        (["er", "schlagen", "vorschlagen"], "proposed"),
        (["Bedenken", "dass", "Moskau", "nutzen", "können"], "hypothetical"),
        (["er", "besuchen", "nicht"], "negated"),
        (["kein", "Treffen", "geplant"], "negated"),  # negation beats planned
    ],
)
def test_status_cues(status: StatusCues, lemmas: list[str], expected: str) -> None:
    assert status.status_of(lemmas) == expected


def test_emphatic_nicht_is_no_negation(status: StatusCues) -> None:
    assert status.status_of(["nicht", "nur", "Verbündete", "sondern", "eng"]) == "realized"
    assert status.status_of(["nicht", "nur", "er", "besuchen", "nicht"]) == "negated"


def test_konjunktiv_two_is_hypothetical(status: StatusCues) -> None:
    assert status.status_of(["er", "besuchen"], moods=["Sub"]) == "hypothetical"


def test_future_werden_only_with_an_infinitive(status: StatusCues) -> None:
    lemmas = ["Scholz", "werden", "Paris", "besuchen"]
    assert status.status_of(lemmas) == "realized"  # passive "wird besucht" looks the same
    assert status.status_of(lemmas, aux_infinitive=["werden"]) == "planned"


def test_phrases_match_in_order(status: StatusCues) -> None:
    assert "proposed" in status.cued(["ins", "Gespräch", "bringen"])
    assert "proposed" not in status.cued(["bringen", "Gespräch", "ins"])


def test_precedence_lists_every_non_default_status(status: StatusCues) -> None:
    assert set(status.precedence) == set(status.statuses) == {
        "planned", "proposed", "hypothetical", "negated",
    }  # fmt: skip


def test_context_cues() -> None:
    cues = ContextCues.load()
    assert cues.problems() == []
    assert cues.contexts_for(["militärisch", "Kooperation"]) == ["military"]
    assert cues.contexts_for(["Atomwaffe"]) == ["cbrn", "military"]
    assert cues.contexts_for(["Handelsbeziehung"]) == ["economic"]
    assert cues.contexts_for(["Bundestagswahl"]) == ["election"]
    assert cues.contexts_for(["Tisch"]) == []


def test_every_plover_context_has_cues() -> None:
    cues = ContextCues.load()
    have = {c.context or name for name, c in cues.contexts.items()}
    assert have == set(codes.plover_contexts())


# --- refinement by theme ----------------------------------------------------------------


@pytest.fixture(scope="module")
def refine() -> Refinements:
    return Refinements.load()


def test_refinement_rules_agree_with_the_tables(refine: Refinements) -> None:
    assert refine.problems() == []


def test_material_support_becomes_aid(lex: Lexicon, refine: Refinements) -> None:
    (support,) = lex.lookup("unterstützen")
    coding = refine.code(support, ["Kiew", "mit", "Panzer"])
    assert (coding.type, coding.cameo, coding.context) == ("AID", "072", ("military",))
    assert refine.code(support, ["Sanktionsregime"]).type == "SUPPORT"


def test_the_theme_sets_the_mode(lex: Lexicon, refine: Refinements) -> None:
    (fordern,) = lex.lookup("fordern")
    coding = refine.code(fordern, ["Freilassung", "Journalist"])
    assert (coding.type, coding.mode, coding.cameo) == ("REQUEST", "yield", "1053")
    (drohen,) = lex.lookup("drohen")
    assert refine.code(drohen, ["Sanktion"]).mode == "restrict"


def test_no_theme_keeps_the_default(lex: Lexicon, refine: Refinements) -> None:
    (besuch,) = lex.lookup("Besuch")
    coding = refine.code(besuch, ["Hauptstadt"])
    assert (coding.type, coding.mode, coding.cameo) == ("CONSULT", "visit", "042")


def test_bad_rules_are_reported() -> None:
    bad = Refinements(
        rules=(
            Refinement(types=("AID",), cues=("Waffe",), cameo="111"),
            Refinement(types=("AID",), cues=("Waffe",), cameo="072", mode="visit"),
        )
    )
    text = "\n".join(bad.problems())
    assert "CAMEO 111 is not AID" in text and "'visit' is not a mode" in text
