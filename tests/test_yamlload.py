"""The safe YAML loader: exact decimals, and every hostile or ambiguous input as a located finding."""

from __future__ import annotations

import textwrap
from decimal import Decimal
from pathlib import Path

import pytest

from perfscore.core.limits import MAX_DEPTH
from perfscore.readers import Source
from perfscore.readers.registry import read


def load(text: str | bytes, **options: int) -> Source:
    raw = text.encode("utf-8") if isinstance(text, str) else text
    return read(raw, "t.yaml", **options)  # type: ignore[arg-type]


def located(loaded: Source) -> list[tuple[str, int, int]]:
    return [(f.code, f.line, f.column) for f in loaded.findings]


def test_decimals_are_exact() -> None:
    loaded = load("a: 0.1\nb: [0.1, 0.2]\nc: 2\nd: 1,000\ne: 13.90\n")
    assert loaded.findings == []
    assert loaded.data == {"a": Decimal("0.1"), "b": [Decimal("0.1"), Decimal("0.2")], "c": 2, "d": "1,000",
                           "e": Decimal("13.90")}
    assert type(loaded.data["a"]) is Decimal and str(loaded.data["a"]) == "0.1"
    assert type(loaded.data["c"]) is int
    assert sum(loaded.data["b"] + [loaded.data["a"]], Decimal(0)) == Decimal("0.4")


def test_plain_scalars_kept() -> None:
    loaded = load("a: true\nb: false\nc: ~\nd: 2015-01-01\ne: 完成\nf: '010'\n")
    assert loaded.findings == []
    assert loaded.data == {"a": True, "b": False, "c": None, "d": "2015-01-01", "e": "完成", "f": "010"}


def test_duplicate_key_reports_both_lines() -> None:
    loaded = load(textwrap.dedent("""\
        report:
          title: a
          year: 2015
          title: b
        """))
    assert located(loaded) == [("PS102", 4, 3)]  # the second title: line 4, column 3
    assert "first defined at line 2, column 3" in loaded.findings[0].message
    assert loaded.data == {"report": {"title": "a", "year": 2015}}  # the first one is kept


def test_alias() -> None:
    loaded = load("a: &x 1\nb: *x\n")
    assert located(loaded) == [("PS103", 1, 4)]  # the anchored value "&x 1", reused by the alias
    assert loaded.data is None


def test_merge_key() -> None:
    loaded = load("a: &x {k: 1}\nb:\n  <<: *x\n")
    assert [f.code for f in loaded.findings] == ["PS103"]
    assert loaded.data is None


def test_billion_laughs() -> None:
    lines = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 10):
        lines.append(f"l{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * 10) + "]")
    loaded = load("\n".join(lines) + "\n")  # 10^10 strings if expanded
    assert [f.code for f in loaded.findings] == ["PS103"]
    assert loaded.findings[0].line == 1
    assert loaded.data is None


@pytest.mark.parametrize("tag", ["!!python/object/apply:os.system", "!!python/object/new:os.system"])
def test_python_tag_runs_no_code(tag: str, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    loaded = load(f'a: 1\nb: {tag} ["touch {marker}"]\n')
    assert located(loaded) == [("PS104", 2, 4)]
    assert loaded.data is None
    assert not marker.exists()


@pytest.mark.parametrize("text", ["a: !!binary aGk=\n", "a: !custom x\n", "a: !!set {x}\n"])
def test_other_tags(text: str) -> None:
    assert [f.code for f in load(text).findings] == ["PS104"]


@pytest.mark.parametrize("bom", [b"\xff\xfe", b"\xfe\xff"])
def test_utf16(bom: bytes) -> None:
    codec = "utf-16-le" if bom == b"\xff\xfe" else "utf-16-be"
    loaded = load(bom + "a: 1\n".encode(codec))
    assert located(loaded) == [("PS105", 1, 1)]
    assert "UTF-16" in loaded.findings[0].message
    assert loaded.data is None


def test_utf8_bom_is_reported_but_read() -> None:
    loaded = load(b"\xef\xbb\xbfa: 1\n")
    assert located(loaded) == [("PS105", 1, 1)]
    assert loaded.data == {"a": 1}
    accepted = read(b"\xef\xbb\xbfa: 1\n", "t.yaml", accept_bom=True)
    assert (accepted.findings, accepted.data) == ([], {"a": 1})


def test_invalid_utf8_points_at_the_byte() -> None:
    # line 2 "b: caf\xe9": b=1 :=2 space=3 c=4 a=5 f=6, the Latin-1 é at column 7
    loaded = load(b"a: 1\nb: caf\xe9\n")
    assert located(loaded) == [("PS105", 2, 7)]
    assert "0xe9" in loaded.findings[0].message
    assert loaded.data is None


def test_big5_is_refused() -> None:
    loaded = load("a: 1\n\n名稱: 行政處\n".encode("big5"))
    assert located(loaded)[0][:2] == ("PS105", 3)


def test_size_limit() -> None:
    raw = b"".join(b"%d: 1\n" % n for n in range(10))  # 10 lines of 5 bytes: 50 bytes
    assert located(load(raw, max_bytes=49)) == [("PS106", 1, 1)]
    assert load(raw, max_bytes=49).data is None
    assert load(raw, max_bytes=50).findings == []


def test_flow_nesting_bomb_does_not_crash() -> None:
    # 100000 unclosed "[": libyaml would recurse in C and crash the process without the depth guard
    loaded = load("[" * 100_000)
    # The 65th "[" is column 65; newer libyaml builds refuse flow nesting past 1000 in their scanner,
    # before any event reaches our count, and we report their mark (column 1001) under the same code.
    assert located(loaded) in ([("PS107", 1, MAX_DEPTH + 1)], [("PS107", 1, 1001)])
    assert loaded.data is None


def test_block_nesting_bomb() -> None:
    loaded = load("- " * 200 + "x\n")
    assert located(loaded) == [("PS107", 1, 2 * MAX_DEPTH + 1)]  # the 65th "- " starts at column 129


def test_nesting_at_the_limit_is_fine() -> None:
    loaded = load("[" * MAX_DEPTH + "]" * MAX_DEPTH + "\n")
    assert loaded.findings[0].code == "PS108"  # a list, not a mapping: but not too deep
    assert [f.code for f in load("a: " + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1) + "\n").findings] == []


def test_deep_block_mapping_with_one_space_indent() -> None:
    text = "".join(" " * level + "k:\n" for level in range(100)) + " " * 100 + "v\n"  # 100 levels deep
    assert [f.code for f in load(text).findings] == ["PS107"]


@pytest.mark.parametrize(("text", "what"), [("", "empty"), ("# only a comment\n", "empty"),
                                             ("- a\n- b\n", "list"), ("just text\n", "str")])
def test_top_level_not_a_mapping(text: str, what: str) -> None:
    loaded = load(text)
    assert located(loaded) == [("PS108", 1, 1)]
    assert what in loaded.findings[0].message
    assert loaded.data is None


def test_yaml11_booleans() -> None:
    loaded = load("a: no\nb: on\nc: 'no'\nd: true\n")
    assert located(loaded) == [("PS109", 1, 4), ("PS109", 2, 4)]
    assert loaded.data == {"a": "no", "b": "on", "c": "no", "d": True}  # kept as text, not False/True


@pytest.mark.parametrize("value", ["010", "1e3", "0x1F", "1:20", "0o17", "1.0e+3", "-1E3"])
def test_ambiguous_numbers(value: str) -> None:
    loaded = load(f"a: 1\nb: {value}\n")
    assert located(loaded) == [("PS110", 2, 4)]
    assert loaded.data == {"a": 1, "b": value}


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf", ".NaN", "+.Inf"])
def test_non_finite(value: str) -> None:
    assert located(load(f"a: {value}\n")) == [("PS111", 1, 4)]


@pytest.mark.parametrize("value", ["1" * 40, "1" * 31, "1." + "1" * 39])
def test_number_too_big(value: str) -> None:
    loaded = load(f"a: {value}\n")
    assert located(loaded) == [("PS112", 1, 4)]
    assert loaded.data == {"a": value}


def test_thirty_digits_are_fine() -> None:
    loaded = load("a: " + "9" * 30 + "\n")
    assert loaded.findings == []
    assert loaded.data == {"a": int("9" * 30)}


def test_syntax_error_is_located() -> None:
    loaded = load("a: [1, 2\nb: 3\n")
    assert [f.code for f in loaded.findings] == ["PS101"]
    assert loaded.data is None
