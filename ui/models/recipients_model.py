"""Live send status of every row: who, where it stands, and the plain reason when it did not go."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ui.models.row_order import OrderedRowsModel, SelfSortingProxy

AnyIndex = QModelIndex | QPersistentModelIndex

COL_ROW, COL_RECIPIENT, COL_STATUS, COL_REASON = range(4)
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1  # the status code ("sent", "failed"...)
_TEXT_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole})

# Row status codes (DESIGN.md §3) and how they read to a person.
STATUS_LABELS: dict[str, str] = cast(dict[str, str], {  # marked for lupdate, translated when shown
    "pending": QT_TRANSLATE_NOOP("RecipientsModel", "Waiting"),
    "sending": QT_TRANSLATE_NOOP("RecipientsModel", "Sending…"),
    "retrying": QT_TRANSLATE_NOOP("RecipientsModel", "Will retry"),
    "sent": QT_TRANSLATE_NOOP("RecipientsModel", "Sent"),
    "failed": QT_TRANSLATE_NOOP("RecipientsModel", "Not sent"),
    "skipped": QT_TRANSLATE_NOOP("RecipientsModel", "Skipped"),
    "unknown": QT_TRANSLATE_NOOP("RecipientsModel", "Unknown – check"),
})
FAILED_STATUSES = frozenset({"failed", "unknown"})
_BRUSHES = {
    "sent": QBrush(QColor("#1b7f3b")),
    "failed": QBrush(QColor("#b00020")),
    "unknown": QBrush(QColor("#8a5a00")),
    "retrying": QBrush(QColor("#8a5a00")),
    "skipped": QBrush(QColor("#666666")),
}


def status_label(status: str) -> str:
    return QCoreApplication.translate("RecipientsModel", STATUS_LABELS.get(status, status))


class RecipientsModel(OrderedRowsModel):
    def __init__(self) -> None:
        super().__init__()
        self._recipients: tuple[str, ...] = ()  # a tuple: the garbage collector stops looking into it (row_order)
        self._statuses: list[str] = []
        self._reasons: list[str] = []

    def set_recipients(self, recipients: Sequence[str]) -> None:
        self.beginResetModel()
        self._recipients = tuple(recipients)
        self._statuses = ["pending"] * len(recipients)
        self._reasons = [""] * len(recipients)
        self.reset_rows(len(recipients))
        self.endResetModel()

    def apply(self, updates: Mapping[int, tuple[str, str]]) -> None:
        """Set (status, reason) for 1-based data rows; one dataChanged for the touched span keeps 10k updates cheap."""
        touched: list[int] = []
        for row, (status, reason) in updates.items():
            i = row - 1
            if not 0 <= i < len(self._statuses):
                continue
            self._statuses[i] = status
            self._reasons[i] = reason
            touched.append(self.position_of(i))
        if touched:
            self.dataChanged.emit(self.index(min(touched), COL_STATUS), self.index(max(touched), COL_REASON))

    def status(self, row: int) -> str:
        return self._statuses[row - 1]

    def status_at(self, position: int) -> str:
        """The status of the row shown at `position` (after sorting)."""
        return self._statuses[self.data_row(position)]

    def reason(self, row: int) -> str:
        return self._reasons[row - 1]

    def rows_with(self, statuses: frozenset[str]) -> list[int]:
        return [i + 1 for i, s in enumerate(self._statuses) if s in statuses]

    def count(self, status: str) -> int:
        return self._statuses.count(status)

    def in_file_order(self, column: int) -> bool:
        return column == COL_ROW

    def sort_keys(self, column: int) -> Callable[[], Sequence[Any]]:
        # Read at the moment the user sorts: a run keeps changing statuses, and re-sorting under the user's
        # eyes on every update would make rows jump (and cost a sort per batch).
        if column == COL_ROW:
            count = len(self._recipients)
            return lambda: range(count)
        if column == COL_STATUS:
            statuses = list(self._statuses)  # a copy: the keys may be made on a pool thread while a run goes on
            return lambda: [status_label(s) for s in statuses]
        texts = self._recipients if column == COL_RECIPIENT else list(self._reasons)
        return lambda: [text.casefold() for text in texts]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._recipients)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        i, col = self._order[index.row()], index.column()
        if role in _TEXT_ROLES:
            if col == COL_ROW:
                return str(i + 1)
            if col == COL_RECIPIENT:
                return self._recipients[i]
            if col == COL_STATUS:
                return status_label(self._statuses[i])
            return self._reasons[i]
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATUS:
            return _BRUSHES.get(self._statuses[i])
        if role == STATUS_ROLE:
            return self._statuses[i]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Row"), self.tr("Recipient"), self.tr("Status"), self.tr("Reason"))[section]


class StatusFilterProxy(SelfSortingProxy):
    """Shows all rows, or only those whose status is in a chosen set (e.g. "not sent"). Sorting is the model's.

    The filter is Qt's own (a pattern on STATUS_ROLE), not a Python filterAcceptsRow: with no pattern Qt accepts
    every row without asking, so 100,000 recipients are shown without 100,000 Python calls on the UI thread."""

    def __init__(self) -> None:
        super().__init__()
        self.setFilterRole(STATUS_ROLE)
        self.setFilterKeyColumn(COL_STATUS)

    def show_only(self, statuses: frozenset[str] | None) -> None:
        if statuses is None:
            self.setFilterRegularExpression(QRegularExpression())
        else:
            alternatives = "|".join(QRegularExpression.escape(s) for s in sorted(statuses))
            self.setFilterRegularExpression(QRegularExpression(f"^(?:{alternatives})$"))
