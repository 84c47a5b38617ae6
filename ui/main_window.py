"""The main window: one step per page (Contacts → Message → Preview → Check → Send → History), menus with
shortcuts for every action, campaign files, recent files, and the send worker's lifecycle.

The window wires views to the session and the worker; it reads no file itself — spreadsheets are read and rows
checked by run_in_background, sending happens in SendWorker."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings, QSize, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mailmerge.base.errors import MailMergeError
from mailmerge.compose.campaign_file import SUFFIX as CAMPAIGN_SUFFIX
from mailmerge.compose.campaign_file import CampaignDocument, load_campaign, save_campaign
from mailmerge.sending.runs import account_ref
from ui import journals
from ui.background import run_in_background, shown_in
from ui.dialogs import Dialogs
from ui.event_fold import fold_events
from ui.i18n import shown_number
from ui.resources import icon
from ui.scheduler import Scheduler
from ui.send_target import AccountTarget, SendTarget, read_account_notice
from ui.send_worker import SendJob, SendWorker, TestJob, TestResult
from ui.session import CampaignSession
from ui.views.about_dialog import add_settings_and_help
from ui.views.check_view import CheckView
from ui.views.common import counted
from ui.views.contacts_view import ContactsView
from ui.views.history_view import HistoryView
from ui.views.message_view import MessageView
from ui.views.preview_view import PreviewView
from ui.views.send_view import SendView
from ui.wording import account_fix, problem_text, problem_words, stop_text

if TYPE_CHECKING:
    from mailmerge.accounts.profiles import Account
    from mailmerge.base.events import Event
    from mailmerge.compose.campaign import Campaign
    from mailmerge.compose.preflight import Finding
    from mailmerge.sending.workspace import PreparedRun, Unfinished
    from mailmerge.sheets.contacts import ContactTable
    from mailmerge.transports.presets import TransportRules
    from ui.views.accounts_dialog import AccountsDialog

MAX_RECENT = 8
SPREADSHEET_FILTER = cast(str, QT_TRANSLATE_NOOP(
    "MainWindow", "Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;All files (*)"))
BODY_FORMAT_BY_SUFFIX = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".txt": "text"}
STEP_CONTACTS, STEP_MESSAGE, STEP_PREVIEW, STEP_CHECK, STEP_SEND, STEP_HISTORY = range(6)
LAST_CAMPAIGN_KEY = "campaign/last"  # reopened on start
STARTED_KEY = "app/started_before"  # the sample is opened on the very first start only
FIRST_SIZE = (1100, 720)  # px, before the user sizes the window: it fits a 1,280 x 800 laptop screen
AFTER_PAINT_MS = 1  # a timer this short runs after the window's pending paint and input (see _recipients_changed)


def open_in_file_manager(folder: Path) -> object:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class MainWindow(QMainWindow):
    account_notice_ready = Signal(str)  # emitted on the send worker's thread when a run resolves the account
    _check_progress = Signal(int, int)  # emitted on the checking thread: rows checked, rows in all

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or QSettings()
        self.session = CampaignSession()
        self.dialogs = Dialogs(self)
        self.worker = SendWorker()
        self.target_for = self._account_target  # account name -> SendTarget; tests point it at their own servers
        self._profiles: dict[str, Account] = {}  # saved accounts by name, as last listed
        self._close_after_stop = False  # the user closed the window during a send: close once it has stopped
        self._pending_excluded: frozenset[int] = frozenset()  # rows a campaign file left out, for its sheet
        self.open_folder: Callable[[Path], object] = open_in_file_manager  # tests watch what would be opened
        self.accounts_dialog: AccountsDialog | None = None  # the Accounts dialog while it is open
        self._account_fix: str | None = None  # how the chosen account's problem is fixed: "edit", "sign_in", None
        self.setWindowIcon(icon("app"))

        self.contacts_view = ContactsView(self.session)
        self.message_view = MessageView(self.session)
        self.preview_view = PreviewView(self.session)
        self.check_view = CheckView()
        self.send_view = SendView()
        self.history_view = HistoryView()
        self.steps = QListWidget()
        self.steps.setIconSize(QSize(24, 24))
        self.steps.setAccessibleName(self.tr("Steps"))
        self.pages = QStackedWidget()
        for title, name, page in (
            (self.tr("1  Contacts"), "contacts", self.contacts_view),
            (self.tr("2  Message"), "message", self.message_view),
            (self.tr("3  Preview"), "preview", self.preview_view),
            (self.tr("4  Check"), "check", self.check_view),
            (self.tr("5  Send"), "send", self.send_view),
            (self.tr("History"), "history", self.history_view),
        ):
            QListWidgetItem(icon(name), title, self.steps)
            self.pages.addWidget(page)
        self.steps.setFixedWidth(self.steps.sizeHintForColumn(0) + 24)
        self.steps.currentRowChanged.connect(self._step_changed)
        self.sample_banner = QLabel(self.tr(
            "Sample campaign: try every step; through the built-in outbox nothing leaves this computer. "
            "Open your own spreadsheet with Ctrl+O."))
        self.sample_banner.setStyleSheet(
            "QLabel { background: #fff4ce; color: #4a3b00; padding: 6px; border-radius: 4px; }")
        self.sample_banner.hide()
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.addWidget(self.sample_banner)
        layout = QHBoxLayout()
        layout.addWidget(self.steps)
        layout.addWidget(self.pages, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        self._make_menus()

        self.contacts_view.open_requested.connect(self.open_contacts)
        self.contacts_view.browse_requested.connect(self.browse_contacts)
        self.message_view.add_attachment_requested.connect(self._browse_attachment)
        self.check_view.check_requested.connect(self.run_check)
        self.check_view.jump_requested.connect(self.jump_to)
        self._check_progress.connect(self.check_view.show_progress)
        self.send_view.test_requested.connect(self.send_test)
        self.send_view.send_all_requested.connect(self.send_all)
        self.send_view.retry_requested.connect(self.retry_failed)
        self.send_view.export_requested.connect(self.export_report)
        self.send_view.pause_toggled.connect(self._pause_toggled)
        self.send_view.cancel_requested.connect(self._stop_clicked)
        self.send_view.account_chosen.connect(self._choose_account)
        self.account_notice_ready.connect(self.send_view.show_account_notice)
        self.send_view.manage_accounts_requested.connect(self.manage_accounts)
        self.send_view.open_outbox_requested.connect(self.open_outbox_folder)
        self.send_view.fix_account_requested.connect(self._fix_account)
        self.history_view.open_requested.connect(self.open_contacts)
        self.session.contacts_changed.connect(self._contacts_changed)
        self.session.mapping_changed.connect(self._recipients_changed)
        self.session.dirty_changed.connect(self._update_title)
        self.session.path_changed.connect(self._update_title)
        self.session.account_changed.connect(self._sync_default_from)
        self.session.account_changed.connect(self._show_outbox)
        self.worker.events.connect(self._on_events)
        self.worker.run_finished.connect(self._run_finished)
        self.worker.run_failed.connect(self._run_failed)
        self.worker.test_finished.connect(self._test_finished)
        self.worker.test_failed.connect(self._test_failed)
        for ended in (self.worker.run_finished, self.worker.run_failed, self.worker.test_finished,
                      self.worker.test_failed):
            ended.connect(self._close_if_stopping)  # connected last: the views show the end of the run first

        self.refresh_accounts()
        self.scheduler = Scheduler(self)  # Send step's Schedule…; overdue schedules are offered once shown
        QTimer.singleShot(0, self.scheduler.offer_overdue)
        self._show_outbox()
        self.steps.setCurrentRow(STEP_CONTACTS)
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(*FIRST_SIZE)
        self._update_title()

    # --- menus ---------------------------------------------------------------------------------------------------
    def _action(
        self, text: str, slot: object, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = self._action(
            self.tr("&Open spreadsheet…"), self.browse_contacts, QKeySequence.StandardKey.Open
        )
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("Open &campaign…"), self.browse_campaign, "Ctrl+Shift+O"))
        self.save_action = self._action(self.tr("&Save campaign"), self.save, QKeySequence.StandardKey.Save)
        file_menu.addAction(self.save_action)
        file_menu.addAction(self._action(self.tr("Save campaign &as…"), self.save_as, QKeySequence.StandardKey.SaveAs))
        file_menu.addAction(self._action(self.tr("Open the &sample campaign"), self.load_sample))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for step, text in enumerate((self.tr("&Contacts"), self.tr("&Message"), self.tr("&Preview"),
                                     self.tr("C&heck"), self.tr("&Send"), self.tr("&History"))):
            go_menu.addAction(self._action(text, lambda _=False, s=step: self.steps.setCurrentRow(s),
                                           f"Ctrl+{step + 1}"))

        send_menu = self.menuBar().addMenu(self.tr("&Send"))
        self.check_action = self._action(self.tr("&Check all rows"), self.run_check, "F5")
        self.test_action = self._action(self.tr("Send &test to myself"), self.send_test, "Ctrl+Return")
        self.test_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.send_action = self._action(self.tr("Send to &everyone…"), self.send_all, "Ctrl+Shift+Return")
        self.retry_action = self._action(self.tr("&Retry not sent"), self.retry_failed)
        self.export_action = self._action(self.tr("E&xport report…"), self.export_report, "Ctrl+E")
        for action in (self.check_action, self.test_action, self.send_action, self.retry_action, self.export_action):
            send_menu.addAction(action)
        send_menu.addSeparator()
        send_menu.addAction(self._action(self.tr("&Accounts…"), self.manage_accounts))
        send_menu.addAction(self._action(self.tr("Suppression &list…"), self.manage_suppression))
        send_menu.addAction(self._action(self.tr("Allow attachments from a &folder…"), self.allow_attachment_folder))
        self.addActions([self.check_action, self.test_action])  # shortcuts work on every step
        add_settings_and_help(self, file_menu, self.settings)

    # --- opening -------------------------------------------------------------------------------------------------
    def browse_contacts(self) -> None:
        path = self.dialogs.open_file(self.tr("Open a contact spreadsheet"), self.tr(SPREADSHEET_FILTER))
        if path is not None:
            self.open_contacts(path, None)

    def open_contacts(self, path: Path, sheet: str | None = None) -> None:
        """Read the spreadsheet in the background; show it, or say in the Contacts step why it can't be used."""
        self.steps.setCurrentRow(STEP_CONTACTS)
        self.contacts_view.read(path, sheet, self._contacts_read, self._contacts_failed)

    def _contacts_read(self, result: tuple[ContactTable, tuple[str, ...]]) -> None:
        from mailmerge.sheets.mapping import MAPPING_ROLES, guess_mapping

        table, sheets = result
        mapping = self.session.mapping
        kept = mapping is not None and all(getattr(mapping, role) in (None, *table.columns) for role in MAPPING_ROLES)
        if not kept:
            try:
                mapping = guess_mapping(table.columns, table.rows)
            except MailMergeError:
                mapping = None  # the Contacts step asks the user to pick the email column
        excluded, self._pending_excluded = self._pending_excluded, frozenset()
        self.session.set_table(table, sheets, mapping, excluded)
        if not _is_sample(table.source):
            self._remember_recent(table.source)
            self.sample_banner.hide()
        if len(table) == 0:
            self.contacts_view.show_error(
                self.tr("{name} has column names but no rows under them. Add the people to send to, save the "
                        "file and open it again.").format(name=table.source.name)
            )

    def _contacts_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, MailMergeError):
            raise exc
        self.contacts_view.file_label.setText(self.tr("The spreadsheet could not be opened."))
        self.contacts_view.show_error(problem_text(exc))

    def load_template_file(self, path: Path) -> None:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            self.message_view.error.show_message(
                self.tr("Could not read the template {file}: {error}").format(file=path, error=exc)
            )
            return
        self.session.load_template_text(text, BODY_FORMAT_BY_SUFFIX.get(path.suffix.lower(), "text"), path)

    def load_sample(self) -> None:
        """The sample campaign: a formatted letter (fields, a fallback, a paragraph only for rows with an open
        balance) in the window's language, to the sample spreadsheet."""
        from ui.i18n import current_language
        from ui.resources import SAMPLE_DIR, sample_template

        self.session.set_campaign_path(None)
        self.load_template_file(sample_template(current_language()))
        self.open_contacts(SAMPLE_DIR / "contacts.xlsx")
        self.session.set_dirty(False)
        self.sample_banner.show()

    def start_up(self) -> None:
        """What a start without a file to open shows: the campaign the user last opened or saved; the sample on
        the very first start only; otherwise an empty Contacts step."""
        first_start = not self.settings.value(STARTED_KEY, False, type=bool)
        self.settings.setValue(STARTED_KEY, True)
        last = self.settings.value(LAST_CAMPAIGN_KEY, "")
        if isinstance(last, str) and last and Path(last).is_file():
            self.open_campaign(Path(last))
        elif first_start:
            self.load_sample()
        elif isinstance(last, str) and last:
            self.contacts_view.show_error(self.tr(
                "Your last campaign {name} is no longer in {folder}. Open it where it is now with File → Open "
                "campaign…, or start with a spreadsheet.").format(name=Path(last).name, folder=Path(last).parent))

    def browse_campaign(self) -> None:
        path = self.dialogs.open_file(self.tr("Open a campaign"), self.tr("Campaigns (*%s)") % CAMPAIGN_SUFFIX)
        if path is not None:
            self.open_campaign(path)

    def open_campaign(self, path: Path, *, remember: bool = True) -> None:
        """Open a campaign file; `remember`: it is the user's own (reopened on the next start, listed as recent)."""
        try:
            doc = load_campaign(path)
        except MailMergeError as exc:
            self.contacts_view.show_error(problem_text(exc))
            return
        self._open_document(doc, path, remember=remember)

    def _open_document(self, doc: CampaignDocument, path: Path | None, *, remember: bool = False) -> None:
        """Show a campaign: from its file (`path`), or as an interrupted run kept it (no file)."""
        from mailmerge.sheets.mapping import ColumnMapping

        self.sample_banner.hide()
        contacts = doc.contacts_path
        relocated = contacts is not None and not contacts.exists()
        if contacts is not None and relocated:
            contacts = self._locate_spreadsheet(contacts)
        self.session.set_campaign_path(path)
        self.session.load_template_text(doc.template_text, doc.body_format, path or doc.contacts_path)
        self.session.mapping = ColumnMapping(**doc.mapping) if doc.mapping.get("email") else None  # type: ignore[arg-type]
        self.session.set_account(doc.account)
        self.refresh_accounts()
        self.session.excluded_rows = frozenset()
        self.session.attachment_folders = tuple(Path(f) for f in doc.settings.get("attachment_folders", ()))
        self.session.send_per_row = bool(doc.settings.get("send_per_row", False))
        if contacts is not None:
            self._pending_excluded = doc.excluded_rows
            self.open_contacts(contacts, doc.sheet)
        if remember and path is not None:
            self._remember_recent(path)
            self.settings.setValue(LAST_CAMPAIGN_KEY, str(path.resolve()))
        self.session.set_dirty(relocated and contacts is not None)  # saving records where the spreadsheet is now

    def _locate_spreadsheet(self, missing: Path) -> Path | None:
        """The campaign's spreadsheet is not where it was saved: ask the user where it is now."""
        found = None
        if self.dialogs.confirm(
            self.tr("Spreadsheet moved"),
            self.tr("The campaign's spreadsheet {name} is no longer in {folder}. Show where it is now? The campaign "
                    "then remembers the new place when you save it.").format(name=missing.name, folder=missing.parent),
            self.tr("Find it…"),
        ):
            found = self.dialogs.open_file(self.tr("Where is {name} now?").format(name=missing.name),
                                           self.tr(SPREADSHEET_FILTER))
        if found is None:
            self.contacts_view.show_error(self.tr(
                "The campaign's spreadsheet {name} is no longer in {folder}. Open it where it is now with “Open "
                "spreadsheet…”; the message and settings of the campaign are kept.").format(
                name=missing.name, folder=missing.parent))
        return found

    # --- saving --------------------------------------------------------------------------------------------------
    def save(self) -> bool:
        if self.session.campaign_path is None:
            return self.save_as()
        self.message_view.commit()
        try:
            save_campaign(self.session.to_document(), self.session.campaign_path)
        except OSError as exc:
            self.dialogs.inform(self.tr("Not saved"), self.tr("The campaign could not be saved: {error}. Choose "
                                                               "another folder with Save as.").format(error=exc))
            return False
        self.session.set_dirty(False)
        self._remember_recent(self.session.campaign_path)
        self.settings.setValue(LAST_CAMPAIGN_KEY, str(self.session.campaign_path.resolve()))
        self.sample_banner.hide()  # saved under the user's own name: their campaign now
        return True

    def save_as(self) -> bool:
        table = self.session.table
        suggested = (table.source.with_name(table.source.stem + CAMPAIGN_SUFFIX)) if table else Path(
            "campaign" + CAMPAIGN_SUFFIX)
        path = self.dialogs.save_file(self.tr("Save campaign"), str(suggested),
                                      self.tr("Campaigns (*%s)") % CAMPAIGN_SUFFIX)
        if path is None:
            return False
        if not path.name.endswith(CAMPAIGN_SUFFIX):
            path = path.with_name(path.stem + CAMPAIGN_SUFFIX)
        self.session.set_campaign_path(path)
        return self.save()

    # --- recent files --------------------------------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self.settings.value("recent/files", [])
        return [str(v) for v in value] if isinstance(value, list) else ([str(value)] if value else [])

    def _remember_recent(self, path: Path) -> None:
        entry = str(path.resolve())
        files = [entry] + [f for f in self.recent_files() if f != entry]
        self.settings.setValue("recent/files", files[:MAX_RECENT])

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for entry in self.recent_files():
            path = Path(entry)
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(entry)
            if entry.endswith(CAMPAIGN_SUFFIX):
                action.triggered.connect(lambda _=False, p=path: self.open_campaign(p))
            else:
                action.triggered.connect(lambda _=False, p=path: self.open_contacts(p))
        if not self.recent_menu.actions():
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def _browse_attachment(self) -> None:
        path = self.dialogs.open_file(self.tr("Attach a file"), self.tr("All files (*)"))
        if path is not None:
            self.message_view.add_attachment(str(path))

    def allow_attachment_folder(self) -> None:
        """Attachment cells may name files only in the campaign's folders; the user can add one more."""
        folder = self.dialogs.open_folder(self.tr("Allow attachments from this folder"))
        if folder is not None:
            self.session.allow_attachments_from(folder)

    # --- steps ---------------------------------------------------------------------------------------------------
    def _step_changed(self, step: int) -> None:
        self.message_view.commit()
        self.pages.setCurrentIndex(step)
        if step == STEP_PREVIEW:
            self.preview_view.refresh()
        elif step == STEP_HISTORY:
            self.history_view.refresh()

    def _recipients_changed(self) -> None:
        # Opening a sheet emits contacts_changed and then mapping_changed: the Send list (maybe 100k rows) is
        # rebuilt once, here, on a timer of its own: the window paints the new sheet and takes the user's input in
        # between, rather than freezing for the sum of both (a 0 ms timer would run before any of that).
        QTimer.singleShot(AFTER_PAINT_MS, self._show_recipients)

    def _show_recipients(self) -> None:
        if not self.worker.busy:
            self.send_view.set_recipients(self.session.recipients())
            self._show_past_statuses()

    def _contacts_changed(self) -> None:
        self.check_view.model.set_findings([])
        self.check_view.summary.setText(self.tr("Not checked yet."))

    def _show_past_statuses(self) -> None:
        """A re-opened campaign shows where each row stands (sent, not sent, unknown) in its run through the chosen
        account; a message that cannot be built yet has no run to show."""
        if self.session.table is None:
            return
        build, account = self.session.campaign_builder(), self.session.account

        def statuses() -> dict[int, tuple[str, str]]:
            try:
                campaign = build()
            except MailMergeError:
                return {}  # the Message step says what is wrong with the message
            return journals.past_statuses(campaign, account)

        run_in_background(statuses, self.send_view.model.apply, shown_in(self.send_view.error.show_message))

    def jump_to(self, row: int | None, column: str | None) -> None:
        """Go where a finding can be fixed: the spreadsheet cell, the template (a field that is not a column),
        or the preview of the row."""
        table = self.session.table
        if row is not None and column is not None and table is not None and column in table.columns:
            self.steps.setCurrentRow(STEP_CONTACTS)
            self.contacts_view.select_cell(row, column)
        elif column is not None or row is None:
            self.steps.setCurrentRow(STEP_MESSAGE)
            self.message_view.focus_body()
        else:
            self.steps.setCurrentRow(STEP_PREVIEW)
            self.preview_view.show_row(row)

    def _update_title(self) -> None:
        name = self.session.campaign_path.name if self.session.campaign_path else self.tr("Untitled campaign")
        self.setWindowTitle(f"{name}[*] — " + self.tr("Mail Merge"))
        self.setWindowModified(self.session.dirty)

    # --- check ---------------------------------------------------------------------------------------------------
    def run_check(self) -> None:
        from mailmerge.compose.preflight import check
        from mailmerge.compose.sender_domain import sender_domain_findings
        from ui.models.findings_model import in_fixing_order

        self.message_view.commit()
        self.steps.setCurrentRow(STEP_CHECK)
        try:
            campaign = self.session.campaign()
        except MailMergeError as exc:
            self.check_view.show_error(problem_text(exc))
            return
        self.check_view.set_checking()
        rules, profile = self._message_rules(), self._chosen_profile()
        relay = self._check_progress

        def work() -> list[Finding]:
            # the rows, then the chosen account's sender domain in DNS (SPF, DKIM, DMARC: warnings only)
            findings = check(campaign, rules=rules, progress=relay.emit) + sender_domain_findings(campaign, profile)
            return in_fixing_order(findings)

        run_in_background(work, self.check_view.show_findings, shown_in(self.check_view.show_error))

    # --- accounts ------------------------------------------------------------------------------------------------
    def refresh_accounts(self) -> None:
        from mailmerge.accounts.profiles import description, list_accounts

        choices: list[tuple[str, str | None]] = [
            (self.tr("Built-in outbox (nothing leaves this computer)"), None)]
        try:
            saved = list_accounts()
        except MailMergeError as exc:
            self.send_view.error.show_message(problem_text(exc))
            saved = []
        self._profiles = {account.name: account for account in saved}
        self._sync_default_from()
        choices += [(problem_words(description(account)), account.name) for account in saved]
        self.send_view.set_accounts(choices, self.session.account)
        self._refresh_account_notice()
        # "Send test to myself" goes to the account's own address unless the user typed another one.
        own = [a.from_address for a in saved if a.name == self.session.account and a.from_address]
        if own and not self.send_view.test_address.text():
            self.send_view.test_address.setText(own[0])

    def manage_accounts(self, *, select: str | None = None, edit: bool = False) -> None:
        """The Accounts dialog, with `select` chosen and, if `edit`, its editor open (to fix what the Send step
        found)."""
        from ui.views.accounts_dialog import AccountsDialog

        dialog = AccountsDialog(self)
        dialog.accounts_changed.connect(self.refresh_accounts)
        self.accounts_dialog = dialog  # tests reach it while it is open
        if select is not None:
            dialog.reload(select=select)
            if edit:
                dialog.edit_account()
        dialog.exec()
        self.accounts_dialog = None

    def _fix_account(self) -> None:
        self.manage_accounts(select=self.session.account, edit=self._account_fix == "edit")

    def manage_suppression(self) -> None:
        from ui.views.suppression_dialog import SuppressionDialog

        SuppressionDialog(self).exec()

    def _show_outbox(self) -> None:
        from mailmerge.transports.outbox import default_outbox_dir

        self.send_view.show_outbox(default_outbox_dir() if self.session.account is None else None)

    def open_outbox_folder(self) -> None:
        from mailmerge.transports.outbox import default_outbox_dir

        folder = default_outbox_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)  # nothing sent yet: an empty folder rather than an error
        except OSError as exc:
            self.send_view.error.show_message(self.tr("The outbox folder {folder} could not be made: {error}").format(
                folder=folder, error=exc.strerror or exc))
            return
        self.open_folder(folder)

    def _choose_account(self, name: str | None) -> None:
        self.session.set_account(name)
        self._refresh_account_notice()

    def _refresh_account_notice(self) -> None:
        """Show the chosen account's quota left and warnings; reading them may take the keyring and a network
        round trip, so it happens in the background and an answer for an account no longer chosen is dropped."""
        name = self.session.account
        self.send_view.show_account_notice("")

        def show(text: str, fix: str | None = None) -> None:
            if name == self.session.account:
                self._account_fix = fix
                self.send_view.show_account_notice(text, fix is not None)

        def failed(exc: BaseException) -> None:
            show(f"! {problem_text(exc)}", account_fix(exc))

        if name is not None:
            run_in_background(lambda: read_account_notice(name), show, failed)

    def _chosen_profile(self) -> Account | None:
        return self._profiles.get(self.session.account) if self.session.account is not None else None

    def _message_rules(self) -> TransportRules:
        from mailmerge.accounts.profiles import message_rules

        return message_rules(self._chosen_profile())

    def _sync_default_from(self) -> None:
        """A template without a From: line uses the chosen account's address everywhere (preview, check, send), as
        `mailmerge send --account` does."""
        from mailmerge.compose.unsubscribe import account_unsubscribe

        profile = self._chosen_profile()
        self.session.default_from = (profile.from_address or "") if profile is not None else ""
        self.session.unsubscribe = account_unsubscribe(profile)  # its List-Unsubscribe and footer link

    def _account_target(self, name: str | None) -> SendTarget:
        return AccountTarget(name, on_notice=self.account_notice_ready.emit)

    def _target(self) -> SendTarget:
        return self.target_for(self.session.account)

    def _account_label(self) -> str:
        return self.send_view.account_combo.currentText()

    # --- sending -------------------------------------------------------------------------------------------------
    def _campaign_for_sending(self) -> Campaign | None:
        self.message_view.commit()
        self.send_view.error.clear_message()
        try:
            campaign = self.session.campaign()
            if len(campaign.contacts) == 0:
                raise MailMergeError("ui.no_rows", "The spreadsheet has no rows to send to.")
        except MailMergeError as exc:
            self.steps.setCurrentRow(STEP_SEND)
            self.send_view.error.show_message(problem_text(exc))
            return None
        if self.worker.busy:
            self.send_view.error.show_message(self.tr("Sending is still under way. Wait for it to finish or stop it."))
            return None
        return campaign

    def send_test(self) -> None:
        campaign = self._campaign_for_sending()
        self.steps.setCurrentRow(STEP_SEND)
        if campaign is None:
            return
        address = self.send_view.test_address.text().strip()
        if not address:
            self.send_view.error.show_message(self.tr("Type your own address under “Test to” first."))
            self.send_view.test_address.setFocus()
            return
        row = max(self.preview_view.row_spin.value(), 1)
        self.send_view.set_running(True)
        self.send_view.pause_button.setEnabled(False)
        self.send_view.show_status(self.tr("Sending a test of row {row} to {address}…").format(row=row,
                                                                                             address=address))
        self.worker.send_test(TestJob(campaign, row, address, self._target(), account_ref(self.session.account)))

    def _test_finished(self, result: TestResult) -> None:
        self.send_view.set_running(False)
        if result.sent:
            self.send_view.show_status(self.tr("Test sent. Check your inbox before sending to everyone."))
        else:
            self.send_view.error.show_message(self.tr("The test was not sent: {reason}").format(reason=result.reason))
            self.send_view.show_status("")

    def _test_failed(self, message: str) -> None:
        self.send_view.set_running(False)
        self.send_view.show_status("")
        self.send_view.error.show_message(message)

    def send_all(self) -> None:
        campaign = self._campaign_for_sending()
        self.steps.setCurrentRow(STEP_SEND)
        if campaign is not None:
            self._prepare(campaign, retry_rows=None)

    def retry_failed(self) -> None:
        """Send again to rows that failed; rows whose outcome is unknown only if the user says so, since those
        people may already have the message."""
        failed = self.send_view.model.rows_with(frozenset({"failed"}))
        unknown = self.send_view.model.rows_with(frozenset({"unknown"}))
        if not failed and not unknown:
            self.send_view.show_status(self.tr("Every row was sent; there is nothing to retry."))
            return
        campaign = self._campaign_for_sending()
        if campaign is None:
            return
        rows = list(failed)
        if unknown and self.dialogs.confirm(
            self.tr("Also resend the unknown ones?"),
            counted("MainWindow", len(unknown),
                    "For {n} row the app stopped while sending, so it may have arrived. Send it again anyway?",
                    "For {n} rows the app stopped while sending, so they may have arrived. Send them again anyway?"),
            self.tr("Send again"),
        ):
            rows = sorted(rows + unknown)
        if rows:
            self._prepare(campaign, retry_rows=rows)

    def _prepare(self, campaign: Campaign, retry_rows: list[int] | None, *, confirmed: bool = False) -> None:
        """Lock the campaign and work out the plan off the UI thread (a big sheet is checked row by row), then ask
        (`confirmed`: a schedule the user confirmed when making it sends without asking again)."""
        from mailmerge.sending.plan import PlanOptions
        from mailmerge.sending.workspace import prepare_run

        options = PlanOptions(
            excluded=self.session.excluded_rows,
            one_per_address=not self.session.send_per_row,
            only_new=True,  # people who got another version before are left out unless the user says otherwise
            retry=retry_rows is not None,
            retry_rows=retry_rows,
        )
        via = account_ref(self.session.account)
        rules = self._message_rules()
        document = self.session.to_document()
        self._set_preparing(True)
        self.send_view.show_status(self.tr("Checking every row before sending…"))

        def prepare() -> PreparedRun:
            return prepare_run(campaign, via, options=options, face="window", rules=rules, document=document)

        def prepare_failed(exc: BaseException) -> None:
            self._set_preparing(False)
            self.send_view.show_status("")
            shown_in(self.send_view.error.show_message)(exc)

        run_in_background(prepare, lambda run: self._confirm_and_start(run, retry_rows is not None, confirmed),
                          prepare_failed)

    def _set_preparing(self, preparing: bool) -> None:
        """While a send is being planned (in the background) it cannot be started a second time."""
        for control in (self.send_action, self.retry_action, self.send_view.send_button, self.send_view.retry_button):
            control.setEnabled(not preparing)

    def _confirm_and_start(self, run: PreparedRun, retry: bool, scheduled: bool = False) -> None:
        self.send_view.show_status("")
        try:
            confirmed = self.worker.busy is False and (scheduled or self.dialogs.confirm_send(
                run, self._account_label(), trial=run.identity.via.trial, retry=retry))
        except BaseException:
            run.close()
            raise
        if confirmed:
            self.session.set_send_per_row(not run.plan.options.one_per_address)  # the campaign's choice from now on
        if not confirmed or not run.plan.ready or not run.plan.rows:
            self._set_preparing(False)
            if confirmed and not run.plan.rows:
                self.send_view.show_status(self.tr("Nobody is left to send to: everyone has been handled."))
            run.close()
            return
        self.send_view.set_running(True)
        self.send_view.show_status(self.tr("Sending through {account}…").format(account=self._account_label()))

        def commit() -> dict[int, tuple[str, str]]:
            run.commit_plan()  # writes every left-out row: off the UI thread for a big sheet
            return journals.row_statuses(run.path)

        def committed(statuses: dict[int, tuple[str, str]]) -> None:
            from mailmerge.base.events import Progress

            self._set_preparing(False)
            from mailmerge.sending.plan import RECORDED
            from ui.views.confirm_send import left_out_reason

            worded = {e.row: ("skipped", left_out_reason(e)) for e in run.plan.left_out if e.reason in RECORDED}
            self.send_view.model.apply({**statuses, **worded})  # left-out rows say why before the first message
            self.send_view.show_progress(Progress(0, len(run.plan.rows), 0, 0, 0.0, None))  # the plan's numbers
            self.worker.start(SendJob(run, self._target()))

        def failed(exc: BaseException) -> None:
            run.close()
            self._set_preparing(False)
            self.send_view.set_running(False)
            shown_in(self.send_view.error.show_message)(exc)

        run_in_background(commit, committed, failed)

    def _stop_clicked(self) -> None:
        # Called here, not by connecting the signal to worker.cancel: the worker object lives in its own thread,
        # so Qt would queue the call there — behind the very run it is meant to stop.
        self.worker.cancel()
        self.send_view.show_status(self.tr("Stopping after the messages already on their way…"))

    def _pause_toggled(self, paused: bool) -> None:
        if paused:
            self.worker.pause()
            self.send_view.show_status(self.tr("Paused. Messages already on their way finish; press Resume to go on."))
        else:
            self.worker.resume()
            self.send_view.show_status(self.tr("Sending…"))

    def _on_events(self, events: list[Event]) -> None:
        folded = fold_events(events)
        self.send_view.model.apply(folded.updates)
        if folded.progress is not None:
            self.send_view.show_progress(folded.progress)
        if folded.notice:
            self.send_view.show_status(folded.notice)
        if folded.stopped is not None:
            self.send_view.show_status("")  # no longer "Stopping…"
            if folded.stopped.reason_code == "finished":
                done = self._finished_text()
                if self.session.account is None:
                    done += " " + self.tr("The messages are in the outbox folder: click “Open outbox folder” to "
                                          "look at them.")
                self.send_view.show_status(done)
            else:
                self.send_view.error.show_message(stop_text(folded.stopped))

    def _finished_text(self) -> str:
        """The end of a run in the window's words, from the counters the run's last progress left."""
        view = self.send_view
        return self.tr("Finished: {sent} sent, {failed} failed or unknown, of {total} rows.").format(
            sent=view.sent_label.text(), failed=view.failed_label.text(),
            total=shown_number(view.progress_bar.maximum()))

    def _run_finished(self) -> None:
        self.send_view.set_running(False)

    def _run_failed(self, message: str) -> None:
        self.send_view.set_running(False)
        self.send_view.error.show_message(message)

    def export_report(self) -> None:
        table = self.session.table
        try:
            journal = journals.current_journal(self.session.campaign(), self.session.account) if table else None
        except MailMergeError:
            journal = None
        if table is None or journal is None or not journal.exists():
            self.steps.setCurrentRow(STEP_SEND)
            self.send_view.error.show_message(self.tr("Nothing has been sent yet, so there is no report."))
            return
        if self.worker.busy:
            self.send_view.error.show_message(self.tr("Wait for sending to finish, then export the report."))
            return
        path = self.dialogs.save_file(self.tr("Export report"), str(table.source.with_name(f"{table.source.stem}"
                                                                                           "-report.xlsx")),
                                      self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if path is None:
            return
        def done(count: int) -> None:
            self.send_view.show_status(counted("MainWindow", count, "Report of {n} row saved to {path}.",
                                               "Report of {n} rows saved to {path}.", path=path))

        run_in_background(lambda: journals.export_report(journal, path), done,
                          shown_in(self.send_view.error.show_message))

    # --- reopening after an interrupted run ----------------------------------------------------------------------
    def offer_resume(self) -> None:
        """On start-up: if a run stopped before everyone was handled, offer to reopen it where it stopped."""
        from mailmerge.sending.workspace import find_unfinished

        run_in_background(find_unfinished, self._unfinished_found, self._unfinished_failed)

    def _unfinished_found(self, found: Unfinished | None) -> None:
        if found is None or self.worker.busy or not self.dialogs.confirm(
            self.tr("Continue the unfinished send?"),
            self.tr("Sending to {file} did not finish: {sent} sent, {waiting} still waiting. Open it to continue? "
                    "Nobody who already has the message gets it again.").format(
                file=found.contacts_name, sent=found.sent, waiting=found.waiting),
            self.tr("Open it"),
        ):
            return
        self._open_document(found.document, None)  # Ctrl+S asks where to save: the snapshot belongs to the journal
        self.steps.setCurrentRow(STEP_SEND)
        self.send_view.show_status(self.tr("Press “Send to everyone” to continue with the {n} waiting.").format(
            n=found.waiting))

    def _unfinished_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, MailMergeError | OSError):
            raise exc  # a bug: the crash dialog shows it

    # --- closing -------------------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        """A running send is stopped before anything else is asked: the window stays open (and says it is stopping)
        until the messages already on their way are done, then closes through the usual "Save changes?" path."""
        if self._close_after_stop:
            event.ignore()  # already stopping; the close goes on by itself once the run has ended
            return
        if self.worker.busy:
            if not self.dialogs.confirm(
                self.tr("Stop sending?"),
                self.tr("Messages are still being sent. Stop after the ones on their way? The rest stay waiting and "
                        "can be sent later; nobody gets a message twice."),
                self.tr("Stop and quit"),
            ):
                event.ignore()
                return
            if self.worker.busy:  # it may have ended while the question was open: then close right away
                self._close_after_stop = True
                self._stop_clicked()
                event.ignore()
                return
        self.message_view.commit()
        if self.session.dirty:
            answer = self.dialogs.save_discard_cancel(self.tr("Save changes?"),
                                                      self.tr("Save the changes to this campaign before closing?"))
            if answer == "cancel" or (answer == "save" and not self.save()):
                event.ignore()
                return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.worker.shutdown()
        event.accept()

    def _close_if_stopping(self) -> None:
        """The run a close was waiting for has ended: close now (asking about unsaved changes as usual)."""
        if self._close_after_stop and not self.worker.busy:
            self._close_after_stop = False
            self.close()


def _is_sample(path: Path) -> bool:
    from ui.resources import SAMPLE_DIR

    return path.resolve().is_relative_to(SAMPLE_DIR)
