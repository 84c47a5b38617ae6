"""Past campaigns, one line per journal: which spreadsheet, when, how many rows are sent / not sent / unknown, and
how many bounced or were replied to (after Check replies)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from mailmerge.sending.journal import TO_SEND, ResponseKind, RowStatus

if TYPE_CHECKING:
    from mailmerge.sending.journal import JournalSummary, Response

AnyIndex = QModelIndex | QPersistentModelIndex

COL_SPREADSHEET, COL_WHEN, COL_SENT, COL_FAILED, COL_UNKNOWN, COL_WAITING, COL_BOUNCED, COL_REPLIED = range(8)
_HEADERS = ("Spreadsheet", "Last activity", "Sent", "Not sent", "Unknown", "Waiting", "Bounced", "Replied")


class HistoryModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._items: list[JournalSummary] = []
        self._responses: dict[Path, dict[int, Response]] = {}

    def set_items(self, items: Sequence[JournalSummary],
                  responses: dict[Path, dict[int, Response]] | None = None) -> None:
        """`responses`: what came back per journal (Check replies), by row."""
        self.beginResetModel()
        self._items = list(items)
        self._responses = dict(responses or {})
        self.endResetModel()

    def responses(self, row: int) -> dict[int, Response]:
        return self._responses.get(self._items[row].path, {})

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
        if col in (COL_BOUNCED, COL_REPLIED):
            kinds = [r.kind for r in self.responses(index.row()).values()]
            wanted = (ResponseKind.BOUNCED,) if col == COL_BOUNCED else (ResponseKind.REPLIED,)
            return str(sum(kind in wanted for kind in kinds))
        return str(sum(counts[status] for status in TO_SEND))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return QCoreApplication.translate("HistoryModel", _HEADERS[section])
