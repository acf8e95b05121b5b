"""The table builder: parsers on small inputs, and reproducibility on ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.events import build_tables as bt

MANUAL = r"""
\section{CONSULT}
\subsection{Quad category: VERBAL COOPERATION}
\caption{CONSULT modes}
\begin{tabular}{|l|p{13cm}|}
Name & Content \\
visit & actor visits \\
%old & commented out \\
phone & by phone \\
\end{tabular}
\section{ASSAULT}
\subsection{Quad category: MATERIAL CONFLICT}
\label{tab:general-contexts} \\
\hyperref[context:military]{military} & military \\
human\_rights & rights \\
\end{longtable}
"""


def test_root_rule() -> None:
    assert [bt.quad_class_of_root(r) for r in (1, 5, 6, 8, 9, 13, 14, 20)] == [
        1,
        1,
        2,
        2,
        3,
        3,
        4,
        4,
    ]
    with pytest.raises(ValueError):
        bt.quad_class_of_root(21)


def test_codefile_keeps_first_label_and_icews_variant() -> None:
    text = "//04= CONSULT\nLABEL: 045= Engage in mediation\nLABELi: 045= Mediate\nLABEL: 0811i= X\n"
    found = bt.parse_cameo_codefile(text)
    assert found["045"].label == "Engage in mediation"
    assert found["045"].label_icews == "Mediate"
    assert found["04"].label == "Consult"
    assert "0811i" not in found


def test_cameo2plover_rows_and_headers() -> None:
    text = "04: CONSULT\n042: CONSULT, visit,   # Make a visit\n094: ACCUSE, investigate, military; legal # x\n"
    rows, headers = bt.parse_cameo2plover(text)
    assert rows["042"].mode == "visit" and rows["042"].contexts == []
    assert rows["094"].contexts == ["military", "legal"]
    assert headers["04"] == {"CONSULT"}


def test_manual_modes_contexts_and_quads_skip_comments() -> None:
    manual = bt.parse_manual(MANUAL)
    assert manual.modes["CONSULT"] == ["visit", "phone"]
    assert manual.contexts == ["military", "human_rights"]
    assert manual.quad == {"CONSULT": 1, "ASSAULT": 4}


def test_unknown_mode_stops_the_build() -> None:
    manual = bt.parse_manual(MANUAL)
    table = {"042": bt.PloverRow("CONSULT", "teleport", [], "t")}
    codes = {"042": bt.CameoCode("042", "Make a visit")}
    with pytest.raises(ValueError, match="teleport"):
        bt.plover_rows(codes, table, manual, {})


def test_aliases_rename_modes_and_record_it() -> None:
    manual = bt.parse_manual(MANUAL)
    table = {"042": bt.PloverRow("CONSULT", "trip", ["humanitarian"], "t")}
    overrides = {
        "mode_aliases": {"CONSULT": {"trip": "visit"}},
        "context_aliases": {"humanitarian": "human_rights"},
    }
    codes = {"042": bt.CameoCode("042", "Make a visit")}
    (row,) = bt.plover_rows(codes, table, manual, overrides)
    assert (row["mode"], row["contexts"]) == ("visit", "human_rights")
    assert "renamed" in row["basis"]


def test_shipped_tables_are_reproducible(shared_dir: Path) -> None:
    assert bt.main(["--shared", str(shared_dir), "--check"]) == 0


def test_build_writes_every_table(shared_dir: Path, tmp_path: Path) -> None:
    assert bt.main(["--shared", str(shared_dir), "--out", str(tmp_path)]) == 0
    assert {p.name for p in tmp_path.iterdir()} == {
        "cameo_codes.csv",
        "cameo_plover.csv",
        "plover.json",
    }


def test_counts_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert bt.main(["--counts"]) == 0
    out = capsys.readouterr().out
    assert "ASSAULT" in out and "total" in out
