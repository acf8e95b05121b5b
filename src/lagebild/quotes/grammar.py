"""Word-form rules for German clause structure, used while no parser is at hand.

They find noun phrases (determiner, adjectives, nouns and names: German
capitalises every noun), the first constituent and finite verb of a verb-second
clause, its subject, and whether the finite verb is in the subjunctive. Token
lists are one sentence's tokens; indices point into them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lagebild.quotes.lexicon import WordClasses, load_lexicon
from lagebild.quotes.text import Token

_PERSONAL = frozenset({"er", "sie", "es", "man", "wir", "ich", "du", "ihr"})
_CLAUSE_BREAK = frozenset({",", ";", ":", "(", ")", "–", "—", "„", "“", "”", "»", "«", '"'})


def _w() -> WordClasses:
    return load_lexicon().words


def is_capitalised(token: Token) -> bool:
    """Starts with a capital, or is a number compound noun ("34-Jährige")."""
    text = token.text
    if text[:1].isdigit() and "-" in text:
        return text.split("-", 1)[1][:1].isupper()
    return text[:1].isupper()


def is_word(token: Token) -> bool:
    return token.text[:1].isalnum()


def _closed(low: str) -> bool:
    w = _w()
    return (
        low in w.prepositions
        or low in w.subordinators
        or low in w.adverbs
        or low in w.coordinators
        or low in w.auxiliaries
    )


def is_function_word(word: str) -> bool:
    """Prepositions, conjunctions, adverbs and auxiliaries of the closed lists."""
    return _closed(word.lower())


def _is_noun(token: Token) -> bool:
    if token.pos is not None:
        return token.pos in ("NOUN", "PROPN")
    return is_capitalised(token) and is_word(token) and not _closed(token.text.lower())


def _genitive_end(tokens: Sequence[Token], j: int) -> int:
    """Extends a noun phrase over a genitive ("ein Sprecher des Ministeriums")."""
    while j < len(tokens) and tokens[j].text in _w().genitive_determiners:
        k = j + 1
        while k < len(tokens) and is_word(tokens[k]) and not is_capitalised(tokens[k]):
            k += 1
        named = _quoted_name_end(tokens, k)  # "eines Berichts des „Spiegel“"
        if named is not None:
            j = named
            continue
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if k >= len(tokens) or not (_is_noun(tokens[k]) or _capital_attribute(tokens[k], nxt)):
            break  # "der Kurdischen Gemeinde": a capitalised adjective of a name
        j = _nouns_end(tokens, k + 1)
    return j


def _nouns_end(tokens: Sequence[Token], j: int) -> int:
    """Index after a run of nouns and names; an abbreviated title ("Dr.",
    "Prof.") with its full stop belongs to the run, and so does an initial
    ("Maria K.", "Donald J. Trump": names shortened as the press code asks)."""
    abbreviations = _w().abbreviations
    cue_nouns = load_lexicon().nouns
    while j < len(tokens):
        before = tokens[j - 1].text
        initial = (
            _INITIAL.fullmatch(before) is not None and j >= 2 and is_capitalised(tokens[j - 2])
        )
        title_stop = tokens[j].text == "." and (before in abbreviations or initial)
        glued = _INITIAL.fullmatch(tokens[j].text) is not None and tokens[j].text.endswith(".")
        if not (title_stop or glued) and not (
            _is_noun(tokens[j]) and tokens[j].text not in cue_nouns
        ):
            break
        j += 1
    return j


_INITIAL = re.compile(r"[A-ZÄÖÜ]\.?")  # "K" then ".", or "K." as one token


_OPENING = frozenset({"„", "»", "«", '"', "“"})
_CLOSING = frozenset({"“", "”", "«", "»", '"'})


def _quoted_name_end(tokens: Sequence[Token], j: int) -> int | None:
    """After an article, a quoted name: der „Süddeutschen Zeitung“, der „Bild“-Zeitung."""
    if j >= len(tokens) or tokens[j].text not in _OPENING:
        return None
    for k in range(j + 1, min(j + 8, len(tokens))):
        if tokens[k].text not in _CLOSING and any(c in _CLOSING for c in tokens[k].text):
            return k + 1  # a tokenizer that keeps "Bild“-Zeitung" whole
        if tokens[k].text in _CLOSING:
            if k == j + 1:
                return None
            if k + 2 < len(tokens) and tokens[k + 1].text == "-" and is_word(tokens[k + 2]):
                return k + 3
            if (
                k + 1 < len(tokens)
                and tokens[k + 1].text[:1] == "-"
                and len(tokens[k + 1].text) > 1
            ):
                return k + 2  # a tokenizer that keeps "-Zeitung" whole
            return k + 1
    return None


def _text(tokens: Sequence[Token], i: int) -> str:
    return tokens[i].text if i < len(tokens) else ""


def _numbered_end(tokens: Sequence[Token], i: int) -> int | None:
    """ "500 Häuser", "40 Drohnen": a number, adjectives, then nouns."""
    j = i + 1
    while j < len(tokens) and tokens[j].text.isalpha() and tokens[j].text.islower():
        if _closed(tokens[j].text):
            return None
        j += 1
    if j >= len(tokens) or not _is_noun(tokens[j]):
        return None
    while j < len(tokens) and _is_noun(tokens[j]):
        j += 1
    return j


def _adverb_like(token: Token, nxt: Token | None) -> bool:
    """A capitalised sentence opener that is an adverb, not a noun ("Aktuell",
    "Stattdessen", "Ähnlich"): told by its ending, when no noun follows it."""
    if nxt is not None and _is_noun(nxt):
        return False
    return token.text.lower().endswith(tuple(_w().adverb_endings))


def _quantity(tokens: Sequence[Token], i: int) -> bool:
    """A quantifier before a phrase ("rund 2000 Stellen"); one that is also a
    preposition ("zu", "über", "bis") only before a number: "Zu Beginn" is none."""
    low, w = tokens[i].text.lower(), _w()
    if low not in w.quantifiers:
        return False
    return low not in w.prepositions or _text(tokens, i + 1)[:1].isdigit()


def _head_end(tokens: Sequence[Token], i: int) -> int | None:
    """Index after the nouns of a phrase starting at `i` (determiner, adjectives, nouns)."""
    w = _w()
    # quantities open a phrase like an article: "mehr als 500 Häuser", "rund 2000 Stellen"
    if tokens[i].text.lower() in ("mehr", "weniger") and _text(tokens, i + 1) == "als":
        i += 2
    if i < len(tokens) and _quantity(tokens, i):
        i += 1
    if i < len(tokens) and tokens[i].text[:1].isdigit():
        return _numbered_end(tokens, i)
    if i >= len(tokens):
        return None
    token = tokens[i]
    low = token.text.lower()
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if low in _PERSONAL and not (low == "ihr" and nxt is not None and _is_noun(nxt)):
        return i + 1
    if i == 0 and _adverb_like(token, nxt):
        return None
    if low in w.determiners:
        end = _determined_end(tokens, i)
        if end is None and low in w.indefinite_pronouns:
            return _partitive_end(tokens, i + 1)
        # a demonstrative with no noun is a pronoun: "Dieser nehme an, …"
        return i + 1 if end is None and low in w.subject_pronouns else end
    if not _is_noun(token) and not _capital_attribute(token, nxt):
        return None
    return _nouns_end(tokens, i + 1)


def _partitive_end(tokens: Sequence[Token], j: int) -> int | None:
    """After an indefinite pronoun with no noun ("einer", "eine"): a partitive
    von-phrase ("einer von ihnen", "eine aus dem Dorf"), a genitive ("Einer der
    Demonstranten": `np_end` adds it), or nothing before a clause break ("sagt einer.")."""
    nxt = _text(tokens, j)
    if nxt in ("von", "aus"):
        after = j + 1
        if _text(tokens, after) in _PERSONAL | {"ihnen", "uns", "euch"}:
            return after + 1
        return np_end(tokens, after)
    if nxt in _w().genitive_determiners:
        return j
    if j >= len(tokens) or not is_word(tokens[j]):
        return j
    return None


def _determined_end(tokens: Sequence[Token], i: int) -> int | None:
    """Index after the phrase a determiner at `i` opens (adjectives, then nouns)."""
    w = _w()
    j = i + 1
    while j < len(tokens) and is_word(tokens[j]) and not is_capitalised(tokens[j]):
        embedded = _attributive_phrase_end(tokens, j)
        if embedded is not None:
            j = embedded
            continue
        if _closed(tokens[j].text) or tokens[j].text in w.determiners:
            return None
        j += 1
    named = _quoted_name_end(tokens, j)
    if named is not None:
        return named
    # a name's capitalised adjectives by the tagger: "die Süddeutsche Zeitung",
    # "der Deutsche Olympische Sportbund"
    k = j
    while k < len(tokens) and tokens[k].pos == "ADJ" and is_capitalised(tokens[k]):
        k += 1
    if k > j and k < len(tokens) and _is_noun(tokens[k]):
        j = k
    if j >= len(tokens) or not _is_noun(tokens[j]):
        return None
    return _nouns_end(tokens, j + 1)


_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")


def _attributive_phrase_end(tokens: Sequence[Token], j: int) -> int | None:
    """ "der [für die Tagesschau] verantwortliche NDR": a prepositional phrase inside
    an attribute, before the adjective it depends on; the index of that adjective."""
    if tokens[j].text not in _w().prepositions:
        return None
    end = np_end(tokens, j + 1, genitive=False)
    if end is None or end + 1 >= len(tokens):
        return None
    adjective = tokens[end].text
    if not (adjective.isalpha() and adjective.islower() and adjective.endswith(_ADJECTIVE_ENDINGS)):
        return None
    if _closed(adjective) or adjective in _w().determiners or tokens[end].pos in ("VERB", "AUX"):
        return None
    return end


def _capital_attribute(token: Token, nxt: Token | None) -> bool:
    """A capitalised word a tagger calls an adjective before a noun: a first
    name ("Stefan Keuter") or a sentence's first adjective ("Neue Regeln")."""
    return token.pos == "ADJ" and is_capitalised(token) and nxt is not None and _is_noun(nxt)


def _genitive_after(tokens: Sequence[Token], i: int, j: int) -> int:
    """The end of the phrase [i, j) with its genitive; a bare name takes none:
    "sagte Hörmann der „Augsburger Allgemeinen“" is a dative."""
    if tokens[j - 1].pos == "PROPN" and tokens[i].text.lower() not in _w().determiners:
        return j
    bare = j - i == 1 or (j - i == 2 and tokens[i].text.lower() in _w().determiners)
    if bare and _acronym(tokens[j - 1]):
        return j  # nor does an acronym: "sagte dem ZDF der Minister", "gegenüber TE der …"
    return _genitive_end(tokens, j)


def np_end(tokens: Sequence[Token], i: int, genitive: bool = True) -> int | None:
    """Index after the noun phrase that starts at `i`, or None if none starts there.
    Takes in a genitive ("ein Sprecher der Bahn") and a coordination ("die USA
    und Südkorea") unless `genitive` is False."""
    if i >= len(tokens) or not is_word(tokens[i]):
        return None
    both = tokens[i].text.lower() == "sowohl"  # "Sowohl Keith als auch Keuter"
    j = _head_end(tokens, i + 1 if both else i)
    if j is None or not genitive:
        return None if both else j
    if j == i + 1 and tokens[i].text.lower() in _PERSONAL:
        return j  # a personal pronoun takes no genitive: "sagte er der Zeitung" (dative)
    j = _genitive_after(tokens, i, j)
    if both:
        second = j + 2 if (_text(tokens, j), _text(tokens, j + 1)) == ("als", "auch") else None
    else:
        second = j + 1 if _text(tokens, j) in ("und", "oder", "sowie") else None
    if second is not None and second < len(tokens) and is_word(tokens[second]):
        more = _head_end(tokens, second)
        if more is not None:
            return _genitive_after(tokens, second, more)
    return None if both else j


def np_start_before(tokens: Sequence[Token], end: int) -> int | None:
    """Start of the longest noun phrase that ends exactly at `end`."""
    for i in range(max(0, end - 8), end):
        if np_end(tokens, i) == end:
            return i
    return None


def is_nominative_start(token: Token) -> bool:
    low, w = token.text.lower(), _w()
    if low in w.other_determiners and low not in w.nominative_determiners:
        return False
    return low not in w.object_pronouns or low in ("sie", "ihr")


def opens_nominative(tokens: Sequence[Token], i: int) -> bool:
    """May the phrase at `i` be a subject? Not after a dative or genitive article,
    unless that form is an indefinite pronoun with no noun of its own ("sagt einer
    von ihnen", "Einer der Demonstranten sagte")."""
    if is_nominative_start(tokens[i]):
        return True
    return tokens[i].text.lower() in _w().indefinite_pronouns and _determined_end(tokens, i) is None


def _finite_form(token: Token) -> bool:
    """A listed finite verb (auxiliary or subjunctive): never an adjective."""
    w = _w()
    return (
        token.text in w.auxiliaries
        or token.text in w.subjunctive1
        or (token.text in w.subjunctive2)
    )


def skip_constituent(tokens: Sequence[Token], i: int) -> int:
    """Index after one constituent: a prepositional phrase, noun phrase or adverb."""
    low = tokens[i].text.lower()
    if low in _w().prepositions:
        end = np_end(tokens, i + 1)
        if end is not None:
            return end
        # "am Donnerstag (9. November)", "nach eigenen Angaben": no article,
        # maybe numbers and adjectives, then the noun(s)
        j = i + 1
        while j < len(tokens) and not _is_noun(tokens[j]) and not _closed(tokens[j].text):
            if not (is_word(tokens[j]) or tokens[j].text == ".") or _finite_form(tokens[j]):
                break
            j += 1
        while j < len(tokens) and _is_noun(tokens[j]):
            j += 1
        return _genitive_end(tokens, j) if j > i + 1 else i + 1
    end = np_end(tokens, i)
    return end if end is not None else i + 1


def subject_after(tokens: Sequence[Token], k: int, stop: int) -> tuple[int, int] | None:
    """The subject after a finite verb at `k` (inverted order): skips adverbs,
    object pronouns, prepositional and dative phrases, stops at a clause break."""
    w, j = _w(), k + 1
    while j < stop and tokens[j].text not in _CLAUSE_BREAK:
        low = tokens[j].text.lower()
        if low in w.adverbs or low in w.object_pronouns - {"sie", "ihr"} or tokens[j].text == ".":
            j += 1
            continue
        skip = _letter_abbreviation(tokens, j)
        if skip:
            j += skip  # "meldet u.a. die Zeitung", "z.B."
            continue
        if low in w.prepositions:
            j = skip_constituent(tokens, j)
            continue
        end = np_end(tokens, j)
        if end is None:
            return None
        if not opens_nominative(tokens, j):
            j = end
            continue
        oblique = _feminine_oblique(tokens, j)
        if oblique is not None:
            j = oblique
            continue
        if is_bare_acronym(tokens, (j, end)):
            # "sagte der FAZ ein Sprecher": an acronym of unknown gender before
            # another subject is the dative, the one spoken to
            later = subject_after(tokens, end - 1, stop)
            if later is not None:
                return later
        return (j, end)
    return None


def is_bare_acronym(tokens: Sequence[Token], span: tuple[int, int]) -> bool:
    """ "der MOPO", "der FAZ": "der" and one word in capitals, whose gender (the
    full name's head noun) the text does not show, so the case is open."""
    j, end = span
    if end - j != 2 or tokens[j].text.lower() != "der":
        return False
    return _acronym(tokens[j + 1])


def _acronym(token: Token) -> bool:
    return len(token.text) >= 2 and token.text.isalpha() and token.text.isupper()


def _feminine_oblique(tokens: Sequence[Token], j: int) -> int | None:
    """ "der Zeitung", "der Deutschen Presse-Agentur": "der" before a feminine
    noun is a dative or genitive (the one spoken to), never the subject; the index
    after it. A name after the noun is the subject ("sagte der Zeitung Anna Roth")."""
    if tokens[j].text.lower() != "der":
        return None
    head = _head_end(tokens, j)
    if head is None:
        return None
    endings = tuple(_w().feminine_noun_endings)
    for k in range(j + 1, head):
        feminine = _is_noun(tokens[k]) and tokens[k].text.lower().rpartition("-")[2].endswith(
            endings
        )
        if feminine and all(t.pos == "PROPN" for t in tokens[k + 1 : head]):
            return k + 1
    return None


def _letter_abbreviation(tokens: Sequence[Token], j: int) -> int:
    """Tokens of a lower-case letter abbreviation at `j` ("u.a." as one token, or
    "u" and "." as two), else 0."""
    text = tokens[j].text
    if _LETTER_DOTS.fullmatch(text):
        return 1
    if len(text) == 1 and text.islower() and text in _w().abbreviations:
        return 2 if j + 1 < len(tokens) and tokens[j + 1].text == "." else 0
    return 0


_LETTER_DOTS = re.compile(r"(?:[a-zäöü]\.){2,}")


def opens_subordinate(tokens: Sequence[Token], start: int, stop: int) -> bool:
    """Does a subordinate clause open at `start`? "seit", "während", "bis" open
    one before a pronoun ("bis er kam"), else a phrase ("bis dahin")."""
    low, w = tokens[start].text.lower(), _w()
    preposition = (
        low in w.prepositions
        and start + 1 < stop
        and (tokens[start + 1].text.lower() not in _PERSONAL)
    )
    return low in w.subordinators and not preposition


def finite_slot(tokens: Sequence[Token], start: int, stop: int) -> int | None:
    """Index of the finite verb of a verb-second clause that opens at `start`."""
    if start >= stop:
        return None
    low = tokens[start].text.lower()
    w = _w()
    if opens_subordinate(tokens, start, stop) or low in w.coordinators:
        return None
    if low in w.relative_pronouns and start + 1 < stop and np_end(tokens, start) is None:
        return None
    j = skip_constituent(tokens, start)
    return j if j < stop and is_word(tokens[j]) and not is_capitalised(tokens[j]) else None


def is_subjunctive(token: Token, strict: bool = False) -> bool:
    """Konjunktiv I (and, unless `strict`, Konjunktiv II) by form or by morphology."""
    w, low = _w(), token.text
    # A tagger's "Sub" is positive evidence (its "Ind" is not trusted); it does not
    # tell Konjunktiv I from II ("hätte", "wäre"): strict callers want the form too.
    if token.mood == "Sub" and (not strict or _first_subjunctive_form(low)):
        return True
    if low in w.subjunctive1 or (not strict and low in w.subjunctive2):
        return True
    # A finite verb ending in -e after the first constituent ("der Westen führe")
    # is a Konjunktiv I of the third person (the indicative ends in -t).
    # "-te" is mostly the past tense (sagte, forderte): only listed forms count.
    return (
        low.endswith("e")
        and not low.endswith("te")
        and len(low) > 3
        and low.isalpha()
        and low.islower()
        and low not in w.not_verbs_in_e
        and not _closed(low)
    )


def _first_subjunctive_form(low: str) -> bool:
    """Could `low` be a Konjunktiv I? "sei", "habe", "führe", "seien" (the third
    person singular ends in -e, the past and the Konjunktiv II in -te/-ten)."""
    if low in _w().subjunctive2 or low in ("hätten", "würden"):
        return False
    return low in _w().subjunctive1 or (low.endswith("e") and not low.endswith("te"))


_RELATIVE_WORDS = 20  # at most this many tokens in a relative clause skipped over


def without_relative_clause(tokens: Sequence[Token]) -> Sequence[Token]:
    """`tokens` less a relative clause between commas after the first noun phrase
    ("Der Takt der Bahn, der ab 2021 eingeführt werden soll, habe nur Vorteile"),
    so that the verb-second slot after it can be read."""
    end = np_end(tokens, 0)
    if end is None or end + 2 >= len(tokens) or tokens[end].text != ",":
        return tokens
    k = end + 1
    if tokens[k].text in _w().prepositions:
        k += 1  # "…, mit dem er …"
    if k >= len(tokens) or tokens[k].text not in _w().relative_pronouns:
        return tokens
    close = clause_end(tokens, k, min(len(tokens), k + _RELATIVE_WORDS))
    if close >= len(tokens) or tokens[close].text != "," or close == k + 1:
        return tokens
    if not tokens[close - 1].text.islower():
        return tokens  # a relative clause ends with its verb
    return [*tokens[:end], *tokens[close + 1 :]]


def subjunctive_clause(tokens: Sequence[Token], start: int, stop: int, strict: bool) -> bool:
    """Is the finite verb of the verb-second clause at `start` a subjunctive?"""
    if start < stop and opens_subordinate(tokens, start, stop):
        # "Wer mehr fordere, verschiebe …": the verb right after the fronted clause
        comma = clause_end(tokens, start, stop)
        return (
            comma + 1 < stop
            and tokens[comma].text == ","
            and is_subjunctive(tokens[comma + 1], strict)
        )
    slot = finite_slot(tokens, start, stop)
    # The first constituent may carry a prepositional phrase ("die Grenze zu
    # Russland") or a pronominal adverb ("die Verantwortung dafür").
    for _ in range(2):
        if slot is None:
            break
        if tokens[slot].text in _w().adverbs:
            slot += 1
        elif tokens[slot].text in _w().prepositions:
            slot = skip_constituent(tokens, slot)
        else:
            break
        if slot >= stop or is_capitalised(tokens[slot]) or not is_word(tokens[slot]):
            return False
    if slot is not None and is_subjunctive(tokens[slot], strict):
        return True
    # A sentence may open with a word our rules cannot place ("Besonders groß
    # sei …"): a listed Konjunktiv I among the first words still tells.
    if any(t.text in _w().subjunctive1 for t in tokens[start + 1 : min(stop, start + 4)]):
        return True
    return _after_long_phrase(tokens, start, stop)


_PHRASE_WORDS = 12  # a fronted prepositional phrase has at most this many words


def _after_long_phrase(tokens: Sequence[Token], start: int, stop: int) -> bool:
    """ "Neben dem vom Gesetz vorgegebenen Text habe er …": after a fronted
    prepositional phrase our phrase rules cannot span, the first finite verb form
    (before any clause break) is a listed Konjunktiv I."""
    w = _w()
    if start >= stop or tokens[start].text.lower() not in w.prepositions:
        return False
    for t in tokens[start + 1 : min(stop, start + _PHRASE_WORDS)]:
        if t.text in _CLAUSE_BREAK:
            return False
        if t.text in w.auxiliaries or t.text in w.subjunctive1 or t.text in w.subjunctive2:
            return t.text in w.subjunctive1
    return False


def clause_end(tokens: Sequence[Token], i: int, stop: int) -> int:
    """Index of the next clause break after `i` (or `stop`)."""
    j = i + 1
    while j < stop and tokens[j].text not in _CLAUSE_BREAK:
        j += 1
    return j
