"""Repairs of common parser errors and the intent-content rule (issue 7, fourth round)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from lagebild.events.extract import Extractor
from lagebild.events.lexicon import Lexicon
from lagebild.events.merge import EventMention
from lagebild.models import Article

Row = tuple[str, str, str, str, str, int, str]
DocOf = Callable[[Sequence[Sequence[Row]]], Doc]
ArticleOf = Callable[..., Article]

GOV = ("lb:gov", "ORG", "NIC", [("Regierung", "description")])
SCHOLZ = ("Q61053", "PER", "DEU", [("Scholz", "name")])
PUTIN = ("Q7747", "PER", "RUS", [("Putin", "name")])
EU = ("Q458", "ORG", None, [("EU", "name")])
SOLDIERS = ("new:soldaten", "ORG", "DEU", [("deutschen Soldaten", "description")])
TOWN = ("new:ort", "LOC", "LUX", [("Moestroff", "name")])
MUNICH = ("lb:munich", "LOC", "DEU", [("Münchner", "adjective")])
HAS = ("hat", "haben", "AUX", "VAFIN", "aux", 3, "Mood=Ind|Tense=Pres|VerbForm=Fin")
PART = "VerbForm=Part"
DOT = (".", ".", "PUNCT", "$.", "punct")


def word(text: str, lemma: str, dep: str, head: int, morph: str = "") -> Row:
    return (text, lemma, "NOUN", "NN", dep, head, morph)


def det(text: str, head: int, case: str) -> Row:
    return (text, "der", "DET", "ART", "det", head, f"Case={case}")


def mentions(article: Article, doc: Doc) -> list[EventMention]:
    return Extractor().mentions(article, doc)


# "Die Regierung hat die Regierung Demonstrationen verboten" as the parser reads
# "hat die Regierung Demonstrationen verboten": both noun phrases as objects.
BANNED = [HAS, det("die", 2, "Acc"), word("Regierung", "Regierung", "obj", 4, "Case=Acc"),
          word("Demonstrationen", "Demonstration", "obj", 4, "Case=Acc"),
          ("verboten", "verbieten", "VERB", "VVPP", "ROOT", 4, PART)]  # fmt: skip


def test_first_of_two_objects_with_nominative_article_is_the_subject(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    doc = doc_of([[*BANNED, (*DOT, 4, "")]])
    (m,) = mentions(article_of(doc, [GOV]), doc)
    assert (m.type, m.source) == ("COERCE", {"lb:gov"})


def test_two_objects_with_accusative_article_stay_objects(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    rows = list(BANNED)
    rows[1] = det("den", 2, "Acc")
    doc = doc_of([[*rows, (*DOT, 4, "")]])
    assert all(m.source != {"lb:gov"} for m in mentions(article_of(doc, [GOV]), doc))


def test_coordinated_participle_shares_the_subject(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "hat die Regierung Demonstrationen verboten, Scholz verhaftet": the parser calls
    # the second participle's object a subject; it is the arrested, the government
    # the agent.
    doc = doc_of([[*BANNED, (",", ",", "PUNCT", "$,", "punct", 7, ""),
                   ("Scholz", "Scholz", "PROPN", "NE", "nsubj", 7, "Case=Nom"),
                   ("verhaftet", "verhaften", "VERB", "VVPP", "dep", 4, PART),
                   (*DOT, 4, "")]])  # fmt: skip
    arrests = [m for m in mentions(article_of(doc, [GOV, SCHOLZ]), doc) if m.mode == "arrest"]
    (m,) = arrests
    assert (m.source, m.target) == ({"lb:gov"}, {"Q61053"})


def test_agent_phrase_marks_passive_without_auxiliary(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Zehn Kilometer, in Moestroff, ist er gefallen, von deutschen Soldaten getötet."
    doc = doc_of([[word("Kilometer", "Kilometer", "nsubj", 5, "Case=Nom"),
                   ("in", "in", "ADP", "APPR", "case", 2, ""),
                   ("Moestroff", "Moestroff", "PROPN", "NE", "appos", 0, "Case=Dat"),
                   ("ist", "sein", "AUX", "VAFIN", "aux", 5, "VerbForm=Fin"),
                   ("er", "er", "PRON", "PPER", "obl", 5, "Case=Nom"),
                   ("gefallen", "fallen", "VERB", "VVPP", "ROOT", 5, PART),
                   ("von", "von", "ADP", "APPR", "case", 8, ""),
                   ("deutschen", "deutsch", "ADJ", "ADJA", "amod", 8, "Case=Dat"),
                   word("Soldaten", "Soldat", "obl:agent", 9, "Case=Dat"),
                   ("getötet", "töten", "VERB", "VVPP", "dep", 5, PART),
                   (*DOT, 5, "")]])  # fmt: skip
    (m,) = mentions(article_of(doc, [SOLDIERS, TOWN]), doc)
    assert (m.type, m.source) == ("ASSAULT", {"new:soldaten"})


def test_place_adjective_is_no_source(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Putin lobte das Münchner Abkommen": the agreement is named after the place.
    doc = doc_of([[("Nach", "nach", "ADP", "APPR", "case", 3, ""),
                   ("dem", "der", "DET", "ART", "det", 3, "Case=Dat"),
                   ("Münchner", "Münchner", "ADJ", "ADJA", "amod", 3, "Case=Dat"),
                   word("Abkommen", "Abkommen", "obl", 4, "Case=Dat"),
                   ("kam", "kommen", "VERB", "VVFIN", "ROOT", 4, "VerbForm=Fin"),
                   ("es", "es", "PRON", "PPER", "expl", 4, "Case=Nom"),
                   (*DOT, 4, "")]])  # fmt: skip
    assert not mentions(article_of(doc, [MUNICH]), doc)


def test_verb_complement_of_a_request_is_no_event_of_its_own(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    # "Putin bat Scholz, die Grenzsperren aufzuheben": one REQUEST, no CONCEDE.
    doc = doc_of([[("Putin", "Putin", "PROPN", "NE", "nsubj", 1, "Case=Nom"),
                   ("bat", "bitten", "VERB", "VVFIN", "ROOT", 1, "VerbForm=Fin"),
                   ("Scholz", "Scholz", "PROPN", "NE", "obj", 1, "Case=Acc"),
                   (",", ",", "PUNCT", "$,", "punct", 6, ""),
                   det("die", 5, "Acc"),
                   word("Grenzsperren", "Grenzsperre", "obj", 6, "Case=Acc"),
                   ("aufzuheben", "aufheben", "VERB", "VVIZU", "xcomp", 1, "VerbForm=Inf"),
                   (*DOT, 1, "")]])  # fmt: skip
    found = mentions(article_of(doc, [PUTIN, SCHOLZ]), doc)
    assert [m.type for m in found] == ["REQUEST"]
    assert (found[0].source, found[0].target) == ({"Q7747"}, {"Q61053"})


def test_pp_inside_extraposed_infinitive_belongs_to_it(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    # "Scholz ist verpflichtet, bei der EU eine Verlängerung zu beantragen."
    doc = doc_of([[("Scholz", "Scholz", "PROPN", "NE", "nsubj", 2, "Case=Nom"),
                   ("ist", "sein", "AUX", "VAFIN", "aux", 2, "VerbForm=Fin"),
                   ("verpflichtet", "verpflichten", "VERB", "VVPP", "ROOT", 2, PART),
                   (",", ",", "PUNCT", "$,", "punct", 9, ""),
                   ("bei", "bei", "ADP", "APPR", "case", 6, ""),
                   det("der", 6, "Dat"),
                   ("EU", "EU", "PROPN", "NE", "obl", 2, "Case=Dat"),
                   ("eine", "ein", "DET", "ART", "det", 8, "Case=Acc"),
                   word("Verlängerung", "Verlängerung", "obj", 9, "Case=Acc"),
                   ("beantragen", "beantragen", "VERB", "VVINF", "xcomp", 2, "VerbForm=Inf"),
                   (*DOT, 2, "")]])  # fmt: skip
    found = mentions(article_of(doc, [SCHOLZ, EU]), doc)
    # "ist verpflichtet" is an obligation, no promise (verpflichten needs "sich").
    assert [(m.type, m.source, m.target) for m in found] == [("REQUEST", {"Q61053"}, {"Q458"})]


def test_unattached_ohne_does_not_negate(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Die Regierung hat Scholz ohne Anklage verhaftet."
    doc = doc_of([[det("Die", 1, "Nom"), word("Regierung", "Regierung", "nsubj", 6, "Case=Nom"),
                   ("hat", "haben", "AUX", "VAFIN", "aux", 6, "VerbForm=Fin"),
                   ("Scholz", "Scholz", "PROPN", "NE", "obj", 6, "Case=Acc"),
                   ("ohne", "ohne", "ADP", "APPR", "case", 5, ""),
                   word("Anklage", "Anklage", "obl", 6, "Case=Acc"),
                   ("verhaftet", "verhaften", "VERB", "VVPP", "ROOT", 6, PART),
                   (*DOT, 6, "")]])  # fmt: skip
    arrest = [m for m in mentions(article_of(doc, [GOV, SCHOLZ]), doc) if m.mode == "arrest"]
    assert [m.status for m in arrest] == ["realized"]


def test_easing_and_restriction_entries() -> None:
    lex = Lexicon.load()
    (suspend,) = [e for e in lex.lookup("aussetzen", pos="VERB") if e.type == "CONCEDE"]
    assert suspend.allows(["Sheriff", "Zwangsräumung", "aussetzen"])
    assert not suspend.allows(["Regierung", "Zusammenarbeit", "aussetzen"])
    assert [e.type for e in lex.lookup("Räumungsstopp", pos="NOUN")] == ["CONCEDE"]
    assert [e.type for e in lex.lookup("Lockdown", pos="NOUN")] == ["COERCE"]
    (announce,) = lex.lookup("ankündigen", pos="VERB")
    assert not announce.allows(["Abgeordnete", "ankündigen", "Gericht", "sprechen"])
    assert announce.allows(["Regierung", "ankündigen", "Hilfe"])


def test_agent_pp_hung_on_the_verb_is_the_nouns_actor(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Die Unterdrückung der Proteste durch die Polizei geht weiter."
    police = ("lb:police", "ORG", "NIC", [("Polizei", "description")])
    doc = doc_of([[det("Die", 1, "Nom"), word("Unterdrückung", "Unterdrückung", "nsubj", 6),
                   det("der", 3, "Gen"), word("Proteste", "Protest", "nmod", 1, "Case=Gen"),
                   ("durch", "durch", "ADP", "APPR", "case", 5, ""),
                   word("Polizei", "Polizei", "obl", 6, "Case=Acc"),
                   ("geht", "gehen", "VERB", "VVFIN", "ROOT", 6, "VerbForm=Fin"),
                   (*DOT, 6, "")]])  # fmt: skip
    (m,) = mentions(article_of(doc, [police]), doc)
    assert (m.type, m.mode, m.source) == ("ASSAULT", "crowd-control", {"lb:police"})


def test_a_place_is_no_agent_but_the_recipient_of_force(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    # The parser makes the place the subject: "Manbidj besetzten" read as its agent.
    doc = doc_of([[("Manbidj", "Manbidj", "PROPN", "NE", "nsubj", 1, "Case=Nom"),
                   ("besetzten", "besetzen", "VERB", "VVFIN", "ROOT", 1, "VerbForm=Fin"),
                   (*DOT, 1, "")]])  # fmt: skip
    town = ("new:manbidj", "LOC", "SYR", [("Manbidj", "name")])
    found = mentions(article_of(doc, [town]), doc)
    assert all(m.source == frozenset() and m.target == {"new:manbidj"} for m in found)


def test_adverbial_participle_is_no_trigger(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Die Regierung arbeitet eingeschränkt."
    doc = doc_of([[det("Die", 1, "Nom"), word("Regierung", "Regierung", "nsubj", 2, "Case=Nom"),
                   ("arbeitet", "arbeiten", "VERB", "VVFIN", "ROOT", 2, "VerbForm=Fin"),
                   ("eingeschränkt", "eingeschränkt", "ADJ", "ADJD", "advmod", 2, ""),
                   (*DOT, 2, "")]])  # fmt: skip
    assert not mentions(article_of(doc, [GOV]), doc)


def test_insisting_on_a_position_is_a_refusal() -> None:
    from lagebild.events.lexicon import Refinements

    (entry,) = Lexicon.load().lookup("beharren", pos="VERB")
    coding = Refinements.load().code(entry, ["auf", "sein", "Position"])
    assert (coding.type, coding.mode) == ("REJECT", "change")
    assert Refinements.load().code(entry, ["auf", "Forderung"]).type == "REQUEST"


def test_impending_sense_of_drohen_is_no_threat(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Der Regierung droht eine Strafe" (parsed with the dative as subject) vs.
    # "Putin droht Scholz mit Sanktionen".
    looming = doc_of([[det("Der", 1, "Nom"), word("Regierung", "Regierung", "nsubj", 2),
                       ("droht", "drohen", "VERB", "VVFIN", "ROOT", 2, "VerbForm=Fin"),
                       ("eine", "ein", "DET", "ART", "det", 4, "Case=Acc"),
                       word("Strafe", "Strafe", "obj", 2, "Case=Acc"), (*DOT, 2, "")]])  # fmt: skip
    assert not [m for m in mentions(article_of(looming, [GOV]), looming) if m.type == "THREATEN"]
    threat = doc_of([[("Putin", "Putin", "PROPN", "NE", "nsubj", 1, "Case=Nom"),
                      ("droht", "drohen", "VERB", "VVFIN", "ROOT", 1, "VerbForm=Fin"),
                      ("Scholz", "Scholz", "PROPN", "NE", "iobj", 1, "Case=Dat"),
                      ("mit", "mit", "ADP", "APPR", "case", 4, ""),
                      word("Sanktionen", "Sanktion", "obl", 1, "Case=Dat"), (*DOT, 1, "")]])  # fmt: skip
    found = mentions(article_of(threat, [PUTIN, SCHOLZ]), threat)
    assert [(m.type, m.source, m.target) for m in found] == [("THREATEN", {"Q7747"}, {"Q61053"})]


def test_pp_on_the_genitive_belongs_to_the_noun_trigger(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    # "Der undurchdachte Rückzug der Truppen aus Syrien begann." The attributive
    # adjective carries Mood=Sub from the tagger: no Konjunktiv II, still realized.
    troops = ("lb:troops", "ORG", "USA", [("Truppen", "description")])
    syria = ("Q858", "GPE", "SYR", [("Syrien", "name")])
    doc = doc_of([[det("Der", 2, "Nom"),
                   ("undurchdachte", "undurchdacht", "AUX", "ADJA", "amod", 2,
                    "Mood=Sub|Tense=Past"),
                   word("Rückzug", "Rückzug", "nsubj", 7, "Case=Nom"),
                   det("der", 4, "Gen"), word("Truppen", "Truppe", "nmod", 2, "Case=Gen"),
                   ("aus", "aus", "ADP", "APPR", "case", 6, ""),
                   ("Syrien", "Syrien", "PROPN", "NE", "nmod", 4, "Case=Dat"),
                   ("begann", "beginnen", "VERB", "VVFIN", "ROOT", 7, "VerbForm=Fin"),
                   (*DOT, 7, "")]])  # fmt: skip
    (m,) = mentions(article_of(doc, [troops, syria]), doc)
    assert (m.type, m.source, m.target, m.status) == (
        "RETREAT",
        {"lb:troops"},
        {"Q858"},
        "realized",
    )
