"""Typed events the engine yields (DESIGN.md §3). The journal consumes them first, then the CLI/GUI render them.

A reason is there twice: `reason`, the English sentence (the command line's JSON events and reports keep it), and
`problem`, the same sentence as code + template + parameters, which each face words in its reader's language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from mailmerge.base.errors import Problem
from mailmerge.base.outcome import OutcomeKind


@dataclass(frozen=True)
class RowQueued:
    row: int  # 1-based data row number
    # Tries that count against the row's limit so far: a try cut short by throttling, a quota wait, a stopped run
    # or an unreachable server does not count, so a resumed run gives the row its full number of tries.
    attempts: int = 0


@dataclass(frozen=True)
class RowSending:
    row: int
    attempt: int


@dataclass(frozen=True)
class RowSent:
    row: int
    message_id: str
    reply: str
    note: str = ""  # what people should know although it was sent, e.g. a Cc on the suppression list left out
    problem: Problem | None = None  # the note as code + parameters, for a face to word in its own language


@dataclass(frozen=True)
class RowFailed:
    row: int
    kind: OutcomeKind
    reason_code: str
    reason: str
    raw: str
    problem: Problem | None = None  # the reason as code + parameters, for a face to word in its own language


@dataclass(frozen=True)
class RowSkipped:
    row: int
    reason_code: str  # suppressed | duplicate | unsubscribed | late | invalid
    reason: str
    problem: Problem | None = None  # the reason as code + parameters, for a face to word in its own language


@dataclass(frozen=True)
class RowUnknown:
    row: int
    reason: str
    problem: Problem | None = None  # the reason as code + parameters, for a face to word in its own language


@dataclass(frozen=True)
class RowRetrying:
    row: int
    attempt: int
    after_s: float
    reason: str
    problem: Problem | None = None  # the reason as code + parameters, for a face to word in its own language


@dataclass(frozen=True)
class Throttled:
    rate_per_s: float
    reason: str
    problem: Problem | None = None  # the reason as code + parameters, for a face to word in its own language


@dataclass(frozen=True)
class QuotaWait:
    until: datetime
    reason: str
    problem: Problem | None = None  # the reason as code + parameters, for a face to word in its own language


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    sent: int
    failed: int
    rate_per_s: float
    eta_s: float | None


@dataclass(frozen=True)
class RunStopped:
    reason_code: str  # finished | cancelled | stop_run | quota | error
    reason: str
    problem: Problem | None = None  # the reason as code + parameters, for a face to word in its own terms


Event = (
    RowQueued
    | RowSending
    | RowSent
    | RowFailed
    | RowSkipped
    | RowUnknown
    | RowRetrying
    | Throttled
    | QuotaWait
    | Progress
    | RunStopped
)
