"""Session 6: an impersonal "hieß es" with no source in reach speaks for the one
organisation its paragraph names (`impersonal.paragraph_organisation`), never
where a person is named too or several organisations are. Texts written for
these tests."""

from __future__ import annotations

from lagebild.models import Actor, Mention
from lagebild.quotes import find_quotes
from lagebild.quotes.speaker_ids import speaker_sources


def _actor(text: str, surface: str, id_: str, type_: str) -> Actor:
    at = text.index(surface)
    mention = Mention(start=at, end=at + len(surface), text=surface, kind="name")
    return Actor(id=id_, name=surface, type=type_, mentions=[mention])  # type: ignore[arg-type]


def _speakers(text: str, actors: list[Actor]) -> list[str | None]:
    return [q.speaker for q, _ in speaker_sources(find_quotes(text), actors, text)]


_ORG_ONLY = (
    "Im Sommer kam es zu vielen Ausfällen.\n\n"
    "Was für ein Jahr die Stadtwerke Lindau hinter sich haben. Viel war zu tun. "
    "Man habe alle Leitungen geprüft, hieß es."
)


def test_the_one_organisation_of_the_paragraph_speaks() -> None:
    actors = [_actor(_ORG_ONLY, "Stadtwerke Lindau", "org:swl", "ORG")]
    assert _speakers(_ORG_ONLY, actors) == ["org:swl"]


def test_without_the_text_the_speaker_stays_null() -> None:
    actors = [_actor(_ORG_ONLY, "Stadtwerke Lindau", "org:swl", "ORG")]
    assert [q.speaker for q, _ in speaker_sources(find_quotes(_ORG_ONLY), actors)] == [None]


def test_a_person_in_the_paragraph_leaves_the_source_open() -> None:
    text = (
        "Am Montag trafen sich Bürgermeisterin Anna Roth und der Verein Grünes Tal. "
        "Dabei sei eine Lösung gefunden worden, hieß es anschließend."
    )
    actors = [
        _actor(text, "Anna Roth", "per:roth", "PER"),
        _actor(text, "Grünes Tal", "org:tal", "ORG"),
    ]
    assert _speakers(text, actors) == [None]


def test_two_organisations_leave_the_source_open() -> None:
    text = (
        "Die Bahn und der Verband Pro Schiene stritten lange. "
        "Nun sei der Streit beigelegt, hieß es."
    )
    actors = [_actor(text, "Bahn", "org:db", "ORG"), _actor(text, "Pro Schiene", "org:ps", "ORG")]
    assert _speakers(text, actors) == [None]


def test_an_organisation_of_an_earlier_paragraph_does_not_speak() -> None:
    text = "Die Stadtwerke Lindau bauen neu.\n\nEs regnete viel. Alles sei nass, hieß es."
    actors = [_actor(text, "Stadtwerke Lindau", "org:swl", "ORG")]
    assert _speakers(text, actors) == [None]
