"""`perfscore schema`: print the JSON Schema of the report format, for editors and other validators."""

from __future__ import annotations

import click

from perfscore.commands.common import emit, fail, output_option
from perfscore.core.errors import PerfscoreError


# --help: the catalogue's help.schema (core/catalogue/help.py), in the run's language
@click.command("schema")
@output_option
def command(output: str | None) -> None:
    from perfscore.core.jsonschema import render

    try:
        emit(render(), output)
    except PerfscoreError as error:
        fail(error)
