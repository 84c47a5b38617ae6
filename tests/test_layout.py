"""The core must stay importable without Qt (DESIGN.md §1)."""

from __future__ import annotations

import subprocess
import sys

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
