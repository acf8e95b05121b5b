"""Session 5, precision (docs/events.md): senses of trigger words that name no
political act: business offers, politeness formulas, figurative conquest and damage,
'unterstellen' as assume, delivering goods; a demand verb in a passive relative
clause with no actor as its agent. Each test checks that the restriction
rules out the other sense and keeps the political one."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from spacy.tokens import Doc

from lagebild.events import Lexicon
from lagebild.events.actor_index import ActorIndex
from lagebild.events.config import ExtractorConfig
from lagebild.events.lexicon import TriggerEntry
from lagebild.events.triggers import TriggerFinder
from lagebild.models import Article


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.load()


def _sense(lex: Lexicon, lemma: str, type_: str) -> TriggerEntry:
    found = [e for e in lex.lookup(lemma) if e.type == type_ and e.pos != "MWE"]
    assert found, (lemma, type_)
    return found[0]


@pytest.mark.parametrize(
    ("lemma", "type_", "political", "other"),
    [
        # "bot Russland Gespräche an" / "will HD-TV via Antenne anbieten"
        (
            "anbieten",
            "AGREE",
            ["Regierung", "Gespräch", "anbieten"],
            ["Marke", "HD-TV", "anbieten"],
        ),
        ("anbieten", "AGREE", ["Waffenstillstand", "anbieten"], ["Werbung", "anbieten"]),
        # "das Angebot an Kiew" / "mit einem Angebot auf den Markt kommen"
        ("Angebot", "AGREE", ["Angebot", "an", "Kiew"], ["Angebot", "Markt", "kommen"]),
        # "bat Berlin um Waffen" / "bitte ich um Verständnis", "bat um eine Bedenkzeit"
        ("bitten", "REQUEST", ["bitten", "um", "Waffe"], ["bitten", "um", "Verständnis"]),
        ("bitten", "REQUEST", ["bitten", "um", "Hilfe"], ["bitten", "um", "Bedenkzeit"]),
        # "eroberten die Stadt" / "das Rathaus eroberte", "eroberte die Goldmedaille"
        ("erobern", "COERCE", ["Truppe", "Stadt", "erobern"], ["Kieler", "Rathaus", "erobern"]),
        ("erobern", "COERCE", ["Armee", "Hauptstadt", "erobern"], ["Goldmedaille", "erobern"]),
        # "Studenten besetzen den Platz" / "besetzt den ersten Platz auf dem Weltmarkt"
        ("besetzen", "PROTEST", ["Student", "Platz", "besetzen"], ["erster", "Platz", "besetzen"]),
        # "beschädigten Autos" / "ohne sich gegenseitig zu beschädigen", "das Ansehen"
        (
            "beschädigen",
            "PROTEST",
            ["Demonstrant", "Auto", "beschädigen"],
            ["gegenseitig", "beschädigen"],
        ),
        ("beschädigen", "PROTEST", ["Schaufenster", "beschädigen"], ["Ansehen", "beschädigen"]),
        # "unterstellt der Regierung Lügen" / "im Business Plan ... unterstellt"
        (
            "unterstellen",
            "ACCUSE",
            ["Regierung", "Lüge", "unterstellen"],
            ["Business", "Plan", "unterstellen"],
        ),
        # "liefert den Verdächtigen an die USA aus" / "HD Streams ausliefern"
        (
            "ausliefern",
            "COOPERATE",
            ["Verdächtiger", "an", "ausliefern"],
            ["HD", "Stream", "ausliefern"],
        ),
        ("ausliefern", "COOPERATE", ["Journalist", "ausliefern"], ["Willkür", "ausliefern"]),
    ],
)
def test_restriction_keeps_the_political_sense_only(
    lex: Lexicon, lemma: str, type_: str, political: list[str], other: list[str]
) -> None:
    entry = _sense(lex, lemma, type_)
    assert entry.allows(political)
    assert not entry.allows(other)


def test_compound_heads_are_ruled_out_too(lex: Lexicon) -> None:
    """Compounds count by their head: 'Direktmandat' is a Mandat, 'Kundenpreis' a Preis."""
    assert not _sense(lex, "erobern", "COERCE").allows(["Direktmandat", "erobern"])
    assert not _sense(lex, "Angebot", "AGREE").allows(["Angebot", "Hauptwettbewerber"])


# --- a demand verb in a passive relative clause names the thing demanded ---

DocOf = Callable[[Sequence[Sequence[tuple[str, str, str, str, str, int, str]]]], Doc]
ArticleOf = Callable[..., Article]
PASS = "VerbForm=Part"
OPPOSITION = ("lb:opp", "ORG", "DEU", [("Opposition", "name")])


def _costs(agent: tuple[str, str] | None) -> list[tuple[str, str, str, str, str, int, str]]:
    """ "Das sind die Kosten, die [von der <agent>] gefordert werden." """
    verb = 9 if agent else 6
    rows = [("Das", "der", "PRON", "PDS", "nsubj", 1, ""),
            ("sind", "sein", "AUX", "VAFIN", "ROOT", 1, ""),
            ("die", "der", "DET", "ART", "det", 3, ""),
            ("Kosten", "Kosten", "NOUN", "NN", "nsubj", 1, ""),
            (",", ",", "PUNCT", "$,", "punct", verb, ""),
            ("die", "der", "PRON", "PRELS", "nsubj:pass", verb, "Case=Nom|PronType=Rel")]  # fmt: skip
    if agent:
        rows += [("von", "von", "ADP", "APPR", "case", 8, ""),
                 ("der", "der", "DET", "ART", "det", 8, ""),
                 (agent[0], agent[0], "NOUN", "NN", "obl:agent", verb, agent[1])]  # fmt: skip
    rows += [("gefordert", "fordern", "VERB", "VVPP", "acl:relcl", 3, PASS),
             ("werden", "werden", "AUX", "VAINF", "aux:pass", verb, "Voice=Pass"),
             (".", ".", "PUNCT", "$.", "punct", 1, "")]  # fmt: skip
    return rows


def _demands(doc_of: DocOf, article_of: ArticleOf, agent: tuple[str, str] | None) -> list[str]:
    doc = doc_of([_costs(agent)])
    article = article_of(doc, [OPPOSITION])
    finder = TriggerFinder(Lexicon.load(), ExtractorConfig.load())
    triggers = finder.find(next(iter(doc.sents)), ActorIndex(doc, article.actors))
    return [t.entry.type for t in triggers if t.anchor.text == "gefordert"]


def test_a_demanded_thing_is_no_demand(doc_of: DocOf, article_of: ArticleOf) -> None:
    assert _demands(doc_of, article_of, None) == []
    assert _demands(doc_of, article_of, ("Kunden", "Case=Dat")) == []


def test_an_actor_agent_keeps_the_demand(doc_of: DocOf, article_of: ArticleOf) -> None:
    assert _demands(doc_of, article_of, ("Opposition", "Case=Dat")) == ["REQUEST"]
