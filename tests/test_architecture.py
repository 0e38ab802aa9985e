"""The layering holds: the folders are the pipeline, every import points down it, and nothing imports in a
circle. `core` is pure (no click, rich, YAML or file I/O); formats are handed views, never build them, and
return what they render instead of printing it.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "perfscore"

# Each layer may import itself and the layers listed for it, nothing else of perfscore.
ALLOWED: dict[str, set[str]] = {
    "core": set(),
    "rules": {"core"},
    "readers": {"core", "rules"},
    "engine": {"core", "rules", "readers"},
    "edit": {"core", "readers"},
    "views": {"core"},
    "formats": {"core", "rules"},  # a format is handed its view: it never imports one
    "site": {"core", "rules", "readers", "engine", "views", "formats"},  # perfscore site: passes, pages, its folder
    "commands": {"core", "rules", "readers", "engine", "edit", "views", "formats", "site"},
}
FORBIDDEN_IN_CORE = {"click", "rich", "yaml", "jinja2", "os", "io", "pathlib", "shutil", "tempfile", "subprocess",
                     "glob", "sqlite3"}


def imported_modules(path: Path) -> set[str]:
    """Every module `path` imports, at the top or inside a function, as an absolute name."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in PACKAGE.rglob("*.py")}


def layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 or (len(parts) == 2 and parts[1] in ALLOWED) else "top"


def test_every_module_sits_in_a_layer() -> None:
    loose = sorted(name for name in modules() if layer(name) == "top")
    assert loose == ["perfscore", "perfscore.__main__", "perfscore.cli"]


def test_imports_point_down_the_pipeline() -> None:
    known = modules()
    wrong = []
    for name, path in known.items():
        home = layer(name)
        if home == "top":
            continue
        for target in imported_modules(path):
            if target not in known or layer(target) in ("top", home):
                if target in known and layer(target) == "top":
                    wrong.append(f"{name} imports {target}")
                continue
            if layer(target) not in ALLOWED[home]:
                wrong.append(f"{name} imports {target}")
    assert wrong == []


def test_no_import_cycles() -> None:
    known = modules()
    graph = {name: {t for t in imported_modules(path) if t in known and t != name} for name, path in known.items()}
    # a package's __init__ is not a cycle with its own modules when it only names them lazily
    cycles: list[list[str]] = []
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                cycles.append([*trail[trail.index(target):], target] if target in trail else [node, target])
            elif target not in state:
                visit(target, [*trail, target])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert cycles == []


def test_core_is_pure() -> None:
    for path in (PACKAGE / "core").glob("*.py"):
        roots = {module.split(".")[0] for module in imported_modules(path)}
        assert not roots & FORBIDDEN_IN_CORE, f"core/{path.name} imports {sorted(roots & FORBIDDEN_IN_CORE)}"
        calls = [node for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                 if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "open"]
        assert not calls, f"core/{path.name} opens files"


# What a format may use of core: number text, labels, and the finding values a findings view holds.
# core.catalogue holds sentences only, in both languages. A format that cannot render says so with
# formats.FormatError, which the command shows as a usage error (exit 2).
CORE_FOR_FORMATS = {"perfscore.core.decimals", "perfscore.core.i18n", "perfscore.core.findings",
                    "perfscore.core.catalogue"}


def test_formats_never_score_nor_build_views() -> None:
    """Formats read plain-data views: they never import the model, the results, the scoring, the year over
    year diff or the analysis types, so they can neither compute a figure nor build a view themselves."""
    for path in (PACKAGE / "formats").rglob("*.py"):
        core = {m for m in imported_modules(path) if m.startswith("perfscore.core.") and m.count(".") == 2}
        assert core <= CORE_FOR_FORMATS, f"{path.relative_to(PACKAGE)} imports {sorted(core - CORE_FOR_FORMATS)}"


def test_formats_never_print() -> None:
    """A format returns its text or bytes; the command decides where they go (-o, stdout, stderr)."""
    for path in (PACKAGE / "formats").rglob("*.py"):
        where = path.relative_to(PACKAGE)
        roots = {module.split(".")[0] for module in imported_modules(path)}
        assert not roots & {"click", "sys"}, f"{where} imports {sorted(roots & {'click', 'sys'})}"
        calls = [node.func.id for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                 if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)]
        assert not {"print", "open"} & set(calls), f"{where} prints or opens a file"


def test_only_rules_and_readers_make_findings() -> None:
    """core computes and never judges: a finding is made by a rule (perfscore/rules/), or by a reader while
    it parses; the engine only locates them."""
    makers = []
    for name, path in modules().items():
        if layer(name) in ("rules", "readers") or name == "perfscore.core.findings":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            called = node.func if isinstance(node, ast.Call) else None
            if isinstance(called, ast.Attribute) and isinstance(called.value, ast.Name):
                called = called.value if called.attr == "at" else None
            if isinstance(called, ast.Name) and called.id == "Finding":
                makers.append(name)
    assert makers == []


def test_modules_stay_small_and_documented() -> None:
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert len(text.splitlines()) <= 330, f"{path.relative_to(PACKAGE)} has {len(text.splitlines())} lines"
        assert ast.get_docstring(ast.parse(text)), f"{path.relative_to(PACKAGE)} has no module docstring"


def test_version_imports_neither_pydantic_nor_rich() -> None:
    code = ("import sys\nfrom perfscore.cli import main\ntry:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('pydantic', 'rich', 'yaml') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_no_module_imports_another_module_s_private_names() -> None:
    wrong = []
    for name, path in modules().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("perfscore") and \
                    node.module != name:
                wrong += [f"{name} imports {node.module}.{a.name}" for a in node.names
                          if a.name.startswith("_") and not a.name.startswith("__")]  # __version__ is public
    assert wrong == []


def test_only_the_yaml_reader_and_the_yaml_editor_parse_yaml() -> None:
    """The engine reaches readers through the contract (perfscore.readers) and the registry, never a format's
    own modules, so a new reader plugs in without touching it."""
    parses = sorted(name for name, path in modules().items()
                    if {m.split(".")[0] for m in imported_modules(path)} & {"yaml"})
    assert all(name.startswith(("perfscore.readers.yaml.", "perfscore.edit.")) for name in parses), parses
    for name, path in modules().items():
        if layer(name) == "engine":
            direct = sorted(m for m in imported_modules(path) if m.startswith("perfscore.readers.yaml"))
            assert direct == [], f"{name} imports {direct}"
    assert not {m for m in imported_modules(PACKAGE / "readers" / "__init__.py") if not m.startswith(
        ("perfscore.core", "__future__", "dataclasses", "typing"))}
