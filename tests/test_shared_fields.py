"""Model instances given the same fields share one `model_fields_set` (issue 15's memory round: an indicator's
set of seven field names cost 728 bytes of its ~1.6 KB); setting a field unshares it first, so no instance's
answer to "was this field given?" ever changes another's."""

from __future__ import annotations

from decimal import Decimal

from perfscore.core.model import Indicator


def _indicator(name: str) -> Indicator:
    return Indicator.model_validate({"name": name, "weight": 2, "target": "90%", "actual": "95%"})


def test_instances_given_the_same_fields_share_one_set() -> None:
    first, second = _indicator("a"), _indicator("b")
    assert first.model_fields_set == {"name", "weight", "target", "actual"}
    assert first.__pydantic_fields_set__ is second.__pydantic_fields_set__


def test_setting_a_field_does_not_leak_into_the_instances_sharing_its_set() -> None:
    """core.stages.settle sets `points` on staged indicators; readers.filled asks whether `points` was given."""
    first, second = _indicator("a"), _indicator("b")
    first.points = Decimal(3)
    assert "points" in first.model_fields_set
    assert "points" not in second.model_fields_set  # shared and mutated in place, it would be here too
    assert "points" not in _indicator("c").model_fields_set
    second.name = "b2"  # a field already given: the shared set is right as it is
    assert second.model_fields_set == {"name", "weight", "target", "actual"}


def test_a_copy_has_a_set_of_its_own() -> None:
    first = _indicator("a")
    copy = first.model_copy(update={"points": Decimal(1)})
    assert "points" in copy.model_fields_set and "points" not in first.model_fields_set
    deep = first.model_copy(deep=True)
    deep.points = Decimal(2)
    assert "points" not in _indicator("d").model_fields_set
