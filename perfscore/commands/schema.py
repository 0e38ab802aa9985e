"""`perfscore schema`: print the JSON Schema of the report format, for editors and other validators."""

from __future__ import annotations

import click

from perfscore.commands.common import emit, fail, output_option
from perfscore.core.errors import PerfscoreError


@click.command("schema")
@output_option
def command(output: str | None) -> None:
    """Print the JSON Schema (draft 2020-12) generated from the report model.

    \b
    The committed copy is refreshed with:
      perfscore schema > schemas/perfscore.schema.json
    A report points editors at it with its first line:
      # yaml-language-server: $schema=../schemas/perfscore.schema.json
    """
    from perfscore.core.jsonschema import render

    try:
        emit(render(), output)
    except PerfscoreError as error:
        fail(str(error))
