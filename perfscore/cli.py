"""The command line: a thin click layer. Each command lives in perfscore/commands/ and is imported only
when it runs, so `perfscore --version` and `--help` stay fast.

Exit codes: 0 success, 1 the data has errors (or warnings with --strict), 2 usage or unreadable input.
"""

from __future__ import annotations

import gc
import importlib
import os
from typing import Any

import click

from perfscore import __version__

# name -> module exposing `command`. Command modules import only click at the top; pydantic, yaml and
# rich are imported inside the command bodies.
COMMANDS: dict[str, str] = {
    "compute": "perfscore.commands.compute",
    "validate": "perfscore.commands.validate",
    "rules": "perfscore.commands.rules",
    "compare": "perfscore.commands.compare",
    "diff": "perfscore.commands.diff",
    "rollover": "perfscore.commands.rollover",
    "schema": "perfscore.commands.schema",
    "import": "perfscore.commands.importer",
    "template": "perfscore.commands.template",
    "fill": "perfscore.commands.fill",
    "archive": "perfscore.commands.archive",
    "trend": "perfscore.commands.trend",
    "site": "perfscore.commands.site",
}


class LazyGroup(click.Group):
    def main(self, args: Any = None, *rest: Any, **options: Any) -> Any:
        # The language is known before click parses: its usage errors and --help speak it too.
        import sys

        from perfscore.commands.helptext import Context
        from perfscore.commands.speech import begin

        begin(sys.argv[1:] if args is None else args)
        self.context_class = Context
        return super().main(args, *rest, **options)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        command: click.Command = importlib.import_module(COMMANDS[cmd_name]).command
        command.context_class = type(ctx)  # its help, usage line and errors in the run's language
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        from perfscore.commands.helptext import localize

        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None:
                localize(command, ctx)  # each command's short help, in the run's language
        super().format_commands(ctx, formatter)


# Its help text is the catalogue's `help.perfscore` (commands.helptext), in the run's language.
@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "-V", "--version", prog_name="perfscore")
def cli() -> None:
    pass


def main(argv: list[str] | None = None, *, fast_exit: bool | None = None) -> Any:
    """Run the CLI. Called with no arguments (the console script, `python -m perfscore`), the process ends
    with `os._exit` once the output is flushed: see `_finish`. Called with `argv` (tests, embedding), it
    raises SystemExit as click does, so the caller keeps its interpreter."""
    # pydantic looks up third-party plugins (entry points of every installed package) before it builds
    # the first model: ~10 ms of a ~160 ms run, for instrumentation a command-line run never wants.
    # A user who sets the variable keeps their own choice.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    _skip_plugin_loader()
    # A run builds long-lived objects (modules, models, one report at a time) and next to no cyclic
    # garbage (measured: under 600 objects for a whole folder), so the collector would only traverse
    # live objects: ~8 ms of a ~160 ms start. Reference counting still frees everything as it goes.
    # Off for the whole process, not paused like the engine's reading (engine.analyse): turning it back
    # on at exit would make it traverse everything the run built (measured: 10-14 ms).
    gc.disable()
    import sys

    from perfscore.commands.encoding import degrade_gracefully

    degrade_gracefully(sys.stdout, sys.stderr)
    if not (argv is None if fast_exit is None else fast_exit):
        return cli.main(args=argv, prog_name="perfscore")
    try:
        cli.main(args=argv, prog_name="perfscore")
        code: Any = 0  # click in standalone mode always raises SystemExit; this is for safety only
    except SystemExit as done:
        code = done.code
    _finish(code)


def _skip_plugin_loader() -> None:
    """With plugins disabled, stand in for `pydantic.plugin._loader`, whose module imports
    `importlib.metadata` (and with it email, zipfile and csv: 20-50 ms measured) only to find that it
    must return no plugins. The stand-in returns none, as the real one does when disabled; pydantic
    imports nothing else from that module (tests/test_speed_guards.py checks both)."""
    import sys
    import types

    disabled = os.environ.get("PYDANTIC_DISABLE_PLUGINS") in ("__all__", "1", "true")
    if not disabled or "pydantic.plugin._loader" in sys.modules:
        return
    stand_in = types.ModuleType("pydantic.plugin._loader", _skip_plugin_loader.__doc__)
    stand_in.get_plugins = lambda: ()  # type: ignore[attr-defined]
    sys.modules["pydantic.plugin._loader"] = stand_in


def _finish(code: Any) -> None:
    """End the process without interpreter teardown (freeing every module, model and report one object
    at a time: 20-45 ms measured on a one-file run). Everything that must reach the disk or the pipe has:
    output files are written and closed atomically by commands/output.py before the command returns, the
    process pool is shut down in engine/pool.py, and the standard streams are flushed here."""
    import sys

    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # SystemExit("message"): print it, as the interpreter would, and fail
        print(code, file=sys.stderr)
        status = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`| head`): nothing more can reach it
            status = status or 1
    os._exit(status)
