"""The whole workflow through the real window: sample → mapping → edit → preview → check → test send → send to the
outbox → statuses → a refused address → retry → report. Assertions are on what the widgets show."""

# ruff: noqa: F811  (pytest fixtures are imported and used as parameters of the same name)
from __future__ import annotations

import email
from collections.abc import Iterator
from email import policy
from pathlib import Path

import openpyxl
import pytest
from api_fixtures import serve_json_api
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from servers import Script, ScriptedServer
from test_api_accounts import SES_SECRET, FakeSesAccount, account_name, needs_dbus, save_ses  # noqa: F401
from ui_fixtures import WAIT_MS, ServerTarget, load_sample, start_send, wait_until_idle, window  # noqa: F401

from mailmerge.accounts import profiles as accounts
from mailmerge.transports.outbox import default_outbox_dir
from ui.main_window import STEP_CHECK, STEP_PREVIEW, MainWindow
from ui.models.recipients_model import COL_REASON, COL_STATUS
from ui.send_target import AccountTarget

pytestmark = pytest.mark.gui


def outbox_messages() -> list[email.message.EmailMessage]:
    folder = default_outbox_dir()
    files = sorted(folder.glob("*.eml")) if folder.exists() else []
    return [email.message_from_bytes(p.read_bytes(), policy=policy.default) for p in files]  # type: ignore[misc]


def test_sample_campaign_end_to_end_through_the_outbox(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    win = window
    load_sample(qtbot, win)
    contacts = win.contacts_view
    assert contacts.model.rowCount() == 8
    assert contacts.role_combos["email"].currentText() == "email"
    assert contacts.role_combos["name"].currentText() == "name"
    assert contacts.model.headerData(0, Qt.Orientation.Horizontal) == "email\n(Email address)"
    assert contacts.count_label.text().startswith("8 contacts (right-click rows to leave them out")

    # Edit the subject as a user would: type into the field.
    win.steps.setCurrentRow(1)
    subject = win.message_view.header_edits["Subject"]
    subject.setFocus()
    subject.end(False)
    qtbot.keyClicks(subject, " (reminder)")
    win.message_view.commit()
    assert win.session.dirty

    win.steps.setCurrentRow(STEP_PREVIEW)
    win.preview_view.row_spin.setValue(3)
    shown = win.preview_view.header_labels
    assert shown["subject"].text() == "Your membership 001002 at Silva & Filhos (reminder)"
    assert shown["to"].text() == "Ana Silva <ana.silva@example.com>"  # from the email and name columns
    assert "Ana Silva" in win.preview_view.html_view.toPlainText()
    assert "<b>" in win.preview_view.html_view.toHtml() or "font-weight" in win.preview_view.html_view.toHtml()
    assert not win.preview_view.error.isVisible()

    win.check_action.trigger()
    assert win.steps.currentRow() == STEP_CHECK
    qtbot.waitUntil(lambda: win.check_view.check_button.isEnabled(), timeout=WAIT_MS)
    errors, _warnings = win.check_view.model.counts()
    assert errors == 0, [win.check_view.model.finding(i).message for i in range(win.check_view.model.rowCount())]
    assert "ready to send" in win.check_view.summary.text().lower()

    # Test send: the previewed row's message, to me only.
    win.send_view.test_address.setText("me@example.com")
    win.test_action.trigger()
    qtbot.waitUntil(lambda: "Test sent" in win.send_view.status_label.text(), timeout=WAIT_MS)
    [test_message] = outbox_messages()
    assert "001002" in str(test_message["Subject"])

    start_send(qtbot, win)
    assert "8 messages" in win.dialogs.asked[-1] and "outbox" in win.dialogs.asked[-1]  # type: ignore[attr-defined]
    wait_until_idle(qtbot, win)
    view = win.send_view
    assert view.sent_label.text() == "8"
    assert view.failed_label.text() == "0"
    assert view.remaining_label.text() == "0"
    assert view.progress_bar.value() == 8
    assert [view.proxy.index(i, COL_STATUS).data() for i in range(8)] == ["Sent"] * 8
    subjects = sorted(str(m["Subject"]) for m in outbox_messages())
    assert len(subjects) == 9 and all(s.endswith("(reminder)") for s in subjects)

    report = tmp_path / "report.xlsx"
    win.dialogs.save_path = report  # type: ignore[attr-defined]
    win.export_action.trigger()
    qtbot.waitUntil(lambda: "Report of 8 rows saved" in view.status_label.text(), timeout=WAIT_MS)
    sheet = openpyxl.load_workbook(report).active
    values = [[str(c.value) for c in row] for row in sheet.iter_rows()]
    assert len(values) == 9
    assert sum("sent" in row for row in values[1:]) == 8


def test_refused_address_is_shown_with_its_reason_and_retried(qtbot: QtBot, window: MainWindow) -> None:
    win = window
    server = ScriptedServer().start()
    try:
        server.script.always("rcpt", "550 5.1.1 <wang.wei@example.org>: user unknown", address="wang.wei@example.org")
        win.target_for = lambda _name: ServerTarget(server.port)  # type: ignore[assignment,return-value]
        load_sample(qtbot, win)
        start_send(qtbot, win)
        wait_until_idle(qtbot, win)
        view = win.send_view
        assert view.sent_label.text() == "7"
        assert view.failed_label.text() == "1"
        assert view.model.status(2) == "failed"
        reason = view.proxy.index(1, COL_REASON).data()
        assert "does not exist" in reason and "Correct the address" in reason
        assert view.proxy.index(1, COL_REASON).data(Qt.ItemDataRole.ToolTipRole) == reason
        assert view.proxy.index(1, COL_STATUS).data() == "Not sent"
        assert len(server.messages) == 7

        view.show_combo.setCurrentIndex(1)
        view.show_combo.activated.emit(1)
        assert view.proxy.rowCount() == 1
        assert view.proxy.index(0, 1).data() == "wang.wei@example.org"

        # The hard bounce put the address on the suppression list: the retry's confirmation says so and offers
        # nothing to send; the address is not mailed again and the row keeps its reason.
        server.script = Script()
        start_send(qtbot, win, win.retry_action)
        asked = win.dialogs.asked[-1]  # type: ignore[attr-defined]
        assert "Send again to 0 rows" in asked and "1 address is on the suppression list" in asked
        wait_until_idle(qtbot, win)
        assert view.model.status(2) == "failed"
        assert "does not exist" in view.model.index(1, COL_REASON).data()
        assert len(server.messages) == 7
    finally:
        server.stop()


def test_stop_then_send_again_never_sends_anyone_twice(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    win = window
    server = ScriptedServer().start()
    try:
        win.target_for = lambda _name: ServerTarget(server.port, connections=1)  # type: ignore[assignment,return-value]
        people = tmp_path / "people.csv"
        people.write_text("email,name\n" + "".join(f"p{i}@example.com,P{i}\n" for i in range(1, 201)), encoding="utf-8")
        win.session.load_template_text("From: office@example.com\nSubject: Hi {{ name }}\n\nHello {{ name }}", "text",
                                        None)
        win.open_contacts(people)
        qtbot.waitUntil(lambda: win.send_view.model.rowCount() == 200, timeout=WAIT_MS)

        start_send(qtbot, win)
        win.send_view.cancel_button.click()  # Stop at once, while the run is still starting
        wait_until_idle(qtbot, win)
        view = win.send_view
        first_run = len(server.messages)
        assert first_run < 200
        assert "cancelled" in view.error.text()
        assert view.model.count("sent") == first_run
        assert view.model.count("pending") == 200 - first_run
        assert view.proxy.index(199, COL_STATUS).data() == "Waiting"

        start_send(qtbot, win)
        wait_until_idle(qtbot, win)
        assert view.model.count("sent") == 200
        recipients = [m.recipients[0] for m in server.messages]
        assert len(recipients) == 200 and len(set(recipients)) == 200
    finally:
        server.stop()


# ------------------------------------------------------------------------------------------- chosen account
def choose_account(win: MainWindow, name: str) -> None:
    win.refresh_accounts()
    combo = win.send_view.account_combo
    index = combo.findData(name)
    assert index >= 0, name
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_check_uses_the_chosen_accounts_message_rules_and_from(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    win = window
    # Only the profile matters to the check: no secret is saved, none is needed.
    accounts.save_account(accounts.new_account("Tencent", "tencent-api", username="AKID" + "x" * 32,
                                               from_address="Office <office@example.com>"))
    with (tmp_path / "scan.pdf").open("wb") as scan:
        scan.truncate(5 * 1024 * 1024)
    people = tmp_path / "people.csv"
    people.write_text("email,name,file\nkim@example.com,Kim,scan.pdf\nlee@example.com,Lee,\n", encoding="utf-8")
    win.session.load_template_text("Subject: Scan\n\nHello {{ name }}", "text", None)  # no From: the account's
    win.open_contacts(people)
    qtbot.waitUntil(lambda: win.send_view.model.rowCount() == 2, timeout=WAIT_MS)

    def checked() -> list[tuple[int | None, str]]:
        win.check_action.trigger()
        qtbot.waitUntil(lambda: win.check_view.check_button.isEnabled(), timeout=WAIT_MS)
        model = win.check_view.model
        return [(model.finding(i).row, model.finding(i).code) for i in range(model.rowCount())]

    outbox = checked()  # the built-in outbox: no From anywhere, no attachment limit
    assert outbox == [(None, "address.missing")]  # From is empty for every row: said once
    assert "From" in win.check_view.model.finding(0).message
    choose_account(win, "Tencent")
    assert checked() == [(1, "attachment.total_too_large")]
    assert "Tencent Cloud accepts at most 4 MB" in win.check_view.model.finding(0).message
    # Sending would need the SecretKey, and the Send step says so as soon as the account is chosen.
    notice = win.send_view.account_notice
    qtbot.waitUntil(lambda: notice.text() != "", timeout=WAIT_MS)
    assert notice.text().startswith("! ") and ("password" in notice.text() or "keyring" in notice.text())


@pytest.fixture
def quota_server() -> Iterator[FakeSesAccount]:
    yield from serve_json_api(FakeSesAccount())


@needs_dbus
def test_send_step_shows_the_accounts_quota_left_and_warnings(
    qtbot: QtBot, window: MainWindow, quota_server: FakeSesAccount, account_name: str
) -> None:
    win = window
    notice = win.send_view.account_notice
    assert notice.isHidden()  # the built-in outbox has nothing to say
    save_ses(account_name, f"http://{quota_server.host}")
    choose_account(win, account_name)
    qtbot.waitUntil(lambda: notice.text() != "", timeout=WAIT_MS)
    assert notice.text() == "48,766 of 50,000 messages left in the provider's 24-hour quota."
    assert not notice.isHidden()

    save_ses(account_name, f"http://{quota_server.host}", key_id="AKIAWRONG")
    win.refresh_accounts()  # what the Accounts dialog does after an edit
    qtbot.waitUntil(lambda: notice.text().startswith("! "), timeout=WAIT_MS)
    assert "Could not read the Amazon SES sending limits" in notice.text()
    assert "saved limits instead (1 a second, 200 a day)" in notice.text() and SES_SECRET not in notice.text()

    combo = win.send_view.account_combo
    combo.setCurrentIndex(combo.findData(None))
    combo.activated.emit(combo.currentIndex())
    assert notice.isHidden()


@needs_dbus
def test_a_run_is_paced_to_the_quota_left_and_reports_it(quota_server: FakeSesAccount, account_name: str) -> None:
    quota_server.body["SendQuota"] = {"Max24HourSend": 200.0, "MaxSendRate": 5.0, "SentLast24Hours": 150.0}
    save_ses(account_name, f"http://{quota_server.host}")
    notices: list[str] = []
    target = AccountTarget(account_name, on_notice=notices.append)
    try:
        _factory, limits = target.open()
    finally:
        target.close()
    assert (limits.per_second, limits.per_day) == (5.0, 50)  # 200 a day, 150 of them used already
    assert notices == ["50 of 200 messages left in the provider's 24-hour quota."]


def test_an_address_that_bounced_before_is_skipped_by_the_window_too(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from mailmerge.sending.suppression import SuppressionList

    suppressed = SuppressionList()
    suppressed.add("p2@example.com", "smtp.mailbox_unknown")
    suppressed.close()
    server = ScriptedServer().start()
    try:
        window.target_for = lambda _name: ServerTarget(server.port)  # type: ignore[assignment,return-value]
        people = tmp_path / "people.csv"
        people.write_text("email,name\n" + "".join(f"p{i}@example.com,P{i}\n" for i in range(1, 4)), encoding="utf-8")
        window.session.load_template_text("From: office@example.com\nSubject: Hi {{ name }}\n\nHello", "text", None)
        window.open_contacts(people)
        qtbot.waitUntil(lambda: window.send_view.model.rowCount() == 3, timeout=WAIT_MS)
        start_send(qtbot, window)
        wait_until_idle(qtbot, window)
        assert sorted(m.recipients[0] for m in server.messages) == ["p1@example.com", "p3@example.com"]
        assert window.send_view.proxy.index(1, COL_STATUS).data() == "Skipped"
        assert "suppression list" in window.send_view.proxy.index(1, COL_REASON).data()
    finally:
        server.stop()
