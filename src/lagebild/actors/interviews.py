"""Printed interviews: who "ich", "wir" and the polite "Sie" are, without quotation marks.

An interview prints the interviewer's questions and the interviewee's answers as plain text,
as paragraphs ("Was kostet das?" / "Wir prüfen gerade …") or run together ("… Glauben Sie,
dass …? Vilanek: Ich gebe zu …"). The answers are the interviewee's own words, so their "ich"
is the interviewee and their "wir" the organisation the interviewee speaks for; the polite
"Sie"/"Ihnen"/"Ihr…" of a question is the person asked. A text is an interview when a
question addresses a person of the article ("Herr Vilanek, …?") or an answer opens with a
person's label after a question ("…? Vilanek: …"), and at least `MIN_QUESTIONS` questions
are followed by an answer. Labels name the speaker of each answer where several are asked
("Weltermann: …", "Auerbach: …"); without one, the answer is the interviewee's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from lagebild.actors.docview import DocView
from lagebild.actors.entities import ArticleActors, Entity
from lagebild.actors.names import fold
from lagebild.actors.pronoun_cues import load_cues
from lagebild.actors.we_speakers import side_nouns, spokesperson_body

MIN_QUESTIONS = 2
_PARAGRAPH = re.compile(r"[^\n]+")
# „Herr Vilanek, …“: a vocative that opens a question.
_VOCATIVE = re.compile(r"\b(?:Herr|Frau)\s+(?P<name>[A-ZÄÖÜ][\w\-]+(?:\s+[A-ZÄÖÜ][\w\-]+)?)\s*,")
# A turn label: one to three capitalised words and a colon, at a paragraph's start or right
# after a question ("…? PAULO SERGIO: …").
_LABEL = re.compile(
    r"(?:^|(?<=[?!.…]\s))(?P<label>[A-ZÄÖÜ][\w.\-]*(?: [A-ZÄÖÜ][\w.\-]*){0,2}):\s+",
    re.MULTILINE,
)
# A paragraph that ends without a sentence mark is a heading or a caption, no one's turn.
_ENDS = '.!?…"“”»«)'


@dataclass(frozen=True, slots=True)
class Turn:
    start: int
    end: int
    # The person who answers; for a question, the person asked.
    speaker: Entity
    question: bool


def _person_at(start: int, end: int, actors: ArticleActors) -> Entity | None:
    for mention in actors.mentions:
        entity = actors.entities[mention.entity]
        if entity.is_person and mention.start < end and start < mention.end:
            return entity
    return None


def _person_named(label: str, actors: ArticleActors) -> Entity | None:
    """A label's person: a person whose name's words include the label's last word
    ("PAULO SERGIO", "Weltermann"), whatever the case."""
    last = fold(label.split()[-1])
    found = {
        actors.entities[m.entity].id: actors.entities[m.entity]
        for m in actors.mentions
        if m.kind == "name" and actors.entities[m.entity].is_person and last in fold(m.text).split()
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _labels(text: str, actors: ArticleActors) -> list[tuple[int, int, Entity]]:
    """Answer labels: (label start, turn start, the person)."""
    out = []
    for m in _LABEL.finditer(text):
        person = _person_at(m.start("label"), m.end("label"), actors) or _person_named(
            m.group("label"), actors
        )
        if person is not None:
            out.append((m.start(), m.end(), person))
    return out


def _vocatives(text: str, actors: ArticleActors) -> list[tuple[int, Entity]]:
    out = []
    for m in _VOCATIVE.finditer(text):
        stop = text.find("\n", m.end())
        rest = text[m.end() : stop if stop >= 0 else len(text)]
        person = _person_at(m.start("name"), m.end("name"), actors)
        if person is not None and "?" in rest:
            out.append((m.start(), person))
    return out


def _question_end(text: str, start: int, end: int) -> int:
    """Where the questions at the start of a paragraph piece end: after its last "?", or
    `start` if it asks nothing."""
    last = text.rfind("?", start, end)
    return start if last < 0 else last + 1


def interview_turns(
    view: DocView, actors: ArticleActors, quotes: list[tuple[int, int]]
) -> list[Turn]:
    """The questions and answers of an interview, in text order; [] for other texts."""
    text = view.text
    labels = _labels(text, actors)
    # „Herr Scholz, wann handeln Sie?“ quoted in a report addresses him, but no interview.
    vocatives = [v for v in _vocatives(text, actors) if not any(a <= v[0] < b for a, b in quotes)]
    # A label's anchor is the question it answers, which may end the paragraph before.
    anchors = [v[0] for v in vocatives] + [
        len(text[:a].rstrip()) - 1 for a, _, _ in labels if text[:a].rstrip().endswith("?")
    ]
    if not anchors:
        return []
    persons = {p.id: p for _, p in vocatives} | {p.id: p for _, _, p in labels}
    default = next(iter(persons.values())) if len(persons) == 1 else None
    zone = text.rfind("\n", 0, min(anchors)) + 1
    found: list[tuple[int, int, Entity | None, bool]] = []
    speaker = default
    for para in _PARAGRAPH.finditer(text, zone):
        start, end = para.start(), para.end()
        if text[start:end].rstrip()[-1:] not in _ENDS:
            continue  # a heading or a caption
        cuts = [(a, b, p) for a, b, p in labels if start <= a < end]
        pieces = [(start, cuts[0][0] if cuts else end, speaker)]
        for i, (_, body, person) in enumerate(cuts):
            pieces.append((body, cuts[i + 1][0] if i + 1 < len(cuts) else end, person))
        for i, (a, b, who) in enumerate(pieces):
            asked = _question_end(text, a, b) if i == 0 else a
            if asked > a:
                found.append((a, asked, None, True))
            if who is not None and asked < b and text[asked:b].strip():
                found.append((asked, b, who, False))
            speaker = who if i > 0 else speaker
    turns = _addressed(found, default)
    answered = sum(1 for q, nxt in pairwise(found) if q[3] and not nxt[3])
    return turns if answered >= MIN_QUESTIONS else []


def _addressed(
    found: list[tuple[int, int, Entity | None, bool]], asked: Entity | None
) -> list[Turn]:
    """Turns with their persons: a question is put to the one person `asked`; where
    several are asked, its "Sie" may be all of them, and the question gets nobody."""
    turns: list[Turn] = []
    for start, end, who, question in found:
        if question:
            who = asked
        if who is not None:
            turns.append(Turn(start, end, who, question))
    return turns


def first_plural_side(person: Entity, near: int, view: DocView, actors: ArticleActors) -> Entity:
    """The side an interviewee's "wir" speaks for: the organisation the person's
    description names ("Freenet-Chef"), else the person."""
    return spokesperson_body(person, near, view, actors, side_nouns()) or person


def interview_pronouns(
    view: DocView, actors: ArticleActors, quotes: list[tuple[int, int]]
) -> list[tuple[int, int, Entity]]:
    """(start, end, actor) of the first persons in answers and the polite second persons in
    questions, outside quotation marks (a quotation inside an answer has its own speaker)."""
    turns = interview_turns(view, actors, quotes)
    if not turns:
        return []
    rules, cues = view.rules, load_cues()
    out = []
    for token in view.doc:
        if any(a <= token.idx < b for a, b in quotes):
            continue
        turn = next((t for t in turns if t.start <= token.idx < t.end), None)
        if turn is None:
            continue
        end = token.idx + len(token)
        word = token.lower_
        if turn.question:
            if token.text in cues.formal_address:
                out.append((token.idx, end, turn.speaker))
        elif word in rules.first_person:
            out.append((token.idx, end, turn.speaker))
        elif word in cues.first_plural_forms:
            out.append((token.idx, end, first_plural_side(turn.speaker, token.idx, view, actors)))
    return out


def link_interviews(view: DocView, actors: ArticleActors, quotes: list[tuple[int, int]]) -> None:
    """Add the interview's pronouns; each replaces what the third-person rules made of the
    same word (a question's „Sie haben …“ read as "she")."""
    found = interview_pronouns(view, actors, quotes)
    if not found:
        return
    spans = {(a, b) for a, b, _ in found}
    actors.mentions = [
        m for m in actors.mentions if m.kind != "pronoun" or (m.start, m.end) not in spans
    ]
    for start, end, entity in found:
        text = view.text[start:end]
        actors.add(entity, start, end, text, "pronoun", view.place(start, end))
    actors.mentions.sort(key=lambda m: m.start)
