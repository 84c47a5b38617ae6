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
from ui.background import run_in_background
from ui.journals import RunList, run_list
from ui.models.history_model import COL_SUBJECT, HistoryModel
from ui.views.common import InlineError
from ui.wording import problem_text


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
        self.table.horizontalHeader().setSectionResizeMode(COL_SUBJECT, QHeaderView.ResizeMode.Stretch)
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
        run_in_background(run_list, self._show, self._failed)

    def _show(self, result: RunList) -> None:
        items, problems = result.runs, result.problems
        self.model.set_items(items)
        self.error.show_message("\n".join(problems))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(COL_SUBJECT, QHeaderView.ResizeMode.Stretch)
        if items:
            self.table.selectRow(0)
        else:
            self.details.setPlainText(self.tr("Nothing has been sent from this computer yet."))

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, (MailMergeError, OSError)):
            raise exc
        self.error.show_message(problem_text(exc))

    def _show_details(self, row: int) -> None:
        self.open_button.setEnabled(row >= 0)
        if row < 0:
            return
        item = self.model.item(row).summary
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
            summary = self.model.item(index.row()).summary
            self.open_requested.emit(Path(summary.contacts_path), None)
