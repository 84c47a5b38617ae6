"""History: every past campaign from its journal. Rows whose fate is unknown (the app stopped mid-send) are listed
so the user decides: ask the recipient, or open the spreadsheet and use Retry — they are never re-sent silently."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from mailmerge.sending.journal import JournalSummary
from ui.background import run_in_background
from ui.i18n import problem_text
from ui.journals import list_journals, summarize
from ui.models.history_model import COL_SPREADSHEET, HistoryModel
from ui.views.common import InlineError


def _summaries() -> tuple[list[JournalSummary], list[str]]:
    items: list[JournalSummary] = []
    problems: list[str] = []
    for path in list_journals():
        try:
            items.append(summarize(path))
        except MailMergeError as exc:
            problems.append(problem_text(exc))
    return items, problems


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
        self.table.horizontalHeader().setSectionResizeMode(COL_SPREADSHEET, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _: self._show_details(current.row()))
        self.table.activated.connect(lambda _: self._open_selected())
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Rows with unknown outcome"))
        self.open_button = QPushButton(self.tr("&Open this spreadsheet"))
        self.open_button.clicked.connect(self._open_selected)
        self.open_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Past campaigns on this computer:")))
        layout.addWidget(self.error)
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel(self.tr("Rows that may or may not have arrived (the app stopped while sending):")))
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        run_in_background(_summaries, self._show, self._failed)

    def _show(self, result: tuple[list[JournalSummary], list[str]]) -> None:
        items, problems = result
        self.model.set_items(items)
        self.error.show_message("\n".join(problems))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(COL_SPREADSHEET, QHeaderView.ResizeMode.Stretch)
        if items:
            self.table.selectRow(0)
        else:
            self.details.setPlainText(self.tr("Nothing has been sent from this computer yet."))

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, (MailMergeError, OSError)):
            raise exc
        self.error.show_message(problem_text(exc) if isinstance(exc, MailMergeError) else str(exc))

    def _show_details(self, row: int) -> None:
        self.open_button.setEnabled(row >= 0)
        if row < 0:
            return
        item = self.model.item(row)
        if not item.unsettled:
            self.details.setPlainText(self.tr("None: every row of this campaign has a known outcome."))
            return
        lines = [self.tr("Row {row} – {address}: {reason}").format(row=u.row, address=u.address, reason=u.reason)
                 for u in item.unsettled]
        lines.append("")
        lines.append(self.tr("Ask these people whether the message arrived. To send it again, open the "
                             "spreadsheet and use “Retry not sent” in the Send step."))
        self.details.setPlainText("\n".join(lines))

    def _open_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_requested.emit(Path(self.model.item(index.row()).contacts_path), None)
