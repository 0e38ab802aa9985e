"""The results as a Markdown table (for benchmarks/RESULTS.md) and as plain text for the terminal."""

from __future__ import annotations

import os
import platform
import sys
from datetime import datetime, timezone

from benchmarks.scenarios import Result


def _row(result: Result, key: str) -> list[str]:
    command = result.get(key)
    reference = result.get(result.reference)
    assert command is not None
    ratio = f"{command.seconds / reference.seconds:.2f}×" if reference else ""
    rss = command.max_rss_mb
    return [
        command.label,
        f"{command.seconds * 1000:,.0f}",
        ratio,
        f"{rss:,.0f}" if rss is not None else "–",
        str(len(command.samples)),
    ]


def markdown(results: list[Result], environment: dict[str, str], skipped: list[str]) -> str:
    lines = [
        "# Benchmark results",
        "",
        "Written by `python -m benchmarks` (see [benchmarks/](.)); regenerate it on your machine rather than "
        "comparing figures across machines. Times are medians of interleaved runs of whole processes "
        "(start-up included); ratios compare commands of the same run.",
        "",
    ]
    lines += [f"- {key}: {value}" for key, value in environment.items()]
    lines += [f"- skipped: {item}" for item in skipped]
    lines += [
        "",
        "## Targets",
        "",
        "| scenario | measure | measured | target | met |",
        "|---|---|---:|---:|---|",
    ]
    for result in results:
        for target in result.targets:
            sign = "≥" if target.at_least else "≤"
            lines.append(
                f"| {result.name} | {target.what} | {target.measured:.2f}{target.unit} | "
                f"{sign} {target.limit:g}{target.unit} | {'yes' if target.met else '**no**'} |"
            )
    for result in results:
        reference = result.get(result.reference)
        lines += [
            "",
            f"## {result.title}",
            "",
            f"| command | median ms | × {reference.label if reference else ''} | peak RSS MB | runs |",
            "|---|---:|---:|---:|---:|",
        ]
        lines += ["| " + " | ".join(_row(result, c.key)) + " |" for c in result.commands]
        if result.notes:
            lines.append("")
            lines += [f"- {note}" for note in result.notes]
    return "\n".join(lines) + "\n"


def text(results: list[Result]) -> str:
    out = []
    for result in results:
        out.append(result.title)
        for command in result.commands:
            row = _row(result, command.key)
            out.append(f"  {row[0]:<48} {row[1]:>9} ms  {row[2]:>8}  {row[3]:>6} MB")
        for target in result.targets:
            sign = "≥" if target.at_least else "≤"
            out.append(
                f"  target {target.what}: {target.measured:.2f}{target.unit} (want {sign} {target.limit:g}"
                f"{target.unit}) {'met' if target.met else 'NOT MET'}"
            )
        out += [f"  {note}" for note in result.notes]
    return "\n".join(out) + "\n"


def environment(reps: int, peer_reps: int, tools: dict[str, str]) -> dict[str, str]:
    import yaml

    return {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}",
        "python": sys.version.split()[0],
        "PyYAML": f"{yaml.__version__}, libyaml: {getattr(yaml, '__with_libyaml__', False)}",
        "repetitions": f"{reps} (peers {peer_reps})",
        **tools,
    }
