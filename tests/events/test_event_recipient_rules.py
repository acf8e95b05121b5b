"""Session 3 rules (docs/events.md): two-party types, recipients of force from the
discourse, PPs on moved objects, owners of seized things, displacement as SANCTION
expel, weak plurals in constructions, pronominal adverbs, military support as AID."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from lagebild.events import Lexicon
from lagebild.events.clause import adverb_preposition
from lagebild.events.codes import plover_for_cameo
from lagebild.events.config import ExtractorConfig
from lagebild.events.discourse import fill_targets
from lagebild.events.extract import Extractor, extract_events
from lagebild.events.lexicon import Refinements
from lagebild.events.merge import EventMention
from lagebild.models import Article

DocOf = Callable[[Sequence[Sequence[tuple[str, str, str, str, str, int, str]]]], Doc]
ArticleOf = Callable[..., Article]

PUTIN = ("Q7747", "PER", "RUS", [("Putin", "name")])
SCHOLZ = ("Q61053", "PER", "DEU", [("Scholz", "name")])
KAZ = ("Q232", "GPE", "KAZ", [("Kasachstan", "name")])
FIN = "Mood=Ind|Tense=Past|VerbForm=Fin"


def _name(word: str, dep: str, head: int, case: str = "Nom") -> tuple[str, ...]:
    return (word, word, "PROPN", "NE", dep, head, f"Case={case}")


def _dot(head: int) -> tuple[str, ...]:
    return (".", ".", "PUNCT", "$.", "punct", head, "")


def _phone(partner: bool) -> list[tuple[str, ...]]:
    rows = [
        _name("Putin", "nsubj", 1),
        ("telefonierte", "telefonieren", "VERB", "VVFIN", "ROOT", 1, FIN),
    ]
    if partner:
        rows += [("mit", "mit", "ADP", "APPR", "case", 3, ""), _name("Scholz", "obl", 1, "Dat")]
    return [*rows, _dot(1)]


def _help(partner: bool) -> list[tuple[str, ...]]:
    rows = [_name("Putin", "nsubj", 1), ("half", "helfen", "VERB", "VVFIN", "ROOT", 1, FIN)]
    if partner:
        rows.append(_name("Kasachstan", "iobj", 1, "Dat"))
    return [*rows, _dot(1)]


def test_the_types_are_configured() -> None:
    assert {"AID", "SANCTION", "CONSULT"} <= ExtractorConfig.load().two_party_types


def test_a_call_with_one_side_only_is_no_event(doc_of: DocOf, article_of: ArticleOf) -> None:
    doc = doc_of([_phone(partner=False)])
    assert extract_events(article_of(doc, [PUTIN, SCHOLZ]), doc) == []


def test_a_call_with_both_sides_is_kept(doc_of: DocOf, article_of: ArticleOf) -> None:
    doc = doc_of([_phone(partner=True)])
    (event,) = extract_events(article_of(doc, [PUTIN, SCHOLZ]), doc)
    assert event.type == "CONSULT"
    assert set(event.source) | set(event.target) == {"Q7747", "Q61053"}


def test_aid_without_a_recipient_is_no_event(doc_of: DocOf, article_of: ArticleOf) -> None:
    doc = doc_of([_help(partner=False)])
    assert extract_events(article_of(doc, [PUTIN, KAZ]), doc) == []


def test_aid_to_someone_is_kept(doc_of: DocOf, article_of: ArticleOf) -> None:
    doc = doc_of([_help(partner=True)])
    (event,) = extract_events(article_of(doc, [PUTIN, KAZ]), doc)
    assert (event.type, event.source, event.target) == ("AID", ["Q7747"], ["Q232"])


def test_an_attack_takes_its_target_from_the_discourse() -> None:
    rule = ExtractorConfig.load().discourse_target
    assert {"ASSAULT", "COERCE"} <= rule.types

    def mention(target: set[str], start: int) -> EventMention:
        return EventMention(type="ASSAULT", source=frozenset({"hamas"}), target=frozenset(target),
                            trigger=(start, start + 5), evidence=(start, start + 20))  # fmt: skip

    countries = {"hamas": "PSE", "israel": "ISR"}
    filled = fill_targets([mention({"israel"}, 0), mention(set(), 100)], countries, rule)
    assert filled[1].target == {"israel"}


def test_a_pp_hung_on_the_moved_object_is_the_verbs(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Israel zog Soldaten aus Gaza ab": the parser hangs "aus Gaza" on "Soldaten".
    doc = doc_of([[_name("Israel", "nsubj", 1), ("zog", "ziehen", "VERB", "VVFIN", "ROOT", 1, FIN),
                   ("Soldaten", "Soldat", "NOUN", "NN", "obj", 1, "Case=Acc"),
                   ("aus", "aus", "ADP", "APPR", "case", 4, ""), _name("Gaza", "nmod", 2, "Dat"),
                   ("ab", "ab", "ADP", "PTKVZ", "compound:prt", 1, ""), _dot(1)]])  # fmt: skip
    israel = ("Q801", "GPE", "ISR", [("Israel", "name")])
    gaza = ("lb:gaza", "LOC", "PSE", [("Gaza", "name")])
    (event,) = extract_events(article_of(doc, [israel, gaza]), doc)
    assert (event.type, event.source, event.target) == ("RETREAT", ["Q801"], ["lb:gaza"])


def test_the_owner_of_an_occupied_thing_is_the_recipient(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    # "Polen besetzte das Gebiet der Tschechen" -> COERCE seize Poland -> the Czechs.
    doc = doc_of([[_name("Polen", "nsubj", 1),
                   ("besetzte", "besetzen", "VERB", "VVFIN", "ROOT", 1, FIN),
                   ("das", "der", "DET", "ART", "det", 3, "Case=Acc"),
                   ("Gebiet", "Gebiet", "NOUN", "NN", "obj", 1, "Case=Acc"),
                   ("der", "der", "DET", "ART", "det", 5, "Case=Gen"),
                   ("Tschechen", "Tscheche", "NOUN", "NN", "nmod", 3, "Case=Gen"),
                   _dot(1)]])  # fmt: skip
    poland = ("Q36", "GPE", "POL", [("Polen", "name")])
    czechs = ("lb:czechs", "MISC", "CZE", [("Tschechen", "name")])
    (event,) = extract_events(article_of(doc, [poland, czechs]), doc)
    assert (event.type, event.mode, event.target) == ("COERCE", "seize", ["lb:czechs"])


def test_a_sealed_off_place_is_the_recipient(doc_of: DocOf, article_of: ArticleOf) -> None:
    doc = doc_of([[_name("Israel", "nsubj", 1),
                   ("riegelte", "riegeln", "VERB", "VVFIN", "ROOT", 1, FIN),
                   _name("Gaza", "obj", 1, "Acc"),
                   ("ab", "ab", "ADP", "PTKVZ", "compound:prt", 1, ""), _dot(1)]])  # fmt: skip
    israel = ("Q801", "GPE", "ISR", [("Israel", "name")])
    gaza = ("lb:gaza", "LOC", "PSE", [("Gaza", "name")])
    (event,) = extract_events(article_of(doc, [israel, gaza]), doc)
    assert (event.type, event.source, event.target) == ("COERCE", ["Q801"], ["lb:gaza"])


def test_driving_people_out_is_sanction_expel() -> None:
    # PLOVER manual, SANCTION ambiguities: displacement -> SANCTION expel (causative agent).
    lexicon = Lexicon.load()
    (verb,) = lexicon.lookup("vertreiben", pos="VERB")
    (noun,) = lexicon.lookup("Vertreibung", pos="NOUN")
    assert {(e.type, e.mode) for e in (verb, noun)} == {("SANCTION", "expel")}
    mapped = plover_for_cameo("201")
    assert mapped is not None and mapped.type == "SANCTION"


def test_a_weak_plural_lemma_still_matches_a_construction_part(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    # The lemmatiser leaves "Beschränkunge"; a sense cue list names the plural
    # "Beschränkungen", the construction "Beschränkungen verfügen" only the singular.
    doc = doc_of([[_name("Berlin", "nsubj", 1),
                   ("verfügte", "verfügen", "VERB", "VVFIN", "ROOT", 1, FIN),
                   ("Beschränkungen", "Beschränkunge", "NOUN", "NN", "obj", 1, "Case=Acc"),
                   _dot(1)]])  # fmt: skip
    berlin = ("Q64", "GPE", "DEU", [("Berlin", "name")])
    found = Extractor().mentions(article_of(doc, [berlin]), doc)
    assert [(m.type, m.mode) for m in found] == [("COERCE", "restrict")]


def test_a_pronominal_adverb_counts_as_its_preposition(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    cfg = ExtractorConfig.load()
    assert [adverb_preposition(w, cfg) for w in ("darauf", "dafür", "hierzu", "daher")] == [
        "auf", "für", "zu", None,
    ]  # fmt: skip
    # "Putin pochte darauf, ...": pochen is a demand only with "auf".
    doc = doc_of([[_name("Putin", "nsubj", 1),
                   ("pochte", "pochen", "VERB", "VVFIN", "ROOT", 1, FIN),
                   ("darauf", "darauf", "ADV", "PAV", "advmod", 1, ""), _dot(1)]])  # fmt: skip
    found = Extractor().mentions(article_of(doc, [PUTIN]), doc)
    assert [(m.type, m.source) for m in found] == [("REQUEST", {"Q7747"})]


def test_military_support_is_military_aid() -> None:
    # "zur militärischen Unterstützung Israels", "vom Iran unterstützte Milizen"
    (support,) = Lexicon.load().lookup("Unterstützung", pos="NOUN")
    rules = Refinements.load()
    for theme in (["militärisch", "Unterstützung"], ["Miliz"]):
        coding = rules.code(support, theme)
        assert (coding.type, coding.cameo) == ("AID", "072")
    assert rules.code(support, ["Partei"]).type == "SUPPORT"
