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


def _gap(indicator: str, gap: str) -> list[tuple[str, str]]:
    """PS407's findings for `indicator` (a one-line mapping with GAP where the printed gap goes)."""
    return [(f.code, f.message) for f in findings(report(indicator.replace("GAP", gap))) if f.code == "PS407"]


UNMET = "{name: a, weight: 100, target: 70%, actual: 63%, review: r, published: {gap: GAP}}"


def test_published_gap_is_audited_signed_in_the_indicators_unit() -> None:
    # 63% against 70%: 63 − 70 = −7 (percentage points, the indicator's unit): -7% and 落後 7% agree.
    assert _gap(UNMET, "-7%") == _gap(UNMET, "落後 7%") == _gap(UNMET, "-7") == []
    assert _gap(UNMET, "+7%") == [("PS407", "published gap +7% but 63% against 70% gives -7%")]
    assert _gap(UNMET, "超前 7%") == [("PS407", "published gap +7% but 63% against 70% gives -7%")]
    # Printed to 2 places: 42.12 − 25.66 = 16.46 (the Taipei Water works schedule, p. 17).
    met = "{name: a, weight: 100, target: 25.66%, actual: 42.12%, published: {gap: GAP}}"
    assert _gap(met, "超前 16.46%") == _gap(met, "'+16.46%'") == []
    assert _gap(met, "16.5%") == []  # printed to 1 place: 16.46 shows as 16.5
    assert _gap(met, "16.45%") == [("PS407", "published gap +16.45% but 42.12% against 25.66% gives +16.46%")]


def test_published_gap_of_a_lower_target_and_a_deadline() -> None:
    # ≤ 10天, 8天 done: 8 − 10 = −2, ahead (超前) of a lower-is-better target is below it.
    lower = "{name: a, weight: 100, target: 10天以下, actual: 8天, published: {gap: GAP}}"
    assert _gap(lower, "超前 2天") == _gap(lower, "-2") == []
    assert _gap(lower, "落後 2天") == [("PS407", "published gap +2天 but 8天 against 10天以下 gives -2天")]
    # A deadline of 113年12月 done in 114年2月: 2 months late, +2 月.
    late = "{name: a, weight: 100, target: 113年12月, actual: 114年2月, review: r, published: {gap: GAP}}"
    assert _gap(late, "+2月") == _gap(late, "落後 2月") == _gap(late, "+2個月") == []
    assert _gap(late, "+2天")[0][1] == \
        "published gap '+2天' is in '天' but the gap of 'a' is in '月'; write it in '月'"


def test_published_gap_that_cannot_be_read_or_has_no_meaning() -> None:
    assert _gap(UNMET, "'-7件'")[0][1] == \
        "published gap '-7件' is in '件' but the gap of 'a' is in '%'; write it in '%'"
    assert _gap(UNMET, "落後 -7%")[0][1].startswith("published gap '落後 -7%' cannot be read: 落後 with a sign")
    assert _gap(UNMET, "很多")[0][1].startswith("published gap '很多' cannot be read: write the signed gap")
    done = "{name: a, weight: 100, target: 完成, actual: 完成, published: {gap: GAP}}"
    assert _gap(done, "0") == [("PS407", "published gap 0 but a done target has no gap (差異值), only met or "
                                         "not; leave published.gap out")]
    # Located at the printed gap: line 11, column 90 (the value of gap: in the flow mapping).
    assert ("PS407", 11, 90) in check(report(UNMET.replace("GAP", "+7%")))
    # A draft (no actual yet) has no gap to audit.
    assert _gap("{name: a, weight: 100, target: 70%, published: {gap: GAP}}", "-7%") == []
