"""The `--margin` option shared by `diff` and `rollover`: a percentage read exactly, never as float."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import click

DEFAULT_MARGIN = "20"


class MarginType(click.ParamType):
    name = "PERCENT"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Decimal:
        if isinstance(value, Decimal):
            return value
        from perfscore.decimals import to_decimal

        number = to_decimal(str(value).strip().removesuffix("%"))
        if number is None or number < 0:
            self.fail(f"{value!r} is not a percentage such as 20 or 20%", param, ctx)
        return number


def margin_option(function: Any) -> Any:
    return click.option("--margin", type=MarginType(), default=DEFAULT_MARGIN, show_default=True,
                        help="How far (percent) last year's actual must beat its target for the target to "
                        "count as too easy (PS603) or to be raised (rollover).")(function)
