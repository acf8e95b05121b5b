"""The shipped knowledge base: name matching, dated roles, country words, metonyms, IGOs."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.actors.kb import KnowledgeBase

SEED_DAY = date(2023, 11, 9)


def best(kb: KnowledgeBase, surface: str, on: date | None = SEED_DAY) -> str | None:
    found = kb.match_name(surface, on=on)
    return found[0].actor.id if found else None


@pytest.mark.parametrize(
    ("surface", "qid"),
    [
        ("Wladimir Putin", "Q7747"),
        ("Putin", "Q7747"),
        ("Putins", "Q7747"),
        ("Vladimir Putin", "Q7747"),
        ("Kassym-Jomart Tokajew", "Q200881"),
        ("Kassym-Schomart Tokajew", "Q200881"),
        ("Präsident Tokajew", "Q200881"),
        ("Tokayev", "Q200881"),
        ("Tokaev", "Q200881"),
        ("Selenskyj", "Q3874799"),
        ("Selenskyjs", "Q3874799"),
        ("Zelensky", "Q3874799"),
        ("Zelenskyy", "Q3874799"),
        ("Zelenskiy", "Q3874799"),
        ("Erdoğan", "Q39259"),
        ("Erdogan", "Q39259"),
        ("Merkel", "Q567"),
        ("Scholz", "Q61053"),
        ("Russland", "Q159"),
        ("Russlands", "Q159"),
        ("Kasachstan", "Q232"),
        ("EU", "Q458"),
        ("Internationalen Strafgerichtshof", "Q47488"),
    ],
)
def test_names_resolve(kb: KnowledgeBase, surface: str, qid: str) -> None:
    assert best(kb, surface) == qid


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Lawrow", "Sergey Lavrov"),
        ("Lavrov", "Sergey Lavrov"),
        ("Sergei Lawrow", "Sergey Lavrov"),
        ("Ramsan Kadyrow", "Ramzan Kadyrov"),
        ("Kadyrov", "Ramzan Kadyrov"),
        ("Schoigu", "Sergei Shoigu"),
        ("Shoigu", "Sergei Shoigu"),
        ("Lukaschenko", "Alexander Lukashenko"),
        ("Lukashenko", "Alexander Lukashenko"),
        ("Nawalny", "Alexei Navalny"),
        ("Navalny", "Alexei Navalny"),
        ("Chamenei", "Ali Khamenei"),
        ("Khamenei", "Ali Khamenei"),
        ("Gorbatschow", "Mikhail Gorbachev"),
        ("Alexander Lukaschenka", "Alexander Lukashenko"),
    ],
)
def test_transliteration_families_resolve(kb: KnowledgeBase, surface: str, name: str) -> None:
    found = kb.match_name(surface, on=SEED_DAY)
    assert found and found[0].actor.name == name


def test_scores_are_ordered(kb: KnowledgeBase) -> None:
    exact = kb.match_name("Wladimir Putin")[0]
    surname = kb.match_name("Selenskyj")[0]
    fuzzy = kb.match_name("Alexander Lukaschenka")[0]
    assert exact.method == "exact" and surname.method == "surname" and fuzzy.method == "fuzzy"
    assert 1.0 >= exact.score > surname.score > fuzzy.score > 0.0


def test_unknown_and_lookalike_names_do_not_match(kb: KnowledgeBase) -> None:
    assert kb.match_name("Achmat Kadyrow") == []  # another Kadyrow: not Ramsan
    assert best(kb, "Rasputin") != "Q7747"
    assert kb.match_name("Olaf Schulz") == []
    assert kb.match_name("Angela Markel") == []


def test_shared_surname_is_decided_by_date(kb: KnowledgeBase) -> None:
    assert kb.match_name("Clinton", on=date(1995, 1, 1))[0].actor.name == "Bill Clinton"
    assert kb.match_name("Clinton", on=date(2010, 6, 1))[0].actor.name == "Hillary Clinton"
    assert kb.match_name("Bush", on=date(2005, 1, 1))[0].actor.id == "Q207"
    assert kb.match_name("Bush", on=date(1990, 1, 1))[0].actor.id != "Q207"


def test_type_and_country_filters(kb: KnowledgeBase) -> None:
    assert all(c.actor.type == "PER" for c in kb.match_name("Russland", types=frozenset({"PER"})))
    found = kb.match_name("Kasachstan", types=frozenset({"GPE"}))
    assert [c.actor.id for c in found] == ["Q232"]


@pytest.mark.parametrize(
    ("role", "country", "day", "qid"),
    [
        ("head_of_government", "DEU", date(2015, 1, 1), "Q567"),
        ("head_of_government", "DEU", date(2023, 1, 1), "Q61053"),
        ("president", "RUS", date(2023, 1, 1), "Q7747"),
        ("president", "RUS", date(2010, 1, 1), None),  # Medvedev: no QID in our list
        ("president", "USA", date(2023, 1, 1), "Q6279"),
        ("president", "USA", date(2019, 1, 1), "Q22686"),
        ("president", "KAZ", SEED_DAY, "Q200881"),
        ("head_of_state", "KAZ", SEED_DAY, "Q200881"),  # falls back to the president
        ("leader", "RUS", SEED_DAY, "Q7747"),
        ("leader", "DEU", SEED_DAY, "Q61053"),  # Germany: the chancellor leads
    ],
)
def test_role_holder_by_date(
    kb: KnowledgeBase, role: str, country: str, day: date, qid: str | None
) -> None:
    holder = kb.role_holder(role, country, day)
    assert holder is not None
    if qid is None:
        assert holder.name == "Dmitry Medvedev"
    else:
        assert holder.id == qid


def test_role_holder_chancellor_changes_on_the_day(kb: KnowledgeBase) -> None:
    chancellor = "head_of_government"
    assert kb.role_holder(chancellor, "DEU", date(2021, 12, 7)).id == "Q567"  # type: ignore[union-attr]
    assert kb.role_holder(chancellor, "DEU", date(2021, 12, 8)).id == "Q61053"  # type: ignore[union-attr]
    merz = kb.role_holder(chancellor, "DEU", date(2025, 6, 1))
    assert merz is not None and merz.name_de == "Friedrich Merz"


def test_role_holder_foreign_ministers_and_igos(kb: KnowledgeBase) -> None:
    lavrov = kb.role_holder("foreign_minister", "RUS", SEED_DAY)
    blinken = kb.role_holder("foreign_minister", "USA", SEED_DAY)
    assert lavrov is not None and lavrov.name == "Sergey Lavrov"
    assert blinken is not None and blinken.name == "Antony Blinken"
    nato = kb.role_holder("secretary_general", "Nato", SEED_DAY)
    assert nato is not None and nato.name == "Jens Stoltenberg"
    assert kb.role_holder("president", "RUS", date(1800, 1, 1)) is None


def test_actor_codes_and_contract_record(kb: KnowledgeBase) -> None:
    putin = kb.by_id["Q7747"]
    assert putin.code == "RUSGOV" and putin.country == "RUS" and putin.type == "PER"
    model = putin.to_model(SEED_DAY)
    assert model.name_de == "Wladimir Putin" and model.wikidata == "Q7747"
    assert "Präsident von Russland" in model.roles
    assert kb.by_id["Q200881"].code_on(SEED_DAY) == "KAZGOV"
    assert kb.by_id["Q159"].code == "RUS"


@pytest.mark.parametrize(
    ("word", "iso3"),
    [
        ("kasachischen", "KAZ"),
        ("russische", "RUS"),
        ("Russischen", "RUS"),
        ("belarussischen", "BLR"),
        ("weißrussischen", "BLR"),
        ("US-amerikanischen", "USA"),
        ("ukrainischem", "UKR"),
        ("westlichen", "WST"),
    ],
)
def test_country_by_adjective(kb: KnowledgeBase, word: str, iso3: str) -> None:
    info = kb.country_by_adjective(word)
    assert info is not None and info.iso3 == iso3


def test_country_words(kb: KnowledgeBase) -> None:
    assert kb.country_by_adjective("freundlichen") is None
    assert kb.country_by_demonym("Russen").iso3 == "RUS"  # type: ignore[union-attr]
    assert kb.country_by_demonym("Russin").iso3 == "RUS"  # type: ignore[union-attr]
    assert kb.country_by_name("Russlands").iso3 == "RUS"  # type: ignore[union-attr]
    assert kb.country_by_name("US").iso3 == "USA"  # type: ignore[union-attr]
    capital = kb.capital_of("BLR")
    assert capital is not None and capital.name == "Minsk" and capital.type == "LOC"


@pytest.mark.parametrize(
    ("surface", "code", "actor"),
    [
        ("Moskau", "RUSGOV", "Q159"),
        ("Kreml", "RUSGOV", "Q159"),
        ("Weißen Hauses", "USAGOV", "Q30"),
        ("Kyjiw", "UKRGOV", "Q212"),
        ("Kiew", "UKRGOV", "Q212"),
        ("Peking", "CHNGOV", "Q148"),
        ("Brüssel", "IGOEUREEC", "Q458"),
        ("Downing Street", "GBRGOV", "Q145"),
    ],
)
def test_metonyms(kb: KnowledgeBase, surface: str, code: str, actor: str) -> None:
    metonym = kb.metonym(surface)
    assert metonym is not None
    assert metonym.code == code and metonym.actor_id == actor


def test_metonym_has_its_place(kb: KnowledgeBase) -> None:
    moskau = kb.metonym("Moskau")
    assert moskau is not None and moskau.place_id is not None
    assert kb.by_id[moskau.place_id].type == "LOC"
    assert kb.metonym("Hamburg") is None


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("OVKS", "Collective Security Treaty Organization"),
        ("CSTO", "Collective Security Treaty Organization"),
        ("UNO", "United Nations"),
        ("Vereinten Nationen", "United Nations"),
        ("Nato", "NATO"),
        ("IStGH", "International Criminal Court"),
        ("Internationaler Strafgerichtshof", "International Criminal Court"),
        ("IAEA", "International Atomic Energy Agency"),
        ("Afrikanische Union", "African Union"),
        ("IWF", "International Monetary Fund"),
    ],
)
def test_igos(kb: KnowledgeBase, surface: str, name: str) -> None:
    igo = kb.igo(surface)
    assert igo is not None and igo.name == name and igo.sector == "IGO"


def test_igo_abbreviations_are_case_sensitive(kb: KnowledgeBase) -> None:
    assert kb.igo("eu") is None
    assert kb.igo("Hamburg") is None


@pytest.mark.parametrize(
    ("word", "sector", "role"),
    [
        ("Präsident", "GOV", "president"),
        ("Staatspräsident", "GOV", "president"),
        ("Machthabers", "GOV", "leader"),
        ("Kanzlerin", "GOV", "head_of_government"),
        ("Außenminister", "GOV", "foreign_minister"),
        ("Amtskollegen", "GOV", "counterpart"),
        ("Streitkräfte", "MIL", None),
        ("Truppen", "MIL", None),
        ("Parlament", "LEG", None),
        ("Staatsanwaltschaft", "JUD", None),
        ("Opposition", "OPP", None),
        ("Rebellen", "REB", None),
        ("Polizei", "COP", None),
        ("Geheimdienst", "SPY", None),
        ("Partei-Chef", "PTY", None),
        ("Verteidigungsministerin", "GOVMIL", "defence_minister"),
    ],
)
def test_role_nouns(kb: KnowledgeBase, word: str, sector: str, role: str | None) -> None:
    noun = kb.role_noun(word)
    assert noun is not None and noun.sector == sector and noun.role == role
    assert kb.sector_of_role_noun(word) == sector


def test_role_noun_compounds_keep_their_qualifier(kb: KnowledgeBase) -> None:
    noun = kb.role_noun("US-Außenminister")
    assert noun is not None and noun.role == "foreign_minister" and noun.qualifier == "US"
    closed = kb.role_noun("Vizeregierungschef")
    assert closed is not None and closed.qualifier == "Vize"
    assert kb.role_noun("Haus") is None


def test_kb_is_loaded_once(kb: KnowledgeBase) -> None:
    assert KnowledgeBase.load() is kb
    assert len(kb.by_id) > 20000 and "Q7747" in kb.by_id


@pytest.mark.parametrize(
    ("surface", "name_de"),
    [
        ("Grünen", "Grüne"),
        ("Union", "Union"),
        ("Linken", "Die Linke"),
        ("BSW", "BSW"),
        ("SPD", "SPD"),
    ],
)
def test_german_party_names(kb: KnowledgeBase, surface: str, name_de: str) -> None:
    found = kb.match_name(surface, country="DEU")
    assert found and found[0].actor.name_de == name_de and found[0].actor.sector == "PTY"


@pytest.mark.parametrize("word", ["Haus", "Bündnis", "Krieg", "Regierung", "Hauptstadt"])
def test_common_nouns_are_not_names(kb: KnowledgeBase, word: str) -> None:
    assert kb.match_name(word) == []


@pytest.mark.parametrize(
    ("noun", "country_word", "day", "name"),
    [
        ("Präsident", "russische", SEED_DAY, "Vladimir Putin"),
        ("Staatspräsident", "Russlands", SEED_DAY, "Vladimir Putin"),
        ("Machthabers", "russischen", SEED_DAY, "Vladimir Putin"),
        ("Präsident", "Kasachstans", SEED_DAY, "Kassym-Jomart Tokayev"),
        ("US-Außenminister", None, SEED_DAY, "Antony Blinken"),
        ("Kremlchef", None, SEED_DAY, "Vladimir Putin"),
        ("Kanzlerin", "deutsche", date(2015, 1, 1), "Angela Merkel"),
        ("Kanzler", "deutsche", date(2023, 1, 1), "Olaf Scholz"),
    ],
)
def test_resolve_role(
    kb: KnowledgeBase, noun: str, country_word: str | None, day: date, name: str
) -> None:
    holder = kb.resolve_role(noun, country_word, day)
    assert holder is not None and holder.name == name


def test_resolve_role_leaves_relative_roles_to_the_linker(kb: KnowledgeBase) -> None:
    assert kb.resolve_role("Amtskollegen", "kasachischen", SEED_DAY) is None
    assert kb.resolve_role("Soldaten", "russische", SEED_DAY) is None
    assert kb.resolve_role("Präsident", None, SEED_DAY) is None
