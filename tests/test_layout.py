"""The core must stay importable without Qt (DESIGN.md §1)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from conftest import REPO


def test_core_modules_never_import_qt() -> None:
    code = (
        "import pkgutil, importlib, sys, mailmerge\n"
        "names = [m.name for m in pkgutil.walk_packages(mailmerge.__path__, 'mailmerge.')\n"
        "         if m.name != 'mailmerge.__main__']\n"
        "for name in names: importlib.import_module(name)\n"
        "assert len(names) > 5, names\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'ui'))]\n"
        "assert not bad, bad\n"
        "print(len(names))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 5


# Every import points down (issue: one campaign core, two faces). A package may import itself and the ones before it.
LAYERS = ("base", "sheets", "transports", "accounts", "compose", "sending")


def _imported_mailmerge_packages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "mailmerge" and len(parts) > 1:
                found.add(parts[1])
    return found


def test_core_imports_point_down() -> None:
    wrong = []
    for layer_index, layer in enumerate(LAYERS):
        allowed = set(LAYERS[: layer_index + 1])
        for path in sorted((REPO / "mailmerge" / layer).glob("*.py")):
            bad = _imported_mailmerge_packages(path) - allowed - {"__init__"}
            wrong += [f"{path.relative_to(REPO)} imports mailmerge.{name}" for name in sorted(bad)]
    assert wrong == []


def test_core_has_no_loose_modules_besides_the_faces() -> None:
    loose = {path.name for path in (REPO / "mailmerge").glob("*.py")}
    assert loose == {"__init__.py", "__main__.py", "cli.py"}
