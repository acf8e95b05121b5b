"""Page-level clean-up shared by both extractors."""

from __future__ import annotations

from lagebild.article.layout import BodyBlock, Layout
from lagebild.article.trim import trim

LONG = "Die Koalition hat sich nach langen Verhandlungen auf einen Haushalt geeinigt. " * 4


def _layout(*blocks: tuple[str, str]) -> Layout:
    return Layout(title="Titel", body=[BodyBlock(kind, text) for kind, text in blocks])  # type: ignore[arg-type]


def test_repeated_paragraph_and_title_repeat_go() -> None:
    layout = _layout(
        ("paragraph", LONG), ("paragraph", LONG), ("paragraph", "Ein anderer Absatz mit Inhalt.")
    )
    trim(layout)
    assert [b.text for b in layout.body] == [LONG, "Ein anderer Absatz mit Inhalt."]


def test_trailer_section_is_cut_up_to_the_next_heading() -> None:
    layout = _layout(
        *[("paragraph", f"Absatz {n}: {LONG}") for n in range(4)],
        ("heading", "Über den Autor"),
        ("paragraph", "Max Muster schreibt seit 2010 über Politik."),
        ("credit", "© Foto/dpa"),
        ("heading", "Ausblick"),
        ("paragraph", "Der Bundestag entscheidet im Herbst."),
    )
    trim(layout)
    kinds = [b.kind for b in layout.body]
    assert kinds == ["paragraph"] * 4 + ["credit", "heading", "paragraph"]


def test_trailer_heading_early_in_the_body_is_content() -> None:
    layout = _layout(("heading", "Kontakt"), ("paragraph", LONG), ("paragraph", LONG + "y"))
    trim(layout)
    assert len(layout.body) == 3


def test_media_teaser_goes() -> None:
    layout = _layout(
        ("paragraph", LONG),
        ("paragraph", "Datenleck bei Rheinmetall Anna Beispiel, NDR 28.04.2020 21:38 Uhr"),
    )
    trim(layout)
    assert len(layout.body) == 1


def test_glued_byline_is_split_off() -> None:
    layout = _layout(
        ("paragraph", "Von Daniel Weinmann Sie ist nicht nur die erfolgreichste Sendung. " + LONG)
    )
    trim(layout)
    assert layout.authors == ["Daniel Weinmann"]
    assert layout.body[0].text.startswith("Sie ist nicht nur")


def test_sentence_starting_with_von_is_no_byline() -> None:
    text = "Von Montag an gilt die neue Regel. " + LONG
    layout = _layout(("paragraph", text))
    trim(layout)
    assert layout.authors == [] and layout.body[0].text == text
