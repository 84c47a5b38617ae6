"""The History step's *Check replies* in the real widget: a past campaign, the account's mailbox on a real IMAP
server (dovecot), and what came back shown per row."""

# ruff: noqa: F811  (pytest fixtures are imported and used as parameters of the same name)
from __future__ import annotations

import os
from pathlib import Path

import pytest
from engine_fixtures import server_fixture, write_campaign  # noqa: F401
from imap_server import ImapServer, imap_server  # noqa: F401
from pytestqt.qtbot import QtBot
from servers import ScriptedServer
from test_replies import add_account, sample

from mailmerge.cli import EXIT_OK, main
from mailmerge.compose.unsubscribe import install_tokens
from mailmerge.sending.journal import Journal
from mailmerge.sending.runs import known_journals
from ui.models.history_model import COL_BOUNCED, COL_REPLIED
from ui.views.history_view import HistoryView

pytestmark = [pytest.mark.gui, pytest.mark.skipif(
    not os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
    reason="the mailbox password lives in the keyring: run under dbus-run-session")]
WAIT_MS = 20_000


def test_check_replies_shows_bounces_and_replies_per_row(
        qtbot: QtBot, tmp_path: Path, server: ScriptedServer, imap_server: ImapServer,
        monkeypatch: pytest.MonkeyPatch) -> None:
    contacts, template = write_campaign(tmp_path, 8)
    assert main(["send", str(contacts), str(template), "--server", f"smtp://127.0.0.1:{server.port}",
                 "--yes"]) == EXIT_OK
    [journal_path] = known_journals()  # every run of either face is listed in History
    journal = Journal.read_only(journal_path)
    ids = {r.row: r.message_id for r in journal.records()}
    journal.close()
    imap_server.clear("kim")
    imap_server.put("kim", [sample(n, ids, install_tokens()) for n in ("postfix.eml", "reply.eml")])
    add_account(imap_server, monkeypatch)

    view = HistoryView()
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.replies_button.isEnabled(), timeout=WAIT_MS)
    assert view.replies_account.currentText() == "office"
    assert view.model.index(0, COL_BOUNCED).data() == "0"  # before anyone looked

    view.replies_button.click()
    qtbot.waitUntil(lambda: view.replies_status.text().startswith("Read 2 messages"), timeout=WAIT_MS)
    assert "1 bounced" in view.replies_status.text() and "1 replies" in view.replies_status.text()
    assert "1 added to the suppression list" in view.replies_status.text()
    qtbot.waitUntil(lambda: view.model.index(0, COL_BOUNCED).data() == "1", timeout=WAIT_MS)
    assert view.model.index(0, COL_REPLIED).data() == "1"
    details = view.details.toPlainText()
    assert "Row 1: bounced (the address does not exist; it is on the suppression list) – 5.1.1" in details
    assert "Row 7: replied" in details


def test_without_a_mailbox_account_the_button_says_what_to_do(qtbot: QtBot) -> None:
    assert main(["account", "add", "plain", "--preset", "outbox"]) == EXIT_OK
    view = HistoryView()
    qtbot.addWidget(view)
    view.refresh()
    qtbot.waitUntil(lambda: "give an account its mailbox server" in view.replies_status.text(), timeout=WAIT_MS)
    assert not view.replies_button.isEnabled()
