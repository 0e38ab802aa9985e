"""`--help` in the run's language: the texts of the group, of each command and of each option are
catalogue entries (core.catalogue.help), put on the click objects only when help or a usage line is
about to be written, so a run that shows no help pays nothing for them.

Keys: `help.perfscore` (the group), `help.COMMAND`, `help.COMMAND.PARAM` for an option of one command,
`help.PARAM` for an option several commands share (`--lang`, `--jobs`, `--output`...). In zh-TW the text
is wrapped by display width (a CJK character takes two columns; click counts characters, and breaks only
at spaces), at the places formats.linebreak allows."""

from __future__ import annotations

from collections.abc import Iterable

import click

from perfscore.commands.speech import current
from perfscore.core.catalogue import CATALOGUE


def localize(command: click.Command, ctx: click.Context) -> None:
    """Give `command` and its options their help texts in the run's language."""
    name = "perfscore" if isinstance(command, click.Group) else command.name
    zh = current() == "zh-TW"
    texts = CATALOGUE.get(f"help.{name}")
    if texts is not None:
        command.help = texts[0] if zh else texts[1]
        # click shortens the English text at a word; a Chinese one has no spaces: its first sentence
        command.short_help = texts[0].partition("\n\n")[0].partition("。")[0] if zh else None
    help_option = command.get_help_option(ctx)  # created once, in whatever language ran first: set each time
    for param in [*command.params, help_option]:
        if isinstance(param, click.Option) and param.name:
            found = CATALOGUE["click.help"] if param is help_option else \
                CATALOGUE.get(f"help.{name}.{param.name}") or CATALOGUE.get(f"help.{param.name}") \
                or CATALOGUE.get(f"click.{param.name}")  # --version: click's own words
            if found is not None:
                param.help = found[0] if zh else found[1]


class Context(click.Context):
    """click's context, whose help formatter speaks the run's language."""

    def make_formatter(self) -> click.HelpFormatter:
        localize(self.command, self)
        if current() != "zh-TW":
            return super().make_formatter()
        return WideFormatter(width=self.terminal_width, max_width=self.max_content_width)


class WideFormatter(click.HelpFormatter):
    """click's help layout, with text wrapped by display width and headings closed by a full-width colon."""

    def write_heading(self, heading: str) -> None:
        self.write(f"{'':>{self.current_indent}}{heading}：\n")

    def write_text(self, text: str) -> None:
        indent = " " * self.current_indent
        lines = _paragraphs(text, self.width - self.current_indent)
        self.write("".join(f"{indent}{line}\n" if line else "\n" for line in lines))

    def write_dl(self, rows: Iterable[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        rows = list(rows)
        first_col = min(max((len(first) for first, _ in rows), default=0), col_max) + col_spacing
        for first, second in rows:
            self.write(f"{'':>{self.current_indent}}{first}")
            if not second:
                self.write("\n")
                continue
            if len(first) <= first_col - col_spacing:
                self.write(" " * (first_col - len(first)))
            else:
                self.write("\n" + " " * (first_col + self.current_indent))
            lines = _paragraphs(second, max(self.width - first_col - 2 - self.current_indent, 10)) or [""]
            pad = " " * (first_col + self.current_indent)
            self.write(lines[0] + "\n" + "".join(f"{pad}{line}\n" if line else "\n" for line in lines[1:]))


def _paragraphs(text: str, width: int) -> list[str]:
    """click's paragraph rules (a blank line between paragraphs; one opened by a `\\b` line is kept as it
    is) with formats.linebreak's wrapping."""
    from perfscore.formats.linebreak import wrap  # rich's cell widths: imported for zh-TW help only

    lines: list[str] = []
    for index, paragraph in enumerate(text.strip("\n").split("\n\n")):
        if index:
            lines.append("")
        if paragraph.startswith("\b\n"):
            lines.extend(paragraph[2:].splitlines())
        else:
            lines.extend(wrap(" ".join(line.strip() for line in paragraph.splitlines()), width))
    return lines

