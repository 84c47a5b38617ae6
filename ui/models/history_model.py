"""Past runs, one line each: when, which spreadsheet, the subject, the account (a trial through the outbox says so),
how many rows are sent / not sent / unknown / waiting, and how many bounced or were replied to (Check replies)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from mailmerge.compose.fields import parse_field
from mailmerge.sending.journal import TO_SEND, ResponseKind, RowStatus
from ui.i18n import shown_time

if TYPE_CHECKING:
    from mailmerge.sending.journal import Response
    from mailmerge.sending.runs import RunSummary

AnyIndex = QModelIndex | QPersistentModelIndex

(COL_WHEN, COL_SPREADSHEET, COL_SUBJECT, COL_ACCOUNT, COL_SENT, COL_FAILED, COL_LEFT_OUT, COL_UNKNOWN,
 COL_WAITING, COL_BOUNCED, COL_REPLIED) = range(11)
_HEADERS: tuple[str, ...] = cast(tuple[str, ...], (  # marked for lupdate, translated when shown
    QT_TRANSLATE_NOOP("HistoryModel", "Last activity"), QT_TRANSLATE_NOOP("HistoryModel", "Spreadsheet"),
    QT_TRANSLATE_NOOP("HistoryModel", "Subject"), QT_TRANSLATE_NOOP("HistoryModel", "Sent through"),
    QT_TRANSLATE_NOOP("HistoryModel", "Sent"), QT_TRANSLATE_NOOP("HistoryModel", "Not sent"),
    QT_TRANSLATE_NOOP("HistoryModel", "Left out"), QT_TRANSLATE_NOOP("HistoryModel", "Unknown"),
    QT_TRANSLATE_NOOP("HistoryModel", "Waiting"), QT_TRANSLATE_NOOP("HistoryModel", "Bounced"),
    QT_TRANSLATE_NOOP("HistoryModel", "Replied"),
))
_OUTPUT = re.compile(r"\{\{.*?\}\}")


class HistoryModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._items: list[RunSummary] = []
        self._responses: dict[Path, dict[int, Response]] = {}

    def set_items(self, items: Sequence[RunSummary],
                  responses: dict[Path, dict[int, Response]] | None = None) -> None:
        """`responses`: what came back per journal (Check replies), by row."""
        self.beginResetModel()
        self._items = list(items)
        self._responses = dict(responses or {})
        self.endResetModel()

    def responses(self, row: int) -> dict[int, Response]:
        return self._responses.get(self._items[row].path, {})

    def item(self, row: int) -> RunSummary:
        return self._items[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        run = self._items[index.row()]
        item = run.summary
        col = index.column()
        if col == COL_SPREADSHEET:
            return item.contacts_path if role == Qt.ItemDataRole.ToolTipRole else run.contacts_name
        if col == COL_WHEN:
            return shown_time(item.updated)  # the user's local time, written their way
        if col == COL_SUBJECT:  # fields as people name them: "Your membership ‹member_id›"
            return _OUTPUT.sub(_field_name, run.subject)
        if col == COL_ACCOUNT:
            return _account_text(run)
        counts = item.counts
        if col == COL_SENT:
            return str(counts[RowStatus.SENT])
        if col == COL_FAILED:
            return str(counts[RowStatus.FAILED])
        if col == COL_LEFT_OUT:
            return str(counts[RowStatus.SKIPPED])
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
        label = QCoreApplication.translate("HistoryModel", _HEADERS[section])
        return label if section == COL_SUBJECT else _two_lines(label)


def _two_lines(label: str) -> str:
    """A header of several words on two lines ("Tidak | diikutkan"), so the count columns stay narrow in every
    language and the subject keeps the room; a one-word header (and Korean or Chinese ones) stays as it is."""
    spaces = [i for i, char in enumerate(label) if char == " "]
    if not spaces:
        return label
    middle = min(spaces, key=lambda i: abs(len(label) - 2 * i))
    return f"{label[:middle]}\n{label[middle + 1:]}"


def _account_text(run: RunSummary) -> str:
    translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")
    if run.test:
        return translate("HistoryModel", "Test to yourself through {account}").format(account=run.account_label)
    if run.trial:
        return translate("HistoryModel", "Trial: the outbox (nobody got it)")
    return run.account_label or translate("HistoryModel", "(an older version did not record it)")


def _field_name(found: re.Match[str]) -> str:
    """A field as people name it (‹member_id›, ‹First Name›), read as the editor reads its chips."""
    ref = parse_field(found[0])
    return f"‹{ref.column}›" if ref is not None else f"‹{found[0][2:-2].strip()}›"
