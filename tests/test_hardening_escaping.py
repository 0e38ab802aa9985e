"""Issue #14 (#5, #6, #7): report text and paths never drive the terminal, the markdown or the spreadsheet.

Control characters reach the renderers through double-quoted YAML escapes ("\\e", "\\x9b", "\\u202e"; the
loader refuses them raw) and through file names. Terminal outputs show them as visible escapes; machine
formats (JSON) keep the text exactly.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from perfscore.cli import cli

ENV = {"GITHUB_ACTIONS": "", "NO_COLOR": "1", "COLUMNS": "200", "FORCE_COLOR": ""}
# What a terminal would obey: C0 except the line feed, DEL, C1, and the Unicode bidi controls.
OBEYED = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")

# kind -> (the payload as a YAML double-quoted escape, the same in a file name, what must show instead)
KINDS = {
    "osc52-esc": ("\\e]52;c;cGF3bmVk\\e\\\\", "\x1b]52;c;cGF3bmVk\x1b\\", "\\x1b]52;c;cGF3bmVk"),
    "osc0-bel": ("\\e]0;pwn\\a", "\x1b]0;pwn\x07", "\\x1b]0;pwn\\x07"),
    "del": ("x\\x7fy", "x\x7fy", "x\\x7fy"),
    "c1-csi": ("\\x9b2J\\x9d0;t\\x9c", "\x9b2J\x9d0;t\x9c", "\\x9b2J\\x9d0;t\\x9c"),
    "bidi": ("\\u202eevil\\u202c\\u2066", "\u202eevil\u202c\u2066", "\\u202eevil\\u202c\\u2066"),
}


def report(payload: str, year: int = 2015, name: str = "I", target: str = "100") -> str:
    """One facet, one linear indicator (actual 50 of 100 -> 50% of weight 90 -> 45 points); the published
    points 7 give a PS402 warning, so findings print too."""
    p = payload
    return f"""\
report:
  title: "T{p}"
  organisation: "O{p}"
  year: {year}
scoring: {{places: 1}}
facets:
  - id: core
    name: "F{p}"
    weight: 90
    goals:
      - name: "G{p}"
        indicators:
          - id: i1
            name: "{name}{p}"
            weight: 90
            target: "{target}"
            actual: "50"
            published: {{points: 7}}
            analysis: "A{p}\\nsecond line"
            review: {{cause: "C{p}", strategy: "S{p}"}}
sections:
  - {{name: "S{p}", weight: 10, points: 5}}
"""


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), env=ENV)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    assert "Traceback" not in result.output
    return result.output  # stdout and stderr


def run_csv(*args: str) -> str:
    """stdout exactly as written (click's `output` turns CRLF into LF), without the BOM."""
    result = CliRunner().invoke(cli, list(args), env=ENV)
    assert result.exit_code == 0, result.output
    return result.stdout_bytes.decode("utf-8").removeprefix("\ufeff")


def assert_shown(output: str, shown: str) -> None:
    assert not OBEYED.search(output), repr(OBEYED.findall(output)[:5])
    assert shown in output


@pytest.fixture(params=sorted(KINDS))
def kind(request: pytest.FixtureRequest) -> tuple[str, str, str]:
    return KINDS[request.param]


def hostile(tmp_path: Path, kind: tuple[str, str, str], year: int = 2015, **extra: str) -> Path:
    yaml_payload, name_payload, _ = kind
    path = tmp_path / f"r{name_payload}{year}.yaml"
    path.write_text(report(yaml_payload, year, **extra), encoding="utf-8")
    return path


def test_compute_table(tmp_path: Path, kind: tuple[str, str, str]) -> None:
    path = hostile(tmp_path, kind)
    assert_shown(run("compute", str(path)), kind[2])


def test_compute_table_detail_keeps_line_breaks(tmp_path: Path, kind: tuple[str, str, str]) -> None:
    output = run("compute", str(hostile(tmp_path, kind)), "--detail")
    assert_shown(output, kind[2])
    # The analysis is two lines in the table, not one line with a visible escape.
    assert any(line.strip() == "second line" for line in output.splitlines())
    assert "\\x0a" not in output


def test_compute_table_narrow(tmp_path: Path, kind: tuple[str, str, str]) -> None:
    result = CliRunner().invoke(cli, ["compute", str(hostile(tmp_path, kind)), "--detail"],
                                env={**ENV, "COLUMNS": "70"})
    assert_shown(result.output, kind[2][:4])  # folded at 70 columns: only the start is whole


def test_compare_table(tmp_path: Path, kind: tuple[str, str, str]) -> None:
    hostile(tmp_path, kind, 2015)
    hostile(tmp_path, kind, 2016)
    (tmp_path / f"broken{kind[1]}.yaml").write_text("report: [\n", encoding="utf-8")
    assert_shown(run("compare", str(tmp_path)), kind[2])


def test_diff_table(tmp_path: Path, kind: tuple[str, str, str]) -> None:
    old = hostile(tmp_path, kind, 2015)
    new = hostile(tmp_path, kind, 2016, name="J", target="90")  # renamed, target lowered: PS602
    output = run("diff", str(old), str(new))
    assert_shown(output, kind[2])
    assert "PS602" in output


@pytest.mark.parametrize("fmt", ["text", "github"])
def test_validate(tmp_path: Path, kind: tuple[str, str, str], fmt: str) -> None:
    hostile(tmp_path, kind)
    (tmp_path / f"skip{kind[1]}.yaml").write_text("name: a workflow\n", encoding="utf-8")
    assert_shown(run("validate", str(tmp_path), "-f", fmt), kind[2])


def test_validate_keeps_one_finding_per_line(tmp_path: Path) -> None:
    path = tmp_path / "two\nlines.yaml"
    path.write_text(report(""), encoding="utf-8")
    output = run("validate", str(path), "--lang", "en")
    assert [line for line in output.splitlines() if "PS402" in line] == \
           [f"{tmp_path}/two\\x0alines.yaml:18:33: PS402 warning published points 7 but the linear rule gives 45"]


def test_rollover_messages(tmp_path: Path, kind: tuple[str, str, str]) -> None:
    path = hostile(tmp_path, kind)
    assert_shown(run("rollover", str(path), "-o", str(tmp_path / f"draft{kind[1]}.yaml")), kind[2])
    broken = tmp_path / f"broken{kind[1]}.yaml"
    broken.write_text("report: [\n", encoding="utf-8")
    assert_shown(run("rollover", str(broken)), kind[2])


@pytest.mark.parametrize("command", [["compute"], ["validate"], ["compare"], ["diff"], ["rollover"]])
def test_stderr_messages_that_echo_a_path(tmp_path: Path, kind: tuple[str, str, str],
                                          command: list[str]) -> None:
    missing = str(tmp_path / f"missing{kind[1]}.yaml")
    # diff and rollover: click's own usage error names the path (it already shows it as a repr).
    assert_shown(run(*command, missing) if command[0] != "diff" else run("diff", missing, missing), kind[2])


def test_compute_of_an_unscorable_file_names_it_safely(tmp_path: Path, kind: tuple[str, str, str]) -> None:
    broken = tmp_path / f"broken{kind[1]}.yaml"
    broken.write_text("report: [\n", encoding="utf-8")
    assert_shown(run("compute", str(broken)), kind[2])


def test_json_keeps_the_text_exactly(tmp_path: Path) -> None:
    path = hostile(tmp_path, KINDS["osc52-esc"])
    payload = json.loads(run("compute", str(path), "-f", "json"))
    assert payload["report"]["title"] == "T\x1b]52;c;cGF3bmVk\x1b\\"


def test_rich_markup_in_report_text_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "markup.yaml"
    path.write_text(report("[bold red]x[/bold red]"), encoding="utf-8")
    assert "T[bold red]x[/bold red]" in run("compute", str(path))


def test_rollover_names_its_source_safely_in_the_draft(tmp_path: Path) -> None:
    """The draft's header comment names the source file; a line feed there would start a YAML line."""
    source = tmp_path / "r\nbonus: [x]\x7f.yaml"
    source.write_text(report(""), encoding="utf-8")
    draft = tmp_path / "draft.yaml"
    result = CliRunner().invoke(cli, ["rollover", str(source), "-o", str(draft), "--lang", "en"],
                                env=ENV)
    assert result.exit_code == 0, result.output
    header = draft.read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("# Draft for 2016 (ROC 105), rolled over from r\\x0abonus: [x]\\x7f.yaml by ")


# Markup that GitHub would render from a pull-request comment: HTML, a javascript: link, a comment that
# hides the rest, a collapsed block.
MARKUP = ["<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "<!--", "<details>"]


def markup_report(year: int, name: str, target: str, key: str) -> str:
    text = report("", year, name=name, target=target).replace('"T"', '"T<details>"')
    text = text.replace('name: "F"', 'name: "F<!--"').replace('"O"', '"O[x](javascript:alert(1))"')
    return text.replace("id: i1", f"id: '{key}'")


def test_diff_markdown_escapes_like_compute_markdown(tmp_path: Path) -> None:
    key = "k`<img src=x onerror=alert(1)>`|"
    old = tmp_path / "old.yaml"
    old.write_text(markup_report(2015, "<img src=x onerror=alert(1)>", "100", key), encoding="utf-8")
    new = tmp_path / "new[x](javascript:alert(1)).yaml"
    new.write_text(markup_report(2016, "<details>", "90", key), encoding="utf-8")
    output = run("diff", str(old), str(new), "-f", "markdown")
    assert "PS602" in output  # the target was lowered: a finding that names the new file
    # Inside a code span nothing is markup: the finding's place stays one, line 16 being the target.
    assert f"- `{new}:16:21` **PS602**" in output
    prose = re.sub("`[^`\n]*`", "", output)
    for raw in MARKUP:
        assert raw not in prose, raw
    # The renamed indicator's row, escaped by hand: what compute markdown does to the same text.
    assert "| 更名 | F&lt;!--" in output
    assert "&lt;details&gt;" in output and "原名 &lt;img src=x onerror=alert(1)&gt;" in output
    assert "new\\[x\\](javascript:alert(1)).yaml (105 年度)" in output  # the heading is prose
    assert "(k\\`&lt;img src=x onerror=alert(1)&gt;\\`\\|)" in output  # a backtick in the id: prose too


def test_markdown_shows_control_characters(tmp_path: Path) -> None:
    path = hostile(tmp_path, KINDS["osc52-esc"])
    for command in (["compute", str(path), "-f", "markdown"], ["compare", str(path), "-f", "markdown"]):
        output = run(*command)
        assert_shown(output, "\\\\x1b\\]52;c;cGF3bmVk")  # markdown escapes the escape's own backslash


FORMULA = ("=", "+", "-", "@", "\t", "\r", "\n")
# (a YAML double-quoted text, the cell a spreadsheet must get for it)
BREAKS = [("\\r=1+2", "'\r=1+2"), ("\\n=1+2", "'\n=1+2"), ("\\r\\n@SUM(A1)", "'\r\n@SUM(A1)"),
          ("x\\r-1", "x\r-1"), ("\\t+1", "'\t+1")]


def csv_report(text: str) -> str:
    """A report whose every text field holds `text` (a YAML escape), organisation and title included."""
    return report("").replace('"O"', f'"{text}"').replace('"T"', f'"{text}"').replace('"F"', f'"F{text}"') \
        .replace('"G"', f'"{text}"').replace('"I"', f'"{text}"')


@pytest.mark.parametrize(("text", "expected"), BREAKS)
@pytest.mark.parametrize("command", [["compute", "-f", "csv"], ["compare", "-f", "csv"]])
def test_csv_cells_with_line_breaks_never_start_a_row_or_a_formula(tmp_path: Path, text: str, expected: str,
                                                                    command: list[str]) -> None:
    path = tmp_path / "r.yaml"
    path.write_text(csv_report(text), encoding="utf-8")
    output = run_csv(command[0], str(path), *command[1:])
    rows = list(csv.reader(io.StringIO(output, newline="")))
    assert len(rows) == 2  # the header and one row, none split off
    assert len(rows[0]) == len(rows[1])
    cells = [cell for row in rows for cell in row]
    assert not [cell for cell in cells if cell.startswith(FORMULA) and not re.fullmatch(r"-[0-9.]+", cell)]
    assert expected in cells


def test_csv_outputs_share_one_dialect(tmp_path: Path) -> None:
    """Rows end in CRLF in both CSV outputs (RFC 4180), so a lone CR in a cell is always quoted."""
    path = tmp_path / "r.yaml"
    path.write_text(csv_report("\\r=1+2"), encoding="utf-8")
    for command in (["compute", str(path), "-f", "csv"], ["compare", str(path), "-f", "csv"]):
        output = run_csv(*command)
        assert output.count("\r\n") == output.count("\n") and output.endswith("\r\n")
        assert "\"'\r=1+2\"" in output


def test_the_sanitizer_by_hand() -> None:
    from perfscore.formats.terminal import shown

    text = "a\r\nb\rc\nd\x1b[2J\x07\x7f\x9b\x85\t\u202e\u2069e"
    assert shown(text, lines=True) == "a\r\nb\\x0dc\nd\\x1b[2J\\x07\\x7f\\x9b\\x85\\x09\\u202e\\u2069e"
    assert shown(text) == "a\\x0d\\x0ab\\x0dc\\x0ad\\x1b[2J\\x07\\x7f\\x9b\\x85\\x09\\u202e\\u2069e"
    assert shown("嘉義市 [bold] \\x1b ≥5 %") == "嘉義市 [bold] \\x1b ≥5 %"  # printable text untouched
