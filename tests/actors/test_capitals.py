"""Names printed in capitals ("SPIEGEL"): the KB's name in title case, article or not."""

from __future__ import annotations

from datetime import date

from lagebild.actors.kb import KnowledgeBase
from lagebild.actors.stage import link_article

DAY = date(2019, 1, 10)


def test_title_in_capitals_is_the_known_publication(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "Der SPIEGEL hat den Fall geprüft. Ein Sprecher des SPIEGEL bestätigte das."
    doc = make_doc(text, ents={"SPIEGEL": "ORG"})
    actors = link_article(doc, DAY, kb).to_models()
    ids = {a.id for a in actors for m in a.mentions if m.text == "SPIEGEL"}
    assert ids == {"lb:org-intl-der-spiegel"}


def test_unknown_word_in_capitals_stays_new(kb: KnowledgeBase, make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Die BEISPIELWERKE haben geliefert.", ents={"BEISPIELWERKE": "ORG"})
    actors = link_article(doc, DAY, kb).to_models()
    assert [a.id for a in actors if a.name.upper() == "BEISPIELWERKE"] == ["new:beispielwerke"]
