"""The PETRARCH dictionary reader, on entries written for this test in the same format."""

from __future__ import annotations

from datetime import date

from lagebild.actors.petrarch import DatedCode, display_name, parse_code, parse_date, parse_lines

SAMPLE = """\
# a comment
RURITANIA_  [RUR]
+RURITANIAN_

JOHN_EXAMPLE_  # CountryInfo.txt
+J._EXAMPLE_
\t[RURELI 700101-990809]
\t[RURGOV >080508]
\t[RURELI]
FIRST_NAME_LINE
SECOND_NAME_LINE
\t[RURGOV 19390322-19641116]
MINISTRY_OF_EXAMPLES_\t[RURGOV] # inline code
ORPHAN_WITHOUT_CODE

"""


def test_parse_dates() -> None:
    assert parse_date("080508") == date(2008, 5, 8)
    assert parse_date("700101") == date(1970, 1, 1)
    assert parse_date("19390322") == date(1939, 3, 22)
    assert parse_date("020231") == date(2002, 2, 1)  # not a calendar day: month start
    assert parse_date("x") is None


def test_parse_codes() -> None:
    assert parse_code("RURGOV >080508") == DatedCode("RURGOV", start=date(2008, 5, 8))
    assert parse_code("RURGOV <080508") == DatedCode("RURGOV", end=date(2008, 5, 8))
    assert parse_code("RURGOV 700101-990809") == DatedCode(
        "RURGOV", date(1970, 1, 1), date(1999, 8, 9)
    )
    assert parse_code("~AGR") == DatedCode("AGR")


def test_entries_names_and_codes() -> None:
    entries = list(parse_lines(SAMPLE.splitlines()))
    assert [e.primary for e in entries] == [
        "RURITANIA_",
        "JOHN_EXAMPLE_",
        "FIRST_NAME_LINE",
        "MINISTRY_OF_EXAMPLES_",
    ]
    country, person, shared, ministry = entries
    assert country.names == ["RURITANIA_", "RURITANIAN_"]
    assert person.names == ["JOHN_EXAMPLE_", "J._EXAMPLE_"]
    assert "CountryInfo" in person.comment
    assert person.default_code == "RURGOV"  # open-ended dated code beats the undated default
    assert shared.names == ["FIRST_NAME_LINE", "SECOND_NAME_LINE"]
    assert ministry.default_code == "RURGOV"


def test_display_name() -> None:
    assert display_name("VLADIMIR_X._EXAMPLE_") == "Vladimir X. Example"
    assert display_name("AL-EXAMPLE") == "Al-Example"
    assert display_name("CHILDREN'S_FUND_") == "Children's Fund"
