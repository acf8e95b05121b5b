"""Session 5: events coded by content (legal procedure, figurative backing, what a
speaker says). Sentences written for the tests, parses built by hand."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from spacy.tokens import Doc

from lagebild.events.extract import Extractor
from lagebild.models import Article, Quote

DocOf = Callable[[Sequence[Sequence[Any]]], Doc]
ArticleOf = Callable[..., Article]
FIN = "Mood=Ind|Tense=Past|VerbForm=Fin"
VERBAND = ("lb:verband", "ORG", "DEU", [("Verband", "description")])
NUTZER = ("lb:nutzer", "ORG", "DEU", [("Nutzer", "description")])
TRAINER = ("lb:trainer", "PER", "DEU", [("Trainer", "description")])
SPIELER = ("lb:spieler", "PER", "DEU", [("Spieler", "description")])


def _found(doc: Doc, article: Article) -> list[tuple[str, set[str], set[str]]]:
    return [(m.type, set(m.source), set(m.target)) for m in Extractor().mentions(article, doc)]


def test_warning_letter_is_an_allegation(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Der Verband mahnte die Nutzer ab."
    doc = doc_of([[("Der", "der", "DET", "ART", "det", 1, "Case=Nom"),
                   ("Verband", "Verband", "NOUN", "NN", "nsubj", 2, "Case=Nom"),
                   ("mahnte", "mahnen", "VERB", "VVFIN", "ROOT", 2, FIN),
                   ("die", "der", "DET", "ART", "det", 4, "Case=Acc"),
                   ("Nutzer", "Nutzer", "NOUN", "NN", "obj", 2, "Case=Acc"),
                   ("ab", "ab", "ADP", "PTKVZ", "compound:prt", 2, ""),
                   (".", ".", "PUNCT", "$.", "punct", 2, "")]])  # fmt: skip
    found = _found(doc, article_of(doc, [VERBAND, NUTZER]))
    assert ("ACCUSE", {"lb:verband"}, {"lb:nutzer"}) in found


def test_stepping_in_front_of_someone_is_support(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Der Trainer stellte sich vor die Spieler."
    doc = doc_of([[("Der", "der", "DET", "ART", "det", 1, "Case=Nom"),
                   ("Trainer", "Trainer", "NOUN", "NN", "nsubj", 2, "Case=Nom"),
                   ("stellte", "stellen", "VERB", "VVFIN", "ROOT", 2, FIN),
                   ("sich", "sich", "PRON", "PRF", "obj", 2, "Case=Acc|Reflex=Yes"),
                   ("vor", "vor", "ADP", "APPR", "case", 6, ""),
                   ("die", "der", "DET", "ART", "det", 6, "Case=Acc"),
                   ("Spieler", "Spieler", "NOUN", "NN", "obl", 2, "Case=Acc"),
                   (".", ".", "PUNCT", "$.", "punct", 2, "")]])  # fmt: skip
    found = _found(doc, article_of(doc, [TRAINER, SPIELER]))
    assert ("SUPPORT", {"lb:trainer"}, {"lb:spieler"}) in found


def test_standing_for_election_is_no_support(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Der Trainer stellte sich vor einem Jahr zur Wahl." ("vor" is a time)
    doc = doc_of([[("Der", "der", "DET", "ART", "det", 1, "Case=Nom"),
                   ("Trainer", "Trainer", "NOUN", "NN", "nsubj", 2, "Case=Nom"),
                   ("stellte", "stellen", "VERB", "VVFIN", "ROOT", 2, FIN),
                   ("sich", "sich", "PRON", "PRF", "obj", 2, "Case=Acc|Reflex=Yes"),
                   ("vor", "vor", "ADP", "APPR", "case", 6, ""),
                   ("einem", "ein", "DET", "ART", "det", 6, "Case=Dat"),
                   ("Jahr", "Jahr", "NOUN", "NN", "obl", 2, "Case=Dat"),
                   ("zur", "zu", "ADP", "APPRART", "case", 8, ""),
                   ("Wahl", "Wahl", "NOUN", "NN", "obl", 2, "Case=Dat"),
                   (".", ".", "PUNCT", "$.", "punct", 2, "")]])  # fmt: skip
    found = _found(doc, article_of(doc, [TRAINER]))
    assert not any(t == "SUPPORT" for t, _, _ in found)


def test_confession_is_a_concession(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Der Spieler gestand dem Trainer den Betrug."
    doc = doc_of([[("Der", "der", "DET", "ART", "det", 1, "Case=Nom"),
                   ("Spieler", "Spieler", "NOUN", "NN", "nsubj", 2, "Case=Nom"),
                   ("gestand", "gestehen", "VERB", "VVFIN", "ROOT", 2, FIN),
                   ("dem", "der", "DET", "ART", "det", 4, "Case=Dat"),
                   ("Trainer", "Trainer", "NOUN", "NN", "iobj", 2, "Case=Dat"),
                   ("den", "der", "DET", "ART", "det", 6, "Case=Acc"),
                   ("Betrug", "Betrug", "NOUN", "NN", "obj", 2, "Case=Acc"),
                   (".", ".", "PUNCT", "$.", "punct", 2, "")]])  # fmt: skip
    found = _found(doc, article_of(doc, [TRAINER, SPIELER]))
    assert ("CONCEDE", {"lb:spieler"}, {"lb:trainer"}) in found


def _quoted(doc_of: DocOf, article_of: ArticleOf, words: list[Any]) -> list[Any]:
    """Mentions of a sentence whose part before the comma is Moreno's indirect quote."""
    doc = doc_of([words])
    end = doc.text.index(" ,")
    quote = Quote(start=0, end=end, text=doc.text[:end], speaker="lb:moreno", cue="sagte",
                  kind="indirect")  # fmt: skip
    moreno = ("lb:moreno", "PER", "USA", [("Moreno", "name")])
    verlag = ("lb:verlag", "ORG", "DEU", [("Verlag", "description")])
    return Extractor().mentions(article_of(doc, [moreno, verlag], quotes=[quote]), doc)


def test_reported_breach_is_an_allegation_of_the_speaker(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    # "Der Verlag habe gegen den Vertrag verstoßen , sagte Moreno ."
    words = [("Der", "der", "DET", "ART", "det", 1, "Case=Nom"),
             ("Verlag", "Verlag", "NOUN", "NN", "nsubj", 6, "Case=Nom"),
             ("habe", "haben", "AUX", "VAFIN", "aux", 6, "Mood=Sub"),
             ("gegen", "gegen", "ADP", "APPR", "case", 5, ""),
             ("den", "der", "DET", "ART", "det", 5, "Case=Acc"),
             ("Vertrag", "Vertrag", "NOUN", "NN", "obl", 6, "Case=Acc"),
             ("verstoßen", "verstoßen", "VERB", "VVPP", "ccomp", 8, "VerbForm=Part"),
             (",", ",", "PUNCT", "$,", "punct", 6, ""),
             ("sagte", "sagen", "VERB", "VVFIN", "ROOT", 8, FIN),
             ("Moreno", "Moreno", "PROPN", "NE", "nsubj", 8, "Case=Nom"),
             (".", ".", "PUNCT", "$.", "punct", 8, "")]  # fmt: skip
    found = [m for m in _quoted(doc_of, article_of, words) if m.type == "ACCUSE"]
    assert len(found) == 1 and found[0].mode == "allege" and found[0].cameo == "112"
    assert found[0].source == {"lb:moreno"} and found[0].target == {"lb:verlag"}


def test_fake_as_an_attribute_is_no_allegation(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Der Verlag lösche gefälschte Nachrichten , sagte Moreno ."
    words = [("Der", "der", "DET", "ART", "det", 1, "Case=Nom"),
             ("Verlag", "Verlag", "NOUN", "NN", "nsubj", 2, "Case=Nom"),
             ("lösche", "löschen", "VERB", "VVFIN", "ccomp", 6, "Mood=Sub"),
             ("gefälschte", "gefälscht", "ADJ", "ADJA", "amod", 4, "Case=Acc"),
             ("Nachrichten", "Nachricht", "NOUN", "NN", "obj", 2, "Case=Acc"),
             (",", ",", "PUNCT", "$,", "punct", 2, ""),
             ("sagte", "sagen", "VERB", "VVFIN", "ROOT", 6, FIN),
             ("Moreno", "Moreno", "PROPN", "NE", "nsubj", 6, "Case=Nom"),
             (".", ".", "PUNCT", "$.", "punct", 6, "")]  # fmt: skip
    assert not [m for m in _quoted(doc_of, article_of, words) if m.type == "ACCUSE"]


def test_sense_cue_matches_a_compound_head() -> None:
    from lagebild.events.lexicon import Lexicon

    (accuse,) = [e for e in Lexicon.load().lookup("angreifen", pos="VERB") if e.type == "ACCUSE"]
    assert accuse.allows(["Geldpolitik", "angreifen"])  # a Politik
    assert not accuse.allows(["Stadt", "angreifen"])
    # Short cues stay whole words: "Rede" is no head of "Gerede" here (length < 6).
    assert not accuse.allows(["Gerede", "angreifen"])


def test_attacking_a_record_is_no_assault(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Der Spieler griff den Rekord an."
    doc = doc_of([[("Der", "der", "DET", "ART", "det", 1, "Case=Nom"),
                   ("Spieler", "Spieler", "NOUN", "NN", "nsubj", 2, "Case=Nom"),
                   ("griff", "greifen", "VERB", "VVFIN", "ROOT", 2, FIN),
                   ("den", "der", "DET", "ART", "det", 4, "Case=Acc"),
                   ("Rekord", "Rekord", "NOUN", "NN", "obj", 2, "Case=Acc"),
                   ("an", "an", "ADP", "PTKVZ", "compound:prt", 2, ""),
                   (".", ".", "PUNCT", "$.", "punct", 2, "")]])  # fmt: skip
    assert not any(t == "ASSAULT" for t, _, _ in _found(doc, article_of(doc, [SPIELER])))


def test_attacking_a_policy_is_criticism(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Der Verband griff die Zinspolitik des Trainers an." (a policy: verbal attack)
    doc = doc_of([[("Der", "der", "DET", "ART", "det", 1, "Case=Nom"),
                   ("Verband", "Verband", "NOUN", "NN", "nsubj", 2, "Case=Nom"),
                   ("griff", "greifen", "VERB", "VVFIN", "ROOT", 2, FIN),
                   ("die", "der", "DET", "ART", "det", 4, "Case=Acc"),
                   ("Zinspolitik", "Zinspolitik", "NOUN", "NN", "obj", 2, "Case=Acc"),
                   ("des", "der", "DET", "ART", "det", 6, "Case=Gen"),
                   ("Trainers", "Trainer", "NOUN", "NN", "nmod", 4, "Case=Gen"),
                   ("an", "an", "ADP", "PTKVZ", "compound:prt", 2, ""),
                   (".", ".", "PUNCT", "$.", "punct", 2, "")]])  # fmt: skip
    found = _found(doc, article_of(doc, [VERBAND, TRAINER]))
    assert any(t == "ACCUSE" and s == {"lb:verband"} for t, s, _ in found)
    assert not any(t == "ASSAULT" for t, _, _ in found)


def _payment(doc_of: DocOf, article_of: ArticleOf, thing: str) -> list[Any]:
    # "Der Verband zahlte dem Trainer eine <thing>."
    doc = doc_of([[("Der", "der", "DET", "ART", "det", 1, "Case=Nom"),
                   ("Verband", "Verband", "NOUN", "NN", "nsubj", 2, "Case=Nom"),
                   ("zahlte", "zahlen", "VERB", "VVFIN", "ROOT", 2, FIN),
                   ("dem", "der", "DET", "ART", "det", 4, "Case=Dat"),
                   ("Trainer", "Trainer", "NOUN", "NN", "iobj", 2, "Case=Dat"),
                   ("eine", "ein", "DET", "ART", "det", 6, "Case=Acc"),
                   (thing, thing, "NOUN", "NN", "obj", 2, "Case=Acc"),
                   (".", ".", "PUNCT", "$.", "punct", 2, "")]])  # fmt: skip
    return _found(doc, article_of(doc, [VERBAND, TRAINER]))


def test_paying_someone_is_aid_but_a_fee_is_not(doc_of: DocOf, article_of: ArticleOf) -> None:
    assert ("AID", {"lb:verband"}, {"lb:trainer"}) in _payment(doc_of, article_of, "Pauschale")
    assert not any(t == "AID" for t, _, _ in _payment(doc_of, article_of, "Gebühr"))


def test_forging_articles_is_misinformation(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Der Spieler fälschte die Berichte des Verbands."
    doc = doc_of([[("Der", "der", "DET", "ART", "det", 1, "Case=Nom"),
                   ("Spieler", "Spieler", "NOUN", "NN", "nsubj", 2, "Case=Nom"),
                   ("fälschte", "fälschen", "VERB", "VVFIN", "ROOT", 2, FIN),
                   ("die", "der", "DET", "ART", "det", 4, "Case=Acc"),
                   ("Berichte", "Bericht", "NOUN", "NN", "obj", 2, "Case=Acc"),
                   ("des", "der", "DET", "ART", "det", 6, "Case=Gen"),
                   ("Verbands", "Verband", "NOUN", "NN", "nmod", 4, "Case=Gen"),
                   (".", ".", "PUNCT", "$.", "punct", 2, "")]])  # fmt: skip
    found = Extractor().mentions(article_of(doc, [SPIELER, VERBAND]), doc)
    assert [(m.type, m.mode) for m in found if m.source == {"lb:spieler"}] == [
        ("COERCE", "misinformation")
    ]


def test_a_confession_accuses_no_one(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Moreno gestand , die Berichte des Verlag gefälscht zu haben ." (quote after the comma)
    words = [("Moreno", "Moreno", "PROPN", "NE", "nsubj", 1, "Case=Nom"),
             ("gestand", "gestehen", "VERB", "VVFIN", "ROOT", 1, FIN),
             (",", ",", "PUNCT", "$,", "punct", 7, ""),
             ("die", "der", "DET", "ART", "det", 4, "Case=Acc"),
             ("Berichte", "Bericht", "NOUN", "NN", "obj", 7, "Case=Acc"),
             ("des", "der", "DET", "ART", "det", 6, "Case=Gen"),
             ("Verlag", "Verlag", "NOUN", "NN", "nmod", 4, "Case=Gen"),
             ("gefälscht", "fälschen", "VERB", "VVPP", "xcomp", 1, "VerbForm=Part"),
             ("zu", "zu", "PART", "PTKZU", "mark", 9, ""),
             ("haben", "haben", "AUX", "VAINF", "aux", 7, "VerbForm=Inf"),
             (".", ".", "PUNCT", "$.", "punct", 1, "")]  # fmt: skip
    doc = doc_of([words])
    start, end = doc.text.index("die"), doc.text.index(" .")
    quote = Quote(start=start, end=end, text=doc.text[start:end], speaker="lb:moreno",
                  cue="gestand", kind="indirect")  # fmt: skip
    moreno = ("lb:moreno", "PER", "USA", [("Moreno", "name")])
    verlag = ("lb:verlag", "ORG", "DEU", [("Verlag", "description")])
    found = Extractor().mentions(article_of(doc, [moreno, verlag], quotes=[quote]), doc)
    assert any(m.type == "CONCEDE" for m in found)
    assert not any(m.type == "ACCUSE" for m in found)
