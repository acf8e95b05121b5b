"""Indirect speech: content clauses, postposed cues, source frames, continuation."""

from collections.abc import Callable

import pytest

# the `quotes` and `only` fixtures of conftest.py: (kind, text, cue, speaker) rows
Row = tuple[str, str, str | None, str | None]
Quotes = Callable[[str], list[Row]]
Only = Callable[[str], Row]


def test_dass_clause(only: Only) -> None:
    assert only("Der Konzernchef räumte ein, dass die Umstellung langsamer verlaufe.") == (
        "indirect",
        "dass die Umstellung langsamer verlaufe",
        "räumte",
        "Der Konzernchef",
    )


def test_subjunctive_clause_without_dass(only: Only) -> None:
    assert only("Er betonte, sein Land unterstütze die Sanktionen.") == (
        "indirect",
        "sein Land unterstütze die Sanktionen",
        "betonte",
        "Er",
    )


def test_ob_clause(only: Only) -> None:
    assert only("Journalisten fragten, ob die Bundeswehr sich beteilige.")[1:3] == (
        "ob die Bundeswehr sich beteilige",
        "fragten",
    )


def test_indicative_after_cue_verb(only: Only) -> None:
    assert only("Der Trainer sagte, die Mannschaft hat alles gegeben.")[1] == (
        "die Mannschaft hat alles gegeben"
    )


def test_postposed_cue(only: Only) -> None:
    assert only("Die Lage sei ernst, sagte der Minister.") == (
        "indirect",
        "Die Lage sei ernst",
        "sagte",
        "der Minister",
    )


def test_hiess_es_gives_no_speaker(only: Only) -> None:
    assert only("Man wolle keine Erwartungen wecken, hieß es aus Regierungskreisen.")[2:] == (
        "hieß",
        None,
    )


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "Laut Polizei wurden zwölf Menschen verletzt.",
            "wurden zwölf Menschen verletzt",
            "Laut",
            "Polizei",
        ),
        (
            "Dem Bericht zufolge soll der Plan scheitern.",
            "soll der Plan scheitern",
            "zufolge",
            "Dem Bericht",
        ),
        ("Berichten zufolge ist er verlegt worden.", "ist er verlegt worden", "zufolge", None),
        (
            "Nach Angaben des Militärs wurden 40 Drohnen abgeschossen.",
            "wurden 40 Drohnen abgeschossen",
            "Nach Angaben",
            "des Militärs",
        ),
        (
            "Nach eigenen Angaben traf die Armee ein Lager.",
            "traf die Armee ein Lager",
            "Nach eigenen Angaben",
            "die Armee",
        ),
        (
            "Die Verhandlungen seien schwierig, so der Außenminister.",
            "Die Verhandlungen seien schwierig",
            "so",
            "der Außenminister",
        ),
        (
            "Wie eine Sprecherin sagte, bleiben die Schulen geschlossen.",
            "bleiben die Schulen geschlossen",
            "sagte",
            "eine Sprecherin",
        ),
        (
            "Der Unterricht soll digital stattfinden, wie das Schulamt mitteilte.",
            "Der Unterricht soll digital stattfinden",
            "mitteilte",
            "das Schulamt",
        ),
    ],
)
def test_source_frames(text: str, content: str, cue: str, speaker: str | None, only: Only) -> None:
    assert only(text) == ("indirect", content, cue, speaker)


def test_noun_cue_with_possessive_is_the_subjects_claim(only: Only) -> None:
    text = "Seit Monaten wiederholt Lawrow seine Vorwürfe, der Westen führe Krieg gegen Russland."
    assert only(text) == ("indirect", "der Westen führe Krieg gegen Russland", "Vorwürfe", "Lawrow")


def test_rejected_claim_is_not_the_subjects(only: Only) -> None:
    text = "Peking wies den Vorwurf zurück, es unterstütze Russland mit Waffen."
    assert only(text)[2:] == ("Vorwurf", None)
    text = "Das Weiße Haus dementierte Berichte, wonach der Präsident krank sei."
    assert only(text)[2:] == ("Berichte", None)


def test_fronted_noun_cue_content_ends_before_main_clause(only: Only) -> None:
    text = "Die Kritik der Verbände, das Programm sei unzureichend, wies die Regierung zurück."
    assert only(text) == ("indirect", "das Programm sei unzureichend", "Kritik", "der Verbände")


def test_subjunctive_sentences_continue_reported_speech(quotes: Quotes) -> None:
    text = (
        "Die Ministerin betonte, ihr Land sei vorbereitet. Die Grenze werde befestigt. "
        "Danach reiste sie ab."
    )
    found = quotes(text)
    assert [f[1] for f in found] == ["ihr Land sei vorbereitet", "Die Grenze werde befestigt"]
    assert {f[3] for f in found} == {"Die Ministerin"}


def test_continuation_after_a_bare_speech_act(only: Only) -> None:
    text = "Der Bürgermeister sprach von einer Katastrophe. Mehr als 500 Häuser seien zerstört."
    assert only(text)[1:] == (
        "Mehr als 500 Häuser seien zerstört",
        "sprach von",
        "Der Bürgermeister",
    )


def test_past_tense_narrative_does_not_continue(quotes: Quotes) -> None:
    text = "Amnesty kritisierte, die Behörden gingen brutal vor. Die Organisation verlangte mehr."
    assert [f[1] for f in quotes(text)] == ["die Behörden gingen brutal vor"]


def test_plans_in_zu_infinitive_are_not_quotes(quotes: Quotes) -> None:
    assert quotes("Er schlug vor, die Zusammenarbeit weiter auszubauen.") == []
    assert quotes("Der Bund sagte zu, die Hälfte der Kosten zu übernehmen.") == []


def test_no_clause_no_quote(quotes: Quotes) -> None:
    assert quotes("Der Außenminister warnte vor einer Eskalation.") == []
    assert quotes("Er betonte am Donnerstag die Bedeutung der Kooperation.") == []


def test_partial_quote_wins_over_its_indirect_clause(only: Only) -> None:
    text = "Sie erklärte, dass beide Länder „engste Partner“ seien."
    assert only(text) == ("partial", "„engste Partner“", "erklärte", "Sie")


def test_charge_in_zu_infinitive_is_not_a_quote(quotes: Quotes) -> None:
    assert quotes("Die Opposition warf der Regierung vor, die Krise verschlafen zu haben.") == []


def test_inserted_so_heisst_es(only: Only) -> None:
    text = "Die Gespräche, so heißt es aus Verhandlungskreisen, stünden vor dem Abschluss."
    assert only(text)[0::2] == ("indirect", "so")
    assert only(text)[3] is None


def test_quoted_newspaper_name_between_cue_and_content(only: Only) -> None:
    text = "Die Vorsitzende sagte der „Zeit“, sie halte eine Impfpflicht für vertretbar."
    assert only(text) == (
        "indirect",
        "sie halte eine Impfpflicht für vertretbar",
        "sagte",
        "Die Vorsitzende",
    )


def test_postposed_cue_with_apposition(only: Only) -> None:
    text = "Die Lage sei unter Kontrolle, sagte die Sprecherin des Ministeriums, Anna Weber."
    assert only(text)[1:] == (
        "Die Lage sei unter Kontrolle",
        "sagte",
        "die Sprecherin des Ministeriums",
    )


def test_indicative_after_a_complete_clause_is_not_speech(quotes: Quotes) -> None:
    text = "Netanjahu erklärt der Hamas den Krieg, die Armee schlägt massiv zurück."
    assert quotes(text) == []


def test_continuation_after_fronted_adverbial(quotes: Quotes) -> None:
    text = (
        "Der Minister kündigte an, dass die Brücke neu gebaut werde. "
        "Bis dahin müssten Lastwagen eine Umleitung fahren."
    )
    assert [f[1] for f in quotes(text)][1] == "Bis dahin müssten Lastwagen eine Umleitung fahren"


def test_multiword_cues_with_fixed_words(only: Only) -> None:
    text = "Der Sender ließ am Abend wissen, man habe sich auf andere Orte konzentriert."
    assert only(text)[1:] == ("man habe sich auf andere Orte konzentriert", "ließ", "Der Sender")
