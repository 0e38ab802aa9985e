"""The dependency rules hold: the pure core imports no click, rich or file I/O, and renderers do not score."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "perfscore"
PURE = ["model", "scoring", "targets", "resolve", "checks", "decimals", "problems", "findings", "rules", "i18n"]
FORBIDDEN_IN_PURE = {"click", "rich", "yaml", "os", "io", "pathlib", "shutil", "tempfile", "subprocess", "glob"}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def calls_open(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return any(isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "open"
               for node in ast.walk(tree))


def test_pure_modules_import_no_io_or_ui() -> None:
    for name in PURE:
        path = PACKAGE / f"{name}.py"
        roots = {module.split(".")[0] for module in imported_modules(path)}
        assert not roots & FORBIDDEN_IN_PURE, f"{name}.py imports {sorted(roots & FORBIDDEN_IN_PURE)}"
        assert not calls_open(path), f"{name}.py opens files"


def test_core_never_imports_the_cli_layer() -> None:
    for path in PACKAGE.glob("*.py"):
        if path.stem in ("cli", "__main__"):
            continue
        for module in imported_modules(path):
            assert not module.startswith(("perfscore.cli", "perfscore.commands")), f"{path.name} imports {module}"


def test_renderers_read_results_only() -> None:
    """Renderers may name result types, but never load, score or check anything themselves."""
    for path in (PACKAGE / "render").glob("*.py"):
        modules = imported_modules(path)
        for module in ("perfscore.checks", "perfscore.yamlload", "perfscore.commands", "perfscore.pipeline.analyze"):
            assert module not in modules, f"{path.name} imports {module}: renderers read results only"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module in ("perfscore.scoring", "perfscore.pipeline"):
                functions = [alias.name for alias in node.names if not alias.name[:1].isupper()]
                assert not functions, f"{path.name} imports {functions} from {node.module}: renderers do not score"


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
