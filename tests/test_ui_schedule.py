"""Send later in the real window: Schedule… files the saved campaign and sends it when the time comes; a schedule
that came due while the app was closed is offered at the next start, and sent only if the user says so."""

# ruff: noqa: F811  (pytest fixtures are imported and used as parameters of the same name)
from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from engine_fixtures import server_fixture  # noqa: F401
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from servers import ScriptedServer
from ui_fixtures import WAIT_MS, ScriptedDialogs, ServerTarget, load_sample, wait_until_idle, window  # noqa: F401

from mailmerge.sending.schedule import Scheduled, add_schedule, load_schedules
from ui.i18n import shown_time
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def saved_sample(qtbot: QtBot, win: MainWindow, folder: Path, server: ScriptedServer) -> Path:
    win.target_for = lambda _name: ServerTarget(server.port)  # type: ignore[method-assign]
    load_sample(qtbot, win)
    path = folder / "members.mailmerge.json"
    win.dialogs.save_path = path  # type: ignore[attr-defined]
    assert win.save()
    return path


def test_a_scheduled_campaign_is_sent_when_its_time_comes(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                                          server: ScriptedServer) -> None:
    path = saved_sample(qtbot, window, tmp_path, server)
    when = datetime.now().astimezone().replace(microsecond=0) + timedelta(seconds=2)
    window.dialogs.when_answer = when  # type: ignore[attr-defined]
    window.send_view.schedule_button.click()
    assert "Send to all 8 people through" in window.dialogs.asked[-1]  # type: ignore[attr-defined]
    assert load_schedules() == [Scheduled(path, when, None)]
    assert window.send_view.schedule_label.text().startswith(f"Scheduled for {shown_time(when)}. Keep Mail Merge")
    assert server.messages == []

    qtbot.waitUntil(lambda: len(server.messages) == 8, timeout=WAIT_MS)
    wait_until_idle(qtbot, window)
    assert datetime.now().astimezone() >= when
    assert load_schedules() == [] and window.send_view.schedule_label.text() == ""


def test_cancelling_the_time_schedules_nothing(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                               server: ScriptedServer) -> None:
    saved_sample(qtbot, window, tmp_path, server)
    window.dialogs.when_answer = None  # type: ignore[attr-defined]
    window.send_view.schedule_button.click()
    assert load_schedules() == []


def restart(qtbot: QtBot, tmp_path: Path, server: ScriptedServer, *, answer: bool) -> tuple[MainWindow, Path]:
    """A campaign scheduled for an hour ago, as if the app had been closed then; then the app starts and is asked
    (the answer is set before anything runs: the offer comes as soon as the window's events are processed)."""
    first = MainWindow(QSettings(str(tmp_path / "first.ini"), QSettings.Format.IniFormat))
    first.dialogs = ScriptedDialogs()  # type: ignore[assignment]
    qtbot.addWidget(first)
    path = saved_sample(qtbot, first, tmp_path, server)
    first.worker.shutdown()
    add_schedule(Scheduled(path, datetime.now().astimezone() - timedelta(hours=1)))
    win = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win.dialogs = ScriptedDialogs(confirm_answer=answer)  # type: ignore[assignment]
    win.target_for = lambda _name: ServerTarget(server.port)  # type: ignore[method-assign]
    qtbot.addWidget(win)
    win.show()
    return win, path


def test_an_overdue_schedule_is_offered_and_sent_only_when_accepted(
        qtbot: QtBot, tmp_path: Path, server: ScriptedServer) -> None:
    win, path = restart(qtbot, tmp_path, server, answer=True)
    try:
        qtbot.waitUntil(lambda: len(server.messages) == 8, timeout=WAIT_MS)
        asked = win.dialogs.asked[0]  # type: ignore[attr-defined]
        assert f"{path.name} was scheduled for" in asked
        assert "while Mail Merge was closed, so it was not sent. Send it now?" in asked
        assert load_schedules() == []
        wait_until_idle(qtbot, win)
    finally:
        win.worker.shutdown()


def test_an_overdue_schedule_declined_is_cancelled_and_nothing_is_sent(
        qtbot: QtBot, tmp_path: Path, server: ScriptedServer) -> None:
    win, _ = restart(qtbot, tmp_path, server, answer=False)
    try:
        qtbot.waitUntil(lambda: "was cancelled; nothing was sent" in win.send_view.status_label.text(),
                        timeout=WAIT_MS)
        assert load_schedules() == [] and server.messages == []
    finally:
        win.worker.shutdown()
