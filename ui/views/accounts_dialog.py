"""The Accounts dialog: saved sending accounts, adding one from a provider preset, editing, deleting, testing the
connection stage by stage, and "Sign in with Google/Microsoft".

Everything that touches the network or the system keyring (which may be a D-Bus call that waits for an unlock
prompt) runs through ui.background, so the window never freezes. Passwords are write-only here: the dialog can
replace a stored secret but never reads one back into a widget.

Open it from the main window with `AccountsDialog(self).exec()` and connect `accounts_changed` to refresh the
account choice on the Send step."""

from __future__ import annotations

import asyncio
import webbrowser
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mailmerge.accounts import credentials
from mailmerge.accounts import profiles as accounts
from mailmerge.base.errors import MailMergeError, Problem
from mailmerge.compose.unsubscribe import unsubscribe_options
from mailmerge.transports.presets import PRESETS, Preset, PresetLimits, Security
from ui import wording
from ui.background import run_in_background
from ui.dialogs import Dialogs
from ui.i18n import shown_number
from ui.models.accounts_model import AccountsModel
from ui.views.common import InlineError

if TYPE_CHECKING:
    from mailmerge.transports.smtp import StageResult

OAUTH_PROVIDER = {"oauth_google": "Google", "oauth_microsoft": "Microsoft"}
API_CHANNELS = ("ses_api", "tencent_api")  # tested with the provider's read-only API calls, not SMTP stages
CHECK_MARKS = {"ok": "✓", "warning": "!", "failed": "✗"}  # as `mailmerge account test` prints them


def _tr(text: str) -> str:
    return QCoreApplication.translate("AccountsDialog", text)


def limits_text(limits: PresetLimits) -> str:
    """The preset's published sending limits in one line, e.g. "30 a minute, 10,000 a day, 1 connection"."""
    parts = [
        _tr("{n} a second").format(n=f"{limits.per_second:g}") if limits.per_second else "",
        _tr("{n} a minute").format(n=shown_number(limits.per_minute)) if limits.per_minute else "",
        _tr("{n} an hour").format(n=shown_number(limits.per_hour)) if limits.per_hour else "",
        _tr("{n} a day").format(n=shown_number(limits.per_day)) if limits.per_day else "",
        _tr("{n} an hour per domain").format(n=limits.per_domain_hour) if limits.per_domain_hour else "",
        _tr("{n} an hour to one address").format(n=limits.per_recipient_hour) if limits.per_recipient_hour else "",
        _tr("1 connection") if limits.connections == 1 else _tr("{n} connections").format(n=limits.connections),
    ]
    return ", ".join(p for p in parts if p)


def problem_text(exc: BaseException) -> str:
    """The plain sentence for an expected problem, in this dialog's terms; anything else is a bug and goes to the
    crash dialog."""
    return wording.problem_text(exc, fix=_tr("“Edit…”"))  # the button that opens the account here


def _has_secret(name: str) -> bool:
    # Only whether one exists crosses back to the UI thread, never the secret itself.
    return credentials.get_secret(credentials.account_key(name)) is not None


def _save(account: accounts.Account, password: str, client_secret: str = "") -> accounts.Account:
    if account.auth == "none":
        # A relay that needs no login keeps no password: one left from before the switch is removed. A machine
        # with no secure store at all has none to remove, and needs none for this account.
        try:
            credentials.delete_secret(credentials.account_key(account.name))
        except MailMergeError as exc:
            if exc.code != "credentials.no_secure_store":
                raise
    if password:
        # The secret first: if the keyring refuses, no account without its password is left behind.
        credentials.save_secret(credentials.account_key(account.name), password)
    if client_secret:
        credentials.save_secret(credentials.oauth_client_secret_key(account.name), client_secret)
    accounts.save_account(account)
    return account


def _probe(account: accounts.Account) -> list[StageResult]:
    from mailmerge.transports.smtp import probe

    return asyncio.run(probe(accounts.smtp_settings(account)))


def _sign_in(account: accounts.Account, open_browser: Callable[[str], object]) -> None:
    from mailmerge.accounts import oauth

    oauth.sign_in(accounts.oauth_client(account), account.name, login_hint=account.username, open_browser=open_browser)


class AccountEditor(QDialog):
    """Add an account from a preset, or edit one. `saved(Account)` once the profile (and any new password) is
    stored; the dialog then closes itself."""

    saved = Signal(object)

    def __init__(self, existing: accounts.Account | None, taken_names: Sequence[str], parent: QWidget | None = None):
        super().__init__(parent)
        self._existing = existing
        self._taken = set(taken_names)
        self.setWindowTitle(self.tr("Add account") if existing is None else self.tr("Edit account"))

        self.name_edit = QLineEdit()
        self.preset_combo = QComboBox()
        for preset in PRESETS.values():
            self.preset_combo.addItem(QCoreApplication.translate("presets", preset.label), preset.key)
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.host_edit = QLineEdit()
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.security_combo = QComboBox()
        security: tuple[tuple[Security, str], ...] = (
            ("starttls", self.tr("STARTTLS (usually port 587)")),
            ("tls", self.tr("TLS from the start (usually port 465)")),
            ("none", self.tr("None (local relay only)")),
        )
        for value, label in security:
            self.security_combo.addItem(label, value)
        self.region_combo = QComboBox()
        self.no_login_check = QCheckBox(self.tr("This server needs no login"))
        self.no_login_check.setToolTip(self.tr(
            "For an office relay that accepts mail from this computer without a login name or password."))
        self.no_login_check.toggled.connect(self._no_login_toggled)
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.from_edit = QLineEdit()
        self.from_edit.setPlaceholderText(self.tr("Office <office@example.com>"))
        self.client_id_edit = QLineEdit()
        self.client_id_edit.setPlaceholderText(self.tr("The OAuth client ID your administrator registered"))
        self.client_secret_edit = QLineEdit()
        self.client_secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.client_secret_edit.setPlaceholderText(self.tr("Google only: the client secret that came with the ID"))
        # After the send: unsubscribe options, the domain's DKIM selector and the mailbox read for replies.
        self.unsubscribe_mailto_edit = QLineEdit()
        self.unsubscribe_mailto_edit.setPlaceholderText(self.tr("unsubscribe@example.com (people write here to leave)"))
        self.unsubscribe_url_edit = QLineEdit()
        self.unsubscribe_url_edit.setPlaceholderText(self.tr("Optional: https://example.com/unsubscribe (one click)"))
        self.dkim_selector_edit = QLineEdit()
        self.dkim_selector_edit.setPlaceholderText(self.tr("Optional: the selector your provider shows for DKIM"))
        self.imap_host_edit = QLineEdit()
        self.imap_host_edit.setPlaceholderText(self.tr("Optional: imap.example.com, to check bounces and replies"))
        self.keep_sent_check = QCheckBox(self.tr("Keep a copy of each sent message in the Sent folder"))
        self.error = InlineError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.form.addRow(self.tr("Name"), self.name_edit)
        self.form.addRow(self.tr("Provider"), self.preset_combo)
        self.form.addRow(self.notes_label)
        self.form.addRow(self.tr("Region"), self.region_combo)
        self.form.addRow(self.tr("Server"), self.host_edit)
        self.form.addRow(self.tr("Port"), self.port_spin)
        self.form.addRow(self.tr("Security"), self.security_combo)
        self.form.addRow("", self.no_login_check)
        self.form.addRow(self.tr("Login"), self.user_edit)
        self.form.addRow(self.tr("Password"), self.password_edit)
        self.form.addRow(self.tr("From"), self.from_edit)
        self.form.addRow(self.tr("Sign-in client ID"), self.client_id_edit)
        self.form.addRow(self.tr("Sign-in client secret"), self.client_secret_edit)
        self.form.addRow(self.tr("Unsubscribe address"), self.unsubscribe_mailto_edit)
        self.form.addRow(self.tr("Unsubscribe link"), self.unsubscribe_url_edit)
        self.form.addRow(self.tr("DKIM selector"), self.dkim_selector_edit)
        self.form.addRow(self.tr("Mailbox server (IMAP)"), self.imap_host_edit)
        self.form.addRow(self.keep_sent_check)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        self.preset_combo.currentIndexChanged.connect(self._preset_chosen)
        if existing is None:
            self._preset_chosen()
            self.password_edit.setPlaceholderText(self.tr("Not shown once saved"))
        else:
            self._fill(existing)

    # --- filling the form ---------------------------------------------------------------------------------------
    def preset(self) -> Preset:
        return PRESETS[self.preset_combo.currentData()]

    def choose_preset(self, key: str) -> None:
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(key))

    def _preset_chosen(self) -> None:
        """Fill server, port and security from the preset and show its limits and notes."""
        preset = self.preset()
        self.notes_label.setText(
            self.tr("{notes}\nLimits: {limits}.").format(
                notes=QCoreApplication.translate("presets", preset.notes), limits=limits_text(preset.limits)
            )
        )
        # A host with {region} in it is resolved from the chosen region when the account is saved.
        regional = "{region}" in preset.host
        self.host_edit.setText("" if regional else preset.host)
        self.host_edit.setPlaceholderText(preset.host if regional else self.tr("smtp.example.com"))
        self.port_spin.setValue(max(preset.port, 1))
        self.security_combo.setCurrentIndex(self.security_combo.findData(preset.security))
        self.region_combo.clear()
        self.region_combo.addItems(preset.regions)
        if preset.default_region:
            self.region_combo.setCurrentText(preset.default_region)
        self._show_fields_for(preset)
        self.adjustSize()  # grow with the preset's notes instead of clipping them

    def _no_login_toggled(self) -> None:
        self._show_fields_for(self.preset())
        self.adjustSize()  # shrink when the login rows go

    def no_login(self) -> bool:
        return self.preset().key == accounts.NO_LOGIN_PRESET and self.no_login_check.isChecked()

    def _show_fields_for(self, preset: Preset) -> None:
        smtp = preset.channel == "smtp"
        oauth = preset.auth in OAUTH_PROVIDER
        signs_in = preset.auth != "none" and not self.no_login()
        for widget, visible in (
            (self.region_combo, bool(preset.regions)),
            (self.host_edit, smtp),
            (self.port_spin, smtp),
            (self.security_combo, smtp),
            (self.no_login_check, preset.key == accounts.NO_LOGIN_PRESET),
            (self.user_edit, signs_in),
            (self.password_edit, signs_in),
            (self.client_id_edit, oauth),
            (self.client_secret_edit, oauth),
        ):
            self.form.setRowVisible(widget, visible)
        label = self.form.labelForField(self.password_edit)
        if isinstance(label, QLabel):
            label.setText(self._secret_label(preset))
        label = self.form.labelForField(self.user_edit)
        if isinstance(label, QLabel):
            label.setText(self.tr("Access key ID") if preset.auth == "api_aws"
                          else self.tr("SecretId") if preset.auth == "api_tencent" else self.tr("Login"))

    def _secret_label(self, preset: Preset) -> str:
        if preset.auth == "api_aws":
            return self.tr("Secret access key")
        if preset.auth == "api_tencent":
            return self.tr("SecretKey")
        if preset.auth in OAUTH_PROVIDER:
            return self.tr("App password (optional)")
        return self.tr("Password")

    def _fill(self, account: accounts.Account) -> None:
        self.name_edit.setText(account.name)
        self.name_edit.setReadOnly(True)  # the keyring entry is filed under the name
        self.choose_preset(account.preset)
        self.preset_combo.setEnabled(False)
        self.host_edit.setText(account.host)
        self.port_spin.setValue(max(account.port, 1))
        self.security_combo.setCurrentIndex(self.security_combo.findData(account.security))
        if account.region:
            self.region_combo.setCurrentText(account.region)
        self.user_edit.setText(account.username or "")
        self.from_edit.setText(account.from_address or "")
        self.client_id_edit.setText(account.oauth_client_id or "")
        self.unsubscribe_mailto_edit.setText(account.unsubscribe_mailto or "")
        self.unsubscribe_url_edit.setText(account.unsubscribe_url or "")
        self.dkim_selector_edit.setText(account.dkim_selector or "")
        self.imap_host_edit.setText(account.imap_host or "")
        self.keep_sent_check.setChecked(account.keep_sent_copy)
        self.no_login_check.setChecked(account.preset == accounts.NO_LOGIN_PRESET and account.no_login)
        if self.no_login():
            return  # no password to look for
        self.password_edit.setPlaceholderText(self.tr("Checking the system keyring…"))
        run_in_background(lambda: _has_secret(account.name), self._secret_checked, self._show_problem)

    def _secret_checked(self, stored: bool) -> None:
        self.password_edit.setPlaceholderText(
            self.tr("Stored in the system keyring (type a new one to replace it)") if stored
            else self.tr("None saved yet")
        )

    # --- saving -------------------------------------------------------------------------------------------------
    def _account_from_form(self) -> accounts.Account:
        preset = self.preset()
        name = self.name_edit.text().strip()
        if self._existing is None and name in self._taken:
            raise MailMergeError(
                "account.name_taken",
                "There is already an account called {name!r}. Choose another name, or edit that account.",
                name=name,
            )
        smtp = preset.channel == "smtp"
        no_login = self.no_login()
        candidate = accounts.new_account(
            name,
            preset.key,
            host=self.host_edit.text().strip() or None if smtp else None,
            port=self.port_spin.value() if smtp else None,
            security=self.security_combo.currentData() if smtp else None,
            username=None if no_login else self.user_edit.text().strip() or None,
            from_address=self.from_edit.text().strip() or None,
            region=self.region_combo.currentText() or None,
            no_login=no_login,
        )
        unsubscribe = unsubscribe_options(self.unsubscribe_mailto_edit.text(), self.unsubscribe_url_edit.text())
        base = self._existing or candidate
        # Switching "needs no login" on or off changes how the account signs in; otherwise the saved way stays.
        auth = candidate.auth if no_login or base.auth == "none" else base.auth
        if candidate.uses_oauth and self.password_edit.text():
            auth = "app_password"  # an app password instead of signing in, as `account add --password-stdin`
        return replace(
            base,
            host=candidate.host,
            port=candidate.port,
            security=candidate.security,
            username=candidate.username,
            from_address=candidate.from_address,
            region=candidate.region,
            auth=auth,
            oauth_client_id=self.client_id_edit.text().strip() or None,
            unsubscribe_mailto=unsubscribe.mailto,
            unsubscribe_url=unsubscribe.url,
            dkim_selector=self.dkim_selector_edit.text().strip() or None,
            imap_host=self.imap_host_edit.text().strip() or None,
            keep_sent_copy=self.keep_sent_check.isChecked(),
        )

    def save(self) -> None:
        self.error.clear_message()
        try:
            account = self._account_from_form()
        except MailMergeError as exc:
            self.error.show_message(problem_text(exc))
            return
        password = "" if self.no_login() else self.password_edit.text()
        if password and account.auth in ("password", "app_password") and not account.username:
            self.error.show_message(self.tr(
                "Type the login name that goes with the password, or tick “This server needs no login”."))
            return
        client_secret = self.client_secret_edit.text().strip() if account.uses_oauth else ""
        self.password_edit.clear()  # the widgets hold them no longer than needed
        self.client_secret_edit.clear()
        self.save_button.setEnabled(False)
        run_in_background(lambda: _save(account, password, client_secret), self._saved, self._save_failed)

    def _saved(self, account: accounts.Account) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit(account)
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._show_problem(exc)

    def _show_problem(self, exc: BaseException) -> None:
        self.error.show_message(problem_text(exc))


class AccountsDialog(QDialog):
    """List of saved accounts with Add, Edit, Delete, Test connection and Sign in."""

    accounts_changed = Signal()
    work_done = Signal()  # a background operation (test, delete, sign-in) has reported back

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Accounts"))
        self.dialogs = Dialogs(self)  # tests swap in scripted answers
        self.open_browser: Callable[[str], object] = webbrowser.open  # ... and a scripted browser
        self.editor: AccountEditor | None = None
        self.last_test: list[StageResult] = []
        self.last_api_test: list[accounts.ApiCheck] = []

        self.model = AccountsModel()
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setAccessibleName(self.tr("Saved accounts"))
        self.list_view.selectionModel().currentChanged.connect(self._update_buttons)
        self.list_view.doubleClicked.connect(lambda _index: self.edit_account())

        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.test_button = QPushButton(self.tr("Test connection"))
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.signature_button = QPushButton(self.tr("Signature…"))
        self.signature_button.clicked.connect(self.edit_signature)
        self.add_button.clicked.connect(self.add_account)
        self.edit_button.clicked.connect(self.edit_account)
        self.delete_button.clicked.connect(self.delete_account)
        self.test_button.clicked.connect(self.test_connection)
        self.sign_in_button.clicked.connect(self.sign_in)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.signature_button, self.test_button,
                       self.sign_in_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.no_accounts_hint = QLabel(self.tr(
            "No accounts yet. Choose Add… to send through your office's email server or an email service. Until "
            "then, the built-in outbox keeps every message on this computer."))
        self.no_accounts_hint.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.stages_label = QLabel()
        self.stages_label.setWordWrap(True)
        self.error = InlineError()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.list_view, 1)
        top.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.no_accounts_hint)
        layout.addWidget(self.status)
        layout.addWidget(self.stages_label)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.resize(640, 420)
        self.reload()

    # --- list ---------------------------------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        try:
            saved = accounts.list_accounts()
        except MailMergeError as exc:
            self.error.show_message(problem_text(exc))
            saved = []
        self.model.set_accounts(saved)
        self.no_accounts_hint.setVisible(not saved)
        row = self.model.row_of(select) if select else None
        if row is None and saved:
            row = 0
        if row is not None:
            self.list_view.setCurrentIndex(self.model.index(row))
        self._update_buttons()

    def current(self) -> accounts.Account | None:
        index = self.list_view.currentIndex()
        return self.model.account(index.row()) if index.isValid() else None

    def _update_buttons(self, *_args: QModelIndex) -> None:
        account = self.current()
        channel = PRESETS[account.preset].channel if account and account.preset in PRESETS else None
        for button in (self.edit_button, self.delete_button, self.signature_button):
            button.setEnabled(account is not None)
        self.test_button.setEnabled(channel == "smtp" or channel in API_CHANNELS)
        provider = OAUTH_PROVIDER.get(account.auth) if account else None
        self.sign_in_button.setVisible(provider is not None)
        if provider:
            self.sign_in_button.setText(self.tr("Sign in with {provider}").format(provider=provider))

    # --- add / edit / delete ------------------------------------------------------------------------------------
    def add_account(self) -> None:
        self._open_editor(None)

    def edit_account(self) -> None:
        account = self.current()
        if account is not None:
            self._open_editor(account)

    def _open_editor(self, account: accounts.Account | None) -> None:
        self.error.clear_message()
        self.editor = AccountEditor(account, self.model.names(), self)
        self.editor.saved.connect(self._account_saved)
        self.editor.open()  # window-modal but not blocking, so the keyring check and save can report back

    def _account_saved(self, account: accounts.Account) -> None:
        self.reload(select=account.name)
        saved = self.tr("Saved {account}.").format(account=wording.problem_words(accounts.description(account)))
        provider = OAUTH_PROVIDER.get(account.auth)
        if provider:
            saved += " " + self.tr("Click “Sign in with {provider}” to finish.").format(provider=provider)
        self.status.setText(saved)
        self.stages_label.clear()
        self.accounts_changed.emit()

    def edit_signature(self) -> None:
        from ui.editor.signature_dialog import SignatureDialog

        account = self.current()
        if account is None:
            return
        dialog = SignatureDialog(account.name, account.signature or "", self)
        if not dialog.exec():
            return
        try:
            accounts.save_account(replace(account, signature=dialog.signature() or None))
        except (MailMergeError, OSError) as exc:
            self.error.show_message(problem_text(exc))
            return
        self.reload(select=account.name)
        self.status.setText(self.tr("Saved the signature of “{name}”.").format(name=account.name))
        self.accounts_changed.emit()

    def delete_account(self) -> None:
        account = self.current()
        if account is None:
            return
        question = self.tr("Delete the account “{name}” and the password saved for it in the system keyring? "
                           "Campaigns already sent keep their journals.").format(name=account.name)
        if not self.dialogs.confirm(self.tr("Delete account"), question, self.tr("Delete")):
            return
        self.error.clear_message()
        self._run(lambda: accounts.remove_account(account.name), lambda _none: self._deleted(account.name))

    def _deleted(self, name: str) -> None:
        self.reload()
        self.status.setText(self.tr("Deleted “{name}” and its saved password.").format(name=name))
        self.stages_label.clear()
        self.accounts_changed.emit()

    # --- test connection / sign in ------------------------------------------------------------------------------
    def test_connection(self) -> None:
        account = self.current()
        if account is None:
            return
        self.error.clear_message()
        self.stages_label.clear()
        self.status.setText(self.tr("Testing {name}…").format(name=account.name))
        self.test_button.setEnabled(False)
        enable = partial(self.test_button.setEnabled, True)
        if PRESETS[account.preset].channel in API_CHANNELS:
            self._run(lambda: accounts.probe_api_account(account), self._api_tested, done=enable)
        else:
            self._run(lambda: _probe(account), self._tested, done=enable)

    def _tested(self, stages: list[StageResult]) -> None:
        self.last_test = stages
        passed = bool(stages) and all(stage.ok for stage in stages)
        self.status.setText(self.tr("The connection works.") if passed else self.tr("The connection failed:"))
        self.stages_label.setText("\n".join(
            self._tested_line(CHECK_MARKS["ok" if stage.ok else "failed"], stage.label, stage.problem)
            for stage in stages
        ))

    def _api_tested(self, checks: list[accounts.ApiCheck]) -> None:
        self.last_api_test = checks
        statuses = {check.status for check in checks}
        if "failed" in statuses:
            verdict = self.tr("The account cannot send yet:")
        elif "warning" in statuses:
            verdict = self.tr("The account works; read the warnings:")
        else:
            verdict = self.tr("The account works.")
        self.status.setText(verdict)
        self.stages_label.setText("\n".join(
            self._tested_line(CHECK_MARKS[check.status], check.label, check.problem) for check in checks
        ))

    def _tested_line(self, mark: str, label: Problem, found: Problem) -> str:
        """One stage of a test, as `mailmerge account test` prints it: "✓ TLS: Connection secured…"."""
        return self.tr("{mark} {stage}: {detail}").format(mark=mark, stage=wording.problem_words(label),
                                                           detail=wording.problem_words(found))

    def sign_in(self) -> None:
        account = self.current()
        if account is None or not account.uses_oauth:
            return
        self.error.clear_message()
        if not account.oauth_client_id:
            self.error.show_message(self.tr(
                "“{name}” has no sign-in client ID yet. Click Edit…, enter the client ID your administrator "
                "registered for Mail Merge, save, and sign in again.").format(name=account.name))
            return
        self.status.setText(self.tr("Finish signing in in your browser…"))
        self.sign_in_button.setEnabled(False)
        self._run(lambda: _sign_in(account, self.open_browser), lambda _none: self._signed_in(account.name),
                  done=lambda: self.sign_in_button.setEnabled(True))

    def _signed_in(self, name: str) -> None:
        self.status.setText(self.tr("Signed in: “{name}” can send now.").format(name=name))
        self.accounts_changed.emit()

    # --- background ---------------------------------------------------------------------------------------------
    def _run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        done: Callable[[], None] = lambda: None,
    ) -> None:
        """Run keyring/network work off the UI thread; an expected problem is shown inline in plain words."""

        def succeeded(value: object) -> None:
            done()
            on_success(value)
            self.work_done.emit()

        def failed(exc: BaseException) -> None:
            done()
            self.status.clear()
            self.work_done.emit()
            self.error.show_message(problem_text(exc))

        run_in_background(work, succeeded, failed, owner=self)
