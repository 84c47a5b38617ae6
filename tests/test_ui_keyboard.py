"""Everything reachable without a mouse: Tab walks each step in reading order, labels carry mnemonics that focus
their field, and the window's main actions have their shortcuts."""

# ruff: noqa: F811  (pytest fixtures are imported and used as parameters of the same name)
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QStyle, QStyleOptionButton, QWidget
from pytestqt.qtbot import QtBot
from ui_fixtures import load_sample, window  # noqa: F401

from ui.main_window import STEP_CONTACTS, STEP_MESSAGE, MainWindow

pytestmark = pytest.mark.gui


def _walk_tab(qtbot: QtBot, start: QWidget, steps: int) -> list[QWidget]:
    """Focus `start`, press Tab `steps` times; the widgets that had focus, in order."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    seen = [start]
    for _ in range(steps):
        qtbot.keyClick(seen[-1], Qt.Key.Key_Tab)
        focused = start.window().focusWidget()
        assert focused is not None
        seen.append(focused)
    return seen


def _activate(win: MainWindow, step: int) -> None:
    win.steps.setCurrentRow(step)
    win.activateWindow()


def test_tab_walks_the_message_step_in_reading_order(qtbot: QtBot, window: MainWindow) -> None:
    _activate(window, STEP_MESSAGE)
    view = window.message_view
    reachable = [w for w in view.tab_chain if w.isVisibleTo(view) and w.isEnabled()]
    chain = _walk_tab(qtbot, view.header_edits["From"], len(reachable) - 1)
    expected = [*view.header_edits.values(), view.format_combo, view.insert_button, view.condition_button,
                view.signature_button, view.source_button, view.rich_edit, view.attachments_edit,
                view.add_file_button]
    assert chain == [w for w in expected if w.isEnabled()]
    # The body is left with Tab (no tab characters typed into the message), so the chain goes on past it.
    assert view.rich_edit.toPlainText() == ""


def test_tab_walks_the_contacts_step_in_reading_order(qtbot: QtBot, window: MainWindow) -> None:
    load_sample(qtbot, window)  # a sheet is open, so the combos are filled and enabled
    _activate(window, STEP_CONTACTS)
    view = window.contacts_view
    view.sheet_combo.setEnabled(True)  # the sample has several sheets; make the test independent of that
    # The encoding box is there for CSV/TXT files only; the sample is a workbook.
    expected = [view.sheet_combo, view.header_spin, view.open_button, *view.role_combos.values(), view.filter_edit,
                view.table]
    chain = _walk_tab(qtbot, view.sheet_combo, len(expected) - 1)
    assert chain == expected


@pytest.mark.parametrize(("step", "label_text", "field"), [
    (STEP_MESSAGE, "F&rom:", lambda w: w.message_view.header_edits["From"]),
    (STEP_MESSAGE, "S&ubject:", lambda w: w.message_view.header_edits["Subject"]),
    (STEP_MESSAGE, "F&ormat:", lambda w: w.message_view.format_combo),
    (STEP_MESSAGE, "&Attachments:", lambda w: w.message_view.attachments_edit),
    (STEP_CONTACTS, "&Email address:", lambda w: w.contacts_view.role_combos["email"]),
    (STEP_CONTACTS, "F&ind:", lambda w: w.contacts_view.filter_edit),
])
def test_labels_have_mnemonics_that_focus_their_field(qtbot: QtBot, window: MainWindow, step: int,
                                                      label_text: str, field: object) -> None:
    _activate(window, step)
    page = window.pages.widget(step)
    labels = [label for label in page.findChildren(QLabel) if label.text() == label_text]
    assert len(labels) == 1, label_text
    target = field(window)  # type: ignore[operator]
    assert labels[0].buddy() is target
    qtbot.waitUntil(window.isActiveWindow)
    key = label_text[label_text.index("&") + 1]
    qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(target.hasFocus)


def test_mnemonics_are_unique_in_each_step_and_leave_the_menus_alone(window: MainWindow) -> None:
    menu_keys = {a.text()[a.text().index("&") + 1].lower() for a in window.menuBar().actions() if "&" in a.text()}
    for step in (STEP_CONTACTS, STEP_MESSAGE):
        page = window.pages.widget(step)
        texts = [w.text() for w in page.findChildren(QWidget) if hasattr(w, "text") and "&" in str(w.text())]
        keys = [t[t.index("&") + 1].lower() for t in texts]
        assert len(keys) == len(set(keys)), texts
        assert not set(keys) & menu_keys, texts


def test_main_shortcuts_exist(window: MainWindow) -> None:
    shortcuts = {s.toString(QKeySequence.SequenceFormat.PortableText): a.text()
                 for a in window.findChildren(QAction) for s in a.shortcuts()}
    for keys in ("Ctrl+O", "Ctrl+S", "F5", "Ctrl+Return", "Ctrl+Enter", "Ctrl+Shift+Return"):
        assert keys in shortcuts, keys
    assert "Open" in shortcuts["Ctrl+O"] and "Check" in shortcuts["F5"]


def test_f5_checks_from_any_step(qtbot: QtBot, window: MainWindow) -> None:
    load_sample(qtbot, window)
    _activate(window, STEP_MESSAGE)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.message_view.body_edit, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.check_view.model.rowCount() > 0 or "ready" in window.check_view.summary.text())
    assert window.pages.currentWidget() is window.check_view


def test_insert_field_button_has_room_for_its_text_and_menu_arrow(qtbot: QtBot, window: MainWindow) -> None:
    load_sample(qtbot, window)
    _activate(window, STEP_MESSAGE)
    button = window.message_view.insert_button
    option = QStyleOptionButton()
    button.initStyleOption(option)
    text_width = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
    assert button.width() >= text_width + arrow
    # Keyboard: Alt+I opens the column menu.
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, "i", Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.message_view.insert_menu.isVisible)
    assert "email" in [a.text() for a in window.message_view.insert_menu.actions()]
    window.message_view.insert_menu.close()
