"""Quoted clauses embedded in the writer's own sentence with no speech cue
("… mit einem Angebot, das „billiger sein soll als alle anderen Mitbewerber“",
"Dennoch wünscht er sich, „dass in ein paar Tagen das Sportliche … rückt“").

Scare quotes and titles are short and verbless; a quotation of many words with a
verb of its own (by the tagger) is someone's wording: a partial quote. Its speaker
is the subject of the sentence where the quotation stands beside it, if a name
or a pronoun, else the speaker before (`speaker_ids` continues it). Not after a name noun ("mit Titeln
wie „…“", `name_nouns`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from lagebild.quotes.context import Work
from lagebild.quotes.lexicon import load_lexicon
from lagebild.quotes.speakers import lead_in_subject
from lagebild.quotes.text import Token

_MIN_WORDS = 7  # "„Drei Engel für Charlie“", "„Peace for our time“" are shorter
_NAME_REACH = 3  # tokens before the quote where a name noun announces a title
_VERBS = frozenset({"VERB", "AUX"})
_SOMEONE = frozenset({"PROPN", "PRON"})


@lru_cache(maxsize=1)
def _name_nouns() -> frozenset[str]:
    return frozenset(load_lexicon().words.name_nouns)


def _name_noun(word: str) -> bool:
    """A name noun, also in the dative plural ("Titeln", "Filmen")."""
    nouns = _name_nouns()
    return word in nouns or (word.endswith("n") and word[:-1] in nouns)


def embedded_clauses(w: Work) -> None:
    """Pending quotations that are long clauses become partial quotes."""
    placed = {id(q) for q in w.quotes}
    for p in w.pending:
        if id(p) in placed:
            continue
        s = w.sentences[p.sentence]
        first, last = s.token_at(p.start), s.token_at(p.end)
        inside = [t for t in s.tokens[first:last] if t.text[:1].isalnum()]
        if len(inside) < _MIN_WORDS or not any(t.pos in _VERBS for t in inside):
            continue
        if any(_name_noun(t.text) for t in s.tokens[max(0, first - _NAME_REACH) : first]):
            continue
        who = lead_in_subject(s.tokens, len(s.tokens))
        if (
            who is not None
            and not (first <= who[0] < last)
            and _names_someone(s.tokens[who[0] : who[1]])
        ):
            p.speaker = s.char_span(who)
        w.quotes.append(p)


def _names_someone(tokens: Sequence[Token]) -> bool:
    """A subject that can have said it: a name or a pronoun by the tagger
    ("Christoph Vilanek", "er"), not an abstract noun ("die Wahl liegt …")."""
    return any(t.pos in _SOMEONE for t in tokens)
