"""Step 5: choose the account, send a test to yourself, send to everyone, watch every row, retry, export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mailmerge.base.events import Progress
from ui.i18n import shown_number
from ui.models.recipients_model import (
    COL_REASON,
    COL_RECIPIENT,
    COL_ROW,
    COL_STATUS,
    FAILED_STATUSES,
    RecipientsModel,
    StatusFilterProxy,
)
from ui.views.common import InlineError


def format_duration(seconds: float) -> str:
    seconds = round(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class SendView(QWidget):
    test_requested = Signal()
    send_all_requested = Signal()
    pause_toggled = Signal(bool)  # True: pause
    cancel_requested = Signal()
    retry_requested = Signal()
    export_requested = Signal()
    account_chosen = Signal(object)  # account name or None (built-in outbox)
    manage_accounts_requested = Signal()
    schedule_requested = Signal()
    open_outbox_requested = Signal()
    fix_account_requested = Signal()  # the chosen account has a problem the Accounts dialog can fix

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = InlineError()
        self.account_combo = QComboBox()
        self.account_combo.setAccessibleName(self.tr("Send through"))
        self.account_combo.activated.connect(lambda: self.account_chosen.emit(self.account_combo.currentData()))
        self.test_address = QLineEdit()
        self.test_address.setAccessibleName(self.tr("Test address"))
        self.test_address.setPlaceholderText(self.tr("your own address"))
        self.test_button = QPushButton(self.tr("Send test to myself (Ctrl+Enter)"))
        self.test_button.clicked.connect(self.test_requested)
        self.send_button = QPushButton(self.tr("Send to everyone…"))
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send_all_requested)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setCheckable(True)
        self.pause_button.toggled.connect(self._pause_toggled)
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.retry_button = QPushButton(self.tr("Retry not sent"))
        self.retry_button.clicked.connect(self.retry_requested)
        self.export_button = QPushButton(self.tr("Export report…"))
        self.export_button.clicked.connect(self.export_requested)
        self.schedule_button = QPushButton(self.tr("Schedule…"))
        self.schedule_button.setToolTip(self.tr("Send to everyone at a later date and time"))
        self.schedule_button.clicked.connect(self.schedule_requested)
        self.schedule_label = QLabel()  # when this campaign is scheduled, if it is
        self.schedule_label.setWordWrap(True)

        self.accounts_button = QPushButton(self.tr("Accounts…"))
        self.accounts_button.clicked.connect(self.manage_accounts_requested)
        self.fix_account_button = QPushButton(self.tr("Open the account…"))  # shown with a problem it fixes
        self.fix_account_button.clicked.connect(self.fix_account_requested)
        self.fix_account_button.hide()
        account_row = QHBoxLayout()
        account_row.addWidget(self.account_combo, 1)
        account_row.addWidget(self.fix_account_button)
        account_row.addWidget(self.accounts_button)
        # The chosen account's quota left today and its warnings, so a too-large run is no surprise.
        self.account_notice = QLabel()
        self.account_notice.setWordWrap(True)
        self.account_notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # With the built-in outbox chosen: where its messages go, and a button to look at them.
        self.outbox_label = QLabel()  # not wrapped by Qt: a wrapped label here got the height of three lines
        self.outbox_label.setMinimumWidth(1)  # a long folder must not set the narrowest the window can be
        self.outbox_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outbox_button = QPushButton(self.tr("Open outbox folder"))
        self.outbox_button.clicked.connect(self.open_outbox_requested)
        self.outbox_row = QWidget()
        outbox_layout = QHBoxLayout(self.outbox_row)
        outbox_layout.setContentsMargins(0, 0, 0, 0)
        outbox_layout.addWidget(self.outbox_label, 1)
        outbox_layout.addWidget(self.outbox_button)
        self.form = form = QFormLayout()
        form.addRow(self.tr("Send through:"), account_row)
        form.addRow("", self.account_notice)
        form.addRow("", self.outbox_row)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_address, 1)
        test_row.addWidget(self.test_button)
        form.addRow(self.tr("Test to:"), test_row)
        form.addRow("", self.schedule_label)

        buttons = QHBoxLayout()
        for button in (self.send_button, self.schedule_button, self.pause_button, self.cancel_button,
                       self.retry_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.progress_bar = QProgressBar()
        self.sent_label = QLabel("0")
        self.failed_label = QLabel("0")
        self.remaining_label = QLabel("0")
        self.rate_label = QLabel("–")
        self.eta_label = QLabel("–")
        counters = QGridLayout()
        for col, (title, value) in enumerate(((self.tr("Sent"), self.sent_label),
                                              (self.tr("Not sent"), self.failed_label),
                                              (self.tr("Remaining"), self.remaining_label),
                                              (self.tr("Per second"), self.rate_label),
                                              (self.tr("Time left"), self.eta_label))):
            counters.addWidget(QLabel(title), 0, col)
            value.setStyleSheet("font-size: 14pt; font-weight: bold;")
            counters.addWidget(value, 1, col)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = RecipientsModel()
        self.proxy = StatusFilterProxy()
        self.proxy.setSourceModel(self.model)
        self.show_combo = QComboBox()
        self.show_combo.setAccessibleName(self.tr("Show"))
        self.show_combo.addItem(self.tr("Everyone"), None)
        self.show_combo.addItem(self.tr("Not sent only"), FAILED_STATUSES)
        self.show_combo.activated.connect(lambda: self.proxy.show_only(self.show_combo.currentData()))
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        # Fixed widths from the font, not ResizeToContents: measuring 100k rows would stall the window.
        em = self.fontMetrics().horizontalAdvance("M")
        for column, width in ((COL_ROW, 6), (COL_RECIPIENT, 24), (COL_STATUS, 10)):
            self.table.setColumnWidth(column, width * em)
        self.table.horizontalHeader().setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        show_row = QHBoxLayout()
        show_row.addWidget(QLabel(self.tr("Show:")))
        show_row.addWidget(self.show_combo)
        show_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(self.progress_bar)
        layout.addLayout(counters)
        layout.addWidget(self.status_label)
        layout.addLayout(show_row)
        layout.addWidget(self.table, 1)
        self.set_running(False)
        self.show_account_notice("")

    # --- state ---------------------------------------------------------------------------------------------------
    def set_accounts(self, accounts: list[tuple[str, str | None]], current: str | None) -> None:
        self.account_combo.clear()
        for label, name in accounts:
            self.account_combo.addItem(label, name)
        self.account_combo.setCurrentIndex(max(0, self.account_combo.findData(current)))

    def show_outbox(self, folder: Path | None) -> None:
        """Where the built-in outbox saves messages (None: another account is chosen, nothing to show)."""
        self.form.setRowVisible(self.outbox_row, folder is not None)  # hidden rows take no space
        if folder is not None:
            # The folder on a line of its own: after the sentence, a long path made the whole window wider than a
            # laptop's screen (1,280 px in Indonesian). A window narrower than the path cuts it off; the tooltip and
            # the button beside it still give the whole folder.
            text = self.tr("Nothing leaves this computer. Each message is saved as an .eml file in this folder:\n"
                           "{folder}").format(folder=folder)
            self.outbox_label.setText(text)
            self.outbox_label.setToolTip(text)

    def show_account_notice(self, text: str, fixable: bool = False) -> None:
        """`fixable`: the text is a problem of the account that is fixed by editing it (e.g. no password)."""
        self.account_notice.setText(text)
        self.account_notice.setVisible(bool(text))
        self.fix_account_button.setVisible(fixable)
        self.form.setRowVisible(self.account_notice, bool(text))

    def set_recipients(self, recipients: list[str]) -> None:
        self.model.set_recipients(recipients)
        self.show_progress(Progress(0, len(recipients), 0, 0, 0.0, None))

    def set_running(self, running: bool) -> None:
        for button in (self.send_button, self.retry_button, self.test_button, self.account_combo):
            button.setEnabled(not running)
        self.pause_button.setEnabled(running)
        self.cancel_button.setEnabled(running)
        if not running:
            # Quietly: un-pausing a run that has ended must not tell the window to resume it.
            with QSignalBlocker(self.pause_button):
                self.pause_button.setChecked(False)
            self.pause_button.setText(self.tr("Pause"))

    def show_progress(self, progress: Progress) -> None:
        self.progress_bar.setMaximum(max(progress.total, 1))
        self.progress_bar.setValue(progress.done)
        # Qt's own %v and %m would write a bare 60000: the numbers are written the language's way (60,000 / 60.000).
        self.progress_bar.setFormat(self.tr("{done} of {total}").format(done=shown_number(progress.done),
                                                                        total=shown_number(progress.total)))
        self.sent_label.setText(shown_number(progress.sent))
        self.failed_label.setText(shown_number(progress.failed))
        self.remaining_label.setText(shown_number(max(progress.total - progress.done, 0)))
        self.rate_label.setText(f"{progress.rate_per_s:.1f}" if progress.rate_per_s else "–")
        self.eta_label.setText(format_duration(progress.eta_s) if progress.eta_s is not None else "–")

    def show_status(self, text: str) -> None:
        self.status_label.setText(text)

    def _pause_toggled(self, paused: bool) -> None:
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_toggled.emit(paused)
