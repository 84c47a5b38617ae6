"""Fixtures for the window tests: a real MainWindow with scripted answers to its dialogs, isolated settings,
and a send target pointing at a test SMTP server."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from mailmerge.sending.engine import Limits
from mailmerge.transports.base import TransportFactory
from mailmerge.transports.smtp import SmtpSettings, smtp_factory
from ui.main_window import MainWindow

WAIT_MS = 15_000


@dataclass
class ScriptedDialogs:
    """Answers the window's questions the way a test says, and remembers what was asked."""

    confirm_answer: bool = True
    close_answer: str = "discard"
    open_paths: list[Path] = field(default_factory=list)
    save_path: Path | None = None
    when_answer: datetime | None = None  # the date and time "picked" in choose_datetime (None: cancelled)
    asked: list[str] = field(default_factory=list)

    def open_file(self, title: str, file_filter: str) -> Path | None:
        return self.open_paths.pop(0) if self.open_paths else None

    def save_file(self, title: str, suggested: str, file_filter: str) -> Path | None:
        return self.save_path

    def confirm(self, title: str, text: str, yes: str) -> bool:
        self.asked.append(text)
        return self.confirm_answer

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


def wait_until_idle(qtbot: QtBot, win: MainWindow) -> None:
    qtbot.waitUntil(lambda: not win.worker.busy and win.send_view.send_button.isEnabled(), timeout=WAIT_MS)
