"""The spreadsheet as the user sees it: one column per sheet column, rows numbered like the data rows (1-based).

Built for 100k rows: data() is a list lookup, sorting is done by the model on cached keys (see row_order), and
the find box is done by the model too: it keeps only the matching rows in its row order (one `in` test per row over
lower-cased lines made once per table). A Python filterAcceptsRow in the proxy would be called for every row on
every reset: half a second of frozen window when a 100k-row sheet opens."""

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
        self._needle = ""  # the find box's text, case-folded: only rows containing it are shown

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

    def sort_keys(self, column: int) -> list[tuple[int, float, str]]:
        if column not in self._keys:
            self._keys[column] = [natural_key(row[column] if column < len(row) else "") for row in self._rows]
        return self._keys[column]

    def find(self, text: str) -> None:
        """Show only the rows with `text` in some cell (case-blind); "" shows every row."""
        needle = text.casefold()
        if needle == self._needle:
            return
        self.beginResetModel()
        self._needle = needle
        self.reset_rows(len(self._rows))
        self.endResetModel()

    def reset_rows(self, count: int) -> None:
        super().reset_rows(count)
        if self._needle:  # a subset of the rows: positions of the hidden ones are -1 (no index)
            self._position = [-1] * len(self._rows)
            for position, row in enumerate(self._order):
                self._position[row] = position

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self._needle:
            super().sort(column, order)
            return
        self.beginResetModel()  # while finding, only some rows are in the order: sort them afresh
        self._sort_column, self._sort_order = column, order
        self.reset_rows(len(self._rows))
        self.endResetModel()

    def _sorted(self, count: int, column: int, order: Qt.SortOrder) -> list[int]:
        rows = super()._sorted(len(self._rows), column, order)
        if not self._needle:
            return rows
        if self._search_lines is None:
            self._search_lines = ["\x1f".join(row).casefold() for row in self._rows]
        lines, needle = self._search_lines, self._needle
        return [row for row in rows if needle in lines[row]]

    def index_of(self, row: int, column: int) -> QModelIndex:
        """The index of a 1-based data row, wherever sorting has put it (invalid while the find box hides it)."""
        position = self.position_of(row - 1)
        return self.index(position, column) if position >= 0 else QModelIndex()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._order)

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
    """The find box: hands the typed text to the model, which keeps the matching rows (see the module docstring)."""

    def find(self, text: str) -> None:
        source = self.sourceModel()
        if isinstance(source, ContactsModel):
            source.find(text)
