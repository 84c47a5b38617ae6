"""The Send step says the truth: the confirmation's count is what the server receives, rows with errors go only
when left out on purpose, a trial never counts as a real send, and History tells trials from real sends."""

# ruff: noqa: F811  (pytest fixtures are imported and used as parameters of the same name)

from __future__ import annotations

import time
from collections import Counter
from email.utils import parseaddr
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from servers import ScriptedServer
from ui_fixtures import WAIT_MS, ScriptedDialogs, ServerTarget, start_send, wait_until_idle, window  # noqa: F401

from ui.main_window import STEP_HISTORY, MainWindow
from ui.models.history_model import COL_ACCOUNT, COL_LEFT_OUT, COL_SENT, COL_SUBJECT

pytestmark = pytest.mark.gui

PEOPLE = (
    "name,email,member_id\n"
    "Kim Minji,kim.minji@example.com,00017\n"
    "Lee Junho,lee.junho@example.com,00018\n"
    "Park Sora,not-an-address,00019\n"
    "Choi Yuna,KIM.MINJI@example.com,00020\n"
    "Jung Hoon,jung.hoon@example.com,00021\n"
)
TEMPLATE = "From: Office <office@example.com>\nSubject: Your membership {{ member_id }}\n\nDear {{ name }}"


def _open(qtbot: QtBot, win: MainWindow, tmp_path: Path) -> None:
    people = tmp_path / "people.csv"
    people.write_text(PEOPLE, encoding="utf-8")
    win.session.load_template_text(TEMPLATE, "text", None)
    win.open_contacts(people)
    qtbot.waitUntil(lambda: win.send_view.model.rowCount() == 5, timeout=WAIT_MS)


def test_rows_with_errors_are_never_sent_silently(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialogs: ScriptedDialogs = window.dialogs  # type: ignore[assignment]
    server = ScriptedServer().start()
    try:
        window.target_for = lambda _name: ServerTarget(server.port)  # type: ignore[assignment,return-value]
        _open(qtbot, window, tmp_path)
        start_send(qtbot, window)  # the user does not tick "leave out the row with errors": nothing goes
        asked = dialogs.asked[-1]
        assert "Send 3 messages" in asked and "1 row has a problem Check found" in asked
        assert "1 row has the same address as another row" in asked
        wait_until_idle(qtbot, window)
        assert not server.messages

        dialogs.skip_invalid = True
        start_send(qtbot, window)
        wait_until_idle(qtbot, window)
        assert Counter(m.recipients[0] for m in server.messages) == Counter(
            {"kim.minji@example.com": 1, "lee.junho@example.com": 1, "jung.hoon@example.com": 1})
        view = window.send_view
        assert (view.sent_label.text(), view.remaining_label.text()) == ("3", "0")
        assert view.model.status(3) == "skipped" and "not-an-address" in view.model.reason(3)
        assert view.model.status(4) == "skipped" and "row 1" in view.model.reason(4)
    finally:
        server.stop()


def test_a_trial_through_the_outbox_does_not_block_the_real_send(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The run a user met: trial to the outbox first, then the office account: everyone must get it."""
    dialogs: ScriptedDialogs = window.dialogs  # type: ignore[assignment]
    dialogs.skip_invalid = True
    server = ScriptedServer().start()
    try:
        _open(qtbot, window, tmp_path)
        start_send(qtbot, window)  # the built-in outbox: a trial
        wait_until_idle(qtbot, window)
        assert "This is a trial" in dialogs.asked[-1]
        assert window.send_view.model.count("sent") == 3

        # Now "the office account": another account, so another run; the trial marks nobody as sent for it.
        window.target_for = lambda _name: ServerTarget(server.port)  # type: ignore[assignment,return-value]
        window.session.account = "Office SMTP"  # as chosen in the Send step (the test target stands in for it)
        start_send(qtbot, window)
        assert "Send 3 messages" in dialogs.asked[-1] and "trial" not in dialogs.asked[-1]
        wait_until_idle(qtbot, window)
        assert len(server.messages) == 3

        window.steps.setCurrentRow(STEP_HISTORY)
        model = window.history_view.model
        qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=WAIT_MS)
        rows = {model.index(r, COL_ACCOUNT).data(): r for r in range(2)}
        assert set(rows) == {"Trial: the outbox (nobody got it)", "Office SMTP"}
        real = rows["Office SMTP"]
        assert model.index(real, COL_SUBJECT).data() == "Your membership ‹member_id›"
        assert (model.index(real, COL_SENT).data(), model.index(real, COL_LEFT_OUT).data()) == ("3", "2")
    finally:
        server.stop()


def test_stop_means_stop_on_a_slow_server(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """Stop while messages are on their way: only those already in flight (one per connection) may still start."""
    server = ScriptedServer(data_delay_s=0.15).start()
    try:
        window.target_for = lambda _name: ServerTarget(server.port, connections=2)  # type: ignore[assignment,return-value]
        people = tmp_path / "people.csv"
        people.write_text("email,name\n" + "".join(f"p{i}@example.com,P{i}\n" for i in range(1, 81)),
                          encoding="utf-8")
        window.session.load_template_text("From: office@example.com\nSubject: Hi\n\nHello {{ name }}", "text", None)
        window.open_contacts(people)
        qtbot.waitUntil(lambda: window.send_view.model.rowCount() == 80, timeout=WAIT_MS)
        start_send(qtbot, window)
        qtbot.waitUntil(lambda: len(server.messages) >= 4, timeout=WAIT_MS)
        stopped_at = time.monotonic()
        window.send_view.cancel_button.click()
        wait_until_idle(qtbot, window)
        started_after = [t for t in server.transactions_started if t > stopped_at]
        assert len(started_after) <= 2
        assert len(server.messages) < 80
        assert window.send_view.model.count("sent") == len(server.messages)
    finally:
        server.stop()


def test_attachments_from_a_folder_the_user_allows(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from mailmerge.compose.campaign_file import load_campaign

    dialogs: ScriptedDialogs = window.dialogs  # type: ignore[assignment]
    elsewhere = tmp_path / "Shared invoices"
    elsewhere.mkdir()
    (elsewhere / "inv1.pdf").write_bytes(b"%PDF-1.4 one")
    folder = tmp_path / "campaign"
    folder.mkdir()
    (folder / "terms.pdf").write_bytes(b"%PDF-1.4 terms")
    people = folder / "people.csv"
    people.write_text(f"name,email,attachment\nKim,kim@example.com,{elsewhere / 'inv1.pdf'}\n", encoding="utf-8")
    server = ScriptedServer().start()
    try:
        window.target_for = lambda _name: ServerTarget(server.port)  # type: ignore[assignment,return-value]
        window.session.load_template_text("From: office@example.com\nSubject: Invoice\nAttachment: terms.pdf\n\n"
                                          "Hello {{ name }}", "text", folder / "note.txt")
        window.open_contacts(people)
        qtbot.waitUntil(lambda: window.send_view.model.rowCount() == 1, timeout=WAIT_MS)
        start_send(qtbot, window)  # the invoice's folder is not the campaign's: the row has an error
        assert "1 row has a problem Check found" in dialogs.asked[-1]
        wait_until_idle(qtbot, window)
        assert not server.messages

        dialogs.open_paths.append(elsewhere)
        window.allow_attachment_folder()
        start_send(qtbot, window)
        asked = dialogs.asked[-1]
        assert "Send 1 message" in asked and f"Every message carries these files:\n  • {folder / 'terms.pdf'}" in asked
        wait_until_idle(qtbot, window)
        [message] = server.messages
        assert b'filename="inv1.pdf"' in message.data

        dialogs.save_path = folder / "invoices"
        window.save_action.trigger()
        saved = load_campaign(folder / "invoices.mailmerge.json")
        assert saved.settings["attachment_folders"] == [str(elsewhere)]
    finally:
        server.stop()


def test_one_message_per_row_is_a_campaign_option(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from mailmerge.compose.campaign_file import load_campaign

    dialogs: ScriptedDialogs = window.dialogs  # type: ignore[assignment]
    dialogs.skip_invalid = True
    dialogs.per_row = True  # the user ticks "one message per row" in the confirmation
    server = ScriptedServer().start()
    try:
        window.target_for = lambda _name: ServerTarget(server.port)  # type: ignore[assignment,return-value]
        _open(qtbot, window, tmp_path)
        start_send(qtbot, window)
        wait_until_idle(qtbot, window)
        assert Counter(m.recipients[0].lower() for m in server.messages)["kim.minji@example.com"] == 2
        assert window.session.send_per_row
        dialogs.save_path = tmp_path / "per-row"
        window.save_action.trigger()
        assert load_campaign(tmp_path / "per-row.mailmerge.json").settings["send_per_row"] is True
    finally:
        server.stop()


def test_the_unsubscribe_link_is_a_chip_that_is_never_broken(qtbot: QtBot, window: MainWindow,
                                                            tmp_path: Path) -> None:
    """Every campaign has each person's unsubscribe link; in the editor its chip is not a missing column."""
    from mailmerge.compose.unsubscribe import LINK_FIELD
    from ui.editor.chips import FieldRef, field_format

    _open(qtbot, window, tmp_path)
    chips = window.message_view.rich_edit.chips
    assert not chips.is_broken(field_format(FieldRef(LINK_FIELD, ""), "Unsubscribe link"))
    assert chips.is_broken(field_format(FieldRef("no such column", ""), "no such column"))


def test_the_command_line_continues_a_run_the_window_stopped(qtbot: QtBot, window: MainWindow,
                                                             tmp_path: Path) -> None:
    """One campaign core, two faces: the same sheet, message and account is the same run, whoever started it."""
    from mailmerge.cli import main
    from mailmerge.transports.outbox import default_outbox_dir

    server = ScriptedServer(data_delay_s=0.05).start()
    try:
        window.target_for = lambda _name: ServerTarget(server.port, connections=1)  # type: ignore[assignment,return-value]
        people = tmp_path / "people.csv"
        people.write_text("email,name\n" + "".join(f"p{i}@example.com,P{i}\n" for i in range(1, 41)),
                          encoding="utf-8")
        template = tmp_path / "note.txt"
        template.write_text("From: office@example.com\nSubject: Hi\n\nHello {{ name }}", encoding="utf-8")
        window.session.load_template_text(template.read_text(encoding="utf-8"), "text", template)
        window.open_contacts(people)
        qtbot.waitUntil(lambda: window.send_view.model.rowCount() == 40, timeout=WAIT_MS)
        start_send(qtbot, window)
        qtbot.waitUntil(lambda: len(server.messages) >= 3, timeout=WAIT_MS)
        window.send_view.cancel_button.click()
        wait_until_idle(qtbot, window)
        by_window = {m.recipients[0] for m in server.messages}
        assert 3 <= len(by_window) < 40
    finally:
        server.stop()
    # The window's run went through the built-in outbox's identity (the test server stood in for it): the command
    # line's plain `send --resume` is that same run and sends only the rest.
    assert main(["send", str(people), str(template), "--yes", "--resume"]) == 0
    by_cli = [str(m.read_text(encoding="utf-8")) for m in default_outbox_dir().glob("*.eml")]
    cli_recipients = {parseaddr(line.split(":", 1)[1])[1] for text in by_cli for line in text.splitlines()
                      if line.startswith("To:")}
    assert len(by_cli) == len(cli_recipients) == 40 - len(by_window)
    assert cli_recipients | by_window == {f"p{i}@example.com" for i in range(1, 41)}
