"""Fixtures for the window tests: a real MainWindow with scripted answers to its dialogs, isolated settings,
and a send target pointing at a test SMTP server."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from mailmerge.sending.engine import Limits
from mailmerge.sending.workspace import PreparedRun
from mailmerge.transports.base import TransportFactory
from mailmerge.transports.smtp import SmtpSettings, smtp_factory
from ui.main_window import MainWindow
from ui.views.confirm_send import SendChoice, apply_choice, plan_summary

WAIT_MS = 15_000


@dataclass
class ScriptedDialogs:
    """Answers the window's questions the way a test says, and remembers what was asked."""

    confirm_answer: bool = True
    close_answer: str = "discard"
    skip_invalid: bool = False  # in the send confirmation: leave out rows with errors
    only_new: bool = True  # in the send confirmation: only people who got no version before
    per_row: bool = False  # in the send confirmation: a repeated address gets one message per row
    open_paths: list[Path] = field(default_factory=list)
    save_path: Path | None = None
    when_answer: datetime | None = None  # the date and time "picked" in choose_datetime (None: cancelled)
    asked: list[str] = field(default_factory=list)

    def open_file(self, title: str, file_filter: str) -> Path | None:
        return self.open_paths.pop(0) if self.open_paths else None

    def open_folder(self, title: str) -> Path | None:
        return self.open_paths.pop(0) if self.open_paths else None

    def save_file(self, title: str, suggested: str, file_filter: str) -> Path | None:
        return self.save_path

    def confirm(self, title: str, text: str, yes: str) -> bool:
        self.asked.append(text)
        return self.confirm_answer

    def confirm_send(self, run: PreparedRun, account: str, *, trial: bool, retry: bool) -> bool:
        """As the real dialog: the choices change the plan, the text is what the dialog would show."""
        choice = SendChoice(skip_invalid=self.skip_invalid, only_new=self.only_new, per_row=self.per_row)
        plan = apply_choice(run, choice)
        self.asked.append(plan_summary(plan, account, trial=trial, retry=retry,
                                       attachments=run.campaign.literal_attachments()))
        return self.confirm_answer and plan.ready

    def save_discard_cancel(self, title: str, text: str) -> str:
        self.asked.append(text)
        return self.close_answer

    def inform(self, title: str, text: str) -> None:
        self.asked.append(text)

    def choose_datetime(self, title: str, text: str, earliest: datetime) -> datetime | None:
        self.asked.append(text)
        return self.when_answer


@dataclass
class ServerTarget:
    """Sends to a test server over plain SMTP (what an account resolves to, without the keyring)."""

    port: int
    connections: int = 2

    def open(self) -> tuple[TransportFactory, Limits]:
        return smtp_factory(SmtpSettings(host="127.0.0.1", port=self.port, security="none")), Limits(
            connections=self.connections
        )

    def close(self) -> None:
        """The test owns the server."""


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings)
    win.dialogs = ScriptedDialogs()  # type: ignore[assignment]
    qtbot.addWidget(win)
    win.show()
    yield win
    win.dialogs.close_answer = "discard"  # type: ignore[attr-defined]
    win.worker.shutdown()


def load_sample(qtbot: QtBot, win: MainWindow) -> None:
    win.load_sample()
    qtbot.waitUntil(lambda: win.session.table is not None, timeout=WAIT_MS)


def start_send(qtbot: QtBot, win: MainWindow, action: QAction | None = None) -> None:
    """Trigger Send to everyone (or `action`, e.g. Retry) and wait until the confirmation was answered: the plan
    is worked out in the background first."""
    before = len(win.dialogs.asked)  # type: ignore[attr-defined]
    (action or win.send_action).trigger()
    qtbot.waitUntil(lambda: (len(win.dialogs.asked) > before  # type: ignore[attr-defined]
                             or win.send_view.error.isVisible()) and win.send_action.isEnabled(), timeout=WAIT_MS)


def wait_until_idle(qtbot: QtBot, win: MainWindow) -> None:
    qtbot.waitUntil(lambda: not win.worker.busy and win.send_view.send_button.isEnabled(), timeout=WAIT_MS)
