"""What the window shows for input it cannot use: every problem in plain words, in the step where it happened."""

# ruff: noqa: F811  (pytest fixtures are imported and used as parameters of the same name)
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot
from servers import ScriptedServer
from ui_fixtures import WAIT_MS, ServerTarget, load_sample, start_send, window  # noqa: F401

from ui.main_window import STEP_CONTACTS, STEP_MESSAGE, STEP_PREVIEW, MainWindow
from ui.models.findings_model import COL_MESSAGE
from ui.models.history_model import COL_UNKNOWN

pytestmark = pytest.mark.gui


def drop_file(win: MainWindow, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    view = win.contacts_view
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    view.dropEvent(event)


def test_dropping_a_file_that_is_not_a_spreadsheet_says_so(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    load_sample(qtbot, window)
    report = tmp_path / "minutes.pdf"
    report.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4)
    drop_file(window, report)
    error = window.contacts_view.error
    qtbot.waitUntil(error.isVisible, timeout=WAIT_MS)
    assert "minutes.pdf" in error.text()
    assert "Traceback" not in error.text()
    assert window.contacts_view.model.rowCount() == 8  # the open spreadsheet stays usable


def test_dropping_a_real_spreadsheet_opens_it(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    people = tmp_path / "people.csv"
    people.write_text("E-mail,Name\nann@example.com,Ann\nbo@example.com,Bo\n", encoding="utf-8")
    drop_file(window, people)
    qtbot.waitUntil(lambda: window.contacts_view.model.rowCount() == 2, timeout=WAIT_MS)
    assert window.contacts_view.role_combos["email"].currentText() == "E-mail"
    assert not window.contacts_view.error.isVisible()


def test_a_sheet_with_no_rows_is_explained(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    empty = tmp_path / "empty.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["email", "name"])
    book.save(empty)
    window.open_contacts(empty)
    error = window.contacts_view.error
    qtbot.waitUntil(error.isVisible, timeout=WAIT_MS)
    assert "empty.xlsx" in error.text()
    assert "row" in error.text().lower()


def test_template_using_a_renamed_column_is_caught_in_preview_and_check(qtbot: QtBot, window: MainWindow) -> None:
    load_sample(qtbot, window)
    window.steps.setCurrentRow(1)
    view = window.message_view
    view.source_button.setChecked(True)  # the whole template as text, as someone who knows Jinja edits it
    view.source_edit.setPlainText(view.source_edit.toPlainText().replace("{{ member_id }}", "{{ member_no }}"))
    view.source_button.setChecked(False)
    assert "{{ member_no }}" in window.session.template_text()

    window.steps.setCurrentRow(STEP_PREVIEW)
    preview_error = window.preview_view.error
    assert preview_error.isVisible()
    assert "member_no" in preview_error.text() and "member_id" in preview_error.text()

    window.check_action.trigger()
    qtbot.waitUntil(window.check_view.check_button.isEnabled, timeout=WAIT_MS)
    errors, _ = window.check_view.model.counts()
    assert errors >= 1
    assert "must be fixed" in window.check_view.summary.text()
    first = window.check_view.proxy.index(0, COL_MESSAGE)
    assert "member_no" in first.data()
    window.check_view.table.doubleClicked.emit(first)
    assert window.steps.currentRow() == STEP_MESSAGE  # the fix is in the template, not the spreadsheet


def test_a_finding_about_a_cell_jumps_to_that_cell(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    people = tmp_path / "people.csv"
    people.write_text("email,name\nann@example.com,Ann\nnot-an-address,Bo\n", encoding="utf-8")
    template = "From: office@example.com\nSubject: Hi {{ name }}\n\nHello {{ name }}"
    window.session.load_template_text(template, "text", None)
    window.open_contacts(people)
    qtbot.waitUntil(lambda: window.contacts_view.model.rowCount() == 2, timeout=WAIT_MS)
    window.check_action.trigger()
    qtbot.waitUntil(window.check_view.check_button.isEnabled, timeout=WAIT_MS)
    rows = [window.check_view.model.finding(i) for i in range(window.check_view.model.rowCount())]
    bad = [f for f in rows if f.severity == "error"]
    assert [(f.row, f.column) for f in bad] == [(2, "email")]
    first = window.check_view.proxy.index(0, COL_MESSAGE)
    window.check_view.table.activated.emit(first)
    assert window.steps.currentRow() == STEP_CONTACTS
    current = window.contacts_view.table.currentIndex()
    assert (current.row(), current.data()) == (1, "not-an-address")


def test_sending_without_a_spreadsheet_or_with_an_unknown_account(qtbot: QtBot, window: MainWindow) -> None:
    start_send(qtbot, window)
    assert "Open a contact spreadsheet first" in window.send_view.error.text()

    load_sample(qtbot, window)
    window.session.set_account("Office")  # not a saved account
    start_send(qtbot, window)
    qtbot.waitUntil(lambda: "Office" in window.send_view.error.text(), timeout=WAIT_MS)
    assert window.send_view.send_button.isEnabled()
    assert window.send_view.model.count("sent") == 0


def test_closing_mid_send_asks_first_and_unsaved_edits_prompt(qtbot: QtBot, window: MainWindow) -> None:
    server = ScriptedServer().start()
    try:
        window.target_for = lambda _name: ServerTarget(server.port, connections=1)  # type: ignore[assignment,return-value]
        load_sample(qtbot, window)
        start_send(qtbot, window)
        window.dialogs.confirm_answer = False  # type: ignore[attr-defined]
        window.close()
        assert "still being sent" in window.dialogs.asked[-1]  # type: ignore[attr-defined]
        assert window.isVisible()
        qtbot.waitUntil(lambda: not window.worker.busy, timeout=WAIT_MS)
    finally:
        server.stop()

    window.message_view.header_edits["Subject"].setText("Changed")
    window.dialogs.close_answer = "cancel"  # type: ignore[attr-defined]
    window.close()
    assert "Save the changes" in window.dialogs.asked[-1]  # type: ignore[attr-defined]
    assert window.isVisible()


def test_rows_left_unknown_by_a_crash_are_shown_for_a_decision(qtbot: QtBot, window: MainWindow) -> None:
    from mailmerge.base.events import RowSending
    from mailmerge.sending.journal import Journal
    from mailmerge.sending.runs import account_ref, identify, journal_path, register, run_info

    load_sample(qtbot, window)
    table = window.session.table
    assert table is not None
    campaign = window.session.campaign()
    identity = identify(campaign, account_ref(None))
    path = journal_path(table.source, identity)
    path.parent.mkdir(parents=True, exist_ok=True)
    journal = Journal.open(path, identity.key, contacts_path=str(table.source))
    journal.set_info(run_info(identity, "Your membership"))
    register(path)
    journal.sync_rows((r, campaign.row_hash(r), table.rows[r - 1]) for r in range(1, len(table) + 1))
    journal.set_address(3, "ana.silva@example.com")
    journal.record(RowSending(3, 1))  # committed before DATA; then the "crash": the row never gets an answer
    journal.flush()
    journal.close()

    window.steps.setCurrentRow(5)
    qtbot.waitUntil(lambda: window.history_view.model.rowCount() == 1, timeout=WAIT_MS)
    assert window.history_view.model.index(0, COL_UNKNOWN).data() == "1"
    details = window.history_view.details.toPlainText()
    assert "Row 3 – ana.silva@example.com" in details and "Retry not sent" in details

    # Re-opening the spreadsheet shows the row as unknown; Retry asks separately before resending it.
    window.history_view.open_button.click()
    qtbot.waitUntil(lambda: window.send_view.model.status(3) == "unknown", timeout=WAIT_MS)
    assert "may or may not have arrived" in window.send_view.model.reason(3)
    start_send(qtbot, window, window.retry_action)
    assert "may have arrived" in window.dialogs.asked[-2]  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.send_view.model.status(3) == "sent", timeout=WAIT_MS)
    assert window.send_view.model.count("sent") == 1  # only the row the user chose; the others stay waiting
