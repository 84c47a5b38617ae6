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
            case RowFailed(row=row, reason_code=code, reason=reason, problem=problem):
                folded.updates[row] = ("failed", row_reason(code, row, reason, problem))
            case RowSkipped(row=row, reason_code=code, reason=reason, problem=problem):
                folded.updates[row] = ("skipped", row_reason(code, row, reason, problem))
            case RowUnknown(row=row, reason=reason, problem=problem):
                folded.updates[row] = ("unknown", row_reason("send.unknown", row, reason, problem))
            case RowRetrying(row=row, reason=reason, problem=problem):
                folded.updates[row] = ("retrying", row_reason("", row, reason, problem))
            case Progress():
                folded.progress = event
            case Throttled(reason=reason, problem=problem) | QuotaWait(reason=reason, problem=problem):
                folded.notice = row_reason("", 0, reason, problem)
            case RunStopped():
                folded.stopped = event
    return folded
