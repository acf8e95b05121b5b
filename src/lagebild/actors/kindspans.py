"""The extent and type of an organisation's name after a noun of its kind, where the NER
gets them wrong: "die Internetzeitung „Daily NK“", "im Technikmuseum „Hugo Junkers“", "der
Organisation Housing Justice for All rund 400 Familien".

After an organisation noun (`kindnames.py`: `apposition_nouns`, the KB's non-person role
nouns) German quotes a name whose words would otherwise read as something else: the marks
delimit the name, whatever its words are tagged ("NK" as a noun, "Hugo Junkers" as a
person), and the noun makes it an organisation. Unquoted, the NER's span may run on into
the sentence; the name then ends at its last capitalised word before the first lower-case
word that no name contains ("rund", not "for"). Either span replaces the NER's. An unknown
name the NER calls a place is the organisation ("ins Konservatorium Horak"); one it calls a
person keeps its type ("das Bündnis Klaus Beispielmann"), and so does a name the KB knows
("der Partei Deutschlands" is a genitive).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from lagebild.actors.spotter import Spot

_OPENING = frozenset({"„", "»", "«", '"', "“", "‚"})
_CLOSING = frozenset({"“", "”", "«", "»", '"', "‘"})
_MAX_WORDS = 5
SOURCE = "apposition"


def kind_spans(
    doc: Doc,
    kind_of: Callable[[Token], str | None],
    function_words: frozenset[str],
    known: Callable[[str], bool],
    spots: list[Spot],
) -> list[Spot]:
    """`spots` with the names after organisation nouns delimited and typed as above;
    `kind_of` gives the type a noun announces (ORG, LOC) or None, `known` whether the KB
    knows a name."""
    out = list(spots)
    for token in doc:
        if token.i + 2 >= len(doc) or not token.text[:1].isupper():
            continue
        if "Plur" in token.morph.get("Number", []) or kind_of(token) != "ORG":
            continue
        nxt = doc[token.i + 1]
        span = (
            _quoted_name(doc, token.i + 2)
            if nxt.text in _OPENING
            else _cut_name(nxt, out, function_words) or _place_name(token, out, known)
        )
        if span is None:
            continue
        start, end = span
        inside = [s for s in out if start <= s.start and s.end <= end]
        runs_on = [s for s in out if s.start == start and s.end > end]
        if any(s.start < end and start < s.end for s in out if s not in inside + runs_on):
            continue  # another name crosses it: leave the spans as they are
        if any(s.start == start and s.end == end and s.label == "ORG" for s in inside):
            continue
        if any(known(s.text) for s in inside):
            continue  # „die Zeitung „Die Welt““: the KB's name stays the KB's
        out = [s for s in out if s not in inside + runs_on]
        out.append(Spot(start, end, doc.text[start:end], "ORG", SOURCE))
    return sorted(out, key=lambda s: (s.start, -s.end))


def _quoted_name(doc: Doc, i: int) -> tuple[int, int] | None:
    """Capitalised words and numbers up to the closing mark; None for a quotation."""
    j = i
    while j < len(doc) and j - i < _MAX_WORDS and doc[j].text not in _CLOSING:
        word = doc[j]
        if not (word.text[:1].isupper() or word.like_num or word.text in ("-", "&")):
            return None
        j += 1
    if j == i or j >= len(doc) or doc[j].text not in _CLOSING:
        return None
    last = doc[j - 1]
    return doc[i].idx, last.idx + len(last)


def _cut_name(
    first: Token, spots: list[Spot], function_words: frozenset[str]
) -> tuple[int, int] | None:
    """An NER span that starts at `first` and runs on into lower-case words, cut after
    its last capitalised word before them."""
    spot = next((s for s in spots if s.start == first.idx and s.source == "ner"), None)
    if spot is None:
        return None
    doc, last = first.doc, None
    for token in doc[first.i :]:
        if token.idx >= spot.end:
            return None  # the span has no such word: it is right as it is
        if token.text[:1].isupper():
            last = token
        elif token.text not in function_words:
            break
    if last is None:
        return None
    return first.idx, last.idx + len(last)


def _place_name(
    noun: Token, spots: list[Spot], known: Callable[[str], bool]
) -> tuple[int, int] | None:
    """The span of an unknown name the NER called a place, right after `noun`; not a
    genitive attribute ("die Bevölkerung Südostasiens": the tagger's case tells)."""
    first = noun.doc[noun.i + 1]
    spot = next((s for s in spots if s.start == first.idx and s.source == "ner"), None)
    if spot is None or spot.label not in ("LOC", "MISC") or known(spot.text):
        return None
    genitive = "Gen" in first.morph.get("Case", []) and "Gen" not in noun.morph.get("Case", [])
    return None if genitive else (spot.start, spot.end)
