"""Session 3, round 3 (docs/events.md): recipients of commitments from their
complement clause, and trigger precision (words that name no act)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from lagebild.events import Lexicon
from lagebild.events.actor_index import ActorIndex
from lagebild.events.adjuncts import names_no_act
from lagebild.events.config import ExtractorConfig
from lagebild.events.extract import extract_events
from lagebild.events.triggers import TriggerFinder
from lagebild.models import Article

DocOf = Callable[[Sequence[Sequence[tuple[str, str, str, str, str, int, str]]]], Doc]
ArticleOf = Callable[..., Article]

FIN = "Mood=Ind|Tense=Pres|VerbForm=Fin"
ISRAEL = ("Q801", "GPE", "ISR", [("Israel", "name")])
EGYPT = ("Q79", "GPE", "EGY", [("Ägypten", "name")])
PALESTINIANS = ("lb:pal", "MISC", "PSE", [("Palästinensern", "name")])


def _row(word: str, lemma: str, pos: str, dep: str, head: int, morph: str = "") -> tuple[str, ...]:
    tags = {"NOUN": "NN", "PROPN": "NE", "VERB": "VVFIN", "DET": "ART", "ADP": "APPR"}
    return (word, lemma, pos, tags.get(pos, "XY"), dep, head, morph)


def _ready(coordinated: bool) -> list[tuple[str, ...]]:
    """ "Israel [gibt Ägypten den Sinai zurück und] erklärt sich bereit, den
    Palästinensern Häuser zu bauen." (the tree of the held-out sentence, with a
    verb that is no trigger of its own)"""
    rows = [_row("Israel", "Israel", "PROPN", "nsubj", 1, "Case=Nom")]
    if coordinated:
        rows += [_row("gibt", "geben", "VERB", "ROOT", 1, FIN),
                 _row("Ägypten", "Ägypten", "PROPN", "obj", 1, "Case=Dat"),
                 _row("den", "der", "DET", "det", 4), _row("Sinai", "Sinai", "NOUN", "obj", 1),
                 _row("zurück", "zurück", "ADV", "compound:prt", 1),
                 _row("und", "und", "CCONJ", "cc", 7)]  # fmt: skip
    verb = len(rows)
    rows += [_row("erklärt", "erklären", "VERB", "conj" if coordinated else "ROOT",
                  1 if coordinated else verb, FIN),
             _row("sich", "sich", "PRON", "obj", verb), _row("bereit", "bereit", "ADJ",
                                                              "compound:prt", verb),
             _row(",", ",", "PUNCT", "punct", verb + 8),
             _row("den", "der", "DET", "det", verb + 5),
             _row("Palästinensern", "Palästinenser", "NOUN", "obj", verb + 8, "Case=Dat"),
             _row("Häuser", "Haus", "NOUN", "nmod", verb + 5),
             _row("zu", "zu", "PART", "mark", verb + 8),
             _row("bauen", "bauen", "VERB", "xcomp", verb, "VerbForm=Inf"),
             _row(".", ".", "PUNCT", "punct", 1 if coordinated else verb)]  # fmt: skip
    return rows


def test_commitments_are_configured() -> None:
    assert "AGREE" in ExtractorConfig.load().content_target_types


def test_a_commitment_takes_the_recipient_of_its_clause(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    doc = doc_of([_ready(coordinated=False)])
    events = extract_events(article_of(doc, [ISRAEL, PALESTINIANS]), doc)
    agree = [e for e in events if e.type == "AGREE"]
    assert [(e.source, e.target) for e in agree] == [(["Q801"], ["lb:pal"])]


def test_not_from_a_coordinated_clause(doc_of: DocOf, article_of: ArticleOf) -> None:
    # Egypt is also the country in focus: the fallbacks would name it.
    nile = [_row("Ägypten", "Ägypten", "PROPN", "nsubj", 1, "Case=Nom"),
            _row("liegt", "liegen", "VERB", "ROOT", 1, FIN), _row("am", "an", "ADP", "case", 3),
            _row("Nil", "Nil", "PROPN", "obl", 1), _row(".", ".", "PUNCT", "punct", 1)]  # fmt: skip
    doc = doc_of([nile, nile, _ready(coordinated=True)])
    events = extract_events(article_of(doc, [ISRAEL, EGYPT, PALESTINIANS]), doc)
    agree = [e for e in events if e.type == "AGREE"]
    assert [(e.source, e.target) for e in agree] == [(["Q801"], ["lb:pal"])]


PUTIN = ("Q7747", "PER", "RUS", [("Putin", "name")])
KAZ = ("Q232", "GPE", "KAZ", [("Kasachstan", "name"), ("Kasachstans", "name")])


def _pp_noun(
    verb: tuple[str, str], prep: str, noun: tuple[str, str], det: bool
) -> list[tuple[str, ...]]:
    """ "Putin <verb> <prep> [die] <noun> gegen Kasachstan." with the noun as the
    verb's oblique."""
    n = 4 if det else 3
    rows = [
        _row("Putin", "Putin", "PROPN", "nsubj", 1, "Case=Nom"),
        _row(verb[0], verb[1], "VERB", "ROOT", 1, FIN),
        _row(prep, prep, "ADP", "case", n),
    ]
    if det:
        rows.append(_row("die", "der", "DET", "det", n))
    rows += [_row(noun[0], noun[1], "NOUN", "obl", 1, "Case=Acc"),
             _row("gegen", "gegen", "ADP", "case", n + 2),
             _row("Kasachstan", "Kasachstan", "PROPN", "nmod", n, "Case=Acc"),
             _row(".", ".", "PUNCT", "punct", 1)]  # fmt: skip
    return rows


def _types(doc_of: DocOf, article_of: ArticleOf, rows: list[tuple[str, ...]]) -> list[str]:
    doc = doc_of([rows])
    return [e.type for e in extract_events(article_of(doc, [PUTIN, KAZ]), doc)]


def _criticism(prep: str) -> list[tuple[str, ...]]:
    """ "Putin sprach <prep> die Kritik Kasachstans." (the noun names its own agent)"""
    return [_row("Putin", "Putin", "PROPN", "nsubj", 1, "Case=Nom"),
            _row("sprach", "sprechen", "VERB", "ROOT", 1, FIN), _row(prep, prep, "ADP", "case", 4),
            _row("die", "der", "DET", "det", 4), _row("Kritik", "Kritik", "NOUN", "obl", 1),
            _row("Kasachstans", "Kasachstan", "PROPN", "nmod", 4, "Case=Gen"),
            _row(".", ".", "PUNCT", "punct", 1)]  # fmt: skip


def test_the_topic_of_a_report_is_no_act(doc_of: DocOf, article_of: ArticleOf) -> None:
    assert "ACCUSE" not in _types(doc_of, article_of, _criticism("über"))
    # "sprach von der Kritik Kasachstans" reports the act itself.
    assert "ACCUSE" in _types(doc_of, article_of, _criticism("von"))


def test_an_act_in_another_pp_stays(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Putin reagierte mit Sanktionen gegen Kasachstan."
    rows = _pp_noun(("reagierte", "reagieren"), "mit", ("Sanktionen", "Sanktion"), det=False)
    assert "SANCTION" in _types(doc_of, article_of, rows)


def _invited(det: bool) -> list[tuple[str, ...]]:
    """ "Putin sprach auf [die] Einladung Kasachstans." """
    n = 4 if det else 3
    rows = [_row("Putin", "Putin", "PROPN", "nsubj", 1, "Case=Nom"),
            _row("sprach", "sprechen", "VERB", "ROOT", 1, FIN), _row("auf", "auf", "ADP", "case", n)]  # fmt: skip
    if det:
        rows.append(_row("die", "der", "DET", "det", n))
    rows += [_row("Einladung", "Einladung", "NOUN", "obl", 1, "Case=Acc"),
             _row("Kasachstans", "Kasachstan", "PROPN", "nmod", n, "Case=Gen"),
             _row(".", ".", "PUNCT", "punct", 1)]  # fmt: skip
    return rows


def test_a_bare_circumstance_is_no_act(doc_of: DocOf, article_of: ArticleOf) -> None:
    assert "auf" in ExtractorConfig.load().bare_circumstances
    assert _types(doc_of, article_of, _invited(det=False)) == []
    # "auf die Einladung" is a verb's own PP naming the act.
    assert _types(doc_of, article_of, _invited(det=True)) != []


def _programme(head: tuple[str, str]) -> list[tuple[str, ...]]:
    """ "Putin kündigte <head> zur Unterstützung Kasachstans an." """
    return [_row("Putin", "Putin", "PROPN", "nsubj", 1, "Case=Nom"),
            _row("kündigte", "ankündigen", "VERB", "ROOT", 1, FIN),
            _row(head[0], head[1], "NOUN", "obj", 1, "Case=Acc"),
            _row("zur", "zu", "ADP", "case", 4),
            _row("Unterstützung", "Unterstützung", "NOUN", "nmod", 2, "Case=Dat"),
            _row("Kasachstans", "Kasachstan", "PROPN", "nmod", 4, "Case=Gen"),
            _row("an", "an", "ADP", "compound:prt", 1), _row(".", ".", "PUNCT", "punct", 1)]  # fmt: skip


def _purpose(doc_of: DocOf, article_of: ArticleOf, head: tuple[str, str]) -> bool:
    """Whether the rule takes "Unterstützung" in `_programme(head)` for no act."""
    doc = doc_of([_programme(head)])
    article = article_of(doc, [PUTIN, KAZ])
    cfg = ExtractorConfig.load()
    finder = TriggerFinder(Lexicon.load(), cfg)
    triggers = finder.find(next(iter(doc.sents)), ActorIndex(doc, article.actors))
    anchors = frozenset(t.anchor.i for t in triggers)
    (support,) = [t for t in triggers if t.anchor.text == "Unterstützung"]
    return names_no_act(support, cfg, anchors)


def test_the_purpose_of_a_plan_is_no_act(doc_of: DocOf, article_of: ArticleOf) -> None:
    assert _purpose(doc_of, article_of, ("Programm", "Programm"))
    # On a noun that is a trigger itself the nested-trigger rules decide.
    assert not _purpose(doc_of, article_of, ("Aufruf", "Aufruf"))
