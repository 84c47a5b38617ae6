"""Pre-flight findings: severity, row, column, plain message; shown errors first (in_fixing_order)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ui.wording import finding_words

if TYPE_CHECKING:
    from mailmerge.compose.preflight import Finding

AnyIndex = QModelIndex | QPersistentModelIndex

COL_SEVERITY, COL_ROW, COL_COLUMN, COL_MESSAGE = range(4)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # int | None: the 1-based data row a finding is about
COLUMN_ROLE = Qt.ItemDataRole.UserRole + 2  # str | None: the spreadsheet column a finding is about
SORT_ROLE = Qt.ItemDataRole.UserRole + 3

_ERROR_BRUSH = QBrush(QColor("#b00020"))
_WARNING_BRUSH = QBrush(QColor("#8a5a00"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("FindingsModel", text)


def fixing_rank(finding: Finding) -> int:
    """Errors before warnings, then by row, so the first thing to fix is on top: the order findings are shown in
    and the Severity column's sort key (a number: the view's proxy compares it in C++)."""
    return (0 if finding.severity == "error" else 1_000_000_000) + (finding.row or 0)


def in_fixing_order(findings: Sequence[Finding]) -> list[Finding]:
    return sorted(findings, key=fixing_rank)


class FindingsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._findings: list[Finding] = []

    def set_findings(self, findings: Sequence[Finding]) -> None:
        self.beginResetModel()
        self._findings = list(findings)
        self.endResetModel()

    def finding(self, row: int) -> Finding:
        return self._findings[row]

    def counts(self) -> tuple[int, int]:
        errors = sum(1 for f in self._findings if f.severity == "error")
        return errors, len(self._findings) - errors

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        f = self._findings[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == COL_SEVERITY:
                return _tr("Error") if f.severity == "error" else _tr("Warning")
            if col == COL_ROW:
                return "" if f.row is None else str(f.row)
            if col == COL_COLUMN:
                return f.column or ""
            return finding_words(f)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_SEVERITY:
            return _ERROR_BRUSH if f.severity == "error" else _WARNING_BRUSH
        if role == ROW_ROLE:
            return f.row
        if role == COLUMN_ROLE:
            return f.column
        if role == SORT_ROLE:
            if col == COL_SEVERITY:
                return fixing_rank(f)
            return (f.row or 0) if col == COL_ROW else self.data(index)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (_tr("Severity"), _tr("Row"), _tr("Column"), _tr("What to fix"))[section]
