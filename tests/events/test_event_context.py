"""Recipients and sources from the context (focus.py), speech demands, intents that
absorb their content, the lexicon's reconciled codings, and the evaluator's splits
and matching."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from spacy.tokens import Doc

from lagebild.evaluation import Counts
from lagebild.events.config import ExtractorConfig
from lagebild.events.evaluate import score
from lagebild.events.extract import Extractor
from lagebild.events.focus import fill_context_targets, focus_country
from lagebild.events.lexicon import Lexicon, Refinements
from lagebild.events.merge import EventMention
from lagebild.gold import select_pages
from lagebild.models import Actor, Article, Mention, Quote

DocOf = Callable[[Sequence[Sequence[tuple[str, str, str, str, str, int, str]]]], Doc]
ArticleOf = Callable[..., Article]
FIN = "Mood=Ind|Tense=Pres|VerbForm=Fin"


def _actor(actor_id: str, kind: str, country: str | None, code: str | None, n: int) -> Actor:
    mentions = [Mention(start=i * 10, end=i * 10 + 5, text="x", kind="name") for i in range(n)]
    return Actor(id=actor_id, name=actor_id, type=kind, country=country, code=code,
                 mentions=mentions)  # fmt: skip


GERMANY = _actor("Q183", "GPE", "DEU", "DEU", 3)
GERMAN_GOV = _actor("lb:deu-gov", "ORG", "DEU", "DEUGOV", 4)
FRANCE = _actor("Q142", "GPE", "FRA", "FRA", 2)
BERLIN = _actor("Q64", "GPE", "DEU", "DEU", 0)  # a city coded like its state, never named
LINDNER = _actor("lb:lindner", "PER", "DEU", "DEUGOV", 2)


def test_focus_country_sums_state_and_government_and_prefers_the_state() -> None:
    # DEU: 3 + 4 mentions beat France's 2; the state actor stands for its country.
    assert focus_country([FRANCE, GERMAN_GOV, GERMANY, LINDNER, BERLIN]) == "Q183"
    assert focus_country([FRANCE, GERMAN_GOV]) == "lb:deu-gov"
    assert focus_country([LINDNER]) is None  # persons are no focus


def _mention(kind: str, source: set[str], target: set[str] = frozenset()) -> EventMention:  # type: ignore[assignment]
    return EventMention(type=kind, source=frozenset(source), target=frozenset(target),
                        trigger=(0, 5), evidence=(0, 50), confidence=0.6)  # fmt: skip


def test_directed_verbal_act_without_recipient_addresses_the_focus_country() -> None:
    rule = ExtractorConfig.load().context_target
    actors = [GERMANY, GERMAN_GOV, LINDNER]
    demand, own, visit, aimed = fill_context_targets(
        [_mention("REQUEST", {"lb:lindner"}), _mention("REQUEST", {"Q183"}),
         _mention("CONSULT", {"lb:lindner"}), _mention("ACCUSE", {"lb:lindner"}, {"Q142"})],
        actors, rule,
    )  # fmt: skip
    assert demand.target == {"Q183"} and demand.confidence < 0.6
    assert not own.target  # the focus country does not address itself
    assert not visit.target  # material and reciprocal types keep their parse
    assert aimed.target == {"Q142"}  # a parsed recipient stays


def test_act_of_state_authority_without_agent_is_the_focus_states() -> None:
    rule = ExtractorConfig.load().context_target
    (arrest,) = fill_context_targets([_mention("COERCE", set(), {"lb:protesters"})],
                                     [GERMANY], rule)  # fmt: skip
    assert arrest.source == {"Q183"} and arrest.target == {"lb:protesters"}


def test_demand_in_a_quote_is_a_request_of_its_speaker(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    words = [("„", "„", "PUNCT", "$(", "punct", 2, ""),
             ("Wir", "wir", "PRON", "PPER", "nsubj", 2, "Case=Nom"),
             ("brauchen", "brauchen", "VERB", "VVFIN", "ROOT", 2, FIN),
             ("dringend", "dringend", "ADV", "ADJD", "advmod", 2, ""),
             ("“", "“", "PUNCT", "$(", "punct", 2, ""),
             (",", ",", "PUNCT", "$,", "punct", 6, ""),
             ("sagte", "sagen", "VERB", "VVFIN", "parataxis", 2, FIN),
             ("Scholz", "Scholz", "PROPN", "NE", "nsubj", 6, "Case=Nom"),
             (".", ".", "PUNCT", "$.", "punct", 2, "")]  # fmt: skip
    doc = doc_of([words])
    start, end = doc.text.index("„"), doc.text.index("“") + 1
    quote = Quote(start=start, end=end, text=doc.text[start:end], speaker="Q61053",
                  cue="sagte", kind="direct")  # fmt: skip
    scholz = ("Q61053", "PER", "DEU", [("Scholz", "name")])
    article = article_of(doc, [scholz], quotes=[quote])
    found = [m for m in Extractor().mentions(article, doc) if m.type == "REQUEST"]
    assert len(found) == 1 and found[0].source == {"Q61053"}


def test_threat_of_sanctions_is_one_threaten_with_the_sanctions_agent(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    # "Die Androhung von Sanktionen durch die USA wirkt." (durch hangs on Sanktionen)
    words = [("Die", "der", "DET", "ART", "det", 1, ""),
             ("Androhung", "Androhung", "NOUN", "NN", "nsubj", 7, "Case=Nom"),
             ("von", "von", "ADP", "APPR", "case", 3, ""),
             ("Sanktionen", "Sanktion", "NOUN", "NN", "nmod", 1, "Case=Dat"),
             ("durch", "durch", "ADP", "APPR", "case", 6, ""),
             ("die", "der", "DET", "ART", "det", 6, ""),
             ("USA", "USA", "PROPN", "NE", "nmod", 3, "Case=Acc"),
             ("wirkt", "wirken", "VERB", "VVFIN", "ROOT", 7, FIN),
             (".", ".", "PUNCT", "$.", "punct", 7, "")]  # fmt: skip
    doc = doc_of([words])
    usa = ("Q30", "GPE", "USA", [("USA", "name")])
    found = Extractor().mentions(article_of(doc, [usa]), doc)
    assert [(m.type, set(m.source)) for m in found] == [("THREATEN", {"Q30"})]


def test_reconciled_codings() -> None:
    lex = Lexicon.load()
    assert {e.type for e in lex.lookup("Vertrag", pos="NOUN")} == {"AGREE"}
    assert {e.type for e in lex.lookup("Abkommen", pos="NOUN")} == {"AGREE"}
    assert {e.type for e in lex.lookup("unterzeichnen", pos="VERB")} == {"SUPPORT"}  # the act
    assert [e.mode for e in lex.lookup("okkupieren", pos="VERB")] == ["seize"]
    assert not lex.problems()


def test_advocating_a_policy_change_is_a_request() -> None:
    lex, rules = Lexicon.load(), Refinements.load()
    (entry,) = [m.entry for m in lex.match_multiword(["aussprechen", "für", "Senkung"])]
    coding = rules.code(entry, ["Senkung", "Stromsteuer"])
    assert (coding.type, coding.mode) == ("REQUEST", "change")
    assert rules.code(entry, ["Kandidat"]).type == "SUPPORT"  # backing a person


def test_select_pages_reads_the_splits_file(tmp_path: Path) -> None:
    splits = tmp_path / "splits.yaml"
    splits.write_text("dev:\n  - seed\n  - aaa\nheldout:\n  - bbb\n", encoding="utf-8")
    paths = [tmp_path / "seed.json", tmp_path / "aaa.json", tmp_path / "bbb.json"]
    assert select_pages(paths, "dev", splits) == paths[:2]
    assert select_pages(paths, "heldout", splits) == paths[2:]
    assert select_pages(paths, "all", splits) == paths


def test_shipped_splits_are_disjoint_and_cover_the_gold_files() -> None:
    import yaml

    from lagebild.gold import SPLITS, gold_files

    table = yaml.safe_load(SPLITS.read_text(encoding="utf-8"))
    named = [set(stems) for stems in table.values()]
    assert sum(len(s) for s in named) == len(set().union(*named))  # disjoint
    assert {p.stem for p in gold_files()} <= set().union(*named)


def test_matching_is_maximal_not_greedy() -> None:
    # Gold 0 fits predictions 0 and 1, gold 1 only prediction 0: greedy would pair
    # gold 0 with prediction 0 and miss gold 1.
    fits: set[tuple[object, object]] = {(0, 0), (0, 1), (1, 0)}
    gold, pred = [0, 1], [0, 1]

    def match(g: object, p: object, countries: object) -> bool:
        return (g, p) in fits

    counts, missed, extra = score(gold, pred, {}, match)  # type: ignore[arg-type]
    assert (counts.tp, counts.fp, counts.fn) == (2, 0, 0) and not missed and not extra
    assert isinstance(counts, Counts)


def test_negated_willed_cooperation_is_a_refusal(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Die DUP wollte die Regelung nicht mittragen." vs "Putin besuchte Kasachstan nicht."
    past = "Mood=Ind|Tense=Past|VerbForm=Fin"
    refused = [("DUP", "DUP", "PROPN", "NE", "nsubj", 5, "Case=Nom"),
               ("wollte", "wollen", "AUX", "VMFIN", "aux", 5, past),
               ("die", "der", "DET", "ART", "det", 3, ""),
               ("Regelung", "Regelung", "NOUN", "NN", "obj", 5, "Case=Acc"),
               ("nicht", "nicht", "PART", "PTKNEG", "advmod", 5, ""),
               ("mittragen", "mittragen", "VERB", "VVINF", "ROOT", 5, "VerbForm=Inf"),
               (".", ".", "PUNCT", "$.", "punct", 5, "")]  # fmt: skip
    not_visited = [("Putin", "Putin", "PROPN", "NE", "nsubj", 1, "Case=Nom"),
                   ("besuchte", "besuchen", "VERB", "VVFIN", "ROOT", 1, past),
                   ("Kasachstan", "Kasachstan", "PROPN", "NE", "obj", 1, "Case=Acc"),
                   ("nicht", "nicht", "PART", "PTKNEG", "advmod", 1, ""),
                   (".", ".", "PUNCT", "$.", "punct", 1, "")]  # fmt: skip
    dup = ("lb:dup", "ORG", "GBR", [("DUP", "name")])
    doc = doc_of([refused])
    (m,) = Extractor().mentions(article_of(doc, [dup]), doc)
    assert (m.type, m.status, m.cameo) == ("REJECT", "realized", "120")
    doc = doc_of([not_visited])
    putin = ("Q7747", "PER", "RUS", [("Putin", "name")])
    kaz = ("Q232", "GPE", "KAZ", [("Kasachstan", "name")])
    (m,) = Extractor().mentions(article_of(doc, [putin, kaz]), doc)
    assert (m.type, m.status) == ("CONSULT", "negated")
