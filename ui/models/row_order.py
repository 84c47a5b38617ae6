"""Sorting 100k rows without stalling the window.

QSortFilterProxyModel sorts in C++ but asks the Python model for both sides of every comparison: ~3.5 million
data() calls (4-8 s of frozen window) to sort 100k rows. Here the model sorts itself instead: one key per row
from a plain list, Python's sorted() over row numbers, then a layout change. A proxy in front (the Send step's)
stays unsorted and only filters; SelfSortingProxy hands the view's sort request to the model.

A big table's order is worked out on a pool thread (the keys, ~100-200 ms for 100k rows, and the sort) and shown
with one layout change. The sort itself is done in runs of STEP_ROWS rows merged by heapq.merge, not by one
sorted() call: Python passes the interpreter lock to the UI thread only between bytecodes, so one 50-80 ms C call
on the pool thread would freeze the window just the same.

Orders are kept in forms the garbage collector does not look into: a range for file order, an array of machine
integers for a sorted one. A list of 100k row numbers is 100k int objects, and every collection that takes in the
list walks all of them, twice: with a few such lists for a 100k-row sheet a collection froze the window for 25-40 ms,
on whichever thread it happened to start."""

from __future__ import annotations

import heapq
import math
from array import array
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from mailmerge.sheets.steps import STEP_ROWS
from ui.background import a_bug, run_in_background

AnyIndex = QModelIndex | QPersistentModelIndex
NO_SORT = -1  # file order
BACKGROUND_ROWS = 10_000  # fewer rows sort in under ~20 ms: at once, without a round trip through a thread
Order = tuple[Sequence[int], Sequence[int]]  # (position -> data row, data row -> position or -1 when not shown)


class OrderedRowsModel(QAbstractTableModel):
    """A table whose rows are shown in `_order` (position -> data row index, 0-based). Subclasses keep their data
    in file order, look rows up through `data_row(position)`, and say what to sort a column by (`sort_keys`)."""

    def __init__(self) -> None:
        super().__init__()
        self._order: Sequence[int] = range(0)
        self._position: Sequence[int] = range(0)  # data row index -> position: the inverse of _order
        self._sort_column = NO_SORT
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._generation = 0  # bumped when rows or order change: a background sort of an older state is dropped
        self._awaited: int | None = None  # the generation whose order is being worked out in the background

    # --- for subclasses ------------------------------------------------------------------------------------------
    def sort_keys(self, column: int) -> Callable[[], Sequence[Any]]:
        """What makes one comparable key per data row (file order) for `column`. Called on the UI thread; the
        function it returns may run on a pool thread, so it uses only what it captured."""
        raise NotImplementedError

    def in_file_order(self, column: int) -> bool:
        """`column` sorts as the rows come (row numbers): its order is made at once, however many rows."""
        return False

    def order_maker(self, count: int, column: int, order: Qt.SortOrder) -> Callable[[], Order]:
        """What works out the order of `count` data rows by `column` (captured now, may run on a pool thread)."""
        if column < 0 or column >= self.columnCount():
            return lambda: _identity(count)
        keys = self.sort_keys(column)
        descending = order == Qt.SortOrder.DescendingOrder
        return lambda: _sorted_order(keys(), count, descending)

    def data_row(self, position: int) -> int:
        return self._order[position]

    def position_of(self, data_row: int) -> int:
        return self._position[data_row]

    def reset_rows(self, count: int) -> None:
        """Call between beginResetModel() and endResetModel(): the rows were replaced; the chosen sort stays (a big
        table shows in file order until its sorted order, worked out in the background, replaces it)."""
        self._generation += 1
        if self._at_once(count, self._sort_column):
            self._order, self._position = self.order_maker(count, self._sort_column, self._sort_order)()
            return
        self._order, self._position = _identity(count)
        self._order_later(self.order_maker(count, self._sort_column, self._sort_order))

    def _at_once(self, count: int, column: int) -> bool:
        return count < BACKGROUND_ROWS or column < 0 or self.in_file_order(column)

    def sorting(self) -> bool:
        """A sort is being worked out in the background."""
        return self._awaited == self._generation

    # --- Qt ------------------------------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Qt's own index() asks rowCount() and columnCount() through Python first: for every cell painted.
        if parent.isValid() or not (0 <= row < len(self._order) and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self._generation += 1
        make = self.order_maker(len(self._position), column, order)
        if self._at_once(len(self._position), column):
            self._show_order(*make())
        else:
            self._order_later(make)

    def _order_later(self, make: Callable[[], Order]) -> None:
        generation = self._awaited = self._generation

        def made(result: Order) -> None:
            if generation == self._generation:  # nothing changed meanwhile
                self._awaited = None
                self._show_order(*result)

        run_in_background(make, made, a_bug, owner=self)

    def _show_order(self, new_order: Sequence[int], new_position: Sequence[int]) -> None:
        if new_order == self._order:
            return
        self.layoutAboutToBeChanged.emit()
        # Selection and current cell follow their rows (only a handful of persistent indexes exist).
        old = self.persistentIndexList()
        self.changePersistentIndexList(
            old, [self.index(new_position[self._order[i.row()]], i.column()) for i in old]
        )
        self._order, self._position = new_order, new_position
        self.layoutChanged.emit()


def _identity(count: int) -> Order:
    rows = range(count)
    return rows, rows  # its own inverse; orders are replaced, never changed in place


def row_numbers(numbers: Iterable[int]) -> array[int]:
    """Row numbers (or positions) packed as machine integers: one object, which the garbage collector skips."""
    return array("q", numbers)


def _unshown(count: int) -> array[int]:
    """A data row -> position table for `count` rows with no row shown yet (-1), to be filled in."""
    return array("q", [-1]) * count


def _sorted_order(keys: Sequence[Any], count: int, descending: bool) -> Order:
    """sorted(range(count), key=keys.__getitem__, reverse=descending) and its inverse, in steps (see the module
    docstring). Stable, as sorted() is: rows with equal keys keep their file order, in either direction."""
    if isinstance(keys, range):  # the rows' own numbers
        numbered = range(count - 1, -1, -1) if descending else range(count)
        return numbered, numbered  # either way its own inverse
    key = keys.__getitem__
    runs = [sorted(range(start, min(start + STEP_ROWS, count)), key=key, reverse=descending)
            for start in range(0, count, STEP_ROWS)]
    # heapq.merge takes equal keys from the earlier run first: file order, as sorted() keeps it.
    order = row_numbers(runs[0] if len(runs) == 1 else heapq.merge(*runs, key=key, reverse=descending))
    return order, positions(order, count)


def positions(order: Sequence[int], count: int) -> array[int]:
    """The inverse of `order` over `count` data rows: each row's position, -1 for a row `order` leaves out."""
    position = _unshown(count)
    for at, row in enumerate(order):  # bytecode, not one C call: see the module docstring
        position[row] = at
    return position


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
