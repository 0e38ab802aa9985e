"""The registry: every family module's rules are registered once, in code order, each in its family."""

from __future__ import annotations

import importlib
from pathlib import Path

from perfscore import rules

FAMILIES = {"loading": "PS1", "schema": "PS2", "weights": "PS3", "published": "PS4", "indicators": "PS5",
            "yoy": "PS60", "relative": "PS61", "rubric": "PS70", "lights": "PS71", "stages": "PS72",
            "periods": "PS73", "fill": "PS8", "sheets": "PS9"}


def test_every_family_module_is_registered_with_its_prefix() -> None:
    modules = {path.stem for path in (Path(rules.__file__).parent).glob("*.py")} - {"__init__", "base"}
    assert modules == set(FAMILIES)
    for family, prefix in FAMILIES.items():
        declared = importlib.import_module(f"perfscore.rules.{family}").RULES
        assert declared and all(rule.code.startswith(prefix) for rule in declared), family
        assert all(rules.rule(rule.code) is rule for rule in declared), family


def test_codes_are_unique_and_in_order() -> None:
    codes = list(rules.RULES)
    # PS1xx-PS6xx (PS405-PS406 for published goal figures and lights, PS511 of stale deadlines, PS611-PS612 of
    # relative targets),
    # PS701-PS703 of rubric goals, PS711-PS714 of lights, PS721-PS723 of review stages, PS731-PS732 of
    # in-year tracking, PS801-PS806 of fill, PS901-PS908 of the spreadsheet reader
    assert codes == sorted(codes) and len(codes) == len(set(codes)) == 70
