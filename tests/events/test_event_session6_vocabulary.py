"""Session 6: general political vocabulary the lexicon lacked (talks, granting a
request, putting off a decision, coups, pressure). Sentences written for the tests,
parses built by hand."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from spacy.tokens import Doc

from lagebild.events.actor_index import ActorIndex
from lagebild.events.config import ExtractorConfig
from lagebild.events.lexicon import Lexicon
from lagebild.events.triggers import TriggerFinder, noun_candidates
from lagebild.models import Article

Row = tuple[str, str, str, str, str, int, str]
DocOf = Callable[[Sequence[Sequence[Row]]], Doc]
ArticleOf = Callable[..., Article]
FIN = "Mood=Ind|Tense=Past|VerbForm=Fin"


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.load()


def _types(doc: Doc, article: Article) -> list[tuple[str, str]]:
    finder = TriggerFinder(Lexicon.load(), ExtractorConfig.load())
    found = finder.find(next(iter(doc.sents)), ActorIndex(doc, article.actors))
    return [(t.entry.type, t.entry.lemma) for t in found]


@pytest.mark.parametrize(
    ("lemma", "particle", "type_"),
    [("besprechen", None, "CONSULT"), ("geben", "statt", "AGREE"), ("putschen", None, "COERCE")],
)
def test_new_verbs(lex: Lexicon, lemma: str, particle: str | None, type_: str) -> None:
    assert [e.type for e in lex.lookup(lemma, particle=particle, pos="VERB")] == [type_]


@pytest.mark.parametrize("lemma", ["Putsch", "Militärputsch", "Staatsstreich"])
def test_coups_are_seizures(lex: Lexicon, lemma: str) -> None:
    (entry,) = lex.lookup(lemma, pos="NOUN")
    assert (entry.type, entry.mode) == ("COERCE", "seize")


def test_only_a_violent_takeover_is_a_coup(lex: Lexicon) -> None:
    (entry,) = lex.lookup("Machtübernahme", pos="NOUN")
    assert entry.allows(["seit", "der", "gewaltsam", "Machtübernahme"])
    assert not entry.allows(["nach", "der", "Machtübernahme", "der", "neu", "Regierung"])


def _postponed(doc_of: DocOf, article_of: ArticleOf, thing: str) -> list[tuple[str, str]]:
    # "Das Parlament verschob die <thing>."
    doc = doc_of([[("Das", "der", "DET", "ART", "det", 1, "Case=Nom"),
                   ("Parlament", "Parlament", "NOUN", "NN", "nsubj", 2, "Case=Nom"),
                   ("verschob", "verschieben", "VERB", "VVFIN", "ROOT", 2, FIN),
                   ("die", "der", "DET", "ART", "det", 4, "Case=Acc"),
                   (thing, thing, "NOUN", "NN", "obj", 2, "Case=Acc"),
                   (".", ".", "PUNCT", "$.", "punct", 2, "")]])  # fmt: skip
    return _types(doc, article_of(doc, [("lb:parl", "ORG", "GBR", [("Parlament", "name")])]))


def test_putting_off_a_decision_rejects_it(doc_of: DocOf, article_of: ArticleOf) -> None:
    assert ("REJECT", "verschieben") in _postponed(doc_of, article_of, "Entscheidung")
    assert ("REJECT", "verschieben") in _postponed(doc_of, article_of, "Abstimmung")


def test_moving_things_is_no_rejection(doc_of: DocOf, article_of: ArticleOf) -> None:
    assert _postponed(doc_of, article_of, "Möbel") == []


def test_making_pressure_is_a_demand(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Die Verbände machten Druck auf die Regierung."
    doc = doc_of([[("Die", "der", "DET", "ART", "det", 1, "Case=Nom"),
                   ("Verbände", "Verband", "NOUN", "NN", "nsubj", 2, "Case=Nom"),
                   ("machten", "machen", "VERB", "VVFIN", "ROOT", 2, FIN),
                   ("Druck", "Druck", "NOUN", "NN", "obj", 2, "Case=Acc"),
                   ("auf", "auf", "ADP", "APPR", "case", 6, ""),
                   ("die", "der", "DET", "ART", "det", 6, "Case=Acc"),
                   ("Regierung", "Regierung", "NOUN", "NN", "obl", 2, "Case=Acc"),
                   (".", ".", "PUNCT", "$.", "punct", 2, "")]])  # fmt: skip
    article = article_of(doc, [("lb:verb", "ORG", "DEU", [("Verbände", "description")]),
                               ("lb:reg", "ORG", "DEU", [("Regierung", "description")])])  # fmt: skip
    assert ("REQUEST", "Druck machen") in _types(doc, article)


def test_being_under_pressure_is_no_demand(lex: Lexicon) -> None:
    # "Die Inflation setzt die Regierung unter Druck": the subject is a circumstance.
    matched = lex.match_multiword(
        ["der", "Inflation", "setzen", "der", "Regierung", "unter", "Druck"]
    )
    assert [m.entry.type for m in matched if m.entry.type == "REQUEST"] == []


def _advocated(doc_of: DocOf, article_of: ArticleOf, what: Row) -> list[tuple[str, str]]:
    # "Der Verband sprach sich für <what> aus."
    doc = doc_of([[("Der", "der", "DET", "ART", "det", 1, "Case=Nom"),
                   ("Verband", "Verband", "NOUN", "NN", "nsubj", 2, "Case=Nom"),
                   ("sprach", "sprechen", "VERB", "VVFIN", "ROOT", 2, FIN),
                   ("sich", "sich", "PRON", "PRF", "obj", 2, "Case=Acc|Reflex=Yes"),
                   ("für", "für", "ADP", "APPR", "case", 5, ""),
                   what,
                   ("aus", "aus", "ADP", "PTKVZ", "compound:prt", 2, ""),
                   (".", ".", "PUNCT", "$.", "punct", 2, "")]])  # fmt: skip
    article = article_of(doc, [("lb:verband", "ORG", "DEU", [("Verband", "description")]),
                               ("lb:merz", "PER", "DEU", [("Merz", "name")])])  # fmt: skip
    return _types(doc, article)


def test_speaking_out_for_a_measure_is_a_call(doc_of: DocOf, article_of: ArticleOf) -> None:
    what = ("Steuersenkungen", "Steuersenkung", "NOUN", "NN", "obl", 2, "Case=Acc")
    assert _advocated(doc_of, article_of, what) == [("REQUEST", "sich aussprechen für")]


def test_speaking_out_for_an_actor_is_backing(doc_of: DocOf, article_of: ArticleOf) -> None:
    what = ("Merz", "Merz", "PROPN", "NE", "obl", 2, "Case=Acc")
    assert _advocated(doc_of, article_of, what) == [("SUPPORT", "sich aussprechen für")]


def test_pleading_that_something_be_done_is_a_call(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Die Ökonomen plädieren dafür, dass ..." (the clause is left out)
    doc = doc_of([[("Die", "der", "DET", "ART", "det", 1, "Case=Nom"),
                   ("Ökonomen", "Ökonom", "NOUN", "NN", "nsubj", 2, "Case=Nom"),
                   ("plädieren", "plädieren", "VERB", "VVFIN", "ROOT", 2, FIN),
                   ("dafür", "dafür", "ADV", "PAV", "advmod", 2, ""),
                   (".", ".", "PUNCT", "$.", "punct", 2, "")]])  # fmt: skip
    article = article_of(doc, [("lb:oek", "PER", "DEU", [("Ökonomen", "description")])])
    assert _types(doc, article) == [("REQUEST", "plädieren")]


def _rejected(doc_of: DocOf, article_of: ArticleOf, misparsed: bool) -> list[tuple[str, str]]:
    # "Der Minister wies den Plan entschieden zurück." The parser may take
    # "entschieden" for a finite verb and hang the particle on it.
    head, tag = (5, "VVFIN") if misparsed else (2, "ADJD")
    doc = doc_of([[("Der", "der", "DET", "ART", "det", 1, "Case=Nom"),
                   ("Minister", "Minister", "NOUN", "NN", "nsubj", 2, "Case=Nom"),
                   ("wies", "weisen", "VERB", "VVFIN", "ROOT", 2, FIN),
                   ("den", "der", "DET", "ART", "det", 4, "Case=Acc"),
                   ("Plan", "Plan", "NOUN", "NN", "obj", 2, "Case=Acc"),
                   ("entschieden", "entscheiden", "VERB", tag, "advmod", 2, ""),
                   ("zurück", "zurück", "ADV", "PTKVZ", "compound:prt", head, ""),
                   (".", ".", "PUNCT", "$.", "punct", 2, "")]])  # fmt: skip
    article = article_of(doc, [("lb:min", "PER", "DEU", [("Minister", "description")])])
    return [t for t in _types(doc, article) if t[0] == "REJECT"]


def test_a_far_particle_rejoins_the_finite_verb(doc_of: DocOf, article_of: ArticleOf) -> None:
    assert _rejected(doc_of, article_of, misparsed=True) == [("REJECT", "zurückweisen")]
    assert _rejected(doc_of, article_of, misparsed=False) == [("REJECT", "zurückweisen")]


def test_a_particle_after_the_clause_end_is_not_taken(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Der Minister wies , weil ... zurück": the particle is in another clause.
    doc = doc_of([[("Der", "der", "DET", "ART", "det", 1, "Case=Nom"),
                   ("Minister", "Minister", "NOUN", "NN", "nsubj", 2, "Case=Nom"),
                   ("wies", "weisen", "VERB", "VVFIN", "ROOT", 2, FIN),
                   (",", ",", "PUNCT", "$,", "punct", 6, ""),
                   ("weil", "weil", "SCONJ", "KOUS", "mark", 6, ""),
                   ("er", "er", "PRON", "PPER", "nsubj", 6, "Case=Nom"),
                   ("kam", "kommen", "VERB", "VVFIN", "advcl", 2, FIN),
                   ("zurück", "zurück", "ADV", "PTKVZ", "compound:prt", 6, ""),
                   (".", ".", "PUNCT", "$.", "punct", 2, "")]])  # fmt: skip
    article = article_of(doc, [("lb:min", "PER", "DEU", [("Minister", "description")])])
    assert [t for t in _types(doc, article) if t[0] == "REJECT"] == []


def test_only_a_separated_particle_completes_a_particle_verb(lex: Lexicon) -> None:
    # "Die EU stellte Hilfen in Höhe von einer Milliarde bereit": "einer" is an article.
    lemmas = ["der", "EU", "stellen", "Hilfe", "in", "Höhe", "von", "ein", "Milliarde", "bereit"]
    assert [m.entry.lemma for m in lex.match_multiword(lemmas)] == ["Hilfe einstellen"]
    assert lex.match_multiword(lemmas, particles_at={9}) == []
    # "Die USA stellten die Hilfe ein": the particle is a particle.
    lemmas = ["der", "USA", "stellen", "der", "Hilfe", "ein"]
    matched = lex.match_multiword(lemmas, particles_at={5})
    assert [m.entry.lemma for m in matched] == ["Hilfe einstellen"]


@pytest.mark.parametrize(
    ("text", "wanted"), [("Zugeständnisse", "Zugeständnis"), ("Bündnissen", "Bündnis")]
)
def test_nis_plurals_find_their_singular(text: str, wanted: str) -> None:
    assert wanted in noun_candidates(text, text)


def test_ruling_out_a_coalition_is_a_rejection(lex: Lexicon) -> None:
    senses = lex.lookup("schließen", particle="aus", pos="VERB")
    clause = ["der", "SPD", "schließen", "ein", "Koalition", "mit", "der", "AfD", "aus"]
    assert [e.type for e in senses if e.allows(clause)] == ["REJECT"]
    expel = ["der", "Partei", "schließen", "der", "Abgeordnete", "aus", "der", "Partei", "aus"]
    assert [e.type for e in senses if e.allows(expel, ["aus"])] == ["SANCTION"]


def test_opening_proceedings_is_an_investigation(lex: Lexicon) -> None:
    lemmas = ["der", "Kommission", "einleiten", "ein", "Verfahren", "gegen", "Ungarn"]
    ((entry, mode),) = [(m.entry.type, m.entry.mode) for m in lex.match_multiword(lemmas)]
    assert (entry, mode) == ("ACCUSE", "investigate")


def test_a_particle_read_as_adjective_closes_the_clause(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    # "Die Regierung ließ die Gefangenen frei." with "frei" tagged ADJD.
    doc = doc_of([[("Die", "der", "DET", "ART", "det", 1, "Case=Nom"),
                   ("Regierung", "Regierung", "NOUN", "NN", "nsubj", 2, "Case=Nom"),
                   ("ließ", "lassen", "VERB", "VVFIN", "ROOT", 2, FIN),
                   ("die", "der", "DET", "ART", "det", 4, "Case=Acc"),
                   ("Gefangenen", "Gefangene", "NOUN", "NN", "obj", 2, "Case=Acc"),
                   ("frei", "frei", "ADJ", "ADJD", "advmod", 2, ""),
                   (".", ".", "PUNCT", "$.", "punct", 2, "")]])  # fmt: skip
    article = article_of(doc, [("lb:reg", "ORG", "DEU", [("Regierung", "description")])])
    assert ("RETREAT", "freilassen") in _types(doc, article)
