"""The message catalogue: both languages for every entry, the same placeholders, and no finding built from
a bare string (a Finding's message is a catalogue Message, which mypy --strict enforces at every site)."""

from __future__ import annotations

import pytest

from perfscore.core.catalogue import CATALOGUE, Message, placeholders, say
from perfscore.core.findings import Finding, Severity


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_both_languages_with_the_same_placeholders(key: str) -> None:
    zh, en = CATALOGUE[key]
    if key != "untranslated":
        assert zh.strip() and en.strip() and zh != en, key
    assert placeholders(zh) == placeholders(en), key


def test_a_message_renders_in_either_language() -> None:
    # The example's PS303 (examples/chiayi-2015-administration.yaml:373): declared 3, indicators 3 + 3 = 6.
    message = say("PS303", name="強化職務功能", declared="3", parts="3 + 3", sum="6")
    assert str(message) == ("goal '強化職務功能' is declared as 3 but its indicators weigh 3 + 3 = 6; declare 6 or "
                            "correct an indicator's weight")
    assert message.text("zh-TW") == ("目標「強化職務功能」宣告權重為 3，但其衡量指標權重為 3 + 3 = 6；"
                                     "請宣告 6 或修正衡量指標權重")


def test_nested_clauses_follow_the_language() -> None:
    message = say("PS302", name="n", parts="1", declared="1", weight="2", hint=say("PS302.fix"))
    assert message.text("zh-TW").endswith("；請修正某一目標或面向的權重")
    assert str(message).endswith("; correct a goal's weight or the facet's")


def test_unknown_keys_and_missing_arguments_fail_at_once() -> None:
    with pytest.raises(KeyError):
        say("PS999")
    with pytest.raises(KeyError):
        say("PS303", name="x")


def test_json_keeps_english_beside_the_chosen_language() -> None:
    finding = Finding("a.yaml", 1, 1, "PS507", Severity.INFO, say("PS507"))
    assert "message_en" not in finding.as_dict()
    data = finding.as_dict("zh-TW")
    assert data["message"] == "尚未填報達成值：本衡量指標不予計分"
    assert data["message_en"] == "no actual value yet: the indicator is not scored"
    assert isinstance(finding.message, Message)
