"""HTML pages: subheadings and datelines marked up inside paragraphs."""

from __future__ import annotations

import lxml.html

from lagebild import analyze
from lagebild.article.marks import (
    PageMarks,
    join_lone_dateline,
    page_marks,
    split_dateline,
    split_heading_lines,
)
from lagebild.models import Article

FIRST = (
    "Die Landesregierung hat am Dienstag beschlossen, die Zahl der Lehrerstellen im kommenden "
    "Schuljahr deutlich zu erhöhen. Die Opposition sprach von einem überfälligen Schritt."
)
SECOND = (
    "Finanziert werden sollen die zusätzlichen Stellen aus Rücklagen des Landes. Der "
    "Finanzminister kündigte an, den Haushalt im Herbst entsprechend nachzubessern."
)
THIRD = (
    "Die Gewerkschaft begrüßte den Beschluss, forderte aber zugleich kleinere Klassen an den "
    "Grundschulen. Eine Entscheidung darüber steht noch aus."
)


def _page(body: str) -> str:
    return f"""<!doctype html><html><head><title>Mehr Lehrer für die Schulen</title></head>
<body><article><h1>Mehr Lehrer für die Schulen</h1>{body}</article></body></html>"""


def _blocks(article: Article) -> list[tuple[str, str]]:
    return [(b.kind, article.text[b.start : b.end]) for b in article.blocks]


def test_marked_dateline_is_read_and_put_on_its_own_line() -> None:
    article = analyze(
        _page(
            f'<p><span class="hcf-location-mark">Kleinstadt</span> {FIRST}</p>'
            f"<p>{SECOND}</p><p>{THIRD}</p>"
        )
    )
    assert article.dateline is not None and article.dateline.text == "Kleinstadt"
    assert ("paragraph", f"Kleinstadt\n{FIRST}") in _blocks(article)


def test_all_caps_marked_dateline_is_title_cased() -> None:
    article = analyze(
        _page(f'<p><strong class="dateline">MAGDEBURG</strong> {FIRST}</p><p>{SECOND}</p>')
    )
    assert article.dateline is not None and article.dateline.text == "Magdeburg"


def test_dateline_class_in_a_later_paragraph_is_no_dateline() -> None:
    article = analyze(
        _page(f'<p>{FIRST}</p><p><span class="location-mark">Kleinstadt</span> {SECOND}</p>')
    )
    assert article.dateline is None
    assert ("paragraph", f"Kleinstadt {SECOND}") in _blocks(article)


def test_bold_line_opening_a_paragraph_is_a_heading() -> None:
    article = analyze(
        _page(f"<p>{FIRST}</p><p><b>Geld aus den Rücklagen</b> <br/>{SECOND}</p><p>{THIRD}</p>")
    )
    blocks = _blocks(article)
    index = blocks.index(("heading", "Geld aus den Rücklagen"))
    assert blocks[index + 1] == ("paragraph", SECOND)


def test_bold_line_inside_a_paragraph_splits_it() -> None:
    article = analyze(
        _page(
            f"<p>{FIRST}<br><strong>Kritik der Gewerkschaft</strong><br>{THIRD}</p><p>{SECOND}</p>"
        )
    )
    blocks = _blocks(article)
    index = blocks.index(("heading", "Kritik der Gewerkschaft"))
    assert blocks[index - 1] == ("paragraph", FIRST)
    assert blocks[index + 1] == ("paragraph", THIRD)


def test_bold_labels_and_inline_bold_words_are_no_headings() -> None:
    tree = lxml.html.fromstring(
        "<div><p><b>Ort:</b><br>Stadthalle, Beginn 19 Uhr</p>"
        "<p><strong>Anna M.</strong> hat als Lehrerin lange dafür gekämpft.</p>"
        "<p><b>Die Opposition sprach von einem überfälligen Schritt.</b><br>Mehr nicht.</p>"
        "<p><b>Zwischentitel ohne Text danach</b><br></p></div>"
    )
    assert page_marks(tree).headings == frozenset()


def test_heading_line_at_the_end_of_a_paragraph_stays_text() -> None:
    marks = PageMarks(headings=frozenset({"Zwischentitel"}))
    assert split_heading_lines(["Satz eins.", "Zwischentitel"], marks) == [
        ("paragraph", "Satz eins. Zwischentitel")
    ]
    assert split_heading_lines(["Zwischentitel", "Satz zwei."], marks) == [
        ("heading", "Zwischentitel"),
        ("paragraph", "Satz zwei."),
    ]


def test_dateline_needs_a_sentence_after_it() -> None:
    marks = PageMarks(datelines=frozenset({"Kleinstadt"}))
    assert split_dateline("Kleinstadt Die Regierung tagt.", marks) == (
        "Kleinstadt",
        "Kleinstadt\nDie Regierung tagt.",
    )
    assert split_dateline("Kleinstadter Bürger protestieren.", marks) is None
    assert split_dateline("Kleinstadt und Umland feiern.", marks) is None


def test_dateline_set_as_its_own_paragraph_opens_the_next() -> None:
    article = analyze(_page(f"<p><strong>Bad Neustadt -</strong></p><p>{FIRST}</p><p>{SECOND}</p>"))
    assert article.dateline is not None and article.dateline.text == "Bad Neustadt"
    assert ("paragraph", f"Bad Neustadt - {FIRST}") in _blocks(article)


def test_lone_dateline_forms() -> None:
    blocks = [("caption", "Ein Bild."), ("paragraph", "BERLIN (dpa)"), ("paragraph", FIRST)]
    assert join_lone_dateline(blocks)[1] == ("paragraph", f"BERLIN (dpa) {FIRST}")
    # A short sentence alone is no dateline, nor is a dash-ended line after the lead.
    assert join_lone_dateline([("paragraph", "Kurze Pause."), ("paragraph", FIRST)]) == [
        ("paragraph", "Kurze Pause."),
        ("paragraph", FIRST),
    ]
    later = [("paragraph", FIRST), ("paragraph", "Neustadt -"), ("paragraph", SECOND)]
    assert join_lone_dateline(later) == later
    assert join_lone_dateline([("paragraph", "Neustadt -")]) == [("paragraph", "Neustadt -")]


def test_bold_question_is_a_paragraph_of_its_own() -> None:
    article = analyze(
        _page(
            f"<p>{FIRST}</p><p><strong>Wie geht es weiter mit den Schulen?<br></strong>{SECOND}</p>"
            f"<p>{THIRD}</p>"
        )
    )
    blocks = _blocks(article)
    index = blocks.index(("paragraph", "Wie geht es weiter mit den Schulen?"))
    assert blocks[index + 1] == ("paragraph", SECOND)
    assert all(kind != "heading" for kind, _ in blocks)


def test_caption_keeps_its_place_before_a_split_paragraph() -> None:
    caption = "Schülerinnen und Schüler auf dem Weg zum Unterricht. Foto: Erika Muster/dpa"
    article = analyze(
        _page(
            f"<p>{FIRST}</p><figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure>"
            f"<p><b>Geld aus den Rücklagen</b><br>{SECOND}</p><p>{THIRD}</p>"
        )
    )
    kinds = [kind for kind, _ in _blocks(article)]
    assert kinds[kinds.index("caption") :][:3] == ["caption", "heading", "paragraph"]
