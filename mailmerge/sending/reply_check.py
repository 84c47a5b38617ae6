"""Check replies: read the account's inbox since the run, tie what came back to the run's rows, and act on it
(hard bounces and unsubscribes go on the suppression list; every finding is recorded in the run's journal).

Shared by `mailmerge replies` and the window's *Check replies* button, so both decide the same way. Nothing in the
mailbox is changed (see transports/imap.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from mailmerge.accounts.mailbox import imap_settings
from mailmerge.accounts.profiles import Account
from mailmerge.compose.unsubscribe import install_tokens
from mailmerge.sending.journal import (
    Journal,
    ResponseKind,
    read_responses,
    record_responses,
    summarize,
)
from mailmerge.sending.replies import Match, SentRow, classify, match
from mailmerge.sending.suppression import SuppressionList
from mailmerge.transports.imap import DEFAULT_LIMIT, Mailbox

DEFAULT_DAYS = 30  # without a journal or --since: the last month of mail
_SUPPRESS = {ResponseKind.BOUNCED: "hard_bounce", ResponseKind.UNSUBSCRIBED: "unsubscribed",
             ResponseKind.COMPLAINT: "complaint"}


@dataclass
class RepliesReport:
    since: date
    scanned: int = 0
    matches: list[Match] = field(default_factory=list)
    suppressed: list[str] = field(default_factory=list)  # addresses put on the suppression list now
    recorded: int = 0  # journal rows that got news
    unmatched: int = 0
    malformed: int = 0
    limit_reached: bool = False

    def count(self, kind: ResponseKind) -> int:
        return sum(m.incoming.kind == kind for m in self.matches)


def check_replies(account: Account, journal_path: Path | None = None, *, since: date | None = None,
                  limit: int = DEFAULT_LIMIT, suppression: SuppressionList | None = None,
                  progress: Callable[[int], None] | None = None) -> RepliesReport:
    """Blocking (IMAP round trips): the window runs it in the background."""
    settings = imap_settings(account)
    sent, start = _run_rows(journal_path)
    chosen_since = since or start or (datetime.now(UTC) - timedelta(days=DEFAULT_DAYS)).date()
    report = RepliesReport(chosen_since)
    incoming = []
    with Mailbox(settings) as box:
        for _uid, data in box.messages_since(chosen_since, limit=limit):
            report.scanned += 1
            item = classify(data)
            if item is None:
                report.malformed += 1
            else:
                incoming.append(item)
            if progress is not None and report.scanned % 100 == 0:
                progress(report.scanned)
    report.limit_reached = report.scanned >= limit
    matched = match(incoming, sent, install_tokens())
    report.matches, report.unmatched = matched.matches, matched.unmatched
    _act(report, journal_path, suppression)
    return report


def _run_rows(journal_path: Path | None) -> tuple[list[SentRow], date | None]:
    if journal_path is None:
        return [], None
    journal = Journal.read_only(journal_path)
    try:
        rows = [SentRow(r.row, r.address, r.message_id) for r in journal.records() if r.message_id]
    finally:
        journal.close()
    created = summarize(journal_path).created
    return rows, (created - timedelta(days=1)).date()  # a day early: time zones of the server's SINCE


def _act(report: RepliesReport, journal_path: Path | None, suppression: SuppressionList | None) -> None:
    store = suppression or SuppressionList()
    try:
        for found in report.matches:
            reason = _SUPPRESS.get(found.incoming.kind) if found.incoming.kind else None
            if reason and found.address and store.find(found.address) is None:
                store.add(found.address, reason)
                report.suppressed.append(found.address)
    finally:
        if suppression is None:
            store.close()
    if journal_path is None:
        return
    report.recorded = record_responses(journal_path, [m.response() for m in report.matches if m.row is not None])


def responses_of(journal_path: Path) -> dict[int, tuple[str, str, str]]:
    """{row: (kind, code, detail)} of what came back, for the report and the History step."""
    journal = Journal.read_only(journal_path)
    try:
        return {row: (r.kind.value, r.code, r.detail) for row, r in read_responses(journal).items()}
    finally:
        journal.close()
