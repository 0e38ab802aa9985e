"""`perfscore rules`: every finding code, its default severity and what it means."""

from __future__ import annotations

import click


# --help: the catalogue's help.rules (core/catalogue/help.py), in the run's language
@click.command("rules")
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text",
              show_default=True)
def command(fmt: str) -> None:
    from perfscore.rules import RULES

    if fmt == "json":
        from perfscore.formats.jsonout import dumps

        click.echo(dumps([{"code": r.code, "severity": r.severity.value, "name": r.name,
                           "explanation": r.summary} for r in RULES.values()]), nl=False)
    elif fmt == "markdown":
        click.echo("| code | severity | name | meaning |\n|---|---|---|---|")
        for r in RULES.values():
            click.echo(f"| {r.code} | {r.severity.value} | {r.name} | {r.summary} |")
    else:
        for r in RULES.values():
            click.echo(f"{r.code}  {r.severity.value:<7}  {r.name:<22}  {r.summary}")
