"""`python -m benchmarks [--quick] [--output FILE] [--data DIR] [--reps N] [--only abcd|national]`: run the
scenarios, print the figures and write the Markdown table (benchmarks/RESULTS.md by default).

--quick runs fewer repetitions and skips the 100,000-indicator file; the default is the full run. The
national archive (benchmarks/national.py, about 26,000 reports) takes many minutes: it runs only when asked,
`--only national` (or the letter n), at the size `--national GxDxY` gives.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks import national, report, scenarios
from benchmarks.scenarios import ROOT, Tools, find_tool


def _schema(work: Path) -> tuple[Path, str]:
    committed = ROOT / "schemas" / "perfscore.schema.json"
    if committed.exists():
        return committed, "schemas/perfscore.schema.json (committed)"
    generated = work / "perfscore.schema.json"
    code = (
        "import json, sys; from perfscore.core.model import Report; "
        "sys.stdout.write(json.dumps(Report.model_json_schema(), ensure_ascii=False))"
    )
    generated.write_text(
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout,
        encoding="utf-8",
    )
    return generated, "generated from Report.model_json_schema() (no committed schema on this branch)"


def _shown(path: str) -> str:
    """A path inside the checkout relative to it, so the committed table names no one's home folder."""
    try:
        return str(Path(path).relative_to(ROOT))
    except ValueError:
        return path


def _version(argv: list[str] | None) -> str:
    if argv is None:
        return "not installed: skipped"
    done = subprocess.run([*argv, "--version"], capture_output=True, text=True)
    return (done.stdout or done.stderr).strip().splitlines()[0]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 runs, 1 for peers, no 100k-indicator file")
    parser.add_argument("--reps", type=int, help="runs per command (default 5, quick 3)")
    parser.add_argument("--peer-reps", type=int, help="runs per peer command (default 3, quick 1)")
    parser.add_argument("--files", type=int, default=1000, help="files in the folder scenario (c)")
    parser.add_argument("--output", "-o", type=Path, default=Path(__file__).parent / "RESULTS.md")
    parser.add_argument("--data", type=Path, help="keep generated inputs here (default: a temporary folder)")
    parser.add_argument("--only", default="abcd", help="scenarios to run, e.g. 'ab' (default: abcd), or national")
    parser.add_argument("--national", type=national.shape, default=(22, 40, 30),
                        help="the national corpus: governments x departments x years (default 22x40x30)")
    args = parser.parse_args()
    if args.only == "national":
        args.only = "n"
    reps = args.reps or (3 if args.quick else 5)
    peer_reps = args.peer_reps or (1 if args.quick else 3)
    scenarios.PEER_REPS[0] = peer_reps
    with tempfile.TemporaryDirectory(prefix="perfscore-bench-") as temporary:
        work = Path(temporary)
        data = args.data or work / "data"
        data.mkdir(parents=True, exist_ok=True)
        perfscore = find_tool("perfscore") or [sys.executable, "-m", "perfscore"]
        schema, schema_note = _schema(work)
        tools = Tools(perfscore, find_tool("yamllint"), find_tool("check-jsonschema"), schema)
        skipped = [
            f"{name} (not installed; `pip install {name}` to compare)"
            for name, argv in (("yamllint", tools.yamllint), ("check-jsonschema", tools.check_jsonschema))
            if argv is None
        ]
        for line in skipped:
            print(f"benchmark: {line}")
        print("generating inputs ...", flush=True)
        inputs = scenarios.write_inputs(data, not args.quick, args.files) if set(args.only) - {"n"} else {}
        results = []
        if "a" in args.only:
            print("(a) cold start", flush=True)
            results.append(scenarios.cold_start(tools, reps))
        if "b" in args.only:
            print("(b) one report of 10,000 indicators", flush=True)
            results.append(scenarios.one_big(tools, inputs["10k"], inputs["tiny"], reps))
        if "c" in args.only:
            print(f"(c) {args.files} files of 40 indicators", flush=True)
            files = sorted(inputs["folder"].rglob("*.yaml"))
            results.append(scenarios.folder(tools, inputs["folder"], files, inputs["tiny"], reps))
        if "d" in args.only:
            print("(d) scaling", flush=True)
            sizes = {
                n: inputs[k] for n, k in ((1_000, "1k"), (10_000, "10k"), (100_000, "100k")) if k in inputs
            }
            results.append(scenarios.scaling(tools, inputs["tiny"], sizes, reps))
        if "n" in args.only:
            print("(n) national archive", flush=True)
            results.append(national.national(tools, data, args.national))
        environment = report.environment(
            reps,
            peer_reps,
            {
                "perfscore": " ".join(_shown(part) for part in perfscore),
                "yamllint": _version(tools.yamllint),
                "check-jsonschema": _version(tools.check_jsonschema),
                "schema": schema_note,
            },
        )
    print(report.text(results))
    args.output.write_text(report.markdown(results, environment, skipped), encoding="utf-8")
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
