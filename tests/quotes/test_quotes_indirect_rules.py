"""Indirect-speech rules of round 3: thoughts do not carry the Konjunktiv II on,
participle-only wie-clauses, relative clauses after a cue, closing attributions
with an auxiliary, a main clause that only names the speaker, single quoted
nouns in reported speech, and cue nouns after a partial quote."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from lagebild.quotes import find_quotes
from lagebild.quotes.text import tokenize

Row = tuple[str, str, str | None, str | None]
Quotes = Callable[[str], list[Row]]


def _texts(rows: list[Row]) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in rows]


def test_the_konjunktiv_2_does_not_continue_a_thought(quotes: Quotes) -> None:
    text = "Die Regierung glaubt, dass sie die Abstimmung gewinnt. Dies könnte den Streit beenden."
    assert _texts(quotes(text)) == [("indirect", "dass sie die Abstimmung gewinnt")]
    # after speech it does, and the Konjunktiv I after a thought too
    text = "Der Minister sagte, dass sie gewinnen. Dies könnte den Streit beenden."
    assert len(quotes(text)) == 2
    text = "Die Bürgermeisterin zeigte sich überzeugt, dass die Brücke hält. Die Arbeiten lägen im Plan."
    assert len(quotes(text)) == 2


def test_a_wie_clause_without_subject_and_finite_verb_reports_nothing(quotes: Quotes) -> None:
    assert quotes("Wie vom Gesetz verlangt, ersucht die Regierung um eine Verschiebung.") == []
    rows = quotes("Wie aus Regierungskreisen verlautete, ersucht die Regierung um Aufschub.")
    assert _texts(rows) == [("indirect", "ersucht die Regierung um Aufschub")]


def test_a_relative_clause_after_a_cue_is_no_content(quotes: Quotes) -> None:
    text = "Habeck hat einen Brückenstrompreis vorgeschlagen, der Milliarden kosten würde."
    assert quotes(text) == []
    # a verb-second clause with its finite verb second still reports
    rows = quotes("Ein Sprecher erklärte, der Streik werde erhebliche Auswirkungen haben.")
    assert _texts(rows) == [("indirect", "der Streik werde erhebliche Auswirkungen haben")]


def test_a_closing_attribution_may_open_with_an_auxiliary(quotes: Quotes) -> None:
    text = (
        "Man nehme gerne Dollar, aber auch Gold sei genehm, wurden die Notizen vor Gericht zitiert."
    )
    assert _texts(quotes(text)) == [
        ("indirect", "Man nehme gerne Dollar, aber auch Gold sei genehm")
    ]


def test_a_main_clause_that_names_the_speaker_leaves_the_content(quotes: Quotes) -> None:
    text = (
        "Die Zeitung beruft sich auf einen Informanten. Dieser nehme an, dass Kim operiert wurde."
    )
    rows = quotes(text)
    assert [(r[1], r[2], r[3]) for r in rows] == [("dass Kim operiert wurde", "nehme", "Dieser")]
    # without a speaker of its own the reporting main clause stays the record
    rows = quotes("Es könne nicht bestätigt werden, dass Kim krank sei, teilte das Amt mit.")
    assert rows[0][1].startswith("Es könne nicht bestätigt werden")


def test_a_single_quoted_noun_in_an_enumeration_of_reported_speech(quotes: Quotes) -> None:
    text = "Er sagte, Gründe seien sein Gewicht, das Rauchen und „Überarbeitung“."
    assert ("partial", "„Überarbeitung“") in _texts(quotes(text))
    # a title after an article stays no quote
    assert all(r[0] != "partial" for r in quotes("Er sagte der „Zeit“, er sei müde."))


def test_a_cue_noun_after_a_partial_quote_is_not_its_cue(quotes: Quotes) -> None:
    text = (
        "„Wir streiken“, räumt Gutierrez ein. Die ATU sei die »wichtigste Organisation«, "
        "die die Forderung nach einem Mietenstopp vorantreibe."
    )
    partial = [r for r in quotes(text) if r[0] == "partial"]
    assert [(r[2], r[3]) for r in partial] == [("räumt", "Gutierrez")]


def test_a_fronted_cue_noun_clause_ends_where_the_main_clause_resumes(quotes: Quotes) -> None:
    text = (
        "Nach Berichten, wonach Kim erkrankt sein soll, hatte der Berater am Sonntag gesagt, "
        "Kim lebe und sei gesund."
    )
    rows = [(r[1], r[3]) for r in quotes(text)]
    assert rows == [("Kim lebe und sei gesund", "der Berater")]


def test_anonymous_reports_in_a_phrase_are_referred_to_not_reported(quotes: Quotes) -> None:
    assert quotes("Seoul reagierte vorsichtig auf Berichte, wonach Kim krank sei.") == []
    # the object of a rejecting cue is still reported, and a named source too
    rows = quotes("Das Weiße Haus dementierte Berichte, wonach der Präsident krank sei.")
    assert _texts(rows) == [("indirect", "wonach der Präsident krank sei")]
    rows = quotes("Seoul reagierte auf Berichte der BBC, wonach Kim krank sei.")
    assert _texts(rows) == [("indirect", "wonach Kim krank sei")]


def test_quoted_words_after_speech_belong_to_the_pronoun_subject(quotes: Quotes) -> None:
    text = "»Wir helfen«, sagt Gutierrez. Er rechnet mit »viel Bewegung im Mai«."
    assert ("partial", "»viel Bewegung im Mai«", None, "Er") in quotes(text)
    # without speech before, or with another subject, scare quotes stay no quotes
    assert quotes("Er rechnet mit »viel Bewegung im Mai«.") == []
    text = "»Wir helfen«, sagt Gutierrez. Die Stadt rechnet mit »viel Bewegung im Mai«."
    assert [r[0] for r in quotes(text)] == ["direct"]


def test_feststellen_after_a_modal_perceives(quotes: Quotes) -> None:
    assert (
        quotes("Wer die Maßnahmen betrachtet, wird feststellen, dass alle gehandelt haben.") == []
    )
    assert quotes("Er musste zu seinem Leidwesen feststellen, dass der Gegner stärker ist.") == []
    rows = quotes("Der Rechnungshof stellte fest, dass alle gehandelt haben.")
    assert _texts(rows) == [("indirect", "dass alle gehandelt haben")]


def test_a_consequence_is_no_content(quotes: Quotes) -> None:
    assert quotes("Die Debatte nimmt derart surreale Züge an, dass alle lachen.") == []
    rows = quotes("Die Ministerin kündigte an, dass die Brücke gebaut werde.")
    assert _texts(rows) == [("indirect", "dass die Brücke gebaut werde")]


def test_sich_fragen_wonders(quotes: Quotes) -> None:
    assert quotes("Man fragt sich, ob das alles Wirklichkeit ist.") == []
    rows = quotes("Die Reporterin fragte den Minister, ob er zurücktrete.")
    assert _texts(rows) == [("indirect", "ob er zurücktrete")]


def test_a_w_clause_after_an_object_names_no_content(quotes: Quotes) -> None:
    text = "„Das geht nicht“, kommentiert Facebook das Gesetz, wie der Entwurf offiziell heißt."
    assert [r[0] for r in quotes(text)] == ["direct"]
    rows = quotes("Der Minister erklärte am Montag in Berlin, wie die Reform wirken solle.")
    assert _texts(rows) == [("indirect", "wie die Reform wirken solle")]


def test_a_study_reports_with_its_author(quotes: Quotes) -> None:
    text = "Facebook hält eine Studie des Branchenverbands Bitkom, wonach Kosten entstehen, für falsch."
    rows = quotes(text)
    assert [(r[1][:23], r[2], r[3]) for r in rows] == [
        ("wonach Kosten entstehen", "Studie", "des Branchenverbands Bitkom")
    ]


def test_a_fronted_phrase_with_a_relative_clause_is_no_content(quotes: Quotes) -> None:
    text = "Laut Unterlagen, die der Redaktion vorliegen, antwortet Keith dem Parteichef am Montag."
    assert all(r[2] != "antwortet" for r in quotes(text))
    rows = quotes("Die Lage sei ernst, die Vorräte reichten nicht, sagte der Minister.")
    assert [(r[1], r[3]) for r in rows] == [
        ("Die Lage sei ernst, die Vorräte reichten nicht", "der Minister")
    ]


def test_a_frame_noun_takes_no_clause_of_its_own_and_keeps_its_place(quotes: Quotes) -> None:
    text = "Nach Angaben des Ministeriums in Seoul war es das erste Mal, dass er fehlte."
    rows = quotes(text)
    assert [(r[1], r[2], r[3]) for r in rows] == [
        ("war es das erste Mal, dass er fehlte", "Nach Angaben", "des Ministeriums")
    ]
    rows = quotes("Laut Polizei in Leipzig wurden zwölf Menschen verletzt.")
    assert _texts(rows) == [("indirect", "wurden zwölf Menschen verletzt")]


def test_a_fronted_frame_source_runs_to_the_tagged_verb() -> None:
    text = "Nach Ansicht vieler Menschen wie dem Aktivisten Felix Madariaga sitzen die Anführer im Gefängnis."
    tokens = [replace(t, pos="VERB") if t.text == "sitzen" else t for t in tokenize(text)]
    (match,) = find_quotes(text, tokens=tokens)
    assert match.quote.text == "sitzen die Anführer im Gefängnis"
    assert match.speaker_text == "vieler Menschen wie dem Aktivisten Felix Madariaga"


def test_a_short_main_clause_rest_after_a_content_clause_stays_out(quotes: Quotes) -> None:
    text = "Sie wies die Behauptung, dass sie gelogen habe, entschieden zurück."
    assert _texts(quotes(text)) == [("indirect", "dass sie gelogen habe")]
    # a longer clause after the comma still belongs to the content
    text = "Er sagte, dass die Steuern steigen, wenn die Regierung nicht handelt."
    assert _texts(quotes(text)) == [
        ("indirect", "dass die Steuern steigen, wenn die Regierung nicht handelt")
    ]


def test_a_long_fronted_phrase_before_a_konjunktiv_continues_the_report(quotes: Quotes) -> None:
    text = (
        "Laut der Agentur Reuters hat sich Johnson distanziert. Neben dem vom Gesetz "
        "vorgegebenen Text habe er einen zweiten Brief geschickt."
    )
    rows = [(r[1][:9], r[3]) for r in quotes(text)]
    assert rows == [("hat sich ", "der Agentur Reuters"), ("Neben dem", "der Agentur Reuters")]
