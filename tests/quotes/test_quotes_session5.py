"""Session 5: indirect speech and speakers of non-political text (sentences
written for these tests)."""

from __future__ import annotations

from lagebild.models import Actor, Mention
from lagebild.quotes import find_quotes
from lagebild.quotes.grammar import np_end
from lagebild.quotes.marks import quoted_spans
from lagebild.quotes.speaker_ids import with_speakers
from lagebild.quotes.text import Token, tokenize

from .conftest import Quotes


def _tagged(text: str, tags: dict[str, str]) -> list[Token]:
    """Our tokens with a POS for the words named in `tags` (else NOUN for
    capitalised words, none for the rest), as a tagger would give them."""
    out = []
    for t in tokenize(text):
        pos = tags.get(t.text, "NOUN" if t.text[:1].isupper() else None)
        out.append(Token(t.start, t.end, t.text, pos=pos))
    return out


def test_statement_attributed_by_the_next_sentence(quotes: Quotes) -> None:
    text = (
        "Die Kläranlage wird im Herbst für drei Wochen geschlossen. "
        "Das teilte der Abwasserverband am Dienstag mit."
    )
    assert quotes(text) == [
        (
            "indirect",
            "Die Kläranlage wird im Herbst für drei Wochen geschlossen",
            "teilte",
            "der Abwasserverband",
        )
    ]


def test_next_sentence_with_a_parenthesis_before_the_particle(quotes: Quotes) -> None:
    text = "Der Stürmer fällt bis zum Saisonende aus. Das teilte der Verein (SCF) am Abend mit."
    assert quotes(text) == [
        ("indirect", "Der Stürmer fällt bis zum Saisonende aus", "teilte", "der Verein")
    ]


def test_next_sentence_sagt_with_a_name(quotes: Quotes) -> None:
    text = "Die Miete steigt im Januar um vier Prozent. Das sagt Vermieterin Jana Holm."
    assert quotes(text) == [
        ("indirect", "Die Miete steigt im Januar um vier Prozent", "sagt", "Vermieterin Jana Holm")
    ]


def test_next_sentence_without_speech_verb_or_with_fixed_phrase(quotes: Quotes) -> None:
    assert quotes("Die Halle ist seit Mai gesperrt. Das ärgert die Vereine sehr.") == []
    assert quotes("Die Preise steigen weiter. Das machen etwa die Zahlen der Bank deutlich.") == []
    # a question or a quote before is no statement of the speaker's
    assert quotes("Wann öffnet das Bad wieder? Das teilte die Stadt nicht mit.") == []


def test_capitalised_adjectives_of_a_name() -> None:
    text = "der Deutsche Olympische Sportbund teilte mit"
    tokens = _tagged(text, {"Deutsche": "ADJ", "Olympische": "ADJ", "Sportbund": "NOUN"})
    assert np_end(tokens, 0) == 4


def test_elided_subject_after_und_of_an_inverted_clause(quotes: Quotes) -> None:
    text = (
        "„Wir bleiben zuversichtlich“, sagte Trainerin Petra Lang nach dem Spiel und "
        "betonte: „Die Mannschaft hat Charakter gezeigt.“"
    )
    rows = quotes(text)
    assert rows[-1] == (
        "direct",
        "„Die Mannschaft hat Charakter gezeigt.“",
        "betonte",
        "Trainerin Petra Lang",
    )


def test_elided_subject_after_an_inverted_verb_and_comma(quotes: Quotes) -> None:
    text = (
        "„Das Stadion wird rechtzeitig fertig“, weiß der Bürgermeister, warnt aber: "
        "„Die Kosten steigen noch.“"
    )
    assert quotes(text)[-1] == (
        "direct",
        "„Die Kosten steigen noch.“",
        "warnt",
        "der Bürgermeister",
    )


def test_elided_subject_past_a_zu_infinitive(quotes: Quotes) -> None:
    text = (
        "Der Vermieter versucht, die Mieter zu beruhigen, schreibt etwa, "
        "die Heizung werde bis Freitag repariert."
    )
    assert quotes(text) == [
        (
            "indirect",
            "die Heizung werde bis Freitag repariert",
            "schreibt",
            "Der Vermieter",
        )
    ]


def test_inverted_subject_still_wins(quotes: Quotes) -> None:
    text = "„Wir haben gewonnen“, jubelte die Kapitänin, sagte dann aber: „Es war knapp.“"
    assert quotes(text)[-1][3] == "die Kapitänin"


def test_a_bare_name_takes_no_genitive() -> None:
    text = "sagte Hörmann der Zeitung"
    tokens = _tagged(text, {"Hörmann": "PROPN", "Zeitung": "NOUN"})
    assert np_end(tokens, 1) == 2  # "der Zeitung" is a dative
    text = "sagte ein Sprecher der Stadt"
    tokens = _tagged(text, {"Sprecher": "NOUN", "Stadt": "NOUN"})
    assert np_end(tokens, 1) == 5  # a genitive after a common noun
    text = "sagten Merkel und Macron der Presse"
    tokens = _tagged(text, {"Merkel": "PROPN", "Macron": "PROPN", "Presse": "NOUN"})
    assert np_end(tokens, 1) == 4  # coordinated names stay one phrase


def test_postposed_cue_before_a_colon(quotes: Quotes) -> None:
    text = "Sie bereue nichts, erzählte die Sängerin damals: „Ich würde alles wieder so machen.“"
    assert quotes(text)[0] == ("indirect", "Sie bereue nichts", "erzählte", "die Sängerin")
    # a fronted phrase with an ob-clause: the cue is the main verb, the quote its content
    text = "Auf die Frage, ob er bleibe, sagte der Trainer: „Ich habe einen Vertrag.“"
    assert [row[0] for row in quotes(text)] == ["direct"]


def test_postposed_cue_after_a_fronted_subordinate_clause(quotes: Quotes) -> None:
    text = "Wer Fieber hat, sollte zu Hause bleiben, sagt die Hausärztin."
    assert quotes(text) == [
        ("indirect", "Wer Fieber hat, sollte zu Hause bleiben", "sagt", "die Hausärztin")
    ]
    # a fronted clause before the cue as the main verb: no postposed cue
    text = "Als der Zug hielt, sagte der Schaffner, es gehe gleich weiter."
    assert quotes(text)[0][1] == "es gehe gleich weiter"


def test_inserted_das_attribution(quotes: Quotes) -> None:
    text = "Alle Kinder, das betonte die Rektorin erneut, bekommen einen Platz in der Mensa."
    assert quotes(text) == [
        (
            "indirect",
            "Alle Kinder, das betonte die Rektorin erneut, bekommen einen Platz in der Mensa",
            "betonte",
            "die Rektorin",
        )
    ]
    text = "Den Schlüssel, das hatte er schon mitgeteilt, könne er nicht mehr finden."
    assert quotes(text)[0][2:] == ("mitgeteilt", "er")


def test_relative_das_is_no_inserted_attribution(quotes: Quotes) -> None:
    # a relative clause has its verb last and no subject after it
    assert quotes("Das Gutachten, das warnt, liegt seit Mai im Rathaus.") == []
    assert quotes("Das Protokoll, das er betonte, liegt seit Mai im Rathaus.") == []


def test_straight_opening_mark_closed_by_a_german_one(quotes: Quotes) -> None:
    text = '"Mit dem Strom heizen wir die Halle“, sagt der Betriebsleiter.'
    assert quotes(text) == [
        ("direct", '"Mit dem Strom heizen wir die Halle“', "sagt", "der Betriebsleiter")
    ]
    spans = quoted_spans('Sie sagte "wir bleiben“ und ging.')
    assert [(q.start, q.end) for q in spans] == [(10, 23)]


def _person(text: str, surface: str, id_: str, type_: str = "PER") -> Actor:
    at = text.index(surface)
    mention = Mention(start=at, end=at + len(surface), text=surface, kind="name")
    return Actor(id=id_, name=surface, type=type_, mentions=[mention])  # type: ignore[arg-type]


def test_unlinked_role_noun_takes_up_the_person_named_before() -> None:
    text = (
        "„Die Lage ist ernst“, sagt Jana Holm vom Institut für Virologie. "
        "Die Fallzahlen stiegen, sagt die Virologin."
    )
    actors = [
        _person(text, "Jana Holm", "new:jana-holm"),
        _person(text, "Institut für Virologie", "new:institut", "ORG"),
    ]
    speakers = [q.speaker for q in with_speakers(find_quotes(text), actors)]
    assert speakers == ["new:jana-holm", "new:jana-holm"]


def test_plural_pronoun_or_unknown_noun_takes_up_no_one() -> None:
    text = (
        "„Wir bleiben“, sagt Jana Holm. Die Nachbarn seien laut, klagen sie. "
        "Die Preise stiegen, sagt der Verband."
    )
    actors = [_person(text, "Jana Holm", "new:jana-holm")]
    speakers = [q.speaker for q in with_speakers(find_quotes(text), actors)]
    assert speakers == ["new:jana-holm", None, None]


def test_research_findings_confessions_and_stances(quotes: Quotes) -> None:
    text = "Die Forscherinnen wiesen im Fachblatt nach, dass der Lärm den Schlaf stört."
    assert quotes(text)[0][1:3] == ("dass der Lärm den Schlaf stört", "wiesen")
    text = "Der Angeklagte gesteht, das Geld genommen zu haben."
    assert quotes(text) == [("indirect", "das Geld genommen zu haben", "gesteht", "Der Angeklagte")]
    text = "Die Ärztin hält es für möglich, dass die Welle im Mai endet."
    assert quotes(text)[0][1:] == ("dass die Welle im Mai endet", "hält", "Die Ärztin")


def test_reflexive_befinden_and_melden_report_nothing(quotes: Quotes) -> None:
    assert quotes("Der Reporter befand sich bereits in Mexiko, die Kollegin war in Texas.") == []
    assert quotes("Am Freitag, kurz nach acht, meldet sich der Reporter bei seiner Chefin.") == []
    text = "Die Jury befand, der Film sei zu lang."
    assert quotes(text) == [("indirect", "der Film sei zu lang", "befand", "Die Jury")]


def test_first_person_after_an_adverbial_opening_is_indicative(quotes: Quotes) -> None:
    assert quotes("Da habe ich ein anderes Spiel gesehen.") == []
    assert quotes("Seit Jahren werde ich dort gut bedient.") == []
    assert quotes("Seit Jahren werde dort nicht mehr geputzt.")[0][0] == "indirect"


def test_heading_with_a_colon_lead_in_names_its_speaker() -> None:
    text = (
        "Ein Sieg für die Moral\n\n"
        "„Wir haben gekämpft“, sagte Trainer Max Roth.\n\n"
        'Kapitänin Lea Sommer spricht Klartext: "Mit diesem Team steigen wir auf"\n\n'
        "Die Saison endet im Mai."
    )
    actors = [
        _person(text, "Max Roth", "new:max-roth"),
        _person(text, "Lea Sommer", "new:lea-sommer"),
    ]
    matches = find_quotes(text)
    heading = next(m for m in matches if "steigen" in m.quote.text)
    assert heading.headline and heading.lead_span is not None
    speakers = [q.speaker for q in with_speakers(matches, actors)]
    assert speakers == ["new:max-roth", "new:lea-sommer"]


def test_konjunktiv_after_a_fronted_clause_reports(quotes: Quotes) -> None:
    text = "Wenn man wisse, wo das Virus vorkomme, lasse sich der Verlauf abschätzen."
    assert quotes(text) == [("indirect", text[:-1], None, None)]
    text = "Dort, auf dem größten Markt der Welt, solle auch die vierte Maschine gebaut werden."
    assert quotes(text)[0][0] == "indirect"
    text = "Sobald der Bericht vorliege, würden weitere Namen veröffentlicht."
    assert quotes(text)[0][0] == "indirect"


def test_konjunktiv_ii_or_first_person_after_a_fronted_clause_does_not(quotes: Quotes) -> None:
    assert quotes("Dieses zu verhindern, hätten nur die USA eine Chance gehabt.") == []
    assert quotes("Wenn es wirklich darum ginge, hätten wir längst gehandelt.") == []
    assert quotes("Als der Zug kam, habe ich noch gewartet.") == []


def test_guillemet_closed_by_a_straight_mark() -> None:
    text = 'Sie leben in «ruhigen Nischen" am Rand. «Das Risiko ist hoch», schreiben sie.'
    spans = [text[q.start : q.end] for q in quoted_spans(text)]
    assert spans == ['«ruhigen Nischen"', "«Das Risiko ist hoch»"]
    # straight marks nested in a German quote pair among themselves
    text = '„Der "Spiegel" lügt“, sagt er.'
    assert [text[q.start : q.end] for q in quoted_spans(text)] == ['„Der "Spiegel" lügt“']
