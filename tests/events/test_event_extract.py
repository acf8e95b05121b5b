"""The extractor's rules on hand-built parses (no trained model needed)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from spacy.tokens import Doc

from lagebild.events.config import ExtractorConfig
from lagebild.events.extract import Extractor, extract_events
from lagebild.events.merge import EventMention
from lagebild.events.triggers import noun_candidates
from lagebild.models import Article, Block, Dateline, Quote

DocOf = Callable[[Sequence[Sequence[tuple[str, str, str, str, str, int, str]]]], Doc]
ArticleOf = Callable[..., Article]

PUTIN = ("Q7747", "PER", "RUS", [("Putin", "name"), ("Putins", "name")])
SCHOLZ = ("Q61053", "PER", "DEU", [("Scholz", "name")])
XI = ("Q15031", "PER", "CHN", [("Xi", "name")])
KAZ = ("Q232", "GPE", "KAZ", [("Kasachstan", "name")])
ASTANA = ("lb:astana", "LOC", "KAZ", [("Astana", "name")])
FIN = "Mood=Ind|Tense=Past|VerbForm=Fin"
DOT = (".", ".", "PUNCT", "$.", "punct")


def n(
    word: str, dep: str, head: int, case: str = "Nom"
) -> tuple[str, str, str, str, str, int, str]:
    return (word, word, "PROPN", "NE", dep, head, f"Case={case}")


def dot(head: int) -> tuple[str, str, str, str, str, int, str]:
    return (*DOT, head, "")


def mentions(article: Article, doc: Doc) -> list[EventMention]:
    return Extractor().mentions(article, doc)


VISIT = [n("Putin", "nsubj", 1), ("besuchte", "besuchen", "VERB", "VVFIN", "ROOT", 1, FIN),
         n("Kasachstan", "obj", 1, "Acc"), dot(1)]  # fmt: skip


def test_subject_is_source_object_is_target(doc_of: DocOf, article_of: ArticleOf) -> None:
    doc = doc_of([[n("Putin", "nsubj", 1),
                   ("kritisierte", "kritisieren", "VERB", "VVFIN", "ROOT", 1, FIN),
                   n("Scholz", "obj", 1, "Acc"), dot(1)]])  # fmt: skip
    (m,) = mentions(article_of(doc, [PUTIN, SCHOLZ]), doc)
    assert (m.type, m.source, m.target) == ("ACCUSE", {"Q7747"}, {"Q61053"})
    assert doc.text[m.trigger[0] : m.trigger[1]] == "kritisierte"


def test_passive_von_phrase_is_source(doc_of: DocOf, article_of: ArticleOf) -> None:
    doc = doc_of([[n("Scholz", "nsubj:pass", 4),
                   ("wurde", "werden", "AUX", "VAFIN", "aux:pass", 4, FIN),
                   ("von", "von", "ADP", "APPR", "case", 3, ""), n("Putin", "obl", 4, "Dat"),
                   ("kritisiert", "kritisieren", "VERB", "VVPP", "ROOT", 4, "VerbForm=Part"),
                   dot(4)]])  # fmt: skip
    (m,) = mentions(article_of(doc, [PUTIN, SCHOLZ]), doc)
    assert (m.source, m.target) == ({"Q7747"}, {"Q61053"})


def test_coordinated_subjects_are_both_sources(doc_of: DocOf, article_of: ArticleOf) -> None:
    doc = doc_of([[n("Putin", "nsubj", 3), ("und", "und", "CCONJ", "KON", "cc", 2, ""),
                   n("Xi", "conj", 0), ("kritisierten", "kritisieren", "VERB", "VVFIN", "ROOT", 3, FIN),
                   n("Scholz", "obj", 3, "Acc"), dot(3)]])  # fmt: skip
    (m,) = mentions(article_of(doc, [PUTIN, XI, SCHOLZ]), doc)
    assert m.source == {"Q7747", "Q15031"} and m.target == {"Q61053"}


def test_separable_particle_nested_noun_and_proposal(doc_of: DocOf, article_of: ArticleOf) -> None:
    doc = doc_of([[n("Putin", "nsubj", 1), ("schlug", "schlagen", "VERB", "VVFIN", "ROOT", 1, FIN),
                   ("vor", "vor", "ADP", "PTKVZ", "compound:prt", 1, ""),
                   (",", ",", "PUNCT", "$,", "punct", 6, ""), ("die", "der", "DET", "ART", "det", 5, ""),
                   ("Zusammenarbeit", "Zusammenarbeit", "NOUN", "NN", "obj", 6, "Case=Acc"),
                   ("auszubauen", "auszubauen", "VERB", "VVIZU", "xcomp", 1, "VerbForm=Inf"),
                   dot(1)]])  # fmt: skip
    found = mentions(article_of(doc, [PUTIN]), doc)
    assert {m.type for m in found} == {"AGREE"}  # no COOPERATE of its own for the theme
    # The proposed act (the verb complement) is what the proposal is about, not a
    # mention of its own.
    triggers = sorted(doc.text[m.trigger[0] : m.trigger[1]] for m in found)
    assert triggers == ["schlug vor"]
    assert all(m.status == "proposed" and m.source == {"Q7747"} for m in found)
    events = Extractor().merged(article_of(doc, [PUTIN]), doc)
    assert len(events) == 1 and len(events[0].mentions) == 1


def test_noun_genitive_source_and_place_pp(doc_of: DocOf, article_of: ArticleOf) -> None:
    doc = doc_of([[("Der", "der", "DET", "ART", "det", 1, ""),
                   ("Besuch", "Besuch", "NOUN", "NN", "nsubj", 5, "Case=Nom"),
                   n("Putins", "nmod", 1, "Gen"), ("in", "in", "ADP", "APPR", "case", 4, ""),
                   n("Astana", "nmod", 1, "Dat"), ("endete", "enden", "VERB", "VVFIN", "ROOT", 5, FIN),
                   dot(5)]])  # fmt: skip
    (m,) = mentions(article_of(doc, [PUTIN, ASTANA]), doc)
    assert (m.type, m.mode, m.source, m.location) == ("CONSULT", "visit", {"Q7747"}, "lb:astana")


def test_pp_target_without_source_is_kept_with_low_confidence(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    doc = doc_of([[("Der", "der", "DET", "ART", "det", 1, ""),
                   ("Haftbefehl", "Haftbefehl", "NOUN", "NN", "nsubj", 4, "Case=Nom"),
                   ("gegen", "gegen", "ADP", "APPR", "case", 3, ""), n("Putin", "nmod", 1, "Acc"),
                   ("bleibt", "bleiben", "VERB", "VVFIN", "ROOT", 4, FIN), dot(4)]])  # fmt: skip
    (m,) = mentions(article_of(doc, [PUTIN]), doc)
    cap = ExtractorConfig.load().confidence.sourceless_cap
    assert (m.type, m.source, m.target) == ("COERCE", frozenset(), {"Q7747"})
    assert m.confidence <= cap
    assert Extractor().merged(article_of(doc, [PUTIN]), doc) == []  # no source: no event


def test_mention_without_any_actor_is_dropped(doc_of: DocOf, article_of: ArticleOf) -> None:
    doc = doc_of([[("Er", "er", "PRON", "PPER", "nsubj", 1, "Case=Nom"),
                   ("kritisierte", "kritisieren", "VERB", "VVFIN", "ROOT", 1, FIN), dot(1)]])  # fmt: skip
    assert mentions(article_of(doc, [PUTIN]), doc) == []


def test_reciprocal_zwischen_makes_both_actors(doc_of: DocOf, article_of: ArticleOf) -> None:
    doc = doc_of([[("Das", "der", "DET", "ART", "det", 1, ""),
                   ("Treffen", "Treffen", "NOUN", "NN", "nsubj", 6, "Case=Nom"),
                   ("zwischen", "zwischen", "ADP", "APPR", "case", 3, ""), n("Putin", "nmod", 1, "Dat"),
                   ("und", "und", "CCONJ", "KON", "cc", 5, ""), n("Xi", "conj", 3, "Dat"),
                   ("fand", "finden", "VERB", "VVFIN", "ROOT", 6, FIN),
                   ("statt", "statt", "ADP", "PTKVZ", "compound:prt", 6, ""), dot(6)]])  # fmt: skip
    (event,) = Extractor().merged(article_of(doc, [PUTIN, XI]), doc)
    assert event.type == "CONSULT" and event.reciprocal
    assert set(event.source) == {"Q7747", "Q15031"} and event.target == ()


def test_trigger_inside_a_name_is_skipped(doc_of: DocOf, article_of: ArticleOf) -> None:
    council = ("lb:rat", "ORG", None, [("Rat für Zusammenarbeit", "name")])
    doc = doc_of([[("Der", "der", "DET", "ART", "det", 1, ""),
                   ("Rat", "Rat", "NOUN", "NN", "nsubj", 4, "Case=Nom"),
                   ("für", "für", "ADP", "APPR", "case", 3, ""),
                   ("Zusammenarbeit", "Zusammenarbeit", "NOUN", "NN", "nmod", 1, "Case=Acc"),
                   ("kritisierte", "kritisieren", "VERB", "VVFIN", "ROOT", 4, FIN),
                   n("Putin", "obj", 4, "Acc"), dot(4)]])  # fmt: skip
    (m,) = mentions(article_of(doc, [council, PUTIN]), doc)
    assert (m.type, m.source, m.target) == ("ACCUSE", {"lb:rat"}, {"Q7747"})


def _visit_with(aux: tuple[str, str, str, str, str, int, str] | None, verb: str, tag: str,
                morph: str, extra: Sequence[Any] = ()) -> list[Any]:  # fmt: skip
    rows: list[Any] = [n("Putin", "nsubj", 0 if aux is None else 3)]
    if aux is not None:
        rows.append(aux)
    head = len(rows) + 1
    rows += [
        n("Kasachstan", "obj", head, "Acc"),
        (verb, "besuchen", "VERB", tag, "ROOT", head, morph),
    ]
    rows[0] = n("Putin", "nsubj", head)
    rows += [(*x[:5], head, x[6]) for x in extra]
    rows.append(dot(head))
    return rows


def test_future_werden_with_infinitive_is_planned(doc_of: DocOf, article_of: ArticleOf) -> None:
    aux = ("wird", "werden", "AUX", "VAFIN", "aux", 3, "Mood=Ind|Tense=Pres|VerbForm=Fin")
    doc = doc_of([_visit_with(aux, "besuchen", "VVINF", "VerbForm=Inf")])
    (m,) = mentions(article_of(doc, [PUTIN, KAZ]), doc)
    assert m.status == "planned"


def test_konjunktiv_two_is_hypothetical_konjunktiv_one_is_not(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    aux = ("könnte", "können", "AUX", "VMFIN", "aux", 3, "Mood=Sub|Tense=Past|VerbForm=Fin")
    doc = doc_of([_visit_with(aux, "besuchen", "VVINF", "VerbForm=Inf")])
    assert mentions(article_of(doc, [PUTIN, KAZ]), doc)[0].status == "hypothetical"
    doc = doc_of([_visit_with(None, "besuche", "VVFIN", "Mood=Sub|Tense=Pres|VerbForm=Fin")])
    assert mentions(article_of(doc, [PUTIN, KAZ]), doc)[0].status == "realized"


def test_negation_on_the_trigger_but_not_nicht_nur(doc_of: DocOf, article_of: ArticleOf) -> None:
    neg = [("nicht", "nicht", "PART", "PTKNEG", "advmod", 0, "")]
    doc = doc_of([_visit_with(None, "besuchte", "VVFIN", FIN, neg)])
    assert mentions(article_of(doc, [PUTIN, KAZ]), doc)[0].status == "negated"
    both = [("nicht", "nicht", "PART", "PTKNEG", "advmod", 0, ""),
            ("nur", "nur", "ADV", "ADV", "advmod", 0, "")]  # fmt: skip
    doc = doc_of([_visit_with(None, "besuchte", "VVFIN", FIN, both)])
    assert mentions(article_of(doc, [PUTIN, KAZ]), doc)[0].status == "realized"


def test_date_from_the_clause_else_lead_and_dateline(doc_of: DocOf, article_of: ArticleOf) -> None:
    doc = doc_of([[("Am", "an", "ADP", "APPRART", "case", 1, ""),
                   ("Montag", "Montag", "NOUN", "NN", "obl", 2, "Case=Dat"),
                   *[(*r[:5], r[5] + 2, r[6]) for r in VISIT]]])  # fmt: skip
    article = article_of(doc, [PUTIN, KAZ], times=[("Am Montag", "2023-11-06")])
    assert mentions(article, doc)[0].date == "2023-11-06"
    doc = doc_of([VISIT, VISIT])
    text = doc.text
    lead = Block(kind="paragraph", start=0, end=text.index("Putin", 1) - 1)
    rest = Block(kind="paragraph", start=lead.end + 1, end=len(text))
    article = article_of(doc, [PUTIN, KAZ, ASTANA], blocks=[lead, rest])
    article.dateline = Dateline(text="Astana", actor="lb:astana")
    first, second = mentions(article, doc)
    assert (first.date, first.location) == ("2023-11-09", "lb:astana")
    assert (second.date, second.location) == (None, None)


def test_praise_in_a_quote_is_support_of_the_counterpart(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    said = [n("Putin", "nsubj", 1), ("sprach", "sprechen", "VERB", "VVFIN", "ROOT", 1, FIN),
            ("von", "von", "ADP", "APPR", "case", 4, ""), ("„", "„", "PUNCT", "$(", "punct", 4, ""),
            ("Verbündeten", "Verbündeter", "NOUN", "NN", "obl", 1, "Case=Dat"),
            ("“", "“", "PUNCT", "$(", "punct", 4, ""), dot(1)]  # fmt: skip
    doc = doc_of([VISIT, said])
    start = doc.text.index("„")
    end = doc.text.index("“") + 1
    quote = Quote(start=start, end=end, text=doc.text[start:end], speaker="Q7747",
                  cue="sprach von", kind="partial")  # fmt: skip
    article = article_of(doc, [PUTIN, KAZ], quotes=[quote])
    praise = [m for m in mentions(article, doc) if m.type == "SUPPORT"]
    assert len(praise) == 1 and praise[0].source == {"Q7747"} and praise[0].target == {"Q232"}


def test_events_carry_gdelt_fields_and_all_mentions(doc_of: DocOf, article_of: ArticleOf) -> None:
    doc = doc_of([VISIT, VISIT])
    (event,) = extract_events(article_of(doc, [PUTIN, KAZ]), doc)
    assert (event.type, event.cameo, event.quad_class) == ("CONSULT", "042", 1)
    assert event.goldstein is not None and len(event.mentions) == 2
    assert event.source == ["Q7747"] and event.target == ["Q232"]


def test_noun_candidates_undo_plural_and_umlaut() -> None:
    assert "Vorwurf" in noun_candidates("Vorwürfe", "Vorwürfe")
    assert noun_candidates("Treffen", "Treffen")[0] == "Treffen"
