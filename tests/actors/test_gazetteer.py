"""The KB's entity-ruler patterns work in a blank German spaCy pipeline."""

from __future__ import annotations

import spacy

from lagebild.actors.kb import KnowledgeBase


def test_patterns_find_known_actors(kb: KnowledgeBase) -> None:
    patterns = kb.entity_ruler_patterns()
    assert patterns == sorted(patterns, key=lambda p: (p["label"], p["pattern"]))
    assert {p["label"] for p in patterns} == {"PER", "LOC", "ORG"}
    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    doc = nlp(
        "Putins Gastgeber Kassym-Schomart Tokajew empfing Wladimir Putin in Astana; "
        "die EU, die OVKS und Selenskyjs Büro in Kiew reagierten."
    )
    found = {(e.text, e.label_, e.ent_id_) for e in doc.ents}
    assert ("Wladimir Putin", "PER", "Q7747") in found
    assert ("Putins", "PER", "Q7747") in found
    assert ("Kassym-Schomart Tokajew", "PER", "Q200881") in found
    assert ("Selenskyjs", "PER", "Q3874799") in found
    assert ("EU", "ORG", "Q458") in found
    assert ("Astana", "LOC", "lb:loc-kaz-astana") in found
    assert any(e.text == "OVKS" and e.label_ == "ORG" for e in doc.ents)
    assert any(e.text == "Kiew" and e.label_ == "LOC" for e in doc.ents)


def test_patterns_leave_out_historical_petrarch_people(kb: KnowledgeBase) -> None:
    ids = {p["id"] for p in kb.entity_ruler_patterns() if p["label"] == "PER"}
    assert all("petrarch" not in kb.by_id[i].sources or len(kb.by_id[i].sources) > 1 for i in ids)
