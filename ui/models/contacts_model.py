"""The spreadsheet as the user sees it: one column per sheet column, rows numbered like the data rows (1-based).

Built for 100k rows: data() is a list lookup, sorting is done by the model on cached keys (see row_order), and
the find box matches against one lower-cased line per row made once per table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ui.models.row_order import OrderedRowsModel, SelfSortingProxy, natural_key

if TYPE_CHECKING:
    from mailmerge.sheets.contacts import ContactTable

AnyIndex = QModelIndex | QPersistentModelIndex
_TEXT_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole})


class ContactsModel(OrderedRowsModel):
    def __init__(self) -> None:
        super().__init__()
        self._columns: tuple[str, ...] = ()
        self._rows: tuple[tuple[str, ...], ...] = ()
        self._mapped: dict[str, str] = {}  # column name -> role label ("Email", "Name"...) shown in the header
        self._keys: dict[int, list[tuple[int, float, str]]] = {}  # column -> sort key per row, made on first sort
        self._search_lines: list[str] | None = None  # per row, made on the first search

    def set_table(self, table: ContactTable | None) -> None:
        self.beginResetModel()
        self._columns = table.columns if table else ()
        self._rows = table.rows if table else ()
        self._keys.clear()
        self._search_lines = None
        self.reset_rows(len(self._rows))
        self.endResetModel()

    def set_mapped_columns(self, mapped: dict[str, str]) -> None:
        self._mapped = dict(mapped)
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def column_of(self, name: str) -> int:
        return self._columns.index(name) if name in self._columns else -1

    def index_of(self, row: int, column: int) -> QModelIndex:
        """The index of a 1-based data row, wherever sorting has put it."""
        return self.index(self.position_of(row - 1), column)

    def sort_keys(self, column: int) -> list[tuple[int, float, str]]:
        if column not in self._keys:
            self._keys[column] = [natural_key(row[column] if column < len(row) else "") for row in self._rows]
        return self._keys[column]

    def matches(self, position: int, needle: str) -> bool:
        """Whether the row shown at `position` contains `needle` (already case-folded) in any cell."""
        if self._search_lines is None:
            self._search_lines = ["\x1f".join(row).casefold() for row in self._rows]
        return needle in self._search_lines[self.data_row(position)]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role in _TEXT_ROLES and index.isValid():
            row = self._rows[self._order[index.row()]]
            # Short rows (ragged CSV) show blanks rather than failing.
            return row[index.column()] if index.column() < len(row) else ""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Vertical:
            # The data row number, which stays with its row when the table is sorted.
            return str(self._order[section] + 1) if role == Qt.ItemDataRole.DisplayRole else None
        name = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            label = self._mapped.get(name)
            return f"{name}\n({label})" if label else name
        if role == Qt.ItemDataRole.FontRole and name in self._mapped:
            font = QFont()
            font.setBold(True)
            return font
        return None


class ContactsProxy(SelfSortingProxy):
    """The find box: keeps rows with the typed text in any cell (case-blind)."""

    def __init__(self) -> None:
        super().__init__()
        self._needle = ""

    def find(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.casefold()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        source = self.sourceModel()
        return not self._needle or (isinstance(source, ContactsModel) and source.matches(source_row, self._needle))
