"""Sports clubs: the full name is one organisation, the town alone then means the club."""

from __future__ import annotations

from datetime import date

from lagebild.actors.clubs import club_spots
from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.spotter import Spot
from lagebild.actors.stage import link_article

DAY = date(2023, 10, 1)


def test_club_name_replaces_the_town_span() -> None:
    text = "Ihr Ex-Klub, Bayer Leverkusen, führt. Der Stuttgarter Verein nicht."
    town = Spot(text.index("Leverkusen"), text.index("Leverkusen") + 10, "Leverkusen", "LOC", "ner")
    spots = club_spots(text, [town])
    assert [(s.text, s.label) for s in spots] == [("Bayer Leverkusen", "ORG")]


def test_town_after_the_club_is_the_club_but_not_after_in(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Der FC Bayern siegte. Bayern bleibt vorn. Das Spiel fand in Bayern statt."
    doc = make_doc(text, ents={"FC Bayern": "ORG", "Bayern": "LOC"})
    actors = link_article(doc, DAY, kb).to_models()
    by_start = {m.start: a.id for a in actors for m in a.mentions if m.kind == "name"}
    club = by_start[text.index("FC Bayern")]
    assert club.startswith("new:")
    assert by_start[text.index("Bayern bleibt")] == club
    assert by_start[text.index("in Bayern") + 3] != club
