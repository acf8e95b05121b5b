"""Noun triggers that name no act of their clause: a PP that makes the act the
topic of the clause ("sprach über das Impfdebakel", "verschob die Entscheidung
über das Abkommen"), the purpose of a noun ("Programm zur Unterstützung") or a bare
circumstance of another act ("nahm auf Einladung ihres Amtskollegen teil")."""

from __future__ import annotations

from lagebild.events.clause import case_of, is_verbal
from lagebild.events.config import ExtractorConfig
from lagebild.events.triggers import Trigger


def names_no_act(trigger: Trigger, cfg: ExtractorConfig, anchors: frozenset[int]) -> bool:
    """Whether a one-word noun trigger is the topic or a bare circumstance of its
    clause, or the purpose of a noun that is no trigger (`anchors`: the sentence's
    trigger tokens). Constructions ("zur Verfügung stellen") are acts whatever their
    PP."""
    noun = trigger.anchor
    if trigger.kind != "NOUN" or len(trigger.tokens) > 1 or is_verbal(noun):
        return False
    prep = case_of(noun)
    if prep is None:
        return False
    head = noun.head
    if prep in cfg.topic_preps:
        return True
    if prep in cfg.purpose_preps and head.pos_ == "NOUN" and head.i not in anchors:
        return head.i != noun.i
    # Only without an article: "auf Einladung", not "auf die Einladung".
    determined = any(c.dep_ in cfg.determiner_deps for c in noun.children)
    lemmas = cfg.bare_circumstances.get(prep, frozenset())
    return not determined and trigger.entry.lemma in lemmas
