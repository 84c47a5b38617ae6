"""Paths of files shipped with the app (icons, the sample campaign)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
ICONS_DIR = RESOURCES / "icons"
SAMPLE_DIR = RESOURCES / "sample"


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(ICONS_DIR / f"{name}.svg"))
