"""The seed's article layer, exactly as its README's table says."""

from __future__ import annotations

from lagebild import analyze


def test_seed_article_layer(seed_text: str) -> None:
    article = analyze(seed_text)
    assert article.kicker == "„Engste Verbündete“"
    assert article.title == "Seltene Reise: Putin umwirbt Kasachstan – es geht auch ums Militär"
    assert article.authors == ["Ulrike Hagen"]
    assert sorted(article.agencies) == ["AFP", "dpa"]
    assert [c.model_dump() for c in article.image_credits] == [
        {"name": "Pavel Bednyakov", "agency": "dpa"}
    ]
    assert article.dateline is not None and article.dateline.text == "Astana"
    assert article.teaser is not None
    assert article.teaser.startswith("Auslandsreisen von Wladimir Putin")
    assert article.teaser.endswith("Nun besuchte er die Ex-Sowjetrepublik Kasachstan.")
    paragraphs = article.blocks_of("paragraph")
    assert len(paragraphs) == 6
    assert article.blocks_of("heading") == [
        "„Allianz einer reichen Vergangenheit und strahlenden Zukunft“: Putin macht Kasachstan den Hof"
    ]
    (caption,) = article.blocks_of("caption")
    assert caption.startswith("Wladimir Putin (M,l), Präsident von Russland, spricht mit")
    (gallery,) = article.blocks_of("gallery")
    lines = gallery.split("\n")
    assert lines[0].startswith("Putins Zirkel der Macht im Kreml")
    assert len(lines) == 5  # the heading and its four caption lines; the repeat is gone
    body = " ".join(paragraphs)
    for residue in ("VonUlrike", "schließen", "Rubriklistenbild", "mit Material von"):
        assert residue not in body
    # The title repeated under the caption is an image heading: dropped.
    assert article.text.count("Seltene Reise: Putin umwirbt Kasachstan") == 1


def test_seed_offsets_point_into_text(seed_text: str) -> None:
    article = analyze(seed_text)
    assert article.text[article.blocks[0].start : article.blocks[0].end] == article.kicker
    for block in article.blocks:
        assert 0 <= block.start < block.end <= len(article.text)
    assert article.pipeline[:2] == ["ingest", "article"]


def test_same_page_same_id(seed_text: str) -> None:
    a, b = analyze(seed_text), analyze(seed_text.replace("\n", "\r\n") + "\n\n")
    assert a.id == b.id
