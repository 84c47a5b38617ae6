"""Unsubscribe in the real window: the Message step keeps a template's Unsubscribe: line (this campaign's own
choice) and Insert field offers each person's unsubscribe link; the account's options reach the message."""

# ruff: noqa: F811  (pytest fixtures are imported and used as parameters of the same name)
from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from ui_fixtures import load_sample, window  # noqa: F401

from mailmerge.cli import EXIT_OK, main
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_the_unsubscribe_line_survives_the_editor_and_the_link_can_be_inserted(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    template = tmp_path / "news.md"
    template.write_text("From: Office <office@example.com>\nSubject: News\nUnsubscribe: none\n\nHello\n",
                        encoding="utf-8")
    load_sample(qtbot, window)
    window.load_template_file(template)
    edits = window.message_view.header_edits
    assert edits["Unsubscribe"].text() == "none"
    assert "Unsubscribe: none\n" in window.session.template_text()

    window.message_view._fill_insert_menu()
    actions = [a for a in window.message_view.insert_menu.actions() if a.text() == "Unsubscribe link"]
    assert len(actions) == 1
    window.message_view._insert_target = window.message_view.body_edit
    actions[0].trigger()
    assert "{{ unsubscribe_link }}" in window.message_view.body_edit.toPlainText()


@pytest.mark.skipif(not os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
                    reason="the unsubscribe token secret lives in the keyring: run under dbus-run-session")
def test_the_chosen_accounts_unsubscribe_options_reach_the_message(qtbot: QtBot, window: MainWindow) -> None:
    assert main(["account", "add", "news", "--preset", "outbox", "--from", "Office <office@example.com>",
                 "--unsubscribe-url", "https://example.com/bye"]) == EXIT_OK
    window.refresh_accounts()
    window._choose_account("news")
    load_sample(qtbot, window)
    window.message_view.body_edit.setPlainText("Hello\n\n[Leave the list]({{ unsubscribe_link }})\n")
    window.message_view.commit()
    message = window.session.campaign().build(1)
    assert b"List-Unsubscribe-Post: List-Unsubscribe=One-Click" in message.data
    assert b"https://example.com/bye?u=" in message.data
