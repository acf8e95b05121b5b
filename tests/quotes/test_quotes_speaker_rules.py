"""Speaker rules of round 3: passives, als-phrases before the verb, coordinated
and apposed subjects, "für X ist …" judgements, colon lead-ins after a quote,
interview questions, and speaker spans the actors stage did not link."""

from __future__ import annotations

from collections.abc import Callable

from lagebild.models import Actor, Mention
from lagebild.quotes import find_quotes
from lagebild.quotes.head_match import actor_by_head, head_noun
from lagebild.quotes.speaker_ids import with_speakers

Row = tuple[str, str, str | None, str | None]
Only = Callable[[str], Row]
Quotes = Callable[[str], list[Row]]


def test_a_passive_cue_names_no_speaker(only: Only) -> None:
    row = only("Der Minister war als „feiger Verräter“ beschimpft und bedrängt worden.")
    assert (row[0], row[3]) == ("partial", None)
    assert only("Der Minister wurde gefragt, ob er zurücktrete.")[3] is None


def test_zitieren_and_the_future_keep_their_subject(only: Only) -> None:
    row = only("Der Minister wird mit den Worten zitiert, die Lage sei ernst.")
    assert row[3] == "Der Minister"
    assert only("Er wird sagen, dass die Steuern steigen.")[3] == "Er"
    # "worden" in the content clause does not make the cue passive
    assert only("Der Dienst nahm an, dass Kim operiert worden sei.")[3] == "Der Dienst"


def test_an_als_phrase_before_the_verb_is_no_subordinate_clause(quotes: Quotes) -> None:
    rows = quotes("Als Grund nennen Bund und Länder „die hohen Kosten der Impfung“.")
    assert [r[3] for r in rows] == ["Bund und Länder"]
    rows = quotes("Die Steuern steigen, wie der Sprecher am Montag sagte.")
    assert [r[3] for r in rows] == ["der Sprecher"]


def test_zu_beginn_is_no_quantity() -> None:
    text = (
        "Zu Beginn der Debatte hatte Johnson für den Vertrag geworben. Es sei ein gutes Abkommen."
    )
    (match,) = find_quotes(text)
    assert match.lead_span is not None
    assert text[match.lead_span[0] : match.lead_span[1]] == "Johnson"


def test_sowohl_als_auch_is_one_subject(only: Only) -> None:
    row = only("Sowohl Keith als auch Keuter behaupten, nichts gewusst zu haben.")
    assert row[3] == "Sowohl Keith als auch Keuter"


def _actor(id_: str, type_: str, text: str, mention: str, kind: str = "name") -> Actor:
    at = text.index(mention)
    return Actor(
        id=id_,
        name=mention,
        type=type_,  # type: ignore[arg-type]
        mentions=[Mention(start=at, end=at + len(mention), text=mention, kind=kind)],  # type: ignore[arg-type]
    )


def test_coordinated_speakers_resolve_to_the_first() -> None:
    text = "Sowohl Keith als auch Keuter behaupten, nichts gewusst zu haben."
    actors = [_actor("K1", "PER", text, "Keith"), _actor("K2", "PER", text, "Keuter")]
    assert [q.speaker for q in with_speakers(find_quotes(text), actors)] == ["K1"]


def test_an_apposition_after_a_time_adverb(only: Only) -> None:
    row = only(
        "Stefan Keuter, damals Chef in Essen und heute Abgeordneter, behauptet, "
        "nichts gewusst zu haben."
    )
    assert row[3] == "Stefan Keuter"
    # a clause between the commas is no apposition
    row = only("Stefan Keuter, damals gewählt wurde, behauptet, nichts gewusst zu haben.")
    assert row[3] != "Stefan Keuter"


def test_fuer_x_ist_das_ein_hinweis(only: Only) -> None:
    row = only(
        "Für den Juristen Martin Morlok ist das ein klarer Hinweis auf eine „verdeckte Spende“."
    )
    assert (row[0], row[3]) == ("partial", "den Juristen Martin Morlok")


def _leads(text: str) -> list[str | None]:
    return [
        text[m.lead_span[0] : m.lead_span[1]] if m.lead_span else None for m in find_quotes(text)
    ]


def test_a_colon_lead_in_after_a_quote_is_its_own(quotes: Quotes) -> None:
    text = (
        "Einige hätten ihm gesagt: „Das geht los.“ Doch Müller will das sehen: „Wir schaffen das.“"
    )
    assert [r[2] for r in quotes(text)] == ["gesagt", None]
    assert _leads(text)[1] == "Müller"


def test_a_colon_lead_in_after_a_fronted_clause() -> None:
    text = "Wenn Kohl emotional wurde, erinnerte er sich daran, wie er Schlagbäume ausriss: „Für uns war klar, dass es keine Grenzen gibt.“"
    assert _leads(text) == ["er"]


def test_interview_answers_belong_to_the_one_asked() -> None:
    text = (
        "Vor der Sperre stehen drei Beamte. Wir fragen die Beamten, ob sie viel zu tun hätten. "
        "„Nein, hier ist es ruhig.“ Haben sie Kontakt zu den Kollegen? „Nicht mehr.“"
    )
    assert _leads(text) == ["die Beamten", "sie"]


def test_the_reporter_is_no_speaker() -> None:
    assert _leads("Wir besuchten die Grenze am Montag. „Hier ist es ruhig.“") == [None]


def test_the_head_noun_of_a_speaker_span() -> None:
    assert head_noun("der zivilen Allianz") == "Allianz"
    assert head_noun("Der Vorsitzende des Vereins") == "Vorsitzende"
    assert head_noun("er") is None


def test_an_unlinked_speaker_span_resolves_by_its_head_noun() -> None:
    text = "Die Oppositionsbewegung Allianz tagte. Der Vereinsvorsitzende Bendels kam."
    allianz = _actor("A", "ORG", text, "Oppositionsbewegung Allianz")
    bendels = _actor("B", "PER", text, "Der Vereinsvorsitzende", kind="description")
    actors = [allianz, bendels]
    assert actor_by_head("der zivilen Allianz", 0, actors) == "A"
    assert actor_by_head("des Bündnisses", 0, actors) is None  # no guess
    # a compound's last part, and inflection: Vorsitzende ~ Vereinsvorsitzende
    assert actor_by_head("Der Vorsitzende des Vereins", 0, actors) == "B"


def test_of_several_matching_actors_the_nearest_mention_wins() -> None:
    text = "Der Minister Abe kam. Später sprach der Minister Kishida."
    abe = _actor("A", "PER", text, "Der Minister Abe", kind="description")
    kishida = _actor("K", "PER", text, "der Minister Kishida", kind="description")
    assert actor_by_head("der Minister", len(text), [abe, kishida]) == "K"
    assert actor_by_head("der Minister", 0, [abe, kishida]) == "A"


def test_a_lead_subject_before_an_apposition() -> None:
    text = (
        "Ali Toprak, Präsident der Kurdischen Gemeinde Deutschland, drückte sein Unverständnis "
        "aus. „Die Türkei ist am Ende.“"
    )
    assert _leads(text) == ["Ali Toprak"]


def test_a_cue_clause_without_subject_shares_the_one_before(quotes: Quotes) -> None:
    text = "„Wir sind frei“, berichtet Mazzucotelli, fügt aber rasch hinzu: „Ein Fehler.“"
    assert [r[3] for r in quotes(text)] == ["Mazzucotelli", "Mazzucotelli"]


def test_hiess_es_names_its_source(quotes: Quotes) -> None:
    text = "„Die Berichte sind grundlos“, hieß es in einer Erklärung des Ministeriums."
    assert quotes(text)[0][3] == "des Ministeriums"
    text = "Die Dame sei privat unterwegs gewesen, hieß es aus dem Präsidentenpalast."
    assert quotes(text)[0][3] == "dem Präsidentenpalast"
    # sources that are no speakers stay null, compounds too
    text = "Die Gespräche seien weit, hieß es aus Koalitionskreisen."
    assert quotes(text)[0][3] is None


def test_a_closing_attribution_without_cue_names_the_speaker(quotes: Quotes) -> None:
    rows = quotes("Teilweise absurd sei, was da geschehe, ärgert er sich.")
    assert [(r[1], r[3]) for r in rows] == [("Teilweise absurd sei, was da geschehe", "er")]


def test_a_partial_with_a_speakerless_cue_noun_takes_the_continued_speaker(
    quotes: Quotes,
) -> None:
    text = (
        "„Es droht eine Strafe“, erläutert ein Beamter. "
        "Hinweise erhalte die Polizei „von Marktleitern und Nachbarn“."
    )
    partial = [r for r in quotes(text) if r[0] == "partial"]
    assert [r[3] for r in partial] == ["ein Beamter"]


def test_officials_with_a_country_adjective_speak_for_the_country() -> None:
    text = "Die deutschen Verantwortlichen reden sich damit heraus, sie hätten alles abgestimmt."
    at = text.index("deutschen")
    germany = Actor(
        id="Q183",
        name="Deutschland",
        type="GPE",
        mentions=[Mention(start=at, end=at + 9, text="deutschen", kind="adjective")],
    )
    assert [q.speaker for q in with_speakers(find_quotes(text), [germany])] == ["Q183"]
    # not an organisation of that country: "die nicaraguanische Ärztekammer"
    text = "Die deutsche Ärztekammer erklärte, sie habe alles abgestimmt."
    at = text.index("deutsche")
    germany = germany.model_copy(
        update={"mentions": [Mention(start=at, end=at + 8, text="deutsche", kind="adjective")]}
    )
    assert [q.speaker for q in with_speakers(find_quotes(text), [germany])] == [None]


def test_niemand_names_no_speaker(quotes: Quotes) -> None:
    text = "Niemand habe ihm mitgeteilt, dass die Partei das Blatt bezahle."
    assert all(r[3] is None for r in quotes(text))


def test_a_quote_after_a_name_and_colon_is_direct(quotes: Quotes) -> None:
    rows = quotes('Viele Sender meldeten Gerüchte. NBC: "Kim Jong Un is brain dead" und so weiter.')
    assert [(r[0], r[3]) for r in rows] == [("direct", "NBC")]
    # a quoted name after a colon stays no quote
    assert quotes("Sein neuer Film heißt so. Titel: „Die Rückkehr“ und mehr.") == []


def test_a_quoted_name_before_the_colon_keeps_the_cue(quotes: Quotes) -> None:
    text = (
        "Wie Sprecher Stefan Gobbin erklärte, wollte sich „D.Live“ darum kümmern: "
        "„Das war mit dem Amt so abgesprochen.“"
    )
    rows = [r for r in quotes(text) if r[0] == "direct"]
    assert [(r[2], r[3]) for r in rows] == [("erklärte", "Sprecher Stefan Gobbin")]


def test_a_leading_conjunction_is_not_the_subject(only: Only) -> None:
    assert only("Doch der Experte glaubt, dass die Sanktionen wirken.")[3] == "der Experte"
    assert only("Und die Partei erklärte, sie sei bereit.")[3] == "die Partei"
