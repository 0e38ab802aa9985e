"""Published-figure rules (PS401 to PS404), at the printed figure that disagrees; and the audit of a
report whose figures slip in every family at once, located in its text."""

from __future__ import annotations

from tests.rules.helper import check, findings, report

AUDIT = """\
    report:
      title: t
      organisation: o
      year: 2015
      published:
        subtotal: 9
        total: 9
        counts: {goals: 1, indicators: 2, met: 2, unmet: 0}
    scoring:
      total: 100
    facets:
      - name: F
        weight: 20
        published: {points: 9.5}
        goals:
          - id: g1
            name: G
            weight: 12
            indicators:
              - id: g1
                name: A
                weight: 10
                target: 70%
                actual: 63%
                published: {achievement: 91%, points: 8}
              - name: B
                weight: 1
                target: 完成
                actual: 完成
    sections:
      - name: S
        weight: 70
        points: 0
    """


def test_consistency_findings_and_locations() -> None:
    # A: 63/70 = 90%, 10 x 90% = 9.0, unmet; B: done = 1; goal 10; subtotal 10, total 10 + 0 = 10
    assert check(AUDIT) == [
        ("PS403", 6, 15),  # published subtotal 9 vs 10
        ("PS403", 7, 12),  # published total 9 vs 10
        ("PS404", 8, 44),  # met 2 vs 1
        ("PS404", 8, 54),  # unmet 0 vs 1
        ("PS301", 11, 1),  # 20 + 70 = 90, not 100: points at the facets key
        ("PS302", 13, 13),  # goals weigh 12, facet 20
        ("PS403", 14, 25),  # facet published 9.5 vs 10
        ("PS303", 18, 17),  # goal declared 12, indicators 10 + 1 = 11
        ("PS504", 20, 13),  # A unmet without review: points at the indicator's first key
        ("PS601", 20, 17),  # id g1 used by the goal already
        ("PS401", 25, 38),  # published 91% vs 90%
        ("PS402", 25, 51),  # published 8 vs 9
    ]


def test_matching_published_figures_and_accepted_codes_are_quiet() -> None:
    text = AUDIT.replace("{achievement: 91%, points: 8}", "{achievement: 90%, points: 9}")
    text = text.replace("  total: 100\n", "  total: 100\n      accept: [PS504, PS403]\n", 1)
    assert [code for code, *_ in check(text)] == ["PS404", "PS404", "PS301", "PS302", "PS303", "PS601"]


def test_messages_name_both_figures() -> None:
    messages = {(f.line, f.column): f.message for f in findings(AUDIT)}
    assert messages[25, 38] == "published achievement 91% but 63% against 70% gives 90%"
    assert messages[25, 51] == "published points 8 but the linear rule gives 9"
    assert messages[14, 25] == "published facet score 9.5 but its goals add up to 10"
    assert messages[7, 12] == "published total 9 but the figures give 10"
    assert messages[8, 44] == "published 2 met but the data has 1"


def test_a_figure_printed_more_finely_is_compared_at_its_own_precision() -> None:
    # 2 / 3 = 66.666...%: printed as 66.67 it matches at two places, though the report shows whole percents
    text = report("{name: a, weight: 100, target: 3, actual: 2, published: {achievement: 66.67%}, review: r}")
    assert check(text) == []
    assert check(text.replace("66.67%", "66.66%")) == [("PS401", 11, 83)]
