"""The spreadsheet as the user sees it: one column per sheet column, rows numbered like the data rows (1-based).

Built for 100k rows: data() is a list lookup, sorting is done by the model on cached keys (see row_order), and
the find box is done by the model too: it keeps only the matching rows in its row order (one `in` test per row over
lower-cased lines made once per table). A Python filterAcceptsRow in the proxy would be called for every row on
every reset: half a second of frozen window when a 100k-row sheet opens. So the view shows this model directly,
without a QSortFilterProxyModel: one in front, doing nothing, still doubled the Python calls per painted cell
(its mapToSource asks this model's index(), rowCount() and columnCount() for every data() call)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from itertools import compress, repeat
from operator import contains
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QModelRoleData, QModelRoleDataSpan, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ui.background import a_bug, run_in_background
from ui.models.row_order import Order, OrderedRowsModel, natural_key, positions, row_numbers

if TYPE_CHECKING:
    from mailmerge.sheets.contacts import ContactTable

AnyIndex = QModelIndex | QPersistentModelIndex
_LEFT_OUT_BRUSH = QBrush(QColor("#8a8a8a"))
# QStyledItemDelegate asks for Font, TextAlignment, Foreground, CheckState, Decoration, Display and Background, in
# that order (qstyleditemdelegate.cpp, initStyleOption).
_DELEGATE_ROLE_COUNT, _DELEGATE_DISPLAY_AT = 7, 5
_ANSWERED_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
                             Qt.ItemDataRole.FontRole})


@cache
def _left_out_font() -> QFont:
    font = QFont()  # made on first use: a QFont needs the application to exist
    font.setStrikeOut(True)
    return font


def _joined_rows(rows: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    """Each row's cells in one case-folded line, for the find box (a unit separator keeps cells apart)."""
    return tuple("\x1f".join(row).casefold() for row in rows)


def _row_label(data_row: int, left_out: bool) -> str:
    return f"⊘ {data_row + 1}" if left_out else str(data_row + 1)


class ContactsModel(OrderedRowsModel):
    def __init__(self) -> None:
        super().__init__()
        self._columns: tuple[str, ...] = ()
        self._rows: tuple[tuple[str, ...], ...] = ()
        self._mapped: dict[str, str] = {}  # column name -> role label ("Email", "Name"...) shown in the header
        # Per-row tables are tuples, which the garbage collector stops looking into (see row_order).
        self._keys: dict[int, tuple[tuple[int, float, str], ...]] = {}  # column -> sort key per row, on first sort
        self._search_lines: tuple[str, ...] | None = None  # per row, made on the first search
        self._lines_for: tuple[tuple[str, ...], ...] | None = None  # the rows whose lines are being made
        self._needle = ""  # the find box's text, case-folded: only rows containing it are shown
        self._excluded: frozenset[int] = frozenset()  # 0-based rows left out of the send, shown struck through

    def set_table(self, table: ContactTable | None) -> None:
        self.beginResetModel()
        self._columns = table.columns if table else ()
        self._rows = table.rows if table else ()
        self._keys = {}  # a new dict: a key list still being made for the old rows goes to the old one
        self._search_lines = self._lines_for = None
        self.reset_rows(len(self._rows))
        self.endResetModel()

    def set_excluded(self, rows: frozenset[int]) -> None:
        """1-based data rows the user left out of this send."""
        excluded = frozenset(r - 1 for r in rows)
        if excluded == self._excluded:
            return  # telling the views would repaint every cell and re-measure the row numbers for nothing
        self._excluded = excluded
        if self._order:  # the rows shown: the find box may hide some
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._order) - 1, max(len(self._columns) - 1, 0)))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._order) - 1)

    def data_row_at(self, position: int) -> int:
        """The 1-based data row shown at `position`."""
        return self.data_row(position) + 1

    def widest_row_label(self) -> str:
        """The widest row number label there can be: the last row's, marked as left out."""
        return _row_label(len(self._rows) - 1, left_out=True)

    def set_mapped_columns(self, mapped: dict[str, str]) -> None:
        if mapped == self._mapped:
            return  # the header would measure itself again, and the table lay itself out and repaint, for nothing
        self._mapped = dict(mapped)
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def column_of(self, name: str) -> int:
        return self._columns.index(name) if name in self._columns else -1

    def sort_keys(self, column: int) -> Callable[[], tuple[tuple[int, float, str], ...]]:
        rows, made = self._rows, self._keys

        def keys() -> tuple[tuple[int, float, str], ...]:
            if column not in made:
                made[column] = tuple(natural_key(row[column] if column < len(row) else "") for row in rows)
            return made[column]

        return keys

    def prepare_find(self) -> None:
        """Make the find box's per-row lines before the first letter is typed, on a pool thread: joining every row
        of a 100k-row sheet takes ~70 ms, which that letter would otherwise wait for with the window frozen. Called
        when the user goes to the find box; a letter typed before the lines are ready makes them at once."""
        rows = self._rows
        if self._search_lines is not None or self._lines_for is rows:
            return
        self._lines_for = rows

        def made(lines: tuple[str, ...]) -> None:
            if self._lines_for is rows:
                self._lines_for = None  # not keeping a replaced sheet alive
            if rows is self._rows and self._search_lines is None:  # the same sheet, not searched meanwhile
                self._search_lines = lines

        run_in_background(lambda: _joined_rows(rows), made, a_bug, owner=self)

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
        if not self._needle:
            super().reset_rows(count)
            return
        self._generation += 1  # a subset of the rows, found at once: typing in the find box shows it right away
        self._order, self._position = self.order_maker(count, self._sort_column, self._sort_order)()

    def order_maker(self, count: int, column: int, order: Qt.SortOrder) -> Callable[[], Order]:
        make = super().order_maker(count, column, order)
        if not self._needle:
            return make
        if self._search_lines is None:
            self._search_lines = _joined_rows(self._rows)
        lines, needle = self._search_lines, self._needle

        def found() -> Order:
            # Run on the UI thread at each letter typed: the rows are picked in C (map and compress), not by a
            # Python loop over 100k of them (~15 ms more per letter).
            order = make()[0]
            matches = map(contains, map(lines.__getitem__, order), repeat(needle))
            rows = row_numbers(compress(order, matches))
            return rows, positions(rows, len(lines))  # hidden rows have no position (no index)

        return found

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self._needle:
            super().sort(column, order)
            return
        self.beginResetModel()  # while finding, only some rows are in the order: sort them afresh
        self._sort_column, self._sort_order = column, order
        self.reset_rows(len(self._rows))
        self.endResetModel()

    def index_of(self, row: int, column: int) -> QModelIndex:
        """The index of a 1-based data row, wherever sorting has put it (invalid while the find box hides it)."""
        position = self.position_of(row - 1)
        return self.index(position, column) if position >= 0 else QModelIndex()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Painting a cell asks for seven roles; most have nothing here, and are answered before anything else.
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        data_row = self._order[index.row()]
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            row = self._rows[data_row]
            # Short rows (ragged CSV) show blanks rather than failing.
            text = row[index.column()] if index.column() < len(row) else ""
            if role == Qt.ItemDataRole.ToolTipRole and data_row in self._excluded:
                return QCoreApplication.translate("ContactsModel", "{text}\n(left out of this send)").format(text=text)
            return text
        if data_row in self._excluded:
            if role == Qt.ItemDataRole.ForegroundRole:
                return _LEFT_OUT_BRUSH
            if role == Qt.ItemDataRole.FontRole:
                return _left_out_font()
        return None

    def multiData(self, index: AnyIndex, span: QModelRoleDataSpan | QModelRoleData) -> None:
        # Qt's item delegate asks for seven roles of every cell it paints, which through data() are seven calls from
        # C++ into Python; answered here in one, a page of the table paints ~20% faster (8.4 -> 6.8 ms of CPU). Only
        # the text is needed for a cell still in the send; anything else goes role by role through data().
        if isinstance(span, QModelRoleDataSpan) and span.size() == _DELEGATE_ROLE_COUNT and index.isValid():
            shown: QModelRoleData = span[_DELEGATE_DISPLAY_AT]  # type: ignore[index]  # the stubs miss __getitem__
            data_row = self._order[index.row()]
            if shown.role() == Qt.ItemDataRole.DisplayRole and data_row not in self._excluded:
                row, column = self._rows[data_row], index.column()
                shown.setData(row[column] if column < len(row) else "")
                return
        super().multiData(index, span)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Vertical:
            # The data row number, which stays with its row when the table is sorted; ⊘ marks a row left out.
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            data_row = self._order[section]
            return _row_label(data_row, data_row in self._excluded)
        name = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            label = self._mapped.get(name)
            return f"{name}\n({label})" if label else name
        if role == Qt.ItemDataRole.FontRole and name in self._mapped:
            font = QFont()
            font.setBold(True)
            return font
        return None
