"""Reopening the app after a run that did not finish offers to continue it, with the message it was sent with."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from servers import ScriptedServer
from ui_fixtures import WAIT_MS, ScriptedDialogs, ServerTarget, start_send, wait_until_idle, window  # noqa: F401

from mailmerge.sending.workspace import find_unfinished
from ui.main_window import STEP_SEND, MainWindow

pytestmark = pytest.mark.gui

ROWS = 120


def _start_and_stop(qtbot: QtBot, win: MainWindow, people: Path, port: int) -> int:
    win.target_for = lambda _name: ServerTarget(port, connections=1)  # type: ignore[assignment,return-value]
    people.write_text("email,name\n" + "".join(f"p{i}@example.com,P{i}\n" for i in range(1, ROWS + 1)),
                      encoding="utf-8")
    win.session.load_template_text("From: office@example.com\nSubject: Hi {{ name }}\n\nHello {{ name }}, row 2",
                                   "text", None)
    win.open_contacts(people)
    qtbot.waitUntil(lambda: win.send_view.model.rowCount() == ROWS, timeout=WAIT_MS)
    start_send(qtbot, win)
    win.send_view.cancel_button.click()
    wait_until_idle(qtbot, win)
    return win.send_view.model.count("sent")


def _fresh_window(qtbot: QtBot, tmp_path: Path, port: int) -> MainWindow:
    again = MainWindow(QSettings(str(tmp_path / "settings-2.ini"), QSettings.Format.IniFormat))
    again.dialogs = ScriptedDialogs()  # type: ignore[assignment]
    again.target_for = lambda _name: ServerTarget(port, connections=1)  # type: ignore[assignment,return-value]
    qtbot.addWidget(again)
    again.show()
    return again


def test_reopening_offers_the_unfinished_run_and_finishes_it_once(
    qtbot: QtBot, window: MainWindow, tmp_path: Path  # noqa: F811
) -> None:
    server = ScriptedServer().start()
    try:
        sent_first = _start_and_stop(qtbot, window, tmp_path / "people.csv", server.port)
        assert sent_first < ROWS
        window.worker.shutdown()

        again = _fresh_window(qtbot, tmp_path, server.port)
        again.load_sample()
        again.offer_resume()
        dialogs: ScriptedDialogs = again.dialogs  # type: ignore[assignment]
        qtbot.waitUntil(lambda: any("did not finish" in q for q in dialogs.asked), timeout=WAIT_MS)
        question = next(q for q in dialogs.asked if "did not finish" in q)
        assert "people.csv" in question and f"{sent_first} sent" in question
        qtbot.waitUntil(lambda: again.send_view.model.rowCount() == ROWS, timeout=WAIT_MS)
        assert again.steps.currentRow() == STEP_SEND
        assert "Hello {{ name }}, row 2" in again.session.template_text()  # the message it was sent with
        qtbot.waitUntil(lambda: again.send_view.model.count("sent") == sent_first, timeout=WAIT_MS)

        start_send(qtbot, again)
        wait_until_idle(qtbot, again)
        assert again.send_view.model.count("sent") == ROWS
        recipients = [m.recipients[0] for m in server.messages]
        assert len(recipients) == ROWS and len(set(recipients)) == ROWS
        again.worker.shutdown()
    finally:
        server.stop()


def test_a_finished_run_is_not_offered(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:  # noqa: F811
    server = ScriptedServer().start()
    try:
        _start_and_stop(qtbot, window, tmp_path / "people.csv", server.port)
        start_send(qtbot, window)  # send the rest: nothing is left waiting
        wait_until_idle(qtbot, window)
        assert window.send_view.model.count("sent") == ROWS

        assert find_unfinished() is None
        again = _fresh_window(qtbot, tmp_path, server.port)
        again._unfinished_found(find_unfinished())
        dialogs: ScriptedDialogs = again.dialogs  # type: ignore[assignment]
        assert dialogs.asked == []
        again.worker.shutdown()
    finally:
        server.stop()
