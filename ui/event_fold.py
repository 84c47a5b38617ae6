"""Reduce a batch of engine events to what the Send step shows: per-row status changes, the latest progress,
the stop reason and notices (throttling, quota waits). Pure, so the batching logic is testable without a window."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from mailmerge.base.events import (
    Event,
    Progress,
    QuotaWait,
    RowFailed,
    RowQueued,
    RowRetrying,
    RowSending,
    RowSent,
    RowSkipped,
    RowUnknown,
    RunStopped,
    Throttled,
)
from ui.wording import row_reason


@dataclass
class FoldedEvents:
    updates: dict[int, tuple[str, str]] = field(default_factory=dict)  # row -> (status, reason); last one wins
    progress: Progress | None = None
    stopped: RunStopped | None = None
    notice: str | None = None  # the latest throttling / quota message


def fold_events(events: Iterable[Event]) -> FoldedEvents:
    folded = FoldedEvents()
    for event in events:
        match event:
            case RowQueued(row=row):
                folded.updates[row] = ("pending", "")
            case RowSending(row=row):
                folded.updates[row] = ("sending", "")
            case RowSent(row=row):
                folded.updates[row] = ("sent", "")
            case RowFailed(row=row, reason_code=code, reason=reason):
                folded.updates[row] = ("failed", row_reason(code, row, reason))
            case RowSkipped(row=row, reason_code=code, reason=reason):
                folded.updates[row] = ("skipped", row_reason(code, row, reason))
            case RowUnknown(row=row, reason=reason):
                folded.updates[row] = ("unknown", reason)
            case RowRetrying(row=row, reason=reason):
                folded.updates[row] = ("retrying", reason)
            case Progress():
                folded.progress = event
            case Throttled(reason=reason) | QuotaWait(reason=reason):
                folded.notice = reason
            case RunStopped():
                folded.stopped = event
    return folded
