"""`perfscore rules`: every finding code, its default severity and what it means, in the run's language."""

from __future__ import annotations

import click

from perfscore.commands.common import lang_option


# --help: the catalogue's help.rules (core/catalogue/help.py), in the run's language
@click.command("rules")
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text",
              show_default=True)
@lang_option
def command(fmt: str, lang: str | None) -> None:
    from perfscore.commands.language import resolve_lang
    from perfscore.core.catalogue import text
    from perfscore.core.i18n import label
    from perfscore.rules import RULES

    language = resolve_lang(lang)
    if fmt == "json":
        from perfscore.formats.jsonout import dumps

        # `severity` and `name` are codes in every language; `explanation_en` keeps the English for machines
        # beside a zh-TW explanation, as `message_en` does for findings.
        rows: list[dict[str, str]] = []
        for r in RULES.values():
            row = {"code": r.code, "severity": r.severity.value, "name": r.name,
                   "explanation": r.summary.text(language)}
            if language != "en":
                row["explanation_en"] = r.summary.text("en")
            rows.append(row)
        click.echo(dumps(rows), nl=False)
    elif fmt == "markdown":
        click.echo(text("rules.markdown_header", language))
        for r in RULES.values():
            severity = r.severity.value if language == "en" else label(r.severity.value, language)
            click.echo(f"| {r.code} | {severity} | {r.name} | {r.summary.text(language)} |")
    else:
        for r in RULES.values():
            severity = r.severity.value if language == "en" else label(r.severity.value, language)
            click.echo(f"{r.code}  {severity:<7}  {r.name:<22}  {r.summary.text(language)}")
