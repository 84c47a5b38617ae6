"""Step 4: check every row before sending. Activating a finding jumps to the row and column it is about."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.findings_model import COL_MESSAGE, COLUMN_ROLE, ROW_ROLE, SORT_ROLE, FindingsModel
from ui.views.common import InlineError

if TYPE_CHECKING:
    from mailmerge.compose.preflight import Finding

RESIZE_SAMPLE_ROWS = 100


class CheckView(QWidget):
    check_requested = Signal()
    jump_requested = Signal(object, object)  # row (int | None), column (str | None)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = InlineError()
        self.check_button = QPushButton(self.tr("&Check all rows (F5)"))
        self.check_button.clicked.connect(self.check_requested)
        self.summary = QLabel(self.tr("Not checked yet."))
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()  # rows checked so far, while a check runs in the background
        self.progress.setAccessibleName(self.tr("Checking every row…"))
        self.progress.setMaximumWidth(200)
        self.progress.hide()
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.progress)
        top.addWidget(self.check_button)

        self.model = FindingsModel()
        self.proxy = QSortFilterProxyModel()
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Findings"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        # Column widths from the rows on screen and a sample below them, not from 100k findings
        self.table.horizontalHeader().setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
        self.table.activated.connect(self._jump)
        self.table.doubleClicked.connect(self._jump)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Double-click a line (or press Enter) to go to the row it is about.")))

    def set_checking(self) -> None:
        self.check_button.setEnabled(False)
        self.summary.setText(self.tr("Checking every row…"))
        self.progress.setRange(0, 0)  # until the first rows are counted
        self.progress.show()
        self.error.clear_message()

    def show_progress(self, checked: int, total: int) -> None:
        if not self.check_button.isEnabled():  # a check is still under way
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(checked)

    def show_findings(self, findings: list[Finding]) -> None:
        """`findings` in the order to show them (findings_model.in_fixing_order): sorting them here, through the
        proxy, would ask the model for both sides of every comparison (~0.5 s for 2,000 findings)."""
        self.check_button.setEnabled(True)
        self.progress.hide()
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.model.set_findings(findings)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        errors, warnings = self.model.counts()
        if errors:
            text = self.tr("%Ln problem(s) must be fixed before sending.", "", errors)
        elif warnings:
            text = self.tr("Ready to send. Have a look at the warnings below.")
        else:
            text = self.tr("Every row is ready to send.")
        if warnings:
            text += " — " + self.tr("%Ln warning(s)", "", warnings)
        self.summary.setText(text)

    def show_error(self, message: str) -> None:
        self.check_button.setEnabled(True)
        self.progress.hide()
        self.model.set_findings([])
        self.summary.setText(self.tr("The check could not run."))
        self.error.show_message(message)

    def _jump(self, index: QModelIndex) -> None:
        self.jump_requested.emit(index.data(ROW_ROLE), index.data(COLUMN_ROLE))
