"""The Contacts step's choices about the file itself, in the real window: the encoding of a CSV that can't tell,
the row with the column names, and cancelling a read; and how a big sheet is shown without freezing the window."""

# ruff: noqa: F811  (pytest fixtures are imported and used as parameters of the same name)
from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot
from ui_fixtures import WAIT_MS, window  # noqa: F401

from ui.main_window import MainWindow
from ui.models.recipients_model import COL_RECIPIENT

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


class _Paints(QObject):
    """Counts the paints of one widget."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.count = 0
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_a_new_sheet_is_laid_out_once_and_painted_once(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    # A second full paint of a 100k-row table is 10-20 ms more of frozen window, and far more next to a background
    # job: the column widths, the mapped columns' two-line names and the row numbers' width are all settled before
    # the first paint.
    path = tmp_path / "members.csv"
    path.write_text("email,name,note\n" + "".join(f"member{i}@example.com,Member {i},{'note ' * (i % 4)}\n"
                                                  for i in range(30_000)), encoding="utf-8")
    qtbot.waitExposed(window)
    table = window.contacts_view.table
    paints = _Paints(table.viewport())
    window.session.contacts_changed.connect(lambda: setattr(paints, "count", 0))  # from the new sheet on
    window.open_contacts(path)
    qtbot.waitUntil(lambda: window.session.table is not None and paints.count > 0, timeout=WAIT_MS)
    qtbot.wait(300)  # whatever the view would still do on timers of its own
    assert paints.count == 1
    assert window.contacts_view.model.headerData(0, Qt.Orientation.Horizontal) == "email\n(Email address)"
    assert table.columnWidth(2) > table.columnWidth(1)  # fitted to the longest notes


def test_the_row_numbers_have_room_for_the_last_row_left_out(qtbot: QtBot, window: MainWindow,
                                                             tmp_path: Path) -> None:
    path = tmp_path / "members.csv"
    path.write_text("email\n" + "".join(f"member{i}@example.com\n" for i in range(12_345)), encoding="utf-8")
    window.open_contacts(path)
    qtbot.waitUntil(lambda: window.session.table is not None, timeout=WAIT_MS)
    numbers = window.contacts_view.table.verticalHeader()
    width = numbers.width()
    assert width > numbers.fontMetrics().horizontalAdvance("⊘ 12345")
    window.session.set_excluded_rows(frozenset({12_345}))
    qtbot.wait(50)
    assert numbers.model().headerData(12_344, Qt.Orientation.Vertical) == "⊘ 12345"
    assert numbers.width() == width  # leaving a row out does not shift the table


def test_a_big_sheet_leaves_nothing_per_row_for_the_garbage_collector_to_walk(qtbot: QtBot, window: MainWindow,
                                                                              tmp_path: Path) -> None:
    # A list holding one object per row is walked, all of it, by every collection that takes the list in: 25-40 ms
    # of frozen window for a 100k-row sheet. The sheet, its row order (sorted too), its find and the Send step's
    # list are kept in forms the collector skips.
    rows = 30_000
    path = tmp_path / "members.csv"
    path.write_text("email,score\n" + "".join(f"member{i}@example.com,{i * 7 % 1000}\n" for i in range(rows)),
                    encoding="utf-8")
    window.open_contacts(path)
    qtbot.waitUntil(lambda: window.send_view.model.rowCount() == rows, timeout=WAIT_MS)
    model = window.contacts_view.model
    model.sort(1, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not model.sorting(), timeout=WAIT_MS)
    window.contacts_view.filter_edit.setText("member1")
    assert model.rowCount() == 11_111
    window.send_view.model.sort(COL_RECIPIENT, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not window.send_view.model.sorting(), timeout=WAIT_MS)
    # A tuple is untracked by a collection that finds everything in it untracked: the sort keys, then their tuple.
    gc.collect()
    gc.collect()
    walked = [f"{type(o).__name__} of {len(o)}" for o in gc.get_objects()
              if isinstance(o, list | tuple | dict) and len(o) >= rows
              and len({id(item) for item in o}) > 10]  # not the Send step's statuses: a few shared words, cheap
    assert walked == []


def test_a_painted_cell_shows_its_text_and_a_left_out_row_struck_through_in_grey(qtbot: QtBot, window: MainWindow,
                                                                                  tmp_path: Path) -> None:
    path = tmp_path / "members.csv"
    path.write_text("email,name\na@example.com,Ann\nb@example.com,\n", encoding="utf-8")
    window.open_contacts(path)
    qtbot.waitUntil(lambda: window.session.table is not None, timeout=WAIT_MS)
    window.session.set_excluded_rows(frozenset({2}))
    model = window.contacts_view.model
    delegate = QStyledItemDelegate()  # what paints every cell: it asks for all its roles in one call

    def painted(row: int, column: int) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, model.index(row, column))
        return option

    kept, left_out = painted(0, 0), painted(1, 0)
    assert (kept.text, kept.font.strikeOut()) == ("a@example.com", False)
    assert (left_out.text, left_out.font.strikeOut()) == ("b@example.com", True)
    assert left_out.palette.text().color() != kept.palette.text().color()
    assert painted(1, 1).text == ""


def test_going_to_the_find_box_gets_the_search_ready_before_the_first_letter(qtbot: QtBot, window: MainWindow,
                                                                              tmp_path: Path) -> None:
    # Joining every row of a 100k-row sheet for the search takes ~70 ms: done on a pool thread when the user goes
    # to the find box, not by the first letter typed with the window frozen.
    path = tmp_path / "members.csv"
    path.write_text("email,city\n" + "".join(f"member{i}@example.com,{('Seoul', '서울')[i % 2]}\n"
                                             for i in range(20_000)), encoding="utf-8")
    window.open_contacts(path)
    qtbot.waitUntil(lambda: window.session.table is not None, timeout=WAIT_MS)
    model, find = window.contacts_view.model, window.contacts_view.filter_edit
    assert model._search_lines is None  # nothing made for a sheet nobody searches
    QApplication.sendEvent(find, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.ShortcutFocusReason))
    qtbot.waitUntil(lambda: model._search_lines is not None, timeout=WAIT_MS)
    find.setText("SEOUL")
    assert model.rowCount() == 10_000 and model.index(0, 1).data() == "Seoul"
    find.clear()
    window.open_contacts(path)  # the same file again: a new sheet, with lines of its own
    qtbot.waitUntil(lambda: model._search_lines is None, timeout=WAIT_MS)
    find.setText("서울")  # typed without going to the box anew: the lines are made at once
    assert model.rowCount() == 10_000 and model.index(0, 0).data() == "member1@example.com"
