"""The Contacts step's choices about the file itself, in the real window: the encoding of a CSV that can't tell,
the row with the column names, and cancelling a read."""

# ruff: noqa: F811  (pytest fixtures are imported and used as parameters of the same name)
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot
from ui_fixtures import WAIT_MS, window  # noqa: F401

from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_an_ambiguous_csv_offers_encodings_with_the_names_as_each_reads_them(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "short.csv"
    path.write_bytes("email,성명\na@example.com,김\n".encode("cp949"))
    view = window.contacts_view
    window.open_contacts(path)
    qtbot.waitUntil(lambda: view.encoding_combo.count() > 1 and view.encoding_combo.itemData(1) is not None,
                    timeout=WAIT_MS)  # fmt: skip
    assert window.session.table is None
    assert "can't tell which text encoding short.csv uses" in view.error.text()
    offered = {view.encoding_combo.itemData(i): view.encoding_combo.itemText(i)
               for i in range(1, view.encoding_combo.count())}  # fmt: skip
    assert offered["cp949"] == "Korean (CP949 / EUC-KR): email,성명 | a@example.com,김"
    assert "gb18030" in offered and "cp1252" not in offered
    view.encoding_combo.setCurrentIndex(view.encoding_combo.findData("cp949"))
    view.encoding_combo.activated.emit(view.encoding_combo.currentIndex())
    qtbot.waitUntil(lambda: window.session.table is not None, timeout=WAIT_MS)
    assert window.session.table.columns == ("email", "성명")
    assert view.encoding_combo.currentData() == "cp949" and view.error.text() == ""


def test_the_user_picks_the_header_row(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "titled.csv"
    path.write_text("Members,2024\nemail,name\na@example.com,Ann\nb@example.com,Bo\n", encoding="utf-8")
    view = window.contacts_view
    window.open_contacts(path)
    qtbot.waitUntil(lambda: window.session.table is not None, timeout=WAIT_MS)
    assert window.session.table.header_row == 1  # two filled cells: taken for the header
    assert view.header_spin.text() == "Automatic (row 1)"
    view.header_spin.setValue(2)
    view.header_spin.editingFinished.emit()
    qtbot.waitUntil(lambda: window.session.table.header_row == 2, timeout=WAIT_MS)
    assert window.session.table.columns == ("email", "name") and len(window.session.table) == 2
    assert view.header_spin.value() == 2


def test_cancelling_a_read_keeps_what_was_shown(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    first = tmp_path / "first.csv"
    first.write_text("email\na@example.com\n", encoding="utf-8")
    window.open_contacts(first)
    qtbot.waitUntil(lambda: window.session.table is not None, timeout=WAIT_MS)
    second = tmp_path / "second.csv"
    second.write_text("email\n" + "".join(f"p{i}@example.com\n" for i in range(20000)), encoding="utf-8")
    view = window.contacts_view
    window.open_contacts(second)
    assert view.busy.isVisibleTo(view) and view.cancel_button.isVisibleTo(view)
    view.cancel_button.click()
    assert not view.busy.isVisibleTo(view)
    # The cancelled read stops at its next step; neither its progress nor its end reaches the window.
    assert QThreadPool.globalInstance().waitForDone(WAIT_MS)
    qtbot.wait(100)
    assert window.session.table is not None and window.session.table.source == first
    assert view.file_label.text() == "first.csv" and view.busy.value() == 0


def test_reading_shows_how_far_it_has_come(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from ui.views.contacts_view import PROGRESS_STEPS

    path = tmp_path / "many.csv"
    path.write_text("email\n" + "".join(f"p{i}@example.com\n" for i in range(20000)), encoding="utf-8")
    view = window.contacts_view
    seen: list[int] = []
    view.busy.valueChanged.connect(seen.append)
    window.open_contacts(path)
    qtbot.waitUntil(lambda: window.session.table is not None, timeout=WAIT_MS)
    assert seen[0] == 0 and seen == sorted(seen) and len(seen) > 3  # step by step, up to the end
    assert seen[-1] == PROGRESS_STEPS and not view.busy.isVisibleTo(view)


def test_the_window_names_every_encoding_the_reader_knows(window: MainWindow) -> None:
    from mailmerge.sheets.encodings import LABELS

    assert window.contacts_view._encoding_labels() == LABELS  # English: the same words as the core's


def test_check_of_many_rows_counts_them_and_lists_errors_first(qtbot: QtBot, window: MainWindow,
                                                              tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    path.write_text("email,name\n" + "".join(
        f"p{i}@example.com,P{i}\n" if i % 400 != 3 else f"p{i}-at-example.com,P{i}\n" for i in range(1, 1201)),
        encoding="utf-8")
    window.session.load_template_text("From: Office <office@example.com>\nSubject: Hi {{ name }}\n\nHello.\n",
                                      "text", None)
    window.open_contacts(path)
    qtbot.waitUntil(lambda: window.session.table is not None, timeout=WAIT_MS)
    view = window.check_view
    counted: list[int] = []
    view.progress.valueChanged.connect(counted.append)
    window.run_check()
    assert view.progress.isVisibleTo(view) and not view.check_button.isEnabled()
    qtbot.waitUntil(view.check_button.isEnabled, timeout=WAIT_MS)
    assert counted == [500, 1000, 1200] and not view.progress.isVisibleTo(view)
    shown = [(view.proxy.index(i, 0).data(), view.proxy.index(i, 1).data()) for i in range(view.proxy.rowCount())]
    errors = [row for severity, row in shown if severity == "Error"]
    assert errors == ["3", "403", "803"] and shown[:3] == [("Error", r) for r in errors]  # errors first, by row
