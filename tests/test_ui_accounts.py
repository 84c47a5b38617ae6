"""The Accounts dialog against a real SMTP server with AUTH and the real Secret Service (gnome-keyring).

Run under D-Bus with an unlocked keyring:
    dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null;
                               .venv/bin/python -m pytest tests/test_ui_accounts.py -q'
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot
from servers import ScriptedServer
from test_api_accounts import (  # the API account tests' local SES and Tencent Cloud servers
    SES_REGION,
    FakeSesAccount,
    FakeTencentAccount,
    save_ses,
    save_tencent,
)
from test_api_accounts import ses_api as ses_api  # fixtures, used as parameters
from test_api_accounts import tencent_api as tencent_api
from test_oauth import AuthServer, browser  # the OAuth tests' local authorization server and "browser"
from test_ui_flow import choose_account
from ui_fixtures import window  # noqa: F401  (fixture)

from mailmerge.accounts import credentials, oauth
from mailmerge.accounts import profiles as accounts
from ui.main_window import MainWindow
from ui.views.accounts_dialog import AccountEditor, AccountsDialog

pytestmark = pytest.mark.gui
needs_keyring = pytest.mark.skipif(
    not os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
    reason="no D-Bus session: run under dbus-run-session with an unlocked gnome-keyring-daemon",
)
WAIT_MS = 15_000
USER = "office@example.com"
PASSWORD = "Corr3ct-Horse-" + uuid.uuid4().hex[:10]


class ScriptedConfirm:
    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def confirm(self, title: str, text: str, yes: str) -> bool:
        self.asked.append(text)
        return self.answer


@pytest.fixture
def login_server() -> Iterator[ScriptedServer]:
    server = ScriptedServer(login=(USER, PASSWORD)).start()
    yield server
    server.stop()


@pytest.fixture
def account_name() -> Iterator[str]:
    name = f"ui-{uuid.uuid4().hex[:12]}"
    yield name
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        for key in (credentials.account_key(name), credentials.oauth_refresh_key(name)):
            credentials.delete_secret(key)


@pytest.fixture
def dialog(qtbot: QtBot) -> AccountsDialog:
    shown = AccountsDialog()
    qtbot.addWidget(shown)
    shown.show()
    return shown


def open_editor(qtbot: QtBot, dialog: AccountsDialog, button_is_edit: bool = False) -> AccountEditor:
    (dialog.edit_button if button_is_edit else dialog.add_button).click()
    editor = dialog.editor
    assert editor is not None and editor.isVisible()
    return editor


def add_generic(qtbot: QtBot, dialog: AccountsDialog, name: str, port: int, password: str) -> None:
    editor = open_editor(qtbot, dialog)
    editor.name_edit.setText(name)
    editor.choose_preset("generic")
    editor.host_edit.setText("127.0.0.1")
    editor.port_spin.setValue(port)
    editor.security_combo.setCurrentIndex(editor.security_combo.findData("none"))
    editor.user_edit.setText(USER)
    editor.password_edit.setText(password)
    editor.from_edit.setText(f"Office <{USER}>")
    with qtbot.waitSignal(dialog.accounts_changed, timeout=WAIT_MS):
        editor.save_button.click()


def run_test(qtbot: QtBot, dialog: AccountsDialog) -> str:
    with qtbot.waitSignal(dialog.work_done, timeout=WAIT_MS):
        dialog.test_button.click()
    return dialog.stages_label.text()


def visible_texts(widget: AccountEditor) -> list[str]:
    texts = [e.text() + "\n" + e.placeholderText() for e in widget.findChildren(QLineEdit)]
    return texts + [label.text() for label in widget.findChildren(QLabel)]


def test_presets_fill_the_server_and_show_limits_and_notes(qtbot: QtBot, dialog: AccountsDialog) -> None:
    editor = open_editor(qtbot, dialog)
    editor.choose_preset("microsoft365")
    assert editor.host_edit.text() == "smtp.office365.com"
    assert editor.port_spin.value() == 587
    assert editor.security_combo.currentData() == "starttls"
    notes = editor.notes_label.text()
    assert "end of December 2026" in notes and "Sign in with Microsoft" in notes
    assert "30 a minute, 10,000 a day, 1 connection" in notes
    assert editor.client_id_edit.isVisibleTo(editor)  # OAuth presets ask for the app registration

    editor.choose_preset("ses-smtp")  # a regional host is resolved from the region on save
    assert editor.host_edit.text() == "" and "{region}" in editor.host_edit.placeholderText()
    assert editor.region_combo.currentText() == "us-east-1"
    assert not editor.client_id_edit.isVisibleTo(editor)


def test_an_unusable_form_says_what_to_fix_and_saves_nothing(qtbot: QtBot, dialog: AccountsDialog) -> None:
    editor = open_editor(qtbot, dialog)
    editor.name_edit.setText("Office")
    editor.choose_preset("generic")  # no server name filled in
    editor.save_button.click()
    assert "needs a server name" in editor.error.text()
    assert editor.isVisible()
    assert accounts.list_accounts() == []


@needs_keyring
def test_add_test_edit_delete_with_the_real_keyring(
    qtbot: QtBot, dialog: AccountsDialog, login_server: ScriptedServer, account_name: str, isolated_dirs: Path
) -> None:
    assert dialog.no_accounts_hint.isVisible()  # an empty list says what to do and where mail goes meanwhile
    assert "built-in outbox" in dialog.no_accounts_hint.text()
    add_generic(qtbot, dialog, account_name, login_server.port, PASSWORD)
    assert dialog.model.names() == [account_name]
    assert not dialog.no_accounts_hint.isVisible()
    assert dialog.current() is not None and dialog.current().name == account_name  # type: ignore[union-attr]
    assert credentials.get_secret(credentials.account_key(account_name)) == PASSWORD
    assert PASSWORD.encode() not in accounts.accounts_path().read_bytes()

    shown = run_test(qtbot, dialog)
    # In the order they happened: without TLS the "not encrypted" note comes after the greeting.
    assert [s.stage for s in dialog.last_test] == ["dns", "tcp", "ehlo", "tls", "auth"]
    assert all(s.ok for s in dialog.last_test)
    assert shown.count("✓") == 5 and "✗" not in shown
    assert f"✓ AUTH: Signed in as {USER}." in shown

    # Edit: the stored password never comes back into the form, only a note that one is stored.
    editor = open_editor(qtbot, dialog, button_is_edit=True)
    qtbot.waitUntil(lambda: "Stored in the system keyring" in editor.password_edit.placeholderText(), timeout=WAIT_MS)
    assert editor.password_edit.text() == ""
    assert editor.password_edit.echoMode() == QLineEdit.EchoMode.Password
    assert not any(PASSWORD in text for text in visible_texts(editor))
    assert editor.name_edit.isReadOnly()
    # Saving without typing a password keeps the stored one.
    editor.from_edit.setText("Front desk <desk@example.com>")
    with qtbot.waitSignal(dialog.accounts_changed, timeout=WAIT_MS):
        editor.save_button.click()
    assert accounts.get_account(account_name).from_address == "Front desk <desk@example.com>"
    assert credentials.get_secret(credentials.account_key(account_name)) == PASSWORD

    # Delete asks first; "no" keeps everything.
    dialog.dialogs = ScriptedConfirm(False)  # type: ignore[assignment]
    dialog.delete_button.click()
    assert account_name in dialog.model.names()
    dialog.dialogs = confirm = ScriptedConfirm(True)  # type: ignore[assignment]
    with qtbot.waitSignal(dialog.accounts_changed, timeout=WAIT_MS):
        dialog.delete_button.click()
    assert account_name in confirm.asked[0] and "keyring" in confirm.asked[0]
    assert dialog.model.names() == [] and dialog.no_accounts_hint.isVisible()
    assert accounts.list_accounts() == []
    assert credentials.get_secret(credentials.account_key(account_name)) is None
    assert not dialog.edit_button.isEnabled() and not dialog.test_button.isEnabled()


@needs_keyring
def test_wrong_password_fails_at_auth_with_an_explanation(
    qtbot: QtBot, dialog: AccountsDialog, login_server: ScriptedServer, account_name: str
) -> None:
    add_generic(qtbot, dialog, account_name, login_server.port, "not-the-password")
    shown = run_test(qtbot, dialog)
    stages = dialog.last_test
    assert [(s.stage, s.ok) for s in stages] == [
        ("dns", True), ("tcp", True), ("ehlo", True), ("tls", True), ("auth", False)
    ]
    assert shown.splitlines()[-1].startswith("✗ AUTH: ")
    assert "password" in stages[-1].detail.lower()  # says what to check, in plain words
    assert dialog.status.text() == "The connection failed:"
    assert "not-the-password" not in shown


@needs_keyring
def test_the_same_name_twice_is_refused(
    qtbot: QtBot, dialog: AccountsDialog, login_server: ScriptedServer, account_name: str
) -> None:
    add_generic(qtbot, dialog, account_name, login_server.port, PASSWORD)
    editor = open_editor(qtbot, dialog)
    editor.name_edit.setText(account_name)
    editor.host_edit.setText("127.0.0.1")
    editor.save_button.click()
    assert "already an account" in editor.error.text()


def test_a_missing_keyring_is_explained_inline(
    qtbot: QtBot, dialog: AccountsDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    monkeypatch.setattr(keyring, "get_keyring", lambda: FailKeyring())
    editor = open_editor(qtbot, dialog)
    editor.name_edit.setText("Office")
    editor.host_edit.setText("127.0.0.1")
    editor.user_edit.setText(USER)
    editor.password_edit.setText(PASSWORD)
    editor.save_button.click()
    qtbot.waitUntil(lambda: editor.error.isVisibleTo(editor), timeout=WAIT_MS)
    assert "No secure password store is available" in editor.error.text()
    assert "gnome-keyring" in editor.error.text()
    assert PASSWORD not in editor.error.text()
    assert accounts.list_accounts() == []  # no account left without its password


@pytest.fixture
def auth_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[AuthServer]:
    """The local authorization server from the OAuth tests, standing in for Microsoft's."""
    server = AuthServer()
    server.thread.start()
    monkeypatch.setitem(oauth.ENDPOINTS, "oauth_microsoft", server.endpoints)
    yield server
    server.server.shutdown()
    server.server.server_close()


@needs_keyring
def test_sign_in_with_microsoft_keeps_the_refresh_token_in_the_keyring(
    qtbot: QtBot, dialog: AccountsDialog, auth_server: AuthServer, account_name: str
) -> None:
    editor = open_editor(qtbot, dialog)
    editor.name_edit.setText(account_name)
    editor.choose_preset("microsoft365")
    editor.user_edit.setText(USER)
    with qtbot.waitSignal(dialog.accounts_changed, timeout=WAIT_MS):
        editor.save_button.click()
    assert dialog.sign_in_button.isVisibleTo(dialog) and dialog.sign_in_button.text() == "Sign in with Microsoft"
    assert "Click “Sign in with Microsoft” to finish" in dialog.status.text()

    # Without the app registration the dialog says what to fill in, and opens no browser.
    opened: list[str] = []
    dialog.open_browser = opened.append
    dialog.sign_in_button.click()
    assert "no sign-in client ID" in dialog.error.text() and opened == []

    editor = open_editor(qtbot, dialog, button_is_edit=True)
    editor.client_id_edit.setText("test-client")
    with qtbot.waitSignal(dialog.accounts_changed, timeout=WAIT_MS):
        editor.save_button.click()
    dialog.open_browser = browser
    with qtbot.waitSignal(dialog.work_done, timeout=WAIT_MS):
        dialog.sign_in_button.click()
    assert not dialog.error.isVisibleTo(dialog), dialog.error.text()
    assert "Signed in" in dialog.status.text()
    refresh = credentials.get_secret(credentials.oauth_refresh_key(account_name))
    assert refresh is not None and refresh in auth_server.refresh_tokens
    assert refresh.encode() not in accounts.accounts_path().read_bytes()


@needs_keyring
def test_sign_in_with_google_sends_the_client_secret_kept_in_the_keyring(
    qtbot: QtBot, dialog: AccountsDialog, monkeypatch: pytest.MonkeyPatch, account_name: str
) -> None:
    secret = "GOCSPX-" + uuid.uuid4().hex
    server = AuthServer(client_secret=secret)  # refuses token requests without it, as Google's endpoint does
    server.thread.start()
    monkeypatch.setitem(oauth.ENDPOINTS, "oauth_google", server.endpoints)
    try:
        editor = open_editor(qtbot, dialog)
        editor.name_edit.setText(account_name)
        editor.choose_preset("google-workspace")
        assert editor.client_secret_edit.isVisibleTo(editor)
        assert editor.client_secret_edit.echoMode() == QLineEdit.EchoMode.Password
        editor.user_edit.setText(USER)
        editor.client_id_edit.setText("test-client")
        editor.client_secret_edit.setText(secret)
        with qtbot.waitSignal(dialog.accounts_changed, timeout=WAIT_MS):
            editor.save_button.click()
        assert credentials.get_secret(credentials.oauth_client_secret_key(account_name)) == secret
        dialog.open_browser = browser
        with qtbot.waitSignal(dialog.work_done, timeout=WAIT_MS):
            dialog.sign_in_button.click()
        assert not dialog.error.isVisibleTo(dialog), dialog.error.text()
        assert [form.get("client_secret") for form in server.token_requests] == [secret]
        assert secret.encode() not in accounts.accounts_path().read_bytes()
    finally:
        server.server.shutdown()
        server.server.server_close()
        credentials.delete_secret(credentials.oauth_client_secret_key(account_name))


@needs_keyring
def test_testing_an_account_without_a_password_says_where_to_type_it(
    qtbot: QtBot, dialog: AccountsDialog, login_server: ScriptedServer, account_name: str
) -> None:
    add_generic(qtbot, dialog, account_name, login_server.port, "")
    with qtbot.waitSignal(dialog.work_done, timeout=WAIT_MS):
        dialog.test_button.click()
    assert "No password is saved" in dialog.error.text() and "Click “Edit…”" in dialog.error.text()
    assert dialog.last_test == [] and login_server.connections == 0
    assert dialog.test_button.isEnabled()


# ----------------------------------------------------------------------------------------------- API accounts
@needs_keyring
def test_testing_an_ses_account_shows_each_check_with_its_mark(
    qtbot: QtBot, dialog: AccountsDialog, ses_api: FakeSesAccount, account_name: str
) -> None:
    ses_api.body["ProductionAccessEnabled"] = False
    save_ses(account_name, f"http://{ses_api.host}")
    dialog.reload(select=account_name)
    assert dialog.test_button.isEnabled()  # an API account is tested too, with its own checks
    shown = run_test(qtbot, dialog)
    assert [(c.step, c.status) for c in dialog.last_api_test] == [
        ("sign-in", "ok"), ("sending", "ok"), ("sandbox", "warning"), ("quota", "ok")]
    lines = shown.splitlines()
    assert lines[0] == f"✓ SIGN-IN: Amazon SES in {SES_REGION} accepted the access key AKIAQUOTA."
    assert lines[2].startswith("! SANDBOX: The account is still in the Amazon SES sandbox")
    assert lines[3].startswith("✓ QUOTA: Runs are paced at 14 a second, 50,000 a day.")
    assert dialog.status.text() == "The account works; read the warnings:"
    assert dialog.last_test == [] and not dialog.error.isVisibleTo(dialog)
    assert dialog.test_button.isEnabled()


@needs_keyring
def test_testing_a_tencent_account_names_what_cannot_send(
    qtbot: QtBot, dialog: AccountsDialog, tencent_api: FakeTencentAccount, account_name: str
) -> None:
    tencent_api.identities = [{"IdentityName": "other.example.org", "SendingEnabled": True}]
    save_tencent(account_name, f"http://{tencent_api.host}", template_id=4242)
    dialog.reload(select=account_name)
    shown = run_test(qtbot, dialog)
    assert [c.status for c in dialog.last_api_test] == ["ok", "failed", "ok"]
    assert "✗ SENDER: The sender domain mail.example.com is not set up in Tencent Cloud SES" in shown
    assert "✓ TEMPLATE: Template 4242 (invoice) is approved." in shown
    assert dialog.status.text() == "The account cannot send yet:"


@needs_keyring
def test_a_password_without_a_login_name_is_questioned_not_dropped(qtbot: QtBot, dialog: AccountsDialog) -> None:
    editor = open_editor(qtbot, dialog)
    editor.name_edit.setText("Office")
    editor.choose_preset("generic")
    editor.host_edit.setText("127.0.0.1")
    editor.password_edit.setText(PASSWORD)
    editor.save_button.click()
    assert "login name" in editor.error.text() and "needs no login" in editor.error.text()
    assert accounts.list_accounts() == []


@needs_keyring
def test_a_relay_that_needs_no_login_hides_the_password_and_stores_none(
    qtbot: QtBot, dialog: AccountsDialog, smtp_relay: ScriptedServer, account_name: str
) -> None:
    # An account first saved with a password, then switched to "needs no login": the old password goes.
    credentials.save_secret(credentials.account_key(account_name), "left-over")
    editor = open_editor(qtbot, dialog)
    editor.name_edit.setText(account_name)
    editor.choose_preset("generic")
    assert editor.form.isRowVisible(editor.no_login_check) and editor.form.isRowVisible(editor.password_edit)
    editor.no_login_check.setChecked(True)
    assert not editor.form.isRowVisible(editor.password_edit) and not editor.form.isRowVisible(editor.user_edit)
    editor.host_edit.setText("127.0.0.1")
    editor.port_spin.setValue(smtp_relay.port)
    editor.security_combo.setCurrentIndex(editor.security_combo.findData("none"))
    editor.from_edit.setText(f"Office <{USER}>")
    with qtbot.waitSignal(dialog.accounts_changed, timeout=WAIT_MS):
        editor.save_button.click()
    saved = accounts.get_account(account_name)
    assert saved.auth == "none" and saved.username is None and not saved.needs_secret
    assert credentials.get_secret(credentials.account_key(account_name)) is None
    assert "(no login)" in dialog.status.text()

    shown = run_test(qtbot, dialog)  # nothing asks for a password; the relay takes the connection
    assert "✗" not in shown and dialog.error.text() == ""

    editor = open_editor(qtbot, dialog, button_is_edit=True)  # reopened: still "no login", nothing to type
    assert editor.no_login_check.isChecked() and not editor.form.isRowVisible(editor.password_edit)

    # Other providers always sign in: the choice is not offered there.
    editor.reject()
    editor = open_editor(qtbot, dialog)
    editor.choose_preset("gmail")
    assert not editor.form.isRowVisible(editor.no_login_check) and editor.form.isRowVisible(editor.password_edit)


@pytest.fixture
def smtp_relay() -> Iterator[ScriptedServer]:
    server = ScriptedServer().start()  # offers no AUTH at all
    yield server
    server.stop()


@needs_keyring
def test_a_missing_password_found_in_the_send_step_is_typed_in_the_window(
    qtbot: QtBot, window: MainWindow, account_name: str  # noqa: F811  (the fixture)
) -> None:
    win = window
    win.steps.setCurrentRow(4)  # the Send step
    accounts.save_account(accounts.new_account(account_name, "generic", host="127.0.0.1", username=USER))
    choose_account(win, account_name)
    notice = win.send_view.account_notice
    qtbot.waitUntil(lambda: notice.text().startswith("! "), timeout=WAIT_MS)
    assert "No password is saved" in notice.text() and "--password-stdin" not in notice.text()
    assert win.send_view.fix_account_button.isVisible()

    def type_the_password() -> None:  # what the user does in the editor that opens
        dialog = win.accounts_dialog
        assert dialog is not None and dialog.editor is not None and dialog.editor.isVisible()
        assert dialog.editor.name_edit.text() == account_name
        dialog.editor.password_edit.setText(PASSWORD)
        with qtbot.waitSignal(dialog.accounts_changed, timeout=WAIT_MS):
            dialog.editor.save_button.click()
        dialog.reject()

    QTimer.singleShot(0, type_the_password)
    win.send_view.fix_account_button.click()
    assert credentials.get_secret(credentials.account_key(account_name)) == PASSWORD
    qtbot.waitUntil(lambda: notice.isHidden(), timeout=WAIT_MS)  # nothing left to fix
    assert not win.send_view.fix_account_button.isVisible()
