"""The spreadsheet as the user sees it: one column per sheet column, rows numbered like the data rows (1-based)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

if TYPE_CHECKING:
    from mailmerge.contacts import ContactTable

AnyIndex = QModelIndex | QPersistentModelIndex


class ContactsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._columns: tuple[str, ...] = ()
        self._rows: tuple[tuple[str, ...], ...] = ()
        self._mapped: dict[str, str] = {}  # column name -> role label ("Email", "Name"...) shown in the header

    def set_table(self, table: ContactTable | None) -> None:
        self.beginResetModel()
        self._columns = table.columns if table else ()
        self._rows = table.rows if table else ()
        self.endResetModel()

    def set_mapped_columns(self, mapped: dict[str, str]) -> None:
        self._mapped = dict(mapped)
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def column_of(self, name: str) -> int:
        return self._columns.index(name) if name in self._columns else -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and index.isValid():
            row = self._rows[index.row()]
            # Short rows (ragged CSV) show blanks rather than failing.
            return row[index.column()] if index.column() < len(row) else ""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        name = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            label = self._mapped.get(name)
            return f"{name}\n({label})" if label else name
        if role == Qt.ItemDataRole.FontRole and name in self._mapped:
            font = QFont()
            font.setBold(True)
            return font
        return None
