"""The source a sentence names for what follows it: the author of research or a
report ("das Ergebnis einer Recherche von „Correctiv“"), which a source adverb
("demnach") or a document adverb ("heißt es darin") in the next sentence points
back to."""

from __future__ import annotations

from collections.abc import Sequence

from lagebild.quotes.context import Work
from lagebild.quotes.lexicon import load_lexicon
from lagebild.quotes.speakers import TokenSpan, lead_in_subject, phrase_at
from lagebild.quotes.text import Token

_GENITIVE = frozenset({"des", "der", "von", "vom"})
_MARKS = frozenset("„“”\"»«‚‘›‹'")


def named_source(tokens: Sequence[Token]) -> TokenSpan | None:
    """The source a sentence names with a cue or research noun and its genitive or
    von-phrase ("das Ergebnis einer Recherche von „Correctiv“", "Das ergaben
    Recherchen des Recherchezentrums X"): what a following "demnach" points to."""
    lex = load_lexicon()
    for i in range(len(tokens) - 2):
        word = tokens[i].text
        if word not in lex.nouns and word not in lex.words.research_nouns:
            continue
        if tokens[i + 1].text not in _GENITIVE:
            continue
        k = i + 1 if tokens[i + 1].text in ("des", "der") else i + 2
        if k < len(tokens) and tokens[k].text in _MARKS:
            return _quoted_name(tokens, k)
        if k < len(tokens):
            found = phrase_at(tokens, k)
            if found is not None:
                return found
    return None


def _quoted_name(tokens: Sequence[Token], mark: int) -> TokenSpan | None:
    """ "von „Correctiv“": the name between the marks (a tagger may read it as anything)."""
    for j in range(mark + 1, min(len(tokens), mark + 6)):
        if tokens[j].text in _MARKS:
            return (mark + 1, j) if j > mark + 1 and tokens[mark + 1].text[:1].isupper() else None
    return None


_DOCUMENT_COMPOUND_MIN = 5  # "Jahresbericht" ends in a document noun; "Text" makes none
_ANAPHOR_REACH = 2  # "Darin heißt es", "heißt es darin": the adverb stands by the cue


def is_document(word: str) -> bool:
    nouns = load_lexicon().words.document_nouns
    if word in nouns or word.rpartition("-")[2] in nouns:  # "OECD-Bericht"
        return True
    return word[:1].isupper() and any(
        len(d) >= _DOCUMENT_COMPOUND_MIN and word.endswith(d.lower()) for d in nouns
    )


def _phrase_start(tokens: Sequence[Token], n: int) -> int:
    """The article and adjectives before the noun at `n` ("seinen neuen Bericht")."""
    words = load_lexicon().words
    j = n
    while j > 0:
        word = tokens[j - 1].text
        if word.lower() in words.determiners or word.lower() in words.possessives:
            return j - 1
        if not (word.isalpha() and word.islower() and word.endswith(("e", "en", "er", "es", "em"))):
            return j
        j -= 1
    return j


def author_at(tokens: Sequence[Token], n: int) -> TokenSpan | None:
    """The genitive or von-phrase after the document noun at `n`."""
    if n + 2 < len(tokens) and tokens[n + 1].text in _GENITIVE:
        return phrase_at(tokens, n + 1 if tokens[n + 1].text in ("des", "der") else n + 2)
    return None


def named_author(tokens: Sequence[Token]) -> TokenSpan | None:
    """The author the tokens name with a text of theirs ("eine Mail von X")."""
    for n in reversed(range(len(tokens))):
        author = author_at(tokens, n) if is_document(tokens[n].text) else None
        if author is not None:
            return author
    return None


_LOCUS = frozenset({"in", "im", "aus"})
_LOCUS_REACH = 4  # "In einem neuen Bericht von …": the text opens the sentence


def author_or_subject(tokens: Sequence[Token], subject: TokenSpan | None) -> TokenSpan | None:
    """Who announces what follows a narrating clause: the author of a text it
    names where that text is the clause's subject or its locus ("Recherchen
    sind schwierig, … dass eine Mail von X kommt:", "In einem Bericht von
    Amnesty International ist … die Rede"), or where it has no subject; else
    the subject ("Merz kritisierte den Entwurf der Regierung": Merz)."""
    author = named_author(tokens)
    if author is None:
        return subject
    words = load_lexicon().words
    texts = words.research_nouns
    carried = subject is None or any(
        is_document(t.text) or t.text in texts for t in tokens[subject[0] : subject[1]]
    )
    locus = (
        bool(tokens)
        and tokens[0].text.lower() in _LOCUS
        and any(is_document(t.text) for t in tokens[1:_LOCUS_REACH])
    )
    return author if carried or locus else subject


def document_author(tokens: Sequence[Token]) -> TokenSpan | None:
    """Who speaks through the text the sentence `tokens` names: its genitive or
    von-phrase ("Der Bericht des Umweltbundesamts liegt vor"), else the subject
    that presents it ("Der Rechnungshof legte seinen Jahresbericht vor"), else
    the text itself ("Der Bericht wurde am Montag veröffentlicht")."""
    for n in reversed(range(len(tokens))):
        if not is_document(tokens[n].text):
            continue
        author = author_at(tokens, n)
        if author is not None:
            return author
        subject = lead_in_subject(tokens, len(tokens))
        if subject is not None and not subject[0] <= n < subject[1]:
            return subject
        return phrase_at(tokens, _phrase_start(tokens, n)) or (_phrase_start(tokens, n), n + 1)
    return None


def points_back(w: Work) -> None:
    """ "„…“, heißt es darin": a cue with no speaker and a document adverb beside
    it quotes the text the sentence before names, that is its author."""
    anaphors = load_lexicon().words.document_anaphors
    for f in w.quotes + w.indirect:
        if f.speaker is not None or f.cue is None:
            continue
        s, first = w.sentence_of(f.cue[0]), w.sentence_of(f.start).index
        c = s.token_at(f.cue[0])
        near = s.tokens[max(0, c - _ANAPHOR_REACH) : c + _ANAPHOR_REACH + 1]
        if first > 0 and any(t.text in anaphors for t in near):
            # the sentence before the quote (a quote may run over sentences)
            before = w.sentences[first - 1]
            f.speaker = before.char_span(document_author(before.tokens))
