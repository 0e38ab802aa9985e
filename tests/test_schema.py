"""The committed JSON Schema: in sync with the models, and accurate according to an independent validator."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from perfscore.cli import cli
from perfscore.core.jsonschema import render
from perfscore.readers.registry import read

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "schemas" / "perfscore.schema.json"
EXAMPLE = ROOT / "examples" / "chiayi-2015-administration.yaml"


def as_json(value: Any) -> Any:
    """perfscore's loader gives exact Decimals; jsonschema wants JSON types. Only this test uses float."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {key: as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_json(item) for item in value]
    return value


def validator() -> jsonschema.protocols.Validator:
    schema = json.loads(COMMITTED.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def example() -> dict[str, Any]:
    loaded = read(EXAMPLE.read_bytes(), str(EXAMPLE))
    assert loaded.findings == []
    data: dict[str, Any] = as_json(loaded.data)
    return data


def errors(data: Any) -> list[tuple[str, list[str | int]]]:
    return [(error.message, list(error.absolute_path)) for error in validator().iter_errors(data)]


def test_the_committed_schema_is_what_the_models_generate() -> None:
    committed = COMMITTED.read_text(encoding="utf-8")
    assert committed == render(), (
        "schemas/perfscore.schema.json is out of date with perfscore/model.py; regenerate it with "
        "`perfscore schema > schemas/perfscore.schema.json` and commit the result")


def test_the_cli_prints_the_committed_schema() -> None:
    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0
    assert result.stdout == COMMITTED.read_text(encoding="utf-8")


def test_the_output_is_deterministic_and_ends_with_a_newline() -> None:
    text = render()
    assert text == render()
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert text == json.dumps(json.loads(text), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def test_it_is_a_valid_draft_2020_12_schema() -> None:
    schema = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    # pydantic's stray "gt" (not a JSON Schema keyword) must have become exclusiveMinimum
    assert '"gt"' not in COMMITTED.read_text(encoding="utf-8")


def test_the_example_names_the_schema_in_its_modeline() -> None:
    first = EXAMPLE.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schemas/perfscore.schema.json"
    assert (EXAMPLE.parent / "../schemas/perfscore.schema.json").resolve() == COMMITTED


def test_jsonschema_accepts_the_example() -> None:
    assert errors(example()) == []


def test_jsonschema_rejects_an_unknown_key() -> None:
    data = example()
    data["facets"][0]["goals"][0]["wieght"] = 6
    assert errors(data) == [("Additional properties are not allowed ('wieght' was unexpected)",
                             ["facets", 0, "goals", 0])]
    data = example()
    data["extra"] = 1
    assert [path for _, path in errors(data)] == [[]]


def test_jsonschema_rejects_a_missing_required_key() -> None:
    data = example()
    del data["facets"][0]["goals"][0]["indicators"][0]["name"]
    assert errors(data) == [("'name' is a required property", ["facets", 0, "goals", 0, "indicators", 0])]


def indicator(data: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = data["facets"][0]["goals"][0]["indicators"][0]
    return found


@pytest.mark.parametrize("target", ["100%", ">= 5", "85%以上", "3件以內", "80%~90%", "完成", 250, 0.5,
                                    {"direction": "higher", "value": 80, "unit": "%"},
                                    {"direction": "range", "low": 80, "high": 90},
                                    {"direction": "done"},
                                    {"direction": "ladder", "steps": [{"name": "a", "value": 50}]}])
def test_targets_accept_shorthand_numbers_and_mappings(target: Any) -> None:
    data = example()
    indicator(data)["target"] = target
    assert errors(data) == []


@pytest.mark.parametrize("target", [{"direction": "higher"}, {"direction": "range", "low": 1},
                                    {"direction": "ladder"}, {"direction": "sideways", "value": 1},
                                    {"value": 1}, "", None, [1], True])
def test_incomplete_or_wrong_targets_are_rejected(target: Any) -> None:
    data = example()
    indicator(data)["target"] = target
    assert [path for _, path in errors(data)] == [["facets", 0, "goals", 0, "indicators", 0, "target"]]


@pytest.mark.parametrize(("value", "valid"), [(90, True), (92.5, True), ("90%", True), ("90.5 %", True),
                                              ("90％", True), ("90", True), ("ninety", False), ("%", False),
                                              ([90], False)])
def test_percent_fields_accept_a_number_or_percent_text(value: Any, valid: bool) -> None:
    data = example()
    data["scoring"]["lights"] = {"green": value, "amber": 80}
    assert (errors(data) == []) is valid


def test_indicators_need_a_weight_except_in_bonus_goals() -> None:
    data = example()
    del indicator(data)["weight"]
    assert [path for _, path in errors(data)] == [["facets", 0, "goals", 0, "indicators", 0]]
    indicator(data)["weight"] = None
    assert [path for _, path in errors(data)] == [["facets", 0, "goals", 0, "indicators", 0, "weight"]]
    data["facets"][0]["goals"][0]["bonus_cap"] = 1  # a bonus goal: weights are optional
    assert errors(data) == []


def test_bounds_are_json_schema_keywords() -> None:
    data = example()
    data["scoring"]["achievement_cap"] = 0  # Field(gt=0)
    assert [path for _, path in errors(data)] == [["scoring", "achievement_cap"]]
    data = example()
    data["facets"][0]["weight"] = -1  # NonNegative
    assert [path for _, path in errors(data)] == [["facets", 0, "weight"]]
    data = example()
    data["report"]["year"] = 104  # a ROC year: the Gregorian year is at least 1912
    assert [path for _, path in errors(data)] == [["report", "year"]]


def test_defaults_and_descriptions_help_an_editor() -> None:
    schema = json.loads(COMMITTED.read_text(encoding="utf-8"))
    scoring = schema["$defs"]["Scoring"]["properties"]
    assert scoring["total"]["default"] == 100  # a number, not the text "100"
    assert scoring["rounding"]["default"] == "half_up"
    target = schema["$defs"]["Indicator"]["properties"]["target"]
    assert "85%以上" in target["description"] and "direction" in target["description"]
    assert schema["properties"]["report"]["description"]


def test_perfscore_and_jsonschema_agree_on_the_example_mutations() -> None:
    # A few hand-picked edits that both must reject, so the schema is never looser than the models here.
    from pydantic import ValidationError

    from perfscore.core.model import Report

    edits = [("facets", lambda d: d.update(facets=[])), ("name", lambda d: d["report"].update(title="")),
             ("locale", lambda d: d["report"].update(locale="fr")),
             ("accept", lambda d: d["scoring"].update(accept=["E501"])),
             ("credit", lambda d: d["scoring"].update(credit="some"))]
    for name, edit in edits:
        data = example()
        edit(data)
        assert errors(data), name
        loaded = read(EXAMPLE.read_bytes(), "x").data
        edit(loaded)
        with pytest.raises(ValidationError):
            Report.model_validate(copy.deepcopy(loaded))


def test_sections_are_optional_only_in_an_unweighted_report() -> None:
    unweighted = {"report": {"title": "t", "organisation": "o", "year": 2025}, "scoring": {"weights": "none"},
                  "facets": [{"name": "f", "goals": [{"name": "g", "indicators": [{"name": "i", "target": "5案"}]}]}]}
    assert errors(unweighted) == []
    weighted = copy.deepcopy(unweighted)
    weighted["scoring"] = {}
    assert ("'sections' is a required property", []) in errors(weighted)


def test_indicators_need_no_weight_in_an_unweighted_facet() -> None:
    data = example()
    del indicator(data)["weight"]
    data["facets"][0]["weights"] = "none"  # (PS714 would refuse the facet's own weight; the schema allows it)
    assert errors(data) == []


def test_a_facet_of_a_weighted_report_needs_a_weight() -> None:
    # Found by test_properties: `weight: null` on a facet passed the schema while perfscore reports PS201.
    data = example()
    data["facets"][0]["weight"] = None
    assert [path for _, path in errors(data)] == [["facets", 0, "weight"]]
    del data["facets"][0]["weight"]
    assert [path for _, path in errors(data)] == [["facets", 0]]
    data["facets"][0]["weights"] = "none"  # an unweighted facet has none (PS714 would refuse one)
    assert errors(data) == []
