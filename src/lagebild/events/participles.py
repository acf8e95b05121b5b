"""Participles: an attributive participle's noun is an argument, not the clause's.

German attributive participles carry voice: the present participle is active, its
noun the agent ("die protestierenden Studenten"); the past participle of a
transitive verb is passive, its noun the patient ("die alarmierte Feuerwehr", "vom
Iran unterstützte Milizen", whose agent stands in a von/durch phrase inside the
attribute). Neither takes the subject of the clause it stands in ("Die alarmierte
Feuerwehr stellte fest": nobody alarmed by the fire brigade). Likewise `sein` with
the past participle of a transitive verb is the stative passive ("eine junge Frau,
die nun zerstört ist"): transitive verbs form their perfect with `haben`.
"""

from __future__ import annotations

import re
from typing import Literal

from spacy.tokens import Token

Voice = Literal["active", "passive"]

# Inflected participles: "protestierende-n", "verhaftete-n", "getroffene-n"; the
# ending sets them apart from finite forms the parser hangs on a noun ("warnen").
_PRESENT = re.compile(r"end(e|en|em|er|es)$")
_PAST = re.compile(r"(t|en)(e|en|em|er|es)$")
_NOMINAL = frozenset({"NOUN", "PROPN"})


def attributive_voice(token: Token) -> Voice | None:
    """The voice of a participle that modifies a following noun, else None."""
    head = token.head
    if token.dep_ != "amod" or head.pos_ not in _NOMINAL or head.i <= token.i:
        return None
    form = token.text.casefold()
    if _PRESENT.search(form):
        return "active"
    return "passive" if _PAST.search(form) else None


def stative_passive(verb: Token) -> bool:
    """`sein` + past participle, no `werden`: "ist zerstört", "sind verboten"."""
    if verb.tag_ != "VVPP":
        return False
    auxes = [(c.lemma_ or c.text).casefold() for c in verb.children if c.dep_.startswith("aux")]
    return "sein" in auxes and "werden" not in auxes
