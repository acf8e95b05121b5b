"""HTML pages: headline choice, kicker and subtitle markup, JSON-LD dates, captions."""

from __future__ import annotations

from pathlib import Path

from lagebild import analyze
from lagebild.evaluation import EvalOptions

PARAGRAPH = (
    "Die Außenminister der Europäischen Union haben sich am Montag in Brüssel auf neue "
    "Strafmaßnahmen verständigt. Betroffen sind vor allem Unternehmen, die Bauteile für "
    "Drohnen geliefert haben sollen. Ungarn hatte seine Blockade zuvor aufgegeben."
)
PAGE = f"""<!doctype html><html><head>
<title>EU beschließt neue Sanktionen | Beispielzeitung</title>
<meta property="og:title" content="EU beschließt neue Sanktionen">
<script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": "2024-06-20T22:30:00Z",
 "dateModified": "2024-06-21T08:00:00Z"}}</script>
</head><body><nav><a href="/">Start</a> <a href="/politik">Politik</a></nav>
<article><h1 class="headline"><span class="headline__kicker">Russland</span>
<span aria-hidden="true"> – </span><span>EU beschließt neue Sanktionen</span>
<span class="headline__subtitle">Ungarn lenkt ein</span></h1>
<p>Brüssel (dpa) – {PARAGRAPH}</p>
<figure><img src="a.jpg"><figcaption>Die Flaggen der Mitgliedstaaten vor dem Ratsgebäude in Brüssel. Foto: Anna Muster/dpa</figcaption></figure>
<p>{PARAGRAPH.replace("Montag", "Dienstag")}</p>
</article><footer>Impressum · Datenschutz</footer></body></html>"""


def test_headline_kicker_and_subtitle_markup() -> None:
    article = analyze(PAGE, url="https://example.org/eu-sanktionen")
    assert article.title == "EU beschließt neue Sanktionen"
    assert article.kicker == "Russland"


def test_json_ld_date_in_newsroom_time() -> None:
    article = analyze(PAGE)
    assert article.published is not None
    # 22:30 UTC on the 20th is already the 21st in Berlin.
    assert article.published.value == "2024-06-21"
    assert "JSON-LD" in article.published.basis


def test_dateline_and_agency_from_html() -> None:
    article = analyze(PAGE)
    assert article.dateline is not None and article.dateline.text == "Brüssel"
    assert "dpa" in article.agencies


def test_site_suffix_is_stripped_from_metadata_titles() -> None:
    from lagebild.article.html_page import _strip_site_suffix

    assert (
        _strip_site_suffix("Titel der Meldung | ZDNet.de", None, "www.zdnet.de")
        == "Titel der Meldung"
    )
    assert _strip_site_suffix("Titel · Global Voices auf Deutsch", "Global Voices", None) == "Titel"
    assert _strip_site_suffix("Krieg - und Frieden", None, None) == "Krieg - und Frieden"


def test_extraction_quality_gate(shared_dir: Path) -> None:
    """A regression gate on the dev pages: floors a little under today's figures."""
    from lagebild.article.evaluate import evaluate_extraction

    figures = evaluate_extraction(EvalOptions(shared=shared_dir)).figures
    assert figures["with_snippets_found"] >= 0.95
    assert figures["without_snippets_absent"] >= 0.95
    assert figures["title_correct"] >= 0.88
    assert figures["date_correct"] >= 0.90
    assert figures["pages_failed"] == 0


def test_figure_caption_stands_where_the_figure_is() -> None:
    article = analyze(PAGE)
    kinds = [b.kind for b in article.blocks]
    assert kinds == ["kicker", "title", "paragraph", "caption", "paragraph"]
    (caption,) = article.blocks_of("caption")
    assert caption == "Die Flaggen der Mitgliedstaaten vor dem Ratsgebäude in Brüssel."
    assert [(c.name, c.agency) for c in article.image_credits] == [("Anna Muster", "dpa")]


def test_viewer_hints_are_cut_from_captions() -> None:
    from lagebild.article.lines import split_caption_credit

    text, _ = split_caption_credit(
        "Das Netz der Firmen. Zum Vergrößern auf das Bild klicken. Foto: X/dpa"
    )
    assert text == "Das Netz der Firmen."
