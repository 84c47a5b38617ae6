"""Paths of files shipped with the app (icons, the sample campaign)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
ICONS_DIR = RESOURCES / "icons"
SAMPLE_DIR = RESOURCES / "sample"
SAMPLE_TEMPLATE = SAMPLE_DIR / "template.html"  # English; template.<language>.html in the others


def sample_template(language: str) -> Path:
    """The sample letter in the window's language (English when there is none in it): someone trying the app
    meets a letter they could have written, and edits it into their own."""
    localized = SAMPLE_DIR / f"template.{language}.html"
    return localized if localized.is_file() else SAMPLE_TEMPLATE


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(ICONS_DIR / f"{name}.svg"))
