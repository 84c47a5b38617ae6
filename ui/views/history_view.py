"""History: every past campaign from its journal. Rows whose fate is unknown (the app stopped mid-send) are listed
so the user decides: ask the recipient, or open the spreadsheet and use Retry — they are never re-sent silently.
*Check replies* reads the chosen account's inbox for what came back (bounces, unsubscribes, replies) and shows it
per row; the core decides (mailmerge.sending.reply_check), as for `mailmerge replies`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mailmerge.base.errors import MailMergeError
from mailmerge.sending.journal import Journal, Response, ResponseKind, read_responses
from ui.background import run_in_background
from ui.i18n import shown_date
from ui.journals import RunList, run_list
from ui.models.history_model import COL_ACCOUNT, COL_SPREADSHEET, COL_SUBJECT, HistoryModel
from ui.views.common import InlineError
from ui.wording import problem_text

if TYPE_CHECKING:
    from mailmerge.sending.reply_check import RepliesReport


Responses = dict[Path, dict[int, Response]]


def _runs_and_responses() -> tuple[RunList, Responses]:
    """Every run, and what came back for each (Check replies) as its journal recorded it."""
    runs = run_list()
    responses: Responses = {}
    for run in runs.runs:
        try:
            journal = Journal.read_only(run.path)
        except MailMergeError:
            continue  # run_list already says which journal cannot be read
        try:
            responses[run.path] = read_responses(journal)
        finally:
            journal.close()
    return runs, responses


def _mailbox_accounts() -> list[str]:
    """Saved accounts whose mailbox can be read (a mailbox server set, or a provider whose server is known)."""
    from mailmerge.accounts.mailbox import PRESET_IMAP_HOSTS
    from mailmerge.accounts.profiles import list_accounts

    return [a.name for a in list_accounts() if a.imap_host or a.preset in PRESET_IMAP_HOSTS]


def _check(account_name: str, journal: Path) -> RepliesReport:
    from mailmerge.accounts.profiles import get_account
    from mailmerge.sending.reply_check import check_replies

    return check_replies(get_account(account_name), journal)


class HistoryView(QWidget):
    open_requested = Signal(object, object)  # spreadsheet Path, sheet (None: the first)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = InlineError()
        self.model = HistoryModel()
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Past campaigns"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)  # a long subject or account is cut with "…" (the tooltip has all of it)
        self.table.horizontalHeader().setSectionResizeMode(COL_SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _: self._show_details(current.row()))
        self.table.activated.connect(lambda _: self._open_selected())
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Rows with unknown outcome"))
        self.open_button = QPushButton(self.tr("&Open this spreadsheet"))
        self.open_button.clicked.connect(self._open_selected)
        self.open_button.setEnabled(False)
        self.replies_account = QComboBox()
        self.replies_account.setAccessibleName(self.tr("Account whose mailbox is read"))
        self.replies_button = QPushButton(self.tr("Check &replies"))
        self.replies_button.setToolTip(self.tr(
            "Read the account's inbox for bounces, unsubscribes and replies to this campaign. Nothing in the "
            "mailbox is changed."))
        self.replies_button.clicked.connect(self.check_replies)
        self.replies_button.setEnabled(False)
        self.replies_status = QLabel()
        self.replies_status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Mailbox of:")))
        buttons.addWidget(self.replies_account)
        buttons.addWidget(self.replies_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Past campaigns on this computer:")))
        layout.addWidget(self.error)
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel(self.tr("Rows that may or may not have arrived, and what came back after the send:")))
        layout.addWidget(self.details, 1)
        layout.addWidget(self.replies_status)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        run_in_background(_runs_and_responses, self._show, self._failed)
        run_in_background(_mailbox_accounts, self._show_mailboxes, self._failed)

    def _show_mailboxes(self, names: list[str]) -> None:
        chosen = self.replies_account.currentText()
        self.replies_account.clear()
        self.replies_account.addItems(names)
        if chosen in names:
            self.replies_account.setCurrentText(chosen)
        self.replies_button.setEnabled(bool(names) and self.table.currentIndex().isValid())
        if not names:
            self.replies_status.setText(self.tr(
                "To check replies, give an account its mailbox server (IMAP) in Send → Accounts…"))

    def check_replies(self) -> None:
        index = self.table.currentIndex()
        name = self.replies_account.currentText()
        if not index.isValid() or not name:
            return
        journal = self.model.item(index.row()).path
        self.replies_button.setEnabled(False)
        self.replies_status.setText(self.tr("Reading the mailbox of {account}…").format(account=name))
        run_in_background(lambda: _check(name, journal), self._replies_checked, self._replies_failed)

    def _replies_checked(self, report: RepliesReport) -> None:
        self.replies_button.setEnabled(True)
        counts = {kind: report.count(kind) for kind in ResponseKind}
        self.replies_status.setText(self.tr(
            "Read {scanned} messages since {since}: {bounced} bounced, {soft} not delivered for now, {unsub} "
            "unsubscribed, {spam} marked as spam, {auto} automatic answers, {replied} replies. {suppressed} added to "
            "the suppression list."
        ).format(scanned=report.scanned, since=shown_date(report.since), bounced=counts[ResponseKind.BOUNCED],
                 soft=counts[ResponseKind.SOFT_BOUNCE], unsub=counts[ResponseKind.UNSUBSCRIBED],
                 spam=counts[ResponseKind.COMPLAINT],
                 auto=counts[ResponseKind.AUTO_REPLY], replied=counts[ResponseKind.REPLIED],
                 suppressed=len(report.suppressed)))
        self.refresh()

    def _replies_failed(self, exc: BaseException) -> None:
        self.replies_button.setEnabled(True)
        if not isinstance(exc, (MailMergeError, OSError)):
            raise exc
        self.replies_status.setText(problem_text(exc))

    def _show(self, result: tuple[RunList, Responses]) -> None:
        runs, responses = result
        items, problems = runs.runs, runs.problems
        current = self.table.currentIndex().row()
        self.model.set_items(items, responses)
        self.error.show_message("\n".join(problems))
        self.table.resizeColumnsToContents()
        # The account ("Trial: the outbox (nobody got it)") and the file name may be long; the subject is what
        # tells campaigns apart, so they get at most a fifth of the table each and the subject the rest.
        widest = max(self.table.viewport().width() // 5, 120)
        for column in (COL_SPREADSHEET, COL_ACCOUNT):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self.table.horizontalHeader().setSectionResizeMode(COL_SUBJECT, QHeaderView.ResizeMode.Stretch)
        if items:
            self.table.selectRow(current if 0 <= current < len(items) else 0)
        else:
            self.details.setPlainText(self.tr("Nothing has been sent from this computer yet."))

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, (MailMergeError, OSError)):
            raise exc
        self.error.show_message(problem_text(exc))

    def _show_details(self, row: int) -> None:
        self.open_button.setEnabled(row >= 0)
        self.replies_button.setEnabled(row >= 0 and self.replies_account.count() > 0)
        if row < 0:
            return
        item = self.model.item(row).summary
        if not item.unsettled:
            lines = [self.tr("None: every row of this campaign has a known outcome.")]
        else:
            lines = [self.tr("Row {row} – {address}: {reason}").format(row=u.row, address=u.address, reason=u.reason)
                     for u in item.unsettled]
            lines.append("")
            lines.append(self.tr("Ask these people whether the message arrived. To send it again, open the "
                                 "spreadsheet and use “Retry not sent” in the Send step."))
        responses = self.model.responses(row)
        if responses:
            lines += ["", self.tr("What came back:")]
            lines += [self.tr("Row {row}: {what}").format(row=r.row, what=self._response_text(r))
                      for r in sorted(responses.values(), key=lambda r: r.row)]
        self.details.setPlainText("\n".join(lines))

    def _response_text(self, response: Response) -> str:
        words = {
            ResponseKind.BOUNCED: self.tr("bounced (the address does not exist; it is on the suppression list)"),
            ResponseKind.SOFT_BOUNCE: self.tr("not delivered for now"),
            ResponseKind.UNSUBSCRIBED: self.tr("unsubscribed (on the suppression list)"),
            ResponseKind.COMPLAINT: self.tr("marked it as spam (on the suppression list)"),
            ResponseKind.AUTO_REPLY: self.tr("automatic answer (e.g. out of office)"),
            ResponseKind.REPLIED: self.tr("replied"),
        }
        text = words[response.kind]
        detail = " ".join(p for p in (response.code, response.detail) if p)
        return f"{text} – {detail}" if detail else text

    def _open_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            summary = self.model.item(index.row()).summary
            self.open_requested.emit(Path(summary.contacts_path), None)
