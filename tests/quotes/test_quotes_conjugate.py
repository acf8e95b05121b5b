from lagebild.quotes.conjugate import stem_of, verb_forms


def test_weak_verb_forms() -> None:
    forms = verb_forms("sagen").bare
    assert {"sagt", "sagte", "sagten", "gesagt", "sage", "sagen"} <= forms


def test_inseparable_prefix_and_ieren_take_no_ge() -> None:
    assert "erklärt" in verb_forms("erklären").bare
    assert "kritisiert" in verb_forms("kritisieren").bare
    assert "geerklärt" not in verb_forms("erklären").bare


def test_extra_e_after_t_d_and_consonant_n() -> None:
    assert {"antwortet", "antwortete", "geantwortet"} <= verb_forms("antworten").bare
    assert {"bezeichnet", "bezeichnete"} <= verb_forms("bezeichnen").bare
    assert {"warnt", "warnte"} <= verb_forms("warnen").bare  # no e after r


def test_ern_verbs() -> None:
    assert stem_of("erwidern") == "erwider"
    assert {"erwidert", "erwiderte", "erwidere"} <= verb_forms("erwidern").bare


def test_strong_verb_uses_its_stems() -> None:
    forms = verb_forms("sprechen", ("spricht", "sprach", "gesprochen")).bare
    assert {"spricht", "sprach", "sprachen", "gesprochen", "spreche"} <= forms


def test_separable_particle_forms() -> None:
    forms = verb_forms("räumen", None, "ein")
    assert {"räumte", "räumt"} <= forms.bare
    assert {"einräumte", "eingeräumt", "einzuräumen"} <= forms.joined
    strong = verb_forms("weisen", ("weist", "wies", "gewiesen"), "hin")
    assert {"hingewiesen", "hinwies"} <= strong.joined


def test_swiss_spelling_without_eszett() -> None:
    assert {"hieß", "hiess"} <= verb_forms("heißen", ("heißt", "hieß", "geheißen")).bare
