"""Past campaigns, one line per journal: which spreadsheet, when, and how many rows are sent / not sent / unknown."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from mailmerge.sending.journal import TO_SEND, RowStatus

if TYPE_CHECKING:
    from mailmerge.sending.journal import JournalSummary

AnyIndex = QModelIndex | QPersistentModelIndex

COL_SPREADSHEET, COL_WHEN, COL_SENT, COL_FAILED, COL_UNKNOWN, COL_WAITING = range(6)
_HEADERS = (  # marked for lupdate, translated when shown
    QT_TRANSLATE_NOOP("HistoryModel", "Spreadsheet"), QT_TRANSLATE_NOOP("HistoryModel", "Last activity"),
    QT_TRANSLATE_NOOP("HistoryModel", "Sent"), QT_TRANSLATE_NOOP("HistoryModel", "Not sent"),
    QT_TRANSLATE_NOOP("HistoryModel", "Unknown"), QT_TRANSLATE_NOOP("HistoryModel", "Waiting"),
)


class HistoryModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._items: list[JournalSummary] = []

    def set_items(self, items: Sequence[JournalSummary]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> JournalSummary:
        return self._items[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        item = self._items[index.row()]
        col = index.column()
        if col == COL_SPREADSHEET:
            return item.contacts_path if role == Qt.ItemDataRole.ToolTipRole else Path(item.contacts_path).name
        if col == COL_WHEN:
            return item.updated.astimezone().strftime("%Y-%m-%d %H:%M")  # the user's local time
        counts = item.counts
        if col == COL_SENT:
            return str(counts[RowStatus.SENT])
        if col == COL_FAILED:
            return str(counts[RowStatus.FAILED])
        if col == COL_UNKNOWN:
            return str(len(item.unsettled))
        return str(sum(counts[status] for status in TO_SEND))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return QCoreApplication.translate("HistoryModel", _HEADERS[section])
