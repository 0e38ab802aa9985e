"""The `--margin` option shared by `diff` and `rollover`: a percentage read exactly, never as float."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import click

DEFAULT_MARGIN = "20"


def _margin(ctx: click.Context, param: click.Parameter, value: str) -> Decimal:
    from perfscore.core.decimals import to_decimal

    number = to_decimal(value.strip().removesuffix("%"))
    if number is None or number < 0:
        from perfscore.commands.speech import now

        raise click.BadParameter(now("option.bad_margin", value=value))
    return number


def margin_option(function: Any) -> Any:
    return click.option("--margin", metavar="PERCENT", default=DEFAULT_MARGIN, show_default=True,
                        callback=_margin)(function)
