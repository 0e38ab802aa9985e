"""Hardening of `perfscore rollover` (issue #14): tabs after colons, explicit `?` keys, every YAML line
break, comments after a deleted block value, and a draft that is checked before it is written."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from yoy_fixtures import OLD

from perfscore.cli import cli
from tests.paths import EXAMPLE

OLD_DRAFT_INFOS = Counter({"PS507": 5, "PS508": 2})  # 5 indicators without actuals, 2 assessed without points


def roll(tmp_path: Path, raw: bytes, *args: str) -> tuple[int, str, bytes | None]:
    """Exit code, messages, and the draft's bytes (None when no draft was written)."""
    source = tmp_path / "source.yaml"
    source.write_bytes(raw)
    out = tmp_path / "draft.yaml"
    out.unlink(missing_ok=True)
    result = CliRunner().invoke(cli, ["rollover", str(source), "-o", str(out), "--lang", "en", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.output, out.read_bytes() if out.exists() else None


def codes_of(tmp_path: Path, raw: bytes, name: str = "checked.yaml") -> tuple[int, Counter[str]]:
    path = tmp_path / name
    path.write_bytes(raw)
    result = CliRunner().invoke(cli, ["validate", str(path), "--format", "json"])
    findings = json.loads(result.output)["files"][0]["findings"]
    return result.exit_code, Counter(f["code"] for f in findings)


def test_tab_after_a_colon_is_read_like_validate_reads_it(tmp_path: Path) -> None:
    raw = OLD.replace("name: 新聞稿", "name:\t新聞稿").encode()
    assert codes_of(tmp_path, raw) == (0, Counter())
    code, output, draft = roll(tmp_path, raw)
    assert code == 0, output
    assert draft is not None and b"            name:\t\xe6\x96\xb0\xe8\x81\x9e\xe7\xa8\xbf\n" in draft
    assert codes_of(tmp_path, draft) == (0, OLD_DRAFT_INFOS)


FILMS = """\
          - id: films
            name: 影片
            weight: 20
            target: "20"
            actual: "22"
"""


def test_explicit_keys_are_cleared_whole_and_the_next_key_kept(tmp_path: Path) -> None:
    films = FILMS.replace('            actual: "22"\n', '            ? actual\n            : "22"\n'
                          '            note: keep me\n')
    # After a dash: the `?` entry goes and the kept key moves up behind the dash.
    complaints = ("          - id: complaints\n            name: 陳情案件\n            weight: 20\n"
                  "            target: 5件以下\n            actual: 3件\n")
    dashed = ("          - ? actual\n            : 3件\n            id: complaints\n            name: 陳情案件\n"
              "            weight: 20\n            target: 5件以下\n")
    text = OLD.replace(FILMS, films).replace(complaints, dashed)
    assert codes_of(tmp_path, text.encode()) == (0, Counter())
    code, output, draft = roll(tmp_path, text.encode())
    assert code == 0, output
    assert draft is not None
    lines = draft.decode().splitlines()
    start = lines.index("          - id: films")
    assert lines[start:start + 11] == [
        "          - id: films",
        "            name: 影片",
        "            weight: 20",
        '            target: "20"',
        "            note: keep me",
        "          - id: complaints",
        "            name: 陳情案件",
        "            weight: 20",
        "            target: 5件以下",
        '            suggested_target: "3件以下"  # 2015: actual 3件 beat 5件以下 by 40%',
        "  - id: hr",
    ]
    assert codes_of(tmp_path, draft) == (0, OLD_DRAFT_INFOS)


def test_a_draft_that_would_not_validate_is_refused_and_located(tmp_path: Path) -> None:
    # The `?` alone on its line: the key below it is deleted, the `?` would be left as a null key.
    films = FILMS.replace('            actual: "22"\n', '            ?\n              actual\n            : "22"\n'
                          '            note: keep me\n')
    text = OLD.replace(FILMS, films)
    assert codes_of(tmp_path, text.encode()) == (0, Counter())
    code, output, draft = roll(tmp_path, text.encode())
    assert (code, draft) == (1, None), output
    assert "internal error" not in output and "Traceback" not in output
    # Located in FILE (not in the draft, which has two header lines more): the empty key the draft would
    # have left is just after the `?` on line 29 (12 spaces, `?` in column 13).
    assert f"{tmp_path / 'source.yaml'}:29:14: PS203 in the draft: a key must be a plain text" in output, output
    assert "nothing was written" in output


@pytest.mark.parametrize("newline", ["\r", "\x85", "\u2028", "\u2029", "\r\n"],
                         ids=["CR", "NEL", "LS", "PS", "CRLF"])
def test_every_yaml_line_break_is_kept(tmp_path: Path, newline: str) -> None:
    code, _, expected = roll(tmp_path, OLD.encode())
    assert code == 0 and expected is not None
    raw = OLD.replace("\n", newline).encode()
    assert codes_of(tmp_path, raw) == (0, Counter())
    code, output, draft = roll(tmp_path, raw)
    assert code == 0, output
    assert draft is not None
    # The same draft as from the LF file, with the file's own line break everywhere (header included).
    assert draft.decode() == expected.decode().replace("\n", newline)
    assert codes_of(tmp_path, draft) == (0, OLD_DRAFT_INFOS)


def test_comments_after_a_deleted_block_value_survive(tmp_path: Path) -> None:
    press = """\
            actual: "403"
            published: {achievement: 100%, points: 20}
            analysis: |-
              發布 403 則。
"""
    blocked = """\
            actual: "403"
            analysis: |-
              發布 403 則。
              # inside the text, not a comment
            published:
              achievement: 100%
              points: 20
            # kept: at the key's column, below the deleted value
          # films: the comment describing the next indicator
"""
    hours = "            review: {cause: 課程不足, strategy: 增開課程}\n"
    reviewed = ("            review:\n              cause: 課程不足\n              strategy: 增開課程\n"
                "\n          # 差勤\n")
    text = (OLD.replace(press, blocked).replace(hours, reviewed)
            .replace("sections: []\n", "sections:\n  - points: 0\n    # the section as printed\n    name: s\n"
                     "    weight: 0\n"))
    assert codes_of(tmp_path, text.encode()) == (0, Counter())
    code, output, draft = roll(tmp_path, text.encode())
    assert code == 0, output
    assert draft is not None
    lines = draft.decode().splitlines()
    start = lines.index('            target: "250"')
    assert lines[start:start + 5] == [
        '            target: "250"',
        '            suggested_target: "403"  # 2015: actual 403 beat 250 by 61.2%',
        "            # kept: at the key's column, below the deleted value",
        "          # films: the comment describing the next indicator",
        "          - id: films",
    ]
    start = lines.index("            target: 70%")
    assert lines[start:start + 4] == ["            target: 70%", "", "          # 差勤", "          - name: 差勤"]
    assert lines[-5:] == ["sections:", "  -", "    # the section as printed", "    name: s", "    weight: 0"]
    assert "# inside the text, not a comment" not in draft.decode()
    assert codes_of(tmp_path, draft) == (0, OLD_DRAFT_INFOS + Counter({"PS508": 1}))


# --- round trip: the draft validates, and comments outside removed values survive --------------------

# What rollover clears, listed here by hand: level -> keys.
CLEARED = {
    "root": {"dropped"},
    "report": {"summary", "published"},
    "facet": {"published"},
    "indicator": {"actual", "published", "points", "analysis", "review", "justification", "suggested_target"},
    "section": {"points", "items"},
    "bonus": {"points"},
}


def _last_line(node: yaml.Node) -> int:
    """0-based line of the last character that belongs to the node (not the comments after it)."""
    if isinstance(node, yaml.MappingNode) and not node.flow_style and node.value:
        key, value = node.value[-1]
        return max(_last_line(key), _last_line(value) if value.value != "" else -1)
    if isinstance(node, yaml.SequenceNode) and not node.flow_style and node.value:
        return _last_line(node.value[-1])
    mark = node.end_mark
    # Block scalars end after their last line break (and any blank lines): back up to the last content.
    text = mark.buffer if mark.buffer is not None else ""
    end = mark.index
    while end > node.start_mark.index and text[end - 1] in " \n":
        end -= 1
    return node.start_mark.line + text[node.start_mark.index:end].count("\n")


def removed_comment_lines(text: str) -> set[int]:
    """0-based lines that rollover may remove, among them comments: inside a cleared value or indented under it
    just after it, or in the run of comment lines right above a cleared key at its own column (they
    describe it)."""
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    lines = text.split("\n")
    removed: set[int] = set()

    def clear(mapping: yaml.Node | None, level: str) -> None:
        if not isinstance(mapping, yaml.MappingNode):
            return
        for key, value in mapping.value:
            if key.value in CLEARED[level]:
                first = key.start_mark.line
                last = max(key.start_mark.line, _last_line(value) if value.value != "" else -1)
                while last + 1 < len(lines) and lines[last + 1].lstrip().startswith("#") and \
                        len(lines[last + 1]) - len(lines[last + 1].lstrip(" ")) > key.start_mark.column:
                    last += 1  # a comment indented under the cleared key goes with it
                removed.update(range(first, last + 1))
                column = key.start_mark.column
                if lines[first][:column].strip() == "?":  # an explicit key: the entry starts at its `?`
                    column = lines[first].index("?")
                above = first - 1
                while above >= 0 and lines[above].lstrip().startswith("#") and \
                        len(lines[above]) - len(lines[above].lstrip(" ")) == column:
                    removed.add(above)
                    above -= 1

    def items(node: yaml.Node | None, key: str) -> list[yaml.Node]:
        for k, v in node.value if isinstance(node, yaml.MappingNode) else []:
            if k.value == key and isinstance(v, yaml.SequenceNode):
                return list(v.value)
        return []

    clear(root, "root")
    clear(next((v for k, v in root.value if k.value == "report"), None), "report")
    for facet in items(root, "facets"):
        clear(facet, "facet")
        for goal in items(facet, "goals"):
            for indicator in items(goal, "indicators"):
                clear(indicator, "indicator")
    for section in items(root, "sections"):
        clear(section, "section")
    for bonus in items(root, "bonus"):
        clear(bonus, "bonus")
    return removed


def assert_round_trip(tmp_path: Path, text: str, errors: Counter[str]) -> None:
    """The draft has no errors beyond `errors` (the input's own), only PS507/PS508 infos besides, and
    every comment line of the input outside a removed value, in the input's order."""
    code, output, draft = roll(tmp_path, text.encode())
    assert code == 0, output
    assert draft is not None
    _, codes = codes_of(tmp_path, draft)
    assert set(codes) <= {"PS507", "PS508"} | set(errors) and all(codes[c] == n for c, n in errors.items())
    removed = removed_comment_lines(text)
    kept = [line for number, line in enumerate(text.split("\n"))
            if line.lstrip().startswith("#") and number not in removed]
    remaining = iter(draft.decode().split("\n"))
    assert all(any(line == candidate for candidate in remaining) for line in kept), kept


def test_round_trip_of_the_example(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    lines = text.split("\n")
    # Comments rollover may remove: 5 above the summary, 4 above analyses and reviews, 14 among the items.
    assert sum(lines[n].lstrip().startswith("#") for n in removed_comment_lines(text)) == 23
    assert_round_trip(tmp_path, text, Counter({"PS302": 1, "PS303": 1}))


@st.composite
def reports(draw: st.DrawFn) -> str:
    """A small valid report: one facet of 1, 2, 4 or 5 equal indicators whose entries come in any order,
    in block or flow style, with comments around them."""
    count = draw(st.sampled_from([1, 2, 4, 5]))
    weight = 100 // count
    lines = ["report:", "  title: 2015 report", "  organisation: o", "  year: 2015",
             "  published: {total: 100}" if draw(st.booleans()) else "  # no published figures",
             "scoring: {}", "facets:", "  - name: f", "    weight: 100", "    goals:", "      - name: g",
             "        indicators:"]
    for number in range(count):
        actual = draw(st.sampled_from([None, '"10"', '"15"']))
        entries = [[f"id: i{number}"], ["name: name"], [f"weight: {weight}"], ['target: "10"']]
        if actual is not None:
            entries.append(draw(st.sampled_from([[f"actual: {actual}"], ["? actual", f": {actual}"]])))
            entries.append(draw(st.sampled_from([
                [f"published: {{achievement: 100%, points: {weight}}}"],
                ["published:", "  achievement: 100%", f"  points: {weight}", "  # inside published"]])))
        if draw(st.booleans()):
            entries.append(["analysis: |-", "  text", "  # inside the text"])
        if draw(st.booleans()):
            entries.append(["note: n1"])
        entries = draw(st.permutations(entries))
        if draw(st.booleans()):
            lines.append(f"          # before indicator {number}")
        for index, entry in enumerate(entries):
            if index and draw(st.booleans()):
                lines.append(f"            # about {entry[0]} of {number}")
            lead = "          - " if index == 0 else "            "
            lines.append(lead + entry[0])
            lines += ["            " + rest for rest in entry[1:]]
        if draw(st.booleans()):
            lines.append(f"            # after indicator {number}")
    lines += ["# the sections", "sections: []", ""]
    return "\n".join(lines)


@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(reports())
def test_round_trip_of_generated_reports(tmp_path: Path, text: str) -> None:
    assert codes_of(tmp_path, text.encode(), "input.yaml")[0] == 0, text
    assert_round_trip(tmp_path, text, Counter())
