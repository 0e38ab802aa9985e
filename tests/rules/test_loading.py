"""Loading rules (PS101 to PS112), found while the file is read, and PS112 also while it is validated:
a quoted number is text to the loader, and pydantic reads it as a Decimal."""

from __future__ import annotations

import pytest

from tests.rules.helper import check, findings, report


def test_what_the_reader_refuses_is_found_where_it_is_written() -> None:
    assert ("PS102", 2, 1) in check("a: 1\na: 2\n")
    assert check(report("{name: i, weight: 100, target: 80%, actual: yes}")) == [("PS109", 11, 57), ("PS205", 11, 57)]
    assert check(report("{name: i, weight: .nan, target: 80%, actual: 80%}")) == [("PS111", 11, 31)]


@pytest.mark.parametrize(("field", "column", "shown"), [
    ("weight: '1e40'", 31, "1E+40"),
    ("points: '1e-999999999'", 70, "1E-999999999"),
    ("points: '0E-1000'", 70, "0E-1000"),  # zero, but quantizing it would build a 1000-digit number
    ("points: '1" + "0" * 40 + "'", 70, "1" + "0" * 36 + "..."),
])
def test_a_quoted_number_too_big_or_too_fine_to_score(field: str, column: int, shown: str) -> None:
    indicator = "{name: i, weight: 100, target: 80%, actual: 80%, " + field + "}"
    if field.startswith("weight"):
        indicator = "{name: i, " + field + ", target: 80%, actual: 80%}"
    [found] = findings(report(indicator))
    assert (found.code, found.line, found.column) == ("PS112", 11, column)
    assert found.message == f"{shown} does not fit in 30 digits; a score never needs more"


def test_a_number_too_big_is_reported_with_the_other_schema_errors() -> None:
    assert check(report("{name: i, weight: '1e40', target: 80%, actual: 80%, reveiw: x}")) == [
        ("PS112", 11, 31), ("PS202", 11, 65)]
