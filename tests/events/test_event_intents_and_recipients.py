"""Fifth round (issue 7): acts that are only hoped for, needed or expected."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from lagebild.events.discourse import fill_targets, pair_groups
from lagebild.events.extract import Extractor
from lagebild.events.merge import EventMention
from lagebild.models import Actor, Article, Mention, Quote

Row = tuple[str, str, str, str, str, int, str]
DocOf = Callable[[Sequence[Sequence[Row]]], Doc]
ArticleOf = Callable[..., Article]

JOHNSON = ("Q180589", "PER", "GBR", [("Johnson", "name")])
LABOUR = ("Q9630", "ORG", "GBR", [("Labour", "name")])
DOT = (".", ".", "PUNCT", "$.", "punct")


def mentions(article: Article, doc: Doc) -> list[EventMention]:
    return Extractor().mentions(article, doc)


def _support(verb: Row) -> list[Row]:
    # "Johnson <verb> auf Unterstützung von Labour."
    return [("Johnson", "Johnson", "PROPN", "NE", "nsubj", 1, "Case=Nom"), verb,
            ("auf", "auf", "ADP", "APPR", "case", 3, ""),
            ("Unterstützung", "Unterstützung", "NOUN", "NN", "obl", 1, "Case=Acc"),
            ("von", "von", "ADP", "APPR", "case", 5, ""),
            ("Labour", "Labour", "PROPN", "NE", "nmod", 3, "Case=Dat"), (*DOT, 1, "")]  # fmt: skip


def test_support_hoped_for_is_no_event(doc_of: DocOf, article_of: ArticleOf) -> None:
    hoped = doc_of([_support(("hofft", "hoffen", "VERB", "VVFIN", "ROOT", 1, "VerbForm=Fin"))])
    assert not mentions(article_of(hoped, [JOHNSON, LABOUR]), hoped)


def test_support_counted_on_is_an_event(doc_of: DocOf, article_of: ArticleOf) -> None:
    # The same phrase under a verb of acting stays an event ("setzt auf Unterstützung"
    # is no entry; "zählt" is no expectation word): the rule keys on the head word.
    counted = doc_of([_support(("zählt", "zählen", "VERB", "VVFIN", "ROOT", 1, "VerbForm=Fin"))])
    found = mentions(article_of(counted, [JOHNSON, LABOUR]), counted)
    assert [m.type for m in found] == ["SUPPORT"]


TUSK = ("lb:tusk", "PER", "POL", [("Tusk", "name")])
USA = ("Q30", "GPE", "USA", [("US", "name")])
TURKEY = ("Q43", "GPE", "TUR", [("türkische", "adjective")])


def test_criticised_thing_addresses_the_actors_its_modifier_names(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    # "Tusk kritisiert die US-türkische Vereinbarung": one token names both owners.
    doc = doc_of([[("Tusk", "Tusk", "PROPN", "NE", "nsubj", 1, "Case=Nom"),
                   ("kritisiert", "kritisieren", "VERB", "VVFIN", "ROOT", 1, "VerbForm=Fin"),
                   ("die", "der", "DET", "ART", "det", 4, "Case=Acc"),
                   ("US-türkische", "US-türkisch", "ADJ", "ADJA", "amod", 4, "Case=Acc"),
                   ("Vereinbarung", "Vereinbarung", "NOUN", "NN", "obj", 1, "Case=Acc"),
                   (*DOT, 1, "")]])  # fmt: skip
    found = mentions(article_of(doc, [TUSK, USA, TURKEY]), doc)
    accuse = [m for m in found if m.type == "ACCUSE"]
    assert [(m.source, m.target) for m in accuse] == [({"lb:tusk"}, {"Q30", "Q43"})]


PROSECUTORS = ("new:sta", "ORG", "DEU", [("Staatsanwaltschaften", "description")])
AFD = ("Q6721203", "ORG", "DEU", [("AfD", "name")])


def test_investigation_addresses_the_actor_of_its_reason(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    # "Staatsanwaltschaften ermitteln wegen Verstößen der AfD": the genitive's case
    # is on its article only, as the tagger often leaves it.
    doc = doc_of([[("Staatsanwaltschaften", "Staatsanwaltschaft", "NOUN", "NN", "nsubj", 1,
                    "Case=Nom"),
                   ("ermitteln", "ermitteln", "VERB", "VVFIN", "ROOT", 1, "VerbForm=Fin"),
                   ("wegen", "wegen", "ADP", "APPR", "case", 3, ""),
                   ("Verstößen", "Verstoß", "NOUN", "NN", "obl", 1, "Case=Dat"),
                   ("der", "der", "DET", "ART", "det", 5, "Case=Gen"),
                   ("AfD", "AfD", "PROPN", "NE", "nmod", 3, ""), (*DOT, 1, "")]])  # fmt: skip
    found = mentions(article_of(doc, [PROSECUTORS, AFD]), doc)
    assert [(m.type, m.source, m.target) for m in found] == [("ACCUSE", {"new:sta"}, {"Q6721203"})]


LUCKE = ("new:lucke", "PER", "DEU", [("Lucke", "name")])
ASTA = ("new:asta", "ORG", "DEU", [("AStA", "name")])
# "Der AStA versage, kritisierte Lucke." as parsers read it: the postposed speaker as
# the object of the reporting verb.
REPORTED = [("Der", "der", "DET", "ART", "det", 1, "Case=Nom"),
            ("AStA", "AStA", "PROPN", "NE", "nsubj", 2, "Case=Nom"),
            ("versage", "versagen", "VERB", "VVFIN", "advcl", 4, "Mood=Sub|VerbForm=Fin"),
            (",", ",", "PUNCT", "$,", "punct", 2, ""),
            ("kritisierte", "kritisieren", "VERB", "VVFIN", "ROOT", 4, "VerbForm=Fin"),
            ("Lucke", "Lucke", "PROPN", "NE", "obj", 4, "Case=Acc"), (*DOT, 4, "")]  # fmt: skip


def _reported(doc: Doc, speaker: str | None) -> Quote:
    end = doc.text.index(",")
    return Quote(start=0, end=end, text=doc.text[:end], speaker=speaker, cue="kritisierte",
                 kind="indirect")  # fmt: skip


def test_quote_speaker_is_the_source_of_its_cue_verb(doc_of: DocOf, article_of: ArticleOf) -> None:
    doc = doc_of([REPORTED])
    article = article_of(doc, [LUCKE, ASTA], quotes=[_reported(doc, "new:lucke")])
    accuse = [m for m in mentions(article, doc) if m.type == "ACCUSE"]
    assert [(m.source, m.target) for m in accuse] == [({"new:lucke"}, {"new:asta"})]


def test_quote_without_speaker_leaves_the_parse_alone(doc_of: DocOf, article_of: ArticleOf) -> None:
    doc = doc_of([REPORTED])
    article = article_of(doc, [LUCKE, ASTA], quotes=[_reported(doc, None)])
    accuse = [m for m in mentions(article, doc) if m.type == "ACCUSE"]
    assert all(m.source != {"new:lucke"} for m in accuse)


KURDS = ("new:kurden", "ORG", None, [("Kurden", "description")])
GERMANY = ("Q183", "GPE", "DEU", [("Deutschland", "name")])


def test_undergone_support_has_the_subject_as_recipient(
    doc_of: DocOf, article_of: ArticleOf
) -> None:
    # "Die Kurden erfuhren Unterstützung.": the Kurds receive it, they give nothing.
    doc = doc_of([[("Die", "der", "DET", "ART", "det", 1, "Case=Nom"),
                   ("Kurden", "Kurde", "NOUN", "NN", "nsubj", 2, "Case=Nom"),
                   ("erfuhren", "erfahren", "VERB", "VVFIN", "ROOT", 2, "VerbForm=Fin"),
                   ("Unterstützung", "Unterstützung", "NOUN", "NN", "obj", 2, "Case=Acc"),
                   (*DOT, 2, "")]])  # fmt: skip
    found = mentions(article_of(doc, [KURDS]), doc)
    assert [(m.source, m.target) for m in found if m.type == "SUPPORT"] in (
        [],
        [(frozenset(), {"new:kurden"})],
    )


def test_friendship_in_a_quote_is_no_praise(doc_of: DocOf, article_of: ArticleOf) -> None:
    # „Die Freundschaft leidet nicht“, sagte Scholz.
    doc = doc_of([[("„", "„", "PUNCT", "$(", "punct", 3, ""),
                   ("Die", "der", "DET", "ART", "det", 2, "Case=Nom"),
                   ("Freundschaft", "Freundschaft", "NOUN", "NN", "nsubj", 3, "Case=Nom"),
                   ("leidet", "leiden", "VERB", "VVFIN", "ROOT", 3, "VerbForm=Fin"),
                   ("nicht", "nicht", "PART", "PTKNEG", "advmod", 3, ""),
                   ("“", "“", "PUNCT", "$(", "punct", 3, ""),
                   (",", ",", "PUNCT", "$,", "punct", 7, ""),
                   ("sagte", "sagen", "VERB", "VVFIN", "parataxis", 3, "VerbForm=Fin"),
                   ("Scholz", "Scholz", "PROPN", "NE", "nsubj", 7, "Case=Nom"),
                   (*DOT, 3, "")]])  # fmt: skip
    start, end = doc.text.index("„"), doc.text.index("“") + 1
    quote = Quote(start=start, end=end, text=doc.text[start:end], speaker="Q61053", cue="sagte",
                  kind="direct")  # fmt: skip
    scholz = ("Q61053", "PER", "DEU", [("Scholz", "name")])
    article = article_of(doc, [scholz, GERMANY], quotes=[quote])
    assert not [m for m in mentions(article, doc) if m.type == "SUPPORT"]


def _promise(verb: Row) -> list[Row]:
    # "Johnson <verb> sein Versprechen."
    return [("Johnson", "Johnson", "PROPN", "NE", "nsubj", 1, "Case=Nom"), verb,
            ("sein", "sein", "DET", "PPOSAT", "det:poss", 3, "Case=Acc"),
            ("Versprechen", "Versprechen", "NOUN", "NN", "obj", 1, "Case=Acc"),
            (*DOT, 1, "")]  # fmt: skip


def test_kept_promise_is_no_new_agreement(doc_of: DocOf, article_of: ArticleOf) -> None:
    kept = doc_of([_promise(("hielt", "einhalten", "VERB", "VVFIN", "ROOT", 1, "VerbForm=Fin"))])
    assert not [m for m in mentions(article_of(kept, [JOHNSON]), kept) if m.type == "AGREE"]
    given = doc_of([_promise(("gab", "geben", "VERB", "VVFIN", "ROOT", 1, "VerbForm=Fin"))])
    assert [m.type for m in mentions(article_of(given, [JOHNSON]), given)] == ["AGREE"]


def test_pair_group_recipient_is_the_discourse_counterpart() -> None:
    text = "Putin besuchte Kasachstan. Er sagte, beide Länder seien Verbündete."
    putin = Actor(id="Q7747", name="Putin", type="PER", country="RUS",
                  mentions=[Mention(start=0, end=5, text="Putin", kind="name")])  # fmt: skip
    start = text.index("Länder")
    pair = Actor(id="new:grp-land", name="Länder", type="MISC",
                 mentions=[Mention(start=start, end=start + 6, text="Länder", kind="description")])  # fmt: skip
    pairs = pair_groups([putin, pair], text, ["beide"])
    assert pairs == {"new:grp-land"}
    visit = EventMention(type="CONSULT", source=frozenset({"Q7747"}),
                         target=frozenset({"Q232"}), trigger=(6, 14), evidence=(0, 26))  # fmt: skip
    praise = EventMention(type="SUPPORT", source=frozenset({"Q7747"}),
                          target=frozenset({"new:grp-land"}), trigger=(58, 68),
                          evidence=(27, 69), confidence=0.5)  # fmt: skip
    rule = Extractor().cfg.discourse_target
    countries = {"Q7747": "RUS", "Q232": "KAZ"}
    filled = fill_targets([visit, praise], countries, rule, pairs)
    assert filled[1].target == {"Q232"} and filled[1].confidence < 0.5
    kept = fill_targets([visit, praise], countries, rule)
    assert kept[1].target == {"new:grp-land"}


def test_actor_inside_the_subject_is_no_recipient(doc_of: DocOf, article_of: ArticleOf) -> None:
    # "Das Unternehmen von Zuckerberg kritisiert die Höhe."
    doc = doc_of([[("Das", "der", "DET", "ART", "det", 1, "Case=Nom"),
                   ("Unternehmen", "Unternehmen", "NOUN", "NN", "nsubj", 4, "Case=Nom"),
                   ("von", "von", "ADP", "APPR", "case", 3, ""),
                   ("Zuckerberg", "Zuckerberg", "PROPN", "NE", "nmod", 1, "Case=Dat"),
                   ("kritisiert", "kritisieren", "VERB", "VVFIN", "ROOT", 4, "VerbForm=Fin"),
                   ("die", "der", "DET", "ART", "det", 6, "Case=Acc"),
                   ("Höhe", "Höhe", "NOUN", "NN", "obj", 4, "Case=Acc"), (*DOT, 4, "")]])  # fmt: skip
    meta = ("new:meta", "ORG", None, [("Unternehmen", "description")])
    zuckerberg = ("new:zuckerberg", "PER", None, [("Zuckerberg", "name")])
    found = mentions(article_of(doc, [meta, zuckerberg]), doc)
    assert [(m.source, m.target) for m in found if m.type == "ACCUSE"] == [
        ({"new:meta"}, frozenset())
    ]
