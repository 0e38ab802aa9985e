"""The sentence the unmet review shows when no indicator is unmet: one decision (core.i18n.no_unmet_sentence)
read by every report format, so that a draft with nothing scored never says that everything was met."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from perfscore.core.i18n import no_unmet_sentence
from perfscore.engine.analyse import analyze_bytes
from perfscore.formats import RenderOptions, load
from perfscore.views.report import result_view

# Three indicators, none unmet: 甲 met (8 of 8), 乙 and 丙 without an actual value yet.
PARTIAL = """\
report: {title: t, organisation: o, year: 2024}
scoring: {total: 100}
facets:
  - name: 面向
    weight: 100
    goals:
      - name: 目標
        indicators:
          - {name: 甲, weight: 40, target: 8件, actual: 8件}
          - {name: 乙, weight: 30, target: 8件}
          - {name: 丙, weight: 30, target: 8件}
sections: []
"""
DRAFT = PARTIAL.replace(", actual: 8件}", "}")
ALL_MET = PARTIAL.replace("target: 8件}", "target: 8件, actual: 9件}")

SENTENCES = {
    # (met, unscored) = (0, 3): nothing scored yet
    "draft": ("尚無衡量指標填報達成值（共 3 項），無從判定達成與否",
              "No indicator has an actual value yet (3 in all), so none is met or unmet"),
    # (met, unscored) = (1, 2)
    "partial": ("無未達成之衡量指標：1 項已達成，另 2 項尚未填報達成值",
                "No indicator is unmet: 1 met their targets, 2 have no actual value yet"),
    # (met, unscored) = (3, 0)
    "all": ("所有衡量指標均已達成", "All indicators met their targets"),
}
CASES = [(DRAFT, "draft"), (PARTIAL, "partial"), (ALL_MET, "all")]


def _text(text: str, fmt: str, lang: str) -> str:
    outcome = analyze_bytes(text.encode(), "r.yaml")
    out = load("report", fmt).render(result_view(outcome, lang), RenderOptions(lang=lang, width=200))
    if fmt == "odt":
        assert isinstance(out, bytes)
        out = re.sub(r"<[^>]+>", " ", zipfile.ZipFile(io.BytesIO(out)).read("content.xml").decode())
    assert isinstance(out, str)
    return re.sub(r"\s+", " ", out)


def test_the_decision() -> None:
    counts = {"goals": 1, "indicators": 3, "met": 0, "unmet": 0}
    assert no_unmet_sentence(counts, "zh-TW") == SENTENCES["draft"][0]
    assert no_unmet_sentence(dict(counts, met=1), "en") == SENTENCES["partial"][1]
    assert no_unmet_sentence(dict(counts, met=3), "en") == SENTENCES["all"][1]
    assert no_unmet_sentence(dict(counts, indicators=0), "zh-TW") == "無未達成之衡量指標"


@pytest.mark.parametrize("fmt", ["table", "markdown", "html", "odt"])
@pytest.mark.parametrize(("lang", "index"), [("zh-TW", 0), ("en", 1)])
@pytest.mark.parametrize(("text", "case"), CASES)
def test_every_format_says_the_same(fmt: str, lang: str, index: int, text: str, case: str) -> None:
    out = _text(text, fmt, lang)
    assert SENTENCES[case][index] in out
    for other, sentences in SENTENCES.items():
        if other != case:
            assert sentences[index] not in out
