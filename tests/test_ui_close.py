"""Closing the window while a send runs stops the send first (only the messages already on their way finish),
and only then asks about unsaved changes. Measured against a real SMTP server that answers slowly."""

# ruff: noqa: F811  (pytest fixtures are imported and used as parameters of the same name)
from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from ui_fixtures import WAIT_MS, ScriptedDialogs, ServerTarget, window  # noqa: F401

from mailmerge.transports.outbox import PortZeroController
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui
CONNECTIONS = 2
PEOPLE = 60


class SlowServer:
    """aiosmtpd that takes a while over each message and counts the messages that start (MAIL FROM) and end."""

    def __init__(self, delay_s: float) -> None:
        self.delay_s = delay_s
        self.started = 0
        self.delivered = 0
        self._lock = threading.Lock()
        self._controller = PortZeroController(self, hostname="127.0.0.1", port=0)

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str, options: list[str]) -> str:
        with self._lock:
            self.started += 1
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        await asyncio.sleep(self.delay_s)
        with self._lock:
            self.delivered += 1
        return "250 2.0.0 Ok"

    @property
    def port(self) -> int:
        port: int = self._controller.port
        return port

    def __enter__(self) -> SlowServer:
        self._controller.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._controller.stop()


class RecordingDialogs(ScriptedDialogs):
    """Also notes whether a send was still running when the window asked about saving."""

    def __init__(self, win: MainWindow) -> None:
        super().__init__()
        self.win = win
        self.busy_when_asked_to_save: list[bool] = []
        self.started_when_asked_to_save: list[int] = []
        self.server: SlowServer | None = None

    def save_discard_cancel(self, title: str, text: str) -> str:
        self.busy_when_asked_to_save.append(self.win.worker.busy)
        self.started_when_asked_to_save.append(self.server.started if self.server else -1)
        return super().save_discard_cancel(title, text)


@pytest.fixture
def slow_server() -> Iterator[SlowServer]:
    with SlowServer(delay_s=0.2) as server:
        yield server


def start_sending(qtbot: QtBot, win: MainWindow, server: SlowServer, tmp_path: Path) -> None:
    win.target_for = lambda _name: ServerTarget(server.port, connections=CONNECTIONS)  # type: ignore[assignment,return-value]
    people = tmp_path / "people.csv"
    people.write_text("email,name\n" + "".join(f"p{i}@example.com,P{i}\n" for i in range(1, PEOPLE + 1)),
                      encoding="utf-8")
    win.session.load_template_text("From: office@example.com\nSubject: Hi {{ name }}\n\nHello {{ name }}", "text",
                                   None)
    win.open_contacts(people)
    qtbot.waitUntil(lambda: win.send_view.model.rowCount() == PEOPLE, timeout=WAIT_MS)
    win.send_action.trigger()
    qtbot.waitUntil(lambda: server.delivered >= 2, timeout=WAIT_MS)  # well under way


@pytest.mark.parametrize("unsaved", [False, True], ids=["saved", "unsaved changes"])
def test_closing_during_a_send_stops_it_first_then_asks_about_saving(
    qtbot: QtBot, window: MainWindow, slow_server: SlowServer, tmp_path: Path, unsaved: bool
) -> None:
    win = window
    dialogs = RecordingDialogs(win)
    dialogs.server = slow_server
    win.dialogs = dialogs  # type: ignore[assignment]
    start_sending(qtbot, win, slow_server, tmp_path)
    win.session.set_dirty(unsaved)

    started_at_stop = slow_server.started
    win.close()
    assert "still being sent" in dialogs.asked[-1]  # the user was asked to stop, and said yes
    assert dialogs.busy_when_asked_to_save == []  # nothing about saving while the send goes on
    assert win.isVisible()  # the window waits for the messages on their way
    assert "Stopping" in win.send_view.status_label.text()

    qtbot.waitUntil(lambda: not win.isVisible(), timeout=WAIT_MS)
    assert not win.worker.busy
    started_after_stop = slow_server.started - started_at_stop
    assert started_after_stop <= CONNECTIONS, f"{started_after_stop} messages started after the stop"
    assert slow_server.started < PEOPLE
    if unsaved:
        assert dialogs.busy_when_asked_to_save == [False]  # asked once, after the send had stopped
        assert dialogs.started_when_asked_to_save == [slow_server.started]  # and nothing started after that
    else:
        assert dialogs.busy_when_asked_to_save == []


def test_keeping_the_window_open_keeps_the_send_going(
    qtbot: QtBot, window: MainWindow, slow_server: SlowServer, tmp_path: Path
) -> None:
    win = window
    start_sending(qtbot, win, slow_server, tmp_path)
    win.dialogs.confirm_answer = False  # type: ignore[attr-defined]  # "Cancel" on "Stop sending?"
    win.close()
    assert win.isVisible() and win.worker.busy
    qtbot.waitUntil(lambda: not win.worker.busy, timeout=WAIT_MS * 2)
    assert slow_server.delivered == PEOPLE


def test_a_send_that_ends_while_the_question_is_open_still_closes(
    qtbot: QtBot, window: MainWindow, slow_server: SlowServer, tmp_path: Path
) -> None:
    win = window
    start_sending(qtbot, win, slow_server, tmp_path)

    def stop_when_already_done(title: str, text: str, yes: str) -> bool:
        qtbot.waitUntil(lambda: not win.worker.busy, timeout=WAIT_MS * 2)  # the user is slow to answer
        return True

    win.dialogs.confirm = stop_when_already_done  # type: ignore[method-assign]
    win.close()
    assert not win.isVisible()
    assert slow_server.delivered == PEOPLE
