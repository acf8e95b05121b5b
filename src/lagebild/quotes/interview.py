"""Interview transcripts without quotation marks: "Frage: … ?" then "Lorenz: …".

An answer turn is a paragraph that opens with a speaker label and a colon right
after a question turn; its words are the interviewee's direct speech (a dictum
after a colon, docs/annotation.md). Questions are the interviewer's (the
publication): not reported. A label with no question turn before it ("Achtung:
…", "Update: …") is no interview."""

from __future__ import annotations

import re

from lagebild.quotes.context import Found, Work
from lagebild.quotes.lexicon import load_lexicon

# a label of one to three capitalised words or initials, a colon, the turn
_TURN = re.compile(
    r"^(?P<label>[A-ZÄÖÜ][\w.\-]*(?: [A-ZÄÖÜ][\w.\-]*){0,2}):[ \t]+(?P<body>\S[^\n]*?)\s*$",
    re.MULTILINE,
)
_MIN_WORDS = 3  # "Lorenz: Ja." is no statement worth a record
_MARKS = '„“”"»«'


def _overlaps(a: Found, start: int, end: int) -> bool:
    return a.start < end and start < a.end


def interview_turns(w: Work) -> list[Found]:
    """The answer turns of `w.text` as direct quotes, label as speaker (none for
    a bare "Antwort:"); turns that already hold quotes are left to the rules."""
    words = load_lexicon().words
    found: list[Found] = []
    asked = -1  # where the question turn right before ends, if any
    for m in _TURN.finditer(w.text):
        label, body = m.group("label"), m.group("body")
        if body.endswith("?") or label in words.interview_questions:
            asked = m.end()
            continue
        start, end = m.start("body"), m.end("body")
        # the answer is the very next paragraph ("Lesen Sie auch: …?" then a
        # caption "Foto: …" further down is no turn)
        answer = (
            asked >= 0
            and not w.text[asked : m.start()].strip()
            and len(body.split()) >= _MIN_WORDS
            and not any(c in body for c in _MARKS)
        )
        asked = -1
        if not answer or any(_overlaps(q, start, end) for q in w.quotes):
            continue
        s = w.sentence_of(start)
        if w.is_headline(s):
            continue
        speaker = None if label in words.interview_answers else (m.start("label"), m.end("label"))
        found.append(Found(start, end, "direct", s.index, None, speaker))
    return found
