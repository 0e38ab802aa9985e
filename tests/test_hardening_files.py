"""Issue #14, files share: `-o` onto links and devices, FIFOs as input, glob loops, deep trees, dead workers.

Every CLI run here is a subprocess under `timeout=`, so a regression that blocks fails instead of hanging.
"""

from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from perfscore.commands.output import write_atomic
from perfscore.core.errors import PerfscoreError
from perfscore.engine.paths import expand, expand_arguments

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "chiayi-2015-administration.yaml"
ENV = {**os.environ, "NO_COLOR": "1", "GITHUB_ACTIONS": "", "FORCE_COLOR": "", "COLUMNS": "100"}


def run(*args: str | Path, timeout: float = 60, env: dict[str, str] | None = None,
        cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "perfscore", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, env={**ENV, **(env or {})}, cwd=cwd or ROOT)


def null_device(folder: Path) -> Path:
    node = folder / "null"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, AttributeError):
        pytest.skip("mknod is not permitted here")
    return node


# --- 1. -o never replaces what it does not own ------------------------------------------------------------

def test_output_onto_a_character_device_writes_through_and_keeps_the_node(tmp_path: Path) -> None:
    node = null_device(tmp_path)
    result = run("compute", EXAMPLE, "-f", "json", "-o", node)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISCHR(os.lstat(node).st_mode)
    assert list(tmp_path.iterdir()) == [node]  # no temporary file left beside it


def test_output_onto_a_link_to_a_character_device_keeps_both(tmp_path: Path) -> None:
    node = null_device(tmp_path)
    link = tmp_path / "out.json"
    link.symlink_to(node)
    assert run("compute", EXAMPLE, "-f", "json", "-o", link).returncode == 0
    assert link.is_symlink() and os.readlink(link) == str(node)
    assert stat.S_ISCHR(os.lstat(node).st_mode)


def test_output_through_proc_self_fd_goes_to_standard_output(tmp_path: Path) -> None:
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    result = run("compute", EXAMPLE, "-f", "json", "-o", link)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and os.readlink(link) == "/proc/self/fd/1"
    assert '"total": 92.9' in result.stdout


def test_output_to_dev_stdout_appends_to_a_redirected_file(tmp_path: Path) -> None:
    if not Path("/dev/stdout").is_symlink():
        pytest.skip("/dev/stdout is not the usual link to /proc/self/fd/1")
    # Through a link of our own: were the fix lost, the rename would replace this link, not /dev/stdout.
    stdout = tmp_path / "stdout"
    stdout.symlink_to("/dev/stdout")
    log = tmp_path / "log.txt"
    log.write_text("before\n")
    with log.open("a") as stream:
        result = subprocess.run([sys.executable, "-m", "perfscore", "schema", "-o", stdout], stdout=stream,
                                stderr=subprocess.PIPE, text=True, timeout=60, env=ENV, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    text = log.read_text()
    assert text.startswith("before\n{") and text.count('"$schema"') == 1
    assert stdout.is_symlink() and Path("/dev/stdout").is_symlink()


def test_output_onto_a_fifo_writes_through_to_the_reader(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = run("compute", EXAMPLE, "-f", "json", "-o", fifo, timeout=30)
    reader.join(10)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert b'"total": 92.9' in received[0]


def test_output_through_a_link_to_a_regular_file_replaces_the_target_and_keeps_the_link(tmp_path: Path) -> None:
    target = tmp_path / "real.json"
    target.write_text("old")
    target.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(target.name)  # relative, as links usually are
    write_atomic(link, "new")
    assert link.is_symlink() and os.readlink(link) == "real.json"
    assert target.read_text() == "new" and stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.json", "real.json"]


def test_output_through_a_dangling_link_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link.json"
    link.symlink_to("made.json")
    write_atomic(link, "new")
    assert link.is_symlink() and (tmp_path / "made.json").read_text() == "new"


def test_output_onto_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        result = run("compute", EXAMPLE, "-f", "json", "-o", path)
    finally:
        server.close()
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "socket" in result.stderr and stat.S_ISSOCK(os.lstat(path).st_mode)


def test_output_onto_a_directory_or_a_link_to_one_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    link = tmp_path / "l"
    link.symlink_to(folder)
    for target in (folder, link):
        with pytest.raises(PerfscoreError, match="a folder"):
            write_atomic(target, "x")
        result = run("compute", EXAMPLE, "-f", "json", "-o", target)
        assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert link.is_symlink() and list(folder.iterdir()) == []


def test_output_through_a_link_to_the_input_is_still_refused(tmp_path: Path) -> None:
    report = tmp_path / "r.yaml"
    shutil.copy(EXAMPLE, report)
    link = tmp_path / "out.json"
    link.symlink_to(report)
    result = run("compute", report, "-f", "json", "-o", link)
    assert result.returncode == 2 and "refusing to overwrite an input" in result.stderr
    assert report.read_bytes() == EXAMPLE.read_bytes()


# --- 2. a FIFO (or any non-regular file) is never opened as input -----------------------------------------

@pytest.mark.parametrize("command", ["validate", "compute", "compare", "rollover"])
def test_a_fifo_named_directly_is_refused(tmp_path: Path, command: str) -> None:
    fifo = tmp_path / "r.yaml"
    os.mkfifo(fifo)
    result = run(command, fifo, timeout=30)
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert f"{fifo}: not a regular file (a FIFO)" in result.stderr


def test_a_fifo_in_diff_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "new.yaml"
    os.mkfifo(fifo)
    result = run("diff", EXAMPLE, fifo, timeout=30)
    assert result.returncode == 2 and "not a regular file (a FIFO)" in result.stderr


def test_a_character_device_named_directly_is_refused(tmp_path: Path) -> None:
    result = run("compute", "/dev/zero", timeout=30)
    assert result.returncode == 2 and "/dev/zero: not a regular file (a character device)" in result.stderr


@pytest.mark.parametrize("command", ["validate", "compare"])
def test_a_fifo_in_a_folder_is_skipped_with_a_notice(tmp_path: Path, command: str) -> None:
    shutil.copy(EXAMPLE, tmp_path / "a.yaml")
    os.mkfifo(tmp_path / "b.yaml")
    result = run(command, tmp_path, timeout=30)
    assert result.returncode in (0, 1), result.stderr  # the example has findings (exit 1 for validate)
    assert f"{tmp_path / 'b.yaml'}: skipped, not a regular file (a FIFO)" in result.stderr


def test_a_fifo_matched_by_a_pattern_is_skipped_with_a_notice(tmp_path: Path) -> None:
    shutil.copy(EXAMPLE, tmp_path / "a.yaml")
    os.mkfifo(tmp_path / "b.yaml")
    arguments, problems, notices = expand_arguments((str(tmp_path / "*.yaml"),))
    assert problems == [] and [a.files for a in arguments] == [(str(tmp_path / "a.yaml"),)]
    assert notices == [f"{tmp_path / 'b.yaml'}: skipped, not a regular file (a FIFO)"]


# --- 3. ** does not follow folder links; each real file once ---------------------------------------------

def test_double_star_does_not_follow_a_folder_link_loop(tmp_path: Path) -> None:
    shutil.copy(EXAMPLE, tmp_path / "a.yaml")
    (tmp_path / "sub").mkdir()
    shutil.copy(EXAMPLE, tmp_path / "sub" / "b.yaml")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    files, problems, _ = expand((str(tmp_path / "**" / "*.yaml"),))
    assert problems == [] and files == [str(tmp_path / "a.yaml"), str(tmp_path / "sub" / "b.yaml")]
    result = run("validate", tmp_path / "**" / "*.yaml", timeout=30)
    assert result.returncode == 1 and result.stdout.count("PS303") == 2, result.stdout + result.stderr


def test_a_file_named_twice_or_through_a_link_is_reported_once(tmp_path: Path) -> None:
    shutil.copy(EXAMPLE, tmp_path / "a.yaml")
    (tmp_path / "b.yaml").symlink_to("a.yaml")
    first = str(tmp_path / "a.yaml")
    files, problems, _ = expand((first, str(tmp_path) + "/./a.yaml", str(tmp_path / "b.yaml"), str(tmp_path)))
    assert (files, problems) == ([first], [])


def test_a_folder_holding_only_a_link_to_a_file_named_before_is_not_an_empty_folder(tmp_path: Path) -> None:
    shutil.copy(EXAMPLE, tmp_path / "a.yaml")
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "b.yaml").symlink_to(tmp_path / "a.yaml")
    result = run("validate", tmp_path / "a.yaml", tmp_path / "d", timeout=30)
    assert result.returncode == 1 and result.stdout.count("PS303") == 1, result.stdout + result.stderr


# --- 4. a very deep tree ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def deep_tree(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    top = tmp_path_factory.mktemp("deep")
    shutil.copy(EXAMPLE, top / "top.yaml")
    folders = [top]
    for _ in range(1500):  # one mkdir at a time: Path.mkdir(parents=True) itself recurses
        folders.append(folders[-1] / "d")
        folders[-1].mkdir()
    shutil.copy(EXAMPLE, folders[-1] / "bottom.yaml")
    yield top
    (folders[-1] / "bottom.yaml").unlink()
    for folder in reversed(folders[1:]):  # shutil.rmtree recurses too
        folder.rmdir()


@pytest.mark.parametrize("command", ["validate", "compare"])
def test_a_1500_level_tree_is_searched_without_recursion(deep_tree: Path, command: str) -> None:
    result = run(command, ".", *(["-f", "json"] if command == "compare" else []), timeout=60, cwd=deep_tree)
    assert "RecursionError" not in result.stderr and result.returncode in (0, 1), result.stderr[-500:]
    assert ("bottom.yaml" in result.stdout) and ("top.yaml" in result.stdout)


def test_a_1500_level_tree_through_a_pattern(deep_tree: Path) -> None:
    files, problems, _ = expand((str(deep_tree / "**" / "bottom.yaml"),))
    assert problems == [] and len(files) == 1 and files[0].endswith("/d/bottom.yaml")


# --- 5. a dead worker fails its files, exits 2 and leaves nothing behind -------------------------------------

def _processes_with(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker.encode() in (entry / "environ").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.mark.parametrize("command", ["validate", "compare"])
def test_a_killed_worker_fails_its_file_and_exits_2(tmp_path: Path, command: str) -> None:
    for index in range(12):
        shutil.copy(EXAMPLE, tmp_path / f"r{index:02d}.yaml")
    marker = f"perfscore-test-{uuid.uuid4()}"
    # validate's summary line is quoted in English; compare's table stays in the reports' language, as before
    language = ("--lang", "en") if command == "validate" else ()
    result = run(command, "--jobs", "2", tmp_path, *language, timeout=60,
                 env={"PERFSCORE_TEST_KILL_WORKER": "r05.yaml", "PERFSCORE_TEST_MARKER": marker,
                      "COLUMNS": "1000"})  # compare wraps a failed row's reason to the width: a long path splits it
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    # compare's table folds a long line at the terminal's width (a long $TMPDIR makes this one long): read
    # the words, not the line breaks
    said = " ".join((result.stderr + result.stdout).split())
    # compare's table says why in the reports' language (zh-TW) like the rest of the table
    died = "a worker process died" if command == "validate" else "處理此檔案的工作行程在完成前就終止了"
    assert f"{tmp_path / 'r05.yaml'}{': ' if command == 'validate' else '：'}{died}" in said
    assert said.count(died) == 1  # the others were run again
    if command == "validate":
        assert result.stdout.count("PS303") == 11 and "11 files checked" in result.stdout
    assert _processes_with(marker) == []


def test_compare_jobs_zero_is_automatic(tmp_path: Path) -> None:
    result = run("compare", "--jobs", "0", EXAMPLE, timeout=60)
    assert result.returncode == 0, result.stderr


def test_patterns_match_what_glob_matches_where_there_are_no_links(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import glob

    from perfscore.engine.paths import match_pattern

    for name in ("a.yaml", "b.yml", ".h.yaml", "x/c.yaml", "x/y/d.yaml", "x/.hid/e.yaml", "z/f.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("")
    monkeypatch.chdir(tmp_path)
    for pattern in ("*.yaml", "**/*.yaml", "x/**/*.yaml", "*/*.yaml", "x//*.yaml", "**", "x/**", "*/", ".*",
                    f"{tmp_path}/**/*.y*ml", "nope/*.yaml"):
        expected = sorted(p.rstrip("/") or p for p in glob.glob(pattern, recursive=True))
        assert [p.rstrip("/") or p for p in match_pattern(pattern)] == expected, pattern
