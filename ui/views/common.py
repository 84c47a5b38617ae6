"""Small pieces every step uses."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from ui.i18n import shown_number


class InlineError(QLabel):
    """A plain-language problem shown where it happened (not a dialog, not a traceback). Hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(self.textInteractionFlags() | self.textInteractionFlags().TextSelectableByMouse)
        self.setStyleSheet("QLabel { color: #b00020; background: #fdecee; padding: 6px; border-radius: 4px; }")
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("")


def counted(context: str, count: int, one: str, many: str, **params: object) -> str:
    """A translated sentence with a number in it: `one`/`many` are English sources with {n} (and other {fields}).

    Qt's %n numerus forms need a compiled English translation to say "1 message" rather than "1 message(s)";
    two plain sources keep English right without one (a translator still gets both forms). lupdate cannot see
    through this helper: packaging/update_translations.py hands it every call's literal sources. The number is
    written the locale's way (10,000 / 10.000)."""
    text = QCoreApplication.translate(context, one if count == 1 else many)
    return text.format(n=shown_number(count), **params)


def set_tab_chain(widgets: Sequence[QWidget]) -> None:
    """Tab visits `widgets` in this order (the reading order), whatever order they were created in."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
