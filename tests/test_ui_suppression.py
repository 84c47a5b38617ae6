"""The suppression list dialog in the real Qt window: see why an address is held back, add, remove."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_fixtures import window  # noqa: F401  (fixture)

from mailmerge.sending.suppression import SuppressionList
from ui.i18n import shown_date
from ui.main_window import MainWindow
from ui.views.suppression_dialog import SuppressionDialog

pytestmark = pytest.mark.gui


def shown(dialog: SuppressionDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def stored() -> set[str]:
    store = SuppressionList()
    try:
        return {entry.address for entry in store.entries()}
    finally:
        store.close()


def test_dialog_lists_adds_and_removes(qtbot: QtBot) -> None:
    store = SuppressionList()
    store.add("gone@example.com", "smtp.mailbox_unknown")
    store.add("blocked@example.com", "tencent.blocklisted", expires=datetime.now(UTC) + timedelta(days=14))
    store.close()

    dialog = SuppressionDialog()
    qtbot.addWidget(dialog)
    rows = shown(dialog)
    assert [r[0] for r in rows] == ["blocked@example.com", "gone@example.com"]
    assert rows[1][1] == "The address does not exist (the receiving server said so)."
    assert rows[1][3] == "for good" and rows[0][3] != "for good"

    dialog.address_edit.setText("Kim <kim@bücher.de>")  # QTest cannot type ü; pasting is what people do anyway
    qtbot.keyClick(dialog.address_edit, Qt.Key.Key_Return)
    assert stored() == {"gone@example.com", "blocked@example.com", "kim@xn--bcher-kva.de"}
    assert "kim@bücher.de" in [r[0] for r in shown(dialog)] and dialog.address_edit.text() == ""

    dialog.table.selectRow([r[0] for r in shown(dialog)].index("gone@example.com"))
    assert dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert stored() == {"blocked@example.com", "kim@xn--bcher-kva.de"}
    assert "gone@example.com" not in [r[0] for r in shown(dialog)]
    dialog.reject()


def test_a_typo_is_explained_and_nothing_is_added(qtbot: QtBot) -> None:
    dialog = SuppressionDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.address_edit, "kim at example.com")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert not dialog.problem.isHidden()
    assert "is not an email address" in dialog.problem.text() and "Nothing was added" in dialog.problem.text()
    assert stored() == set()
    assert dialog.table.rowCount() == 0
    dialog.reject()


def test_the_send_menu_opens_it(window: MainWindow) -> None:  # noqa: F811
    texts = [a.text() for a in window.menuBar().actions()]
    send_menu = window.menuBar().actions()[texts.index("&Send")].menu()
    assert "Suppression &list…" in [a.text() for a in send_menu.actions()]


def test_import_and_export_csv_from_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    source = tmp_path / "list.csv"
    source.write_text("address,reason,expires\nleft@example.com,unsubscribed,\nspam@example.com,complaint,\n"
                      "oops,manual,\nwait@example.com,blocked,2031-05-01\n", encoding="utf-8")
    dialog = SuppressionDialog()
    qtbot.addWidget(dialog)
    assert dialog.import_button.isEnabled() and dialog.export_button.isEnabled()
    dialog.import_file(source)
    assert stored() == {"left@example.com", "spam@example.com", "wait@example.com"}
    assert dialog.status.text() == "Imported 3 addresses from list.csv. 1 line skipped; see above."
    assert dialog.problem.text().startswith("Line 4: 'oops' is not an email address")
    rows = {r[0]: r for r in shown(dialog)}
    assert rows["spam@example.com"][1] == "The person marked a message as spam."
    assert rows["wait@example.com"][3] == shown_date(date(2031, 5, 1))  # as the locale writes a day

    out = tmp_path / "saved.csv"
    dialog.export_file(out)
    assert out.read_text(encoding="utf-8-sig").splitlines()[1].startswith("left@example.com,unsubscribed,")
    assert dialog.status.text() == f"Saved 3 addresses to {out}." and dialog.problem.isHidden()
    dialog.reject()
