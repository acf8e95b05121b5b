"""Rules for real news pages (issue 6): Konjunktiv I without a cue, claims in a
zu-infinitive, indirect clauses beside their partial quotes, single quoted words
in reported speech, frames inside a sentence, closing attributions; and the
dev/held-out subsets of the page evaluation. Texts are written for these tests."""

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from lagebild.gold import gold_files, read_splits, select_pages
from lagebild.quotes.page_eval import _show

Row = tuple[str, str, str | None, str | None]
Quotes = Callable[[str], list[Row]]
Only = Callable[[str], Row]


def _kinds(rows: list[Row]) -> list[tuple[str, str]]:
    return [(kind, text) for kind, text, _, _ in rows]


def test_konjunktiv_i_without_cue_is_indirect(quotes: Quotes) -> None:
    text = (
        "Der Bäcker führt seit Jahren ein Geschäft am Markt. "
        "Er sei früher jeden Tag über die Grenze gefahren. Das gehe heute nicht mehr."
    )
    assert quotes(text) == [
        ("indirect", "Er sei früher jeden Tag über die Grenze gefahren", None, None),
        ("indirect", "Das gehe heute nicht mehr", None, None),
    ]


def test_first_person_indicative_is_no_report(quotes: Quotes) -> None:
    assert quotes("Die Stadt ist voll. Ich habe mich nie so sicher gefühlt.") == []


def test_konjunktiv_ii_alone_is_no_report(quotes: Quotes) -> None:
    # a hypothetical of the author, not speech
    assert quotes("Die Lage ist offen. Einem Antrag würden die Staaten wohl zustimmen.") == []


def test_claim_in_zu_infinitive_after_assertive_cue(only: Only) -> None:
    assert only("Die Partei behauptet, nichts von der Zeitung gewusst zu haben.") == (
        "indirect",
        "nichts von der Zeitung gewusst zu haben",
        "behauptet",
        "Die Partei",
    )


def test_rejecting_cue_with_zu_infinitive(only: Only) -> None:
    kind, text, cue, _ = only("Der Vorsitzende stritt ab, die Partei informiert zu haben.")
    assert (kind, text, cue) == ("indirect", "die Partei informiert zu haben", "stritt")


def test_plans_in_zu_infinitive_stay_out(quotes: Quotes) -> None:
    assert quotes("Die Ministerin schlug vor, die Abgabe zu senken.") == []


def test_indirect_clause_is_kept_beside_its_partial_quote(quotes: Quotes) -> None:
    rows = quotes("Der Minister sagte, die Regierung habe „jede Orientierung verloren“.")
    assert _kinds(rows) == [
        ("indirect", "die Regierung habe „jede Orientierung verloren“"),
        ("partial", "„jede Orientierung verloren“"),
    ]


def test_copular_clause_is_its_partial_quote(quotes: Quotes) -> None:
    # the quotation is the whole predicate: the clause adds nothing
    rows = quotes("Die Ministerin erklärte, dass beide Staaten „enge und treue Partner“ seien.")
    assert _kinds(rows) == [("partial", "„enge und treue Partner“")]


def test_single_quoted_word_in_reported_speech_is_partial(quotes: Quotes) -> None:
    rows = quotes("Ein Berater sagte am Sonntag, der Präsident lebe und sei „wohlauf“.")
    assert _kinds(rows) == [
        ("indirect", "der Präsident lebe und sei „wohlauf“"),
        ("partial", "„wohlauf“"),
    ]
    assert rows[1][2:] == ("sagte", "Ein Berater")


def test_single_quoted_word_outside_speech_is_no_quote(quotes: Quotes) -> None:
    assert quotes("Die Firma brachte den „Turbo“ auf den Markt.") == []


def test_naming_verb_far_from_its_als_object(quotes: Quotes) -> None:
    rows = quotes("Die Demonstranten hatten den Redner beim Eingang als „Verräter“ beschimpft.")
    assert _kinds(rows) == [("partial", "„Verräter“")]


def test_frame_inside_a_sentence_needs_a_reporting_verb(quotes: Quotes) -> None:
    # after a comma the frame may scope over one phrase; its quote is still partial
    text = (
        "Viele Firmen sind hier, die Stadt ist laut dem Bürgermeister »ein Zentrum der Industrie«."
    )
    assert _kinds(quotes(text)) == [("partial", "»ein Zentrum der Industrie«")]
    # in the main clause it scopes over the clause
    kind, _, cue, _ = quotes("Darunter waren nach Angaben der Polizei nur 18 Personen.")[0]
    assert (kind, cue) == ("indirect", "nach Angaben")
    kind, _, cue, _ = quotes("In zwei Häusern soll es laut den Mietern Streiks geben.")[0]
    assert (kind, cue) == ("indirect", "laut")


def test_closing_attribution_without_cue_word_is_cut(quotes: Quotes) -> None:
    text = "Der Beamte ist verärgert. Teilweise absurd sei, was da geschehe, ärgert er sich."
    assert _kinds(quotes(text)) == [("indirect", "Teilweise absurd sei, was da geschehe")]


def test_fronted_clause_is_not_cut_as_attribution(quotes: Quotes) -> None:
    text = "Er sagte, die Lage sei ernst. Wer mehr Schulden fordere, verschiebe die Lasten."
    assert _kinds(quotes(text))[-1] == (
        "indirect",
        "Wer mehr Schulden fordere, verschiebe die Lasten",
    )


def test_page_subsets_split_the_gold_files() -> None:
    subsets = read_splits()
    named = [set(stems) for stems in subsets.values()]
    assert sum(len(s) for s in named) == len(set().union(*named))  # disjoint
    assert set().union(*named) == {p.stem for p in gold_files()}
    assert "seed" in subsets["dev"]
    paths = [Path("news-dev/a.json"), Path("seed.json")]
    assert select_pages(paths, "dev") == [Path("seed.json")]
    assert select_pages(paths, None) == paths


def test_verbose_note_shows_the_span_in_context() -> None:
    assert _show("Er sagte dies.\nDann ging er.", (3, 8)) == "…Er ⟦sagte⟧ dies. ⏎ Dann ging er.…"


# Overlap F1 on the dev pages the rules were developed on (measured without the
# nlp stage: direct 0.92, indirect 0.885, partial 0.945); the margin absorbs
# cleaner changes elsewhere.
PAGE_GATE = {"direct": 0.87, "indirect": 0.84, "partial": 0.9}


def test_page_gate_on_dev_pages(shared_dir: Path) -> None:
    from lagebild.article import ArticleStage
    from lagebild.evaluation import ScoreRow
    from lagebild.pipeline import Pipeline
    from lagebild.quotes.page_eval import evaluate_pages
    from lagebild.quotes.stage import QuotesStage

    if not (shared_dir / "data" / "news-dev").is_dir():
        pytest.skip("shared data not available")
    pipeline = Pipeline([ArticleStage(), QuotesStage()])
    scores = evaluate_pages(shared_dir, pipeline, subset="dev")
    for kind, minimum in PAGE_GATE.items():
        f1 = ScoreRow.from_counts(kind, scores.overlap[kind]).f1
        assert f1 >= minimum, (kind, f1)


def test_tagger_subjunctive_ii_does_not_report_alone() -> None:
    from lagebild.quotes import find_quotes
    from lagebild.quotes.text import tokenize

    text = "Die Lage ist offen. Helmut Kohl hätte heute viel zu tun."
    # a tagger marks "hätte" Mood=Sub; it is a Konjunktiv II all the same
    tokens = [replace(t, mood="Sub") if t.text == "hätte" else t for t in tokenize(text)]
    assert find_quotes(text, [(0, 19), (20, len(text))], tokens=tokens) == []


def test_marks_glued_to_a_word_become_tokens() -> None:
    import spacy

    from lagebild.quotes.stage import doc_tokens

    doc = spacy.blank("de").make_doc('Er schrieb: "alles gut"— Ende')
    assert [t.text for t in doc_tokens(doc)][-4:] == ["gut", '"', "—", "Ende"]


def test_sentence_split_inside_a_quote_is_rejoined() -> None:
    from lagebild.quotes.text import refine_sentences

    text = "Er wurde als «Nazi-Schwein» beschimpft."
    spans = refine_sentences(text, [(0, 14), (14, len(text))])
    assert spans == [(0, len(text))]


def test_quoted_name_after_a_compound_name_noun(quotes: Quotes) -> None:
    text = "Das sagte ein Abgeordneter der Macron-Partei „La République en Marche“ am Montag."
    assert all(kind != "partial" for kind, *_ in quotes(text))


def test_quoted_epithet_before_a_name_is_no_quote(quotes: Quotes) -> None:
    text = "Der „ewige Präsident“ Kim Il Sung ist Staatsoberhaupt, erklärt die Regierung."
    assert [kind for kind, *_ in quotes(text)] == ["indirect"]


def test_quoted_adjective_before_a_noun_in_speech_is_partial(quotes: Quotes) -> None:
    text = "Er sagte, es werde eine „flächendeckende“ Werbung geben."
    assert ("partial", "„flächendeckende“") in _kinds(quotes(text))


def test_negated_cue_reports_nothing(quotes: Quotes) -> None:
    assert quotes("Er hatte nicht bemerkt, dass die Kamera noch lief.") == []


def test_the_reporter_in_the_first_person_is_no_speaker(quotes: Quotes) -> None:
    assert quotes("Wir fragen die Beamten, ob sie viel zu tun haben.") == []


def test_reflexive_erinnern_is_memory_not_speech(quotes: Quotes) -> None:
    assert quotes("Er erinnerte sich daran, wie er die Schranken ausgerissen hat.") == []
    kind, _, cue, _ = quotes("Er erinnerte daran, dass die Grenze offen sei.")[0]
    assert (kind, cue) == ("indirect", "erinnerte daran")


def test_quoted_main_clause_after_a_fronted_clause_is_direct(quotes: Quotes) -> None:
    text = "Wenn die Mieter streiken, »dann werden wir sie unterstützen«, sagt Gutierrez."
    assert quotes(text) == [("direct", "»dann werden wir sie unterstützen«", "sagt", "Gutierrez")]
    # without its own first constituent the quote goes on the writer's clause
    text = "Wer dort einkauft, „droht eine Geldbuße von 200 Euro“, erläutert ein Beamter."
    assert ("partial", "„droht eine Geldbuße von 200 Euro“") in _kinds(quotes(text))
