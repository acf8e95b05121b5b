"""Statements attributed by a demonstrative *das*/*dies* before an assertive
cue verb: in the sentence after ("Eric Frenzel ist positiv getestet worden. Das
teilte der Verband mit.", as "„…“ Das sagte X." for a direct quote,
`direct.attribution_next`), or inserted between commas ("Alle, das betonte X
erneut, können sich darauf verlassen"). The statement is the content."""

from __future__ import annotations

from lagebild.quotes.context import Found, Sentence, Work, content_end
from lagebild.quotes.cues import find_cues
from lagebild.quotes.grammar import clause_end, subject_after
from lagebild.quotes.lexicon import load_lexicon
from lagebild.quotes.speakers import real_speaker, subject_after_cue

_ANAPHORS = frozenset({"Das", "Dies"})
_PRIORITY = 2  # as content before a postposed cue


def _attribution(s: Sentence) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """Cue and speaker of "Das teilte der Verband mit.", "Dies sagt X selbst."."""
    if len(s.tokens) < 3 or s.tokens[0].text not in _ANAPHORS:
        return None
    hits = [h for h in s.hits if h.index == 1 and not h.noun and h.kind == "assertive"]
    # "Das machen Vorschläge wie … deutlich": a fixed phrase shows a fact, it reports none
    if not hits or hits[0].rejecting or " " in hits[0].lemma:
        return None
    who = subject_after_cue(s.tokens, 1)
    return ((1, hits[0].end), who) if who is not None else None


def _statement(w: Work, s: Sentence) -> bool:
    """A narrated sentence no record covers yet: no headline, no question."""
    if not s.tokens or w.is_headline(s) or w.text[s.start : s.end].rstrip().endswith(("?", ":")):
        return False
    return not any(f.start < s.end and s.start < f.end for f in w.quotes + w.indirect)


def _add(
    w: Work,
    content: Sentence,
    attribution: Sentence,
    cue: tuple[int, int],
    who: tuple[int, int] | None,
) -> None:
    """`content` as indirect speech, with cue and speaker (token ranges) in `attribution`."""
    end = content_end(w.text, content.start, content.end)
    w.indirect.append(
        Found(
            content.tokens[0].start,
            end,
            "indirect",
            content.index,
            attribution.char_span(cue),
            attribution.char_span(who),
            priority=_PRIORITY,
        )
    )


def attributed_after(w: Work) -> None:
    """Adds the sentence before "Das teilte X mit." as X's indirect speech."""
    for before, s in zip(w.sentences, w.sentences[1:], strict=False):
        found = _attribution(s)
        if found is None or not _statement(w, before):
            continue
        cue, who = found
        _add(w, before, s, cue, who)


def _inserted(s: Sentence, comma: int) -> tuple[tuple[int, int], tuple[int, int], int] | None:
    """Cue, speaker and closing comma of ", das betonte X erneut," or ", das hatte
    er schon mitgeteilt," after the comma at `comma`. The finite verb right after
    "das" with its subject after it is verb-second: no relative clause ("das er
    betonte")."""
    toks = s.tokens
    verb = comma + 2
    if verb >= len(toks) or toks[comma + 1].text.lower() not in ("das", "dies"):
        return None
    close = clause_end(toks, verb, len(toks))
    if close + 1 >= len(toks) or toks[close].text != "," or not toks[close + 1].text.isalpha():
        return None  # the insertion is followed by the rest of the sentence
    auxiliaries = load_lexicon().words.auxiliaries
    # cues from the verb on: after "das" a form like "betonte" reads as an adjective
    for hit in find_cues(toks[verb:close]):
        at = verb + hit.index
        if (
            hit.noun
            or hit.kind != "assertive"
            or (at != verb and toks[verb].text not in auxiliaries)
        ):
            continue
        who = real_speaker(toks, subject_after(toks, verb, close))
        if who is not None:
            return (at, verb + hit.end), who, close
    return None


def inserted_attributions(w: Work) -> None:
    """Adds a sentence with an inserted ", das betonte X," as X's indirect speech."""
    for s in w.sentences:
        commas = [i for i, t in enumerate(s.tokens) if t.text == "," and i > 0]
        for comma in commas:
            found = _inserted(s, comma)
            if found is None or any(f.start < s.end and s.start < f.end for f in w.quotes):
                continue
            cue, who, _ = found
            _add(w, s, s, cue, who)
            break
