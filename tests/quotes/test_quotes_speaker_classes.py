"""Session 4: speaker accuracy by class (`page_speakers`, `speaker_ids.speaker_sources`)
and the speaker rules of `genres4.yaml` (descriptions, roles, impersonal "hieß es")."""

from __future__ import annotations

from lagebild.gold import GoldActor, GoldArticle
from lagebild.models import Actor, Mention
from lagebild.quotes import find_quotes
from lagebild.quotes.page_speakers import SpeakerTally, gold_class
from lagebild.quotes.speaker_ids import speaker_sources, with_speakers

from .conftest import Only


def _actor(text: str, surface: str, id_: str, kind: str = "name", type_: str = "ORG") -> Actor:
    at = text.index(surface)
    mention = Mention(start=at, end=at + len(surface), text=surface, kind=kind)  # type: ignore[arg-type]
    return Actor(id=id_, name=surface, type=type_, mentions=[mention])  # type: ignore[arg-type]


def test_gold_classes() -> None:
    gold = GoldArticle(
        page="seed",
        actors=[
            GoldActor(id="new:maria-k", name="Maria K.", type="PER"),
            GoldActor(id="new:polizei", name="Polizei", type="ORG"),
        ],
    )
    assert gold_class("Q7747", gold) == "kb"
    assert gold_class("new:maria-k", gold) == "new_person"
    assert gold_class("new:polizei", gold) == "new_org"
    assert gold_class(None, gold) == "null"


def test_tally_counts_classes_sources_and_error_kinds() -> None:
    tally = SpeakerTally()
    tally.add("kb", "name", "Q1", right=True)
    tally.add("new_org", "unlinked", None, right=False)
    tally.add("null", "inferred", "Q1", right=False)
    tally.add("new_person", "pronoun", "Q2", right=False)
    figures = tally.figures()
    assert figures["pages_speaker_accuracy_kb"] == "1.000 (1/1)"
    assert figures["pages_speaker_accuracy_new_org"] == "0.000 (0/1)"
    assert figures["pages_speaker_source_unlinked"] == "0.000 (0/1)"
    assert figures["pages_speaker_source_description"] == "- (0/0)"
    assert figures["pages_speaker_errors"] == "guessed=1 missing=1 other_actor=1"


def test_speaker_sources_name_where_the_id_came_from() -> None:
    text = (
        "Die Polizei sperrte die Straße. Ein Sprecher der Stadt sagte, die Brücke sei marode. "
        "Er sagte, sie werde abgerissen. Die Feuerwehr teilte mit, dass niemand verletzt wurde.\n"
        "„Wir waren schnell vor Ort.“"
    )
    actors = [
        _actor(text, "Ein Sprecher", "spk", kind="description", type_="PER"),
        _actor(text, "Er", "spk2", kind="pronoun", type_="PER"),
        _actor(text, "Feuerwehr", "fw"),
    ]
    got = [(q.speaker, source) for q, source in speaker_sources(find_quotes(text), actors)]
    assert got == [
        ("spk", "description"),
        ("spk2", "pronoun"),
        ("fw", "name"),
        ("fw", "inferred"),  # no attribution: the lead subject, "Die Feuerwehr"
    ]
    unlinked = "Die Klinik teilte mit, dass die Notaufnahme wieder geöffnet sei."
    assert [s for _, s in speaker_sources(find_quotes(unlinked), [])] == ["unlinked"]


def test_a_frame_with_an_indefinite_genitive_names_its_source(only: Only) -> None:
    """Genitive of the indefinite article: "nach Angaben eines Sprechers"."""
    text = "Bei dem Brand entstand hoher Schaden. Nach Angaben einer Polizeisprecherin wurde niemand verletzt."
    assert only(text) == (
        "indirect",
        "wurde niemand verletzt",
        "Nach Angaben",
        "einer Polizeisprecherin",
    )
    text = "Nach Angaben eines Sprechers der Stadt bleibt die Brücke gesperrt."
    assert only(text)[1:] == (
        "bleibt die Brücke gesperrt",
        "Nach Angaben",
        "eines Sprechers der Stadt",
    )


def test_the_lead_subject_passes_a_parenthesis() -> None:
    """ "Bürgermeister Thomas Bauer (CDU) verteidigte …": the party in brackets."""
    text = "Bürgermeister Thomas Bauer (CDU) verteidigte den Beschluss.\n„Wir hatten keine andere Wahl.“"
    (match,) = find_quotes(text)
    assert match.lead_span is not None
    assert text[match.lead_span[0] : match.lead_span[1]] == "Bürgermeister Thomas Bauer"


def test_the_lead_subject_passes_a_focus_particle() -> None:
    """ "Auch Landwirt Josef Huber ist betroffen.": as for a cue's subject."""
    text = "Auch Landwirt Josef Huber ist betroffen.\n„Der Boden ist viel zu trocken.“"
    (match,) = find_quotes(text)
    assert match.lead_span is not None
    assert text[match.lead_span[0] : match.lead_span[1]] == "Landwirt Josef Huber"


def test_hiess_es_takes_the_speaker_of_the_speech_before() -> None:
    text = (
        "„Wir sind über den Entscheid enttäuscht“, teilte der Bundesrat mit. "
        "Die Schweiz werde die Sanktionen weiterhin übernehmen, hieß es in der Mitteilung."
    )
    council = _actor(text, "Bundesrat", "br")
    matches = find_quotes(text)
    assert [m.speaker_text for m in matches] == ["der Bundesrat", None]  # the text names none
    assert [m.context_source for m in matches] == [False, True]
    assert [q.speaker for q in with_speakers(matches, [council])] == ["br", "br"]


def test_hiess_es_takes_a_lead_subject_that_performs_a_speech_act() -> None:
    text = (
        "Der Verfassungsschutz warnte vor einer wachsenden Gefahr durch Cyberangriffe. "
        "Besonders gefährdet seien Krankenhäuser, hieß es im Jahresbericht."
    )
    office = _actor(text, "Verfassungsschutz", "bfv")
    assert [q.speaker for q in with_speakers(find_quotes(text), [office])] == ["bfv"]
    # a sentence before without speech names no source: "Dabei sei …, hieß es anschließend."
    text = (
        "Am Donnerstag hatte sich Lucke mit Vertretern des AStA getroffen. "
        "Dabei sei Einvernehmen erzielt worden, hieß es anschließend."
    )
    lucke = _actor(text, "Lucke", "lucke", type_="PER")
    assert [q.speaker for q in with_speakers(find_quotes(text), [lucke])] == [None]


def test_hiess_es_from_anonymous_circles_stays_null() -> None:
    text = (
        "„Wir verhandeln weiter“, sagte die Ministerin. "
        "Man sei sich in den wichtigsten Punkten einig, hieß es aus Koalitionskreisen."
    )
    minister = _actor(text, "die Ministerin", "min", kind="description", type_="PER")
    matches = find_quotes(text)
    assert [m.context_source for m in matches] == [False, False]
    assert [q.speaker for q in with_speakers(matches, [minister])] == ["min", None]


def test_an_indefinite_pronoun_heads_the_speaker_phrase(only: Only) -> None:
    """ "einer von ihnen", "Eine der Pflegerinnen": the pronoun form of the article."""
    text = "Die Anwohner sind verärgert. „Wir werden nie gefragt“, sagt einer von ihnen."
    assert only(text)[3] == "einer von ihnen"
    text = "Eine der Pflegerinnen sagte, sie arbeite zwölf Stunden am Stück."
    assert only(text)[3] == "Eine der Pflegerinnen"
    assert only("„Das ist ein Skandal“, sagt einer.")[3] == "einer"
    # the article before a noun stays a dative: "sagte einer Zeitung zufolge der Minister"
    assert (
        only("„Das reicht nicht“, sagte einer Zeitung zufolge der Minister.")[3] == "der Minister"
    )


def test_a_personal_pronoun_takes_no_genitive(only: Only) -> None:
    """ "sagte er der Lokalzeitung": the newspaper is the addressee (dative), and
    its mention must not outweigh the pronoun when the span becomes an id."""
    assert only("„Wir finden keine Hebammen“, sagte er der Lokalzeitung.")[3] == "er"
    assert only("„Wir finden keine Hebammen“, sagte sie einer Zeitung.")[3] == "sie"


def test_a_relative_adverb_clause_between_subject_and_cue(only: Only) -> None:
    """ "Die Behörde, wo X seinen Sitz hat, sagte …": the relative clause's subject
    does not speak."""
    text = (
        "Die Datenschutzbehörde Nordrhein-Westfalen, wo die Firma ihren Sitz hat, "
        "sagte auf Anfrage, dass sie nicht informiert worden sei."
    )
    assert only(text)[3] == "Die Datenschutzbehörde Nordrhein-Westfalen"
    text = "Die Stadt Ulm, woher der Fahrer stammt, teilte mit, dass sie die Kosten übernehme."
    assert only(text)[3] == "Die Stadt Ulm"


def test_hiess_es_takes_the_author_of_a_text_named_before() -> None:
    text = (
        "Die Bundesbank legte am Montag ihren Monatsbericht vor. "
        "Die Wirtschaft schrumpfe im Sommer, heißt es in dem Bericht."
    )
    bank = _actor(text, "Die Bundesbank", "bbk")
    matches = find_quotes(text)
    assert [m.speaker_text for m in matches] == [None]
    assert [q.speaker for q in with_speakers(matches, [bank])] == ["bbk"]


def test_a_name_shortened_to_an_initial_is_one_phrase(only: Only) -> None:
    """ "Maria K.", "der Angeklagte Michael S.": the press code's shortened names,
    before the verb too (before, the stop of the initial ended the phrase)."""
    text = "Die 54-jährige Anwohnerin Maria K. sagte, sie könne nicht schlafen."
    assert only(text)[3] == "Die 54-jährige Anwohnerin Maria K."
    text = "Der Angeklagte Michael S. (41) räumte ein, dass er gelogen habe."
    assert only(text)[3] == "Der Angeklagte Michael S."
    assert only("Donald J. Trump sagte, er sei der Beste.")[3] == "Donald J. Trump"
