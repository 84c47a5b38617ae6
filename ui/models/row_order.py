"""Sorting 100k rows without stalling the window.

QSortFilterProxyModel sorts in C++ but asks the Python model for both sides of every comparison: ~3.5 million
data() calls (4-8 s of frozen window) to sort 100k rows. Here the model sorts itself instead: one key per row
from a plain list, Python's sorted() over row numbers (~50 ms), then a layout change. The proxy in front stays
unsorted and only filters; SelfSortingProxy hands the view's sort request to the model."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

AnyIndex = QModelIndex | QPersistentModelIndex
NO_SORT = -1  # file order


class OrderedRowsModel(QAbstractTableModel):
    """A table whose rows are shown in `_order` (position -> data row index, 0-based). Subclasses keep their data
    in file order, look rows up through `data_row(position)`, and say what to sort a column by (`sort_keys`)."""

    def __init__(self) -> None:
        super().__init__()
        self._order: list[int] = []
        self._position: list[int] = []  # data row index -> position: the inverse of _order
        self._sort_column = NO_SORT
        self._sort_order = Qt.SortOrder.AscendingOrder

    # --- for subclasses ------------------------------------------------------------------------------------------
    def sort_keys(self, column: int) -> Sequence[Any]:
        """One comparable key per data row (file order) for `column`."""
        raise NotImplementedError

    def data_row(self, position: int) -> int:
        return self._order[position]

    def position_of(self, data_row: int) -> int:
        return self._position[data_row]

    def reset_rows(self, count: int) -> None:
        """Call between beginResetModel() and endResetModel(): the rows were replaced; the chosen sort stays."""
        self._order = self._sorted(count, self._sort_column, self._sort_order)
        self._position = _inverse(self._order)

    # --- Qt ------------------------------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        new_order = self._sorted(len(self._order), column, order)
        if new_order == self._order:
            return
        self.layoutAboutToBeChanged.emit()
        new_position = _inverse(new_order)
        # Selection and current cell follow their rows (only a handful of persistent indexes exist).
        old = self.persistentIndexList()
        self.changePersistentIndexList(
            old, [self.index(new_position[self._order[i.row()]], i.column()) for i in old]
        )
        self._order, self._position = new_order, new_position
        self.layoutChanged.emit()

    def _sorted(self, count: int, column: int, order: Qt.SortOrder) -> list[int]:
        descending = order == Qt.SortOrder.DescendingOrder
        if column < 0 or column >= self.columnCount():
            return list(range(count))
        keys = self.sort_keys(column)
        return sorted(range(count), key=keys.__getitem__, reverse=descending)  # stable: ties keep file order


def _inverse(order: list[int]) -> list[int]:
    return sorted(range(len(order)), key=order.__getitem__)  # C speed; a Python loop costs ~10 ms per 100k


def natural_key(text: str) -> tuple[int, float, str]:
    """Numbers sort as numbers ("9" before "10"), everything else case-blind as text; numbers before text."""
    try:
        number = float(text.replace(",", ""))
    except ValueError:
        number = math.nan
    return (0, number, "") if math.isfinite(number) else (1, 0.0, text.casefold())


class SelfSortingProxy(QSortFilterProxyModel):
    """Filters in front of an OrderedRowsModel and lets that model do the sorting (see the module docstring)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, OrderedRowsModel):
            source.sort(column, order)
