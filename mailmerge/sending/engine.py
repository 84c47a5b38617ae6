"""The send loop: K workers, each owning one Transport, take rows from one schedule, wait for the pacer, and turn
every Outcome into events. Every event is written to the journal first (the single writer), then yielded.

pause()/resume()/cancel() must be called from the thread running the event loop (a GUI thread uses
`loop.call_soon_threadsafe`). Stopping never interrupts a message in flight: it finishes, the rest stay pending.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import random
import re
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Protocol

from mailmerge.base.envelope import OutgoingMessage
from mailmerge.base.errors import MailMergeError, Problem, literal, make_problem
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
from mailmerge.base.outcome import Outcome, OutcomeKind
from mailmerge.compose.send_at import DEFAULT_LATE_AFTER
from mailmerge.sending.journal import RETRYABLE, TO_SEND, GroupCommit, Journal
from mailmerge.sending.suppression import SuppressionList, SuppressionSnapshot, why
from mailmerge.sheets.contacts import ContactTable
from mailmerge.transports.base import Transport, TransportFactory
from mailmerge.transports.pacing import Limits, Pacer

__all__ = ["Engine", "Limits"]

# Waits at least this long are announced (QuotaWait) so people see why nothing moves and when it continues.
QUOTA_NOTICE_S = 30.0
# When a provider says "quota used up" without saying until when.
DEFAULT_QUOTA_PAUSE_S = 900.0
_PROGRESS_EVERY_S = 0.2
# Results recorded while the workers wait (for the pacer, a quota window, a back-off) reach the disk this soon.
_FLUSH_AFTER_S = 0.2
# Retry answers that say the server cannot be reached or will not serve anyone now (busy, closing, the login
# cannot be checked), rather than anything about one message. They do not use up the row's tries: all workers
# pause, longer each time, and the run stops after Limits.max_attempts of them in a row.
SERVER_TROUBLE = frozenset(
    {
        "smtp.connection_refused",
        "smtp.connection_lost",
        "smtp.timeout",
        "smtp.service_unavailable",
        "smtp.login_temporary",
        "ses.unreachable",
        "tencent.unreachable",
    }
)
_UNREACHABLE = frozenset({"smtp.connection_refused", "smtp.connection_lost", "smtp.timeout", "ses.unreachable",
                          "tencent.unreachable"})
# "Slow down" answers in a row, with no message accepted between them, before the run stops: a server that says
# nothing else (a 454 to every body) would otherwise keep the run going forever at an ever lower rate.
MAX_THROTTLES_IN_A_ROW = 10
_REFUSED_RCPT = re.compile(r"RCPT TO:<([^>]*)>:")


class SendableCampaign(Protocol):
    """What the engine needs from campaign.Campaign."""

    @property
    def contacts(self) -> ContactTable: ...

    def build(self, row: int, *, leave_out: frozenset[str] = frozenset()) -> OutgoingMessage: ...

    def row_hash(self, row: int) -> str: ...


class Engine:
    def __init__(
        self,
        campaign: SendableCampaign,
        journal: Journal,
        factory: TransportFactory,
        limits: Limits,
        rows: Sequence[int] | None = None,
        *,
        suppression: SuppressionList,
        retry_base_s: float = 1.0,
        jitter: Callable[[], float] = random.random,
        max_throttles: int = MAX_THROTTLES_IN_A_ROW,
        send_at: Mapping[int, datetime] | None = None,
        late_after: timedelta = DEFAULT_LATE_AFTER,
    ) -> None:
        """`rows`: send again only these rows, if they failed or are unknown (--retry-failed; the caller picks them,
        usually with Journal.retry_candidates). A row corrected in the spreadsheet since it failed goes with its
        new content. None sends every pending row; rows changed since the journal saw them are then skipped.
        `send_at`: rows that go at their own time (a send-at column); one more than `late_after` overdue is
        skipped as late rather than sent hours after the moment it was meant for."""
        self._campaign = campaign
        self._journal = journal
        self._factory = factory
        self._limits = limits
        self._retry_rows = None if rows is None else tuple(rows)
        self._suppression = suppression.snapshot()
        self._retry_base_s = retry_base_s
        self._jitter = jitter
        self._max_throttles = max_throttles
        self._troubles_in_a_row = 0  # SERVER_TROUBLE answers since a message was last accepted
        self._throttles_in_a_row = 0
        self._hold_until = 0.0  # monotonic: no worker starts a message before this (back-off after server trouble)
        self._flush_timer: asyncio.TimerHandle | None = None
        self._notes: dict[int, Problem] = {}  # row -> what the sent row's reason says (a suppressed Cc left out)
        self._send_at = send_at or {}
        self._late_after = late_after
        self._pacer = Pacer(limits)
        self._group_commit = GroupCommit(journal, while_syncing=self._build_ahead)
        self._pace_lock = asyncio.Lock()
        self._out: asyncio.Queue[Event | None] = asyncio.Queue()  # None: all workers are done
        self._ready: deque[int] = deque()
        self._built: deque[tuple[int, OutgoingMessage]] = deque()  # taken from _ready and built ahead, in order
        self._later: list[tuple[float, int]] = []  # (monotonic time it may go, row): retries, domain waits
        self._outstanding = 0
        self._attempts: dict[int, int] = {}
        self._wake = asyncio.Event()
        self._unpaused = asyncio.Event()
        self._unpaused.set()
        self._stopped = asyncio.Event()
        self._stop_reason: tuple[str, str, Problem | None] | None = None
        self._quota_notice_until = 0.0
        self._total = self._done = self._sent = self._failed = 0
        self._started = time.monotonic()
        self._last_progress = 0.0

    # ----------------------------------------------------------------------------------------------- control
    def pause(self) -> None:
        self._unpaused.clear()
        self._unbuild()

    def resume(self) -> None:
        self._unpaused.set()

    def cancel(self) -> None:
        self._stop_with(
            "cancelled",
            MailMergeError(
                "engine.cancelled",
                "Sending was cancelled after {sent} messages. Rows not sent yet stay pending: "
                "run the same command with --resume to continue.",
                sent=self._sent,
            ),
        )

    @property
    def paused(self) -> bool:
        return not self._unpaused.is_set()

    # ----------------------------------------------------------------------------------------------- the run
    async def run(self) -> AsyncIterator[Event]:
        self._started = time.monotonic()
        try:
            self._plan()
            self._journal.set_state("sending")
        except MailMergeError as exc:  # e.g. the disk is already full: nothing was sent
            yield RunStopped("error", str(exc), exc.problem)
            return
        workers = asyncio.create_task(self._run_workers())
        try:
            while (event := await self._out.get()) is not None:
                yield event
            yield self._progress()
            yield self._finish_run()
        finally:
            # Only reached with workers alive when the consumer abandons the run.
            workers.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await workers
            if self._flush_timer is not None:
                self._flush_timer.cancel()
            with contextlib.suppress(MailMergeError):
                await self._group_commit.settle()
                self._journal.flush()

    async def _run_workers(self) -> None:
        await asyncio.gather(*(self._worker() for _ in range(max(1, self._limits.connections))))
        self._out.put_nowait(None)

    def _plan(self) -> None:
        contacts = self._campaign.contacts
        count = len(contacts)
        changed = set(
            self._journal.sync_rows(
                (r, self._campaign.row_hash(r), contacts.rows[r - 1]) for r in range(1, count + 1)
            )
        )
        attempts: dict[int, int] = {}  # a retry starts counting afresh
        if self._retry_rows is None:
            attempts = self._journal.attempts_with(*TO_SEND)
            rows = list(attempts)
        else:
            retryable = set(self._journal.rows_with(*RETRYABLE))
            rows = [r for r in self._retry_rows if r in retryable]
        for row in rows:
            if row > count or (row in changed and self._retry_rows is None):
                self._emit(_skipped(row, "changed", _changed_reason(row, count)))
                continue
            if row in changed:  # never delivered, and corrected since: the correction is the point of retrying
                self._journal.refresh_row(row, self._campaign.row_hash(row), contacts.rows[row - 1])
            self._attempts[row] = attempts.get(row, 0)
            if self._retry_rows is not None:
                self._emit(RowQueued(row))
            elif row in self._send_at:
                self._schedule(row)
                continue
            self._ready.append(row)
        self._total = self._outstanding = len(self._ready) + len(self._later)
        since = datetime.now(UTC) - timedelta(days=1)
        now = datetime.now(UTC)
        self._pacer.seed(
            ((now - at).total_seconds(), address.split(", ")) for at, address in self._journal.sent_since(since)
        )

    def _schedule(self, row: int) -> None:
        """A row with its own send time: ready now, waiting for its time, or skipped as late."""
        overdue = datetime.now(UTC) - self._send_at[row]
        if overdue > self._late_after:
            self._emit(_skipped(row, "late", _late_reason(row, self._send_at[row], self._late_after)))
        elif overdue >= timedelta(0):
            self._ready.append(row)
        else:
            heapq.heappush(self._later, (time.monotonic() - overdue.total_seconds(), row))

    async def _worker(self) -> None:
        # A worker that breaks stops the whole run gracefully: the others finish the message they are sending.
        try:
            await self._work()
        except Exception as error:
            self._fail_run(error)

    async def _work(self) -> None:
        transport: Transport | None = None
        used = 0
        per_connection = self._limits.max_per_connection
        upcoming: tuple[int, OutgoingMessage] | None = None  # taken already, its envelope announced
        try:
            while True:
                # Announcing is for full speed only: a row that would now wait (stop, pause, a throttle or quota
                # reply just now) must not hold the server in the middle of its transaction.
                if upcoming is not None and (
                    self._stopped.is_set() or self.paused or self._pacer.limited or self._held()
                ):
                    self._put_back(upcoming[0])
                    upcoming = None
                if upcoming is None:
                    if (taken := await self._next_row()) is None:
                        break
                    row, built = taken
                    if built is None:
                        if (built := self._build(row)) is None:
                            continue
                    elif self._skipped_as_suppressed(row, built):  # built ahead: a bounce since may have listed it
                        continue
                    message = built
                else:
                    (row, message), upcoming = upcoming, None
                    # Taken while the previous message was out: a bounce of that one may have listed this address.
                    if self._skipped_as_suppressed(row, message):
                        continue
                if transport is None or (per_connection is not None and used >= per_connection):
                    await _close(transport)
                    transport = None
                    try:
                        transport = await self._factory()
                    except MailMergeError as exc:
                        self._requeue(row, front=True)
                        self._stop_with("stop_run", exc)
                        return
                    used = 0
                if per_connection is None or used + 1 < per_connection:
                    upcoming = self._upcoming()  # its envelope goes with this message's body
                attempt = self._attempts[row] + 1
                if not await self._mark_when_paced(row, message, attempt):
                    continue
                try:
                    outcome = await transport.send(message, upcoming[1] if upcoming is not None else None)
                except Exception as exc:
                    # A transport must turn every answer into an Outcome; a raise here is a bug, and the message
                    # may have left, so the row is never resent silently.
                    unexpected = make_problem("engine.unexpected_row_error",
                                              "An unexpected error happened while sending: {error}.", error=repr(exc))
                    self._finish(RowUnknown(row, unexpected.message(), unexpected))
                    raise
                used += 1
                self._handle(row, message, attempt, outcome)
        finally:
            if upcoming is not None:
                self._put_back(upcoming[0])
            await _close(transport)

    async def _next_row(self) -> tuple[int, OutgoingMessage | None] | None:
        while True:
            await self._unpaused.wait()
            if self._stopped.is_set() or self._outstanding == 0:
                return None
            if not self._held() and (taken := self._take_row()) is not None:
                return taken
            due = [self._later[0][0]] if self._later else []
            if self._held():
                due = [self._hold_until]
            timeout = min(due) - time.monotonic() if due else None
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout)

    def _take_row(self) -> tuple[int, OutgoingMessage | None] | None:
        """The next row due, with its message if it was built ahead: a retry or a waiting row whose time has come
        first, then the schedule."""
        if self._later and self._later[0][0] <= time.monotonic():
            return heapq.heappop(self._later)[1], None
        if self._built:
            return self._built.popleft()
        if self._ready:
            return self._ready.popleft(), None
        return None

    def _held(self) -> bool:
        return self._hold_until > time.monotonic()

    def _upcoming(self) -> tuple[int, OutgoingMessage] | None:
        """The row a worker sends after the one it is sending, taken now so the transport can announce it with
        this message (one round trip less). Only while nothing limits the pace: an announced message that then
        had to wait would hold the server in the middle of a transaction."""
        while not self._stopped.is_set() and not self._pacer.limited and not self._held():
            if (taken := self._take_row()) is None:
                return None
            row, message = taken
            if message is not None or (message := self._build(row)) is not None:
                return row, message
        return None

    def _build_ahead(self) -> None:
        """Build the rows the workers take next while the disk commits their marks (GroupCommit calls this then):
        without limits every worker waits for that commit, so the loop has nothing else to do."""
        while (
            len(self._built) < self._limits.connections
            and self._ready
            and not self._stopped.is_set()
            and not self.paused
            and not self._pacer.limited
        ):
            row = self._ready.popleft()
            if (message := self._build(row)) is not None:
                self._built.append((row, message))

    def _unbuild(self) -> None:
        """Rows built ahead go back to the schedule, to be built again when they go (a paused run may continue
        hours later, and a message's Date is when it was built)."""
        while self._built:
            self._ready.appendleft(self._built.pop()[0])

    def _put_back(self, row: int) -> None:
        """A row taken ahead but not sent: first in line again. It was never marked, so the journal has it
        pending already."""
        self._ready.appendleft(row)
        self._wake.set()

    def _build(self, row: int) -> OutgoingMessage | None:
        try:
            message = self._campaign.build(row)
            listed = [address for address in message.copies if self._suppression.find(address) is not None]
            if listed and set(listed) != set(message.envelope.recipients):
                # Only a Cc/Bcc on the list is left out: the row's own recipients still get the message (when one
                # of them is on the list too, the row is skipped below).
                message = self._campaign.build(row, leave_out=frozenset(a.lower() for a in listed))
                self._notes[row] = _copies_left_out_note(listed, self._suppression)
        except MailMergeError as exc:
            self._finish(RowFailed(row, OutcomeKind.INVALID, exc.code, str(exc), "", exc.problem))
            return None
        self._journal.set_address(row, ", ".join(message.envelope.recipients))
        return None if self._skipped_as_suppressed(row, message) else message

    def _skipped_as_suppressed(self, row: int, message: OutgoingMessage) -> bool:
        for address in message.envelope.recipients:
            entry = self._suppression.find(address)
            if entry is not None:
                reason = make_problem(
                    "engine.suppressed",
                    "{address} is on the suppression list ({why}), so row {row} was not sent. Take it off the "
                    "suppression list only if you know it works again.",
                    address=address, why=why(entry.reason), row=row,
                )
                self._finish(_skipped(row, "suppressed", reason))
                return True
        return False

    async def _mark_when_paced(self, row: int, message: OutgoingMessage, attempt: int) -> bool:
        """Wait until the limits allow one more message, mark the row `sending` (durable) and count the message.
        False: the row went back to the schedule (a recipient domain or address is at its hourly limit, or the
        run is stopping).

        Under limits the message is counted after its mark is committed, right before it goes, so a slow commit
        (or a pause of the interpreter) cannot bunch messages up on the server's clock; marks then go one at a
        time, which the limits leave time for. Without limits the marks of all workers share commits."""
        recipients = message.envelope.recipients
        if not self._pacer.limited:
            if self._stopped.is_set():
                self._requeue(row, front=True)
                return False
            await self._mark_sending(RowSending(row, attempt))
            self._pacer.take(recipients)
            return True
        async with self._pace_lock:
            while True:
                await self._unpaused.wait()
                if self._stopped.is_set():
                    self._requeue(row, front=True)
                    return False
                wait, limit = self._pacer.delay()
                if wait <= 0:
                    break
                self._notice_wait(wait, _quota_reason(limit))
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stopped.wait(), wait)
            wait, limit = self._pacer.recipients_delay(recipients)
            if wait > 0:
                # Other rows may go meanwhile: only this one waits, in the schedule.
                self._notice_wait(wait, _recipient_limit_reason(row, limit))
                heapq.heappush(self._later, (time.monotonic() + wait, row))
                return False
            await self._mark_sending(RowSending(row, attempt))
            self._pacer.take(recipients)
            return True

    def _notice_wait(self, wait: float, reason: Callable[[datetime], Problem]) -> None:
        """Announce a long wait once (QuotaWait), so people see why nothing moves and when it continues."""
        if wait >= QUOTA_NOTICE_S and time.monotonic() + wait > self._quota_notice_until:
            self._quota_notice_until = time.monotonic() + wait
            until = datetime.now().astimezone() + timedelta(seconds=wait)
            problem = reason(until)
            self._emit(QuotaWait(until, problem.message(), problem))

    def _handle(self, row: int, message: OutgoingMessage, attempt: int, outcome: Outcome) -> None:
        kind = outcome.kind
        if kind is not OutcomeKind.THROTTLE and outcome.reason_code not in SERVER_TROUBLE:
            self._troubles_in_a_row = self._throttles_in_a_row = 0
        if kind is OutcomeKind.SENT:
            self._pacer.succeeded()
            note = self._notes.pop(row, None)
            self._finish(RowSent(row, message.message_id, outcome.raw or (outcome.provider_id or ""),
                                 note.message() if note is not None else "", note))
        elif kind is OutcomeKind.RETRY and outcome.reason_code in SERVER_TROUBLE:
            self._server_trouble(row, outcome)
        elif kind is OutcomeKind.RETRY and attempt < self._limits.max_attempts:
            self._attempts[row] = attempt
            after = self._retry_base_s * (2 ** (attempt - 1) + self._jitter())
            retrying = make_problem("engine.retrying", "{reason} Trying again in {seconds} s.",
                                    reason=_problem_of(outcome), seconds=round(after))
            self._emit(RowRetrying(row, attempt, after, retrying.message(), retrying))
            heapq.heappush(self._later, (time.monotonic() + after, row))
        elif kind is OutcomeKind.RETRY:
            gave_up = make_problem("engine.gave_up", "{reason} Gave up after {attempts} attempts.",
                                   reason=_problem_of(outcome), attempts=attempt)
            self._finish(RowFailed(row, kind, outcome.reason_code, gave_up.message(), outcome.raw, gave_up))
        elif kind is OutcomeKind.THROTTLE:
            self._throttles_in_a_row += 1
            self._requeue(row, front=True)
            if self._throttles_in_a_row >= self._max_throttles:
                self._stop_with(
                    "stop_run",
                    MailMergeError(
                        "engine.throttled_stop",
                        "Sending stopped: the server asked to slow down {times} times in a row without accepting "
                        "a message (server's answer: {raw}). Rows not sent yet stay pending: run the same command "
                        "with --resume later.",
                        times=self._throttles_in_a_row, raw=outcome.raw,
                    ),
                )
                return
            rate = self._pacer.throttled()
            slower = make_problem("engine.slowing_down", "{reason} Slowing down to {rate} messages per second.",
                                  reason=_problem_of(outcome), rate=f"{rate:.1f}")
            self._emit(Throttled(rate, slower.message(), slower))
        elif kind is OutcomeKind.QUOTA:
            self._pacer.block_for(outcome.retry_after_s or DEFAULT_QUOTA_PAUSE_S)
            self._requeue(row, front=True)
        elif kind is OutcomeKind.STOP_RUN:
            self._requeue(row, front=True)
            self._stop("stop_run", outcome.reason, outcome.problem)
        elif kind is OutcomeKind.UNKNOWN:
            self._finish(RowUnknown(row, outcome.reason, outcome.problem))
        else:  # hard_bounce, rejected, invalid
            bounced = _bounced_address(message.envelope.recipients, outcome.raw)
            if kind is OutcomeKind.HARD_BOUNCE and bounced is not None:
                # A provider's block for a while (Tencent: 14 days) ends on the list when it ends at the provider.
                block_s = outcome.retry_after_s
                expires = None if block_s is None else datetime.now(UTC) + timedelta(seconds=block_s)
                self._suppression.add(bounced, outcome.reason_code, expires=expires)
            self._finish(RowFailed(row, kind, outcome.reason_code, outcome.reason, outcome.raw, outcome.problem))

    def _server_trouble(self, row: int, outcome: Outcome) -> None:
        """The server, not this row, is the problem: the row goes back with the tries it had (this one was no real
        try), every worker pauses, twice as long each time, and after max_attempts such answers in a row the run
        stops rather than fail each row in turn; a resumed run gives every row all its tries."""
        self._troubles_in_a_row += 1
        tries = self._troubles_in_a_row
        self._requeue(row, front=True)
        if tries >= self._limits.max_attempts:
            answer = make_problem("engine.answer", " Server's answer: {raw}.", raw=outcome.raw) if outcome.raw else ""
            if outcome.reason_code in _UNREACHABLE:
                problem = MailMergeError(
                    "engine.unreachable",
                    "Sending stopped: the server could not be reached in {attempts} tries in a row, with a growing "
                    "pause between them.{answer} Check the server name, the port and the internet connection. Rows "
                    "not sent yet stay pending: run the same command with --resume once the server answers again.",
                    attempts=tries, answer=answer,
                )
            else:
                problem = MailMergeError(
                    "engine.server_trouble",
                    "Sending stopped: the server would not take messages in {attempts} tries in a row, with a "
                    "growing pause between them. {reason}{answer} Rows not sent yet stay pending: run the same "
                    "command with --resume later.",
                    reason=_problem_of(outcome), attempts=tries, answer=answer,
                )
            self._stop_with("stop_run", problem)
            return
        pause = self._retry_base_s * (2 ** (tries - 1) + self._jitter())
        self._hold_until = max(self._hold_until, time.monotonic() + pause)
        self._wake.set()

    # ----------------------------------------------------------------------------------------------- helpers
    async def _mark_sending(self, event: RowSending) -> None:
        """Durable before the message goes out; marks of the other workers share the commit."""
        await self._group_commit.mark_sending(event)
        self._out.put_nowait(event)

    def _emit(self, event: Event) -> None:
        self._journal.record(event)
        self._out.put_nowait(event)
        if self._flush_timer is None and self._journal.unsaved:
            # A worker may now wait for minutes (pacing, a quota window): what is known must not wait with it.
            self._flush_timer = asyncio.get_running_loop().call_later(_FLUSH_AFTER_S, self._flush)

    def _flush(self) -> None:
        self._flush_timer = None
        try:
            self._journal.flush()
        except MailMergeError as exc:  # e.g. the disk is full: stop as a failed mark would
            self._fail_run(exc)

    def _finish(self, event: RowSent | RowFailed | RowSkipped | RowUnknown) -> None:
        self._emit(event)
        self._done += 1
        self._outstanding -= 1
        if isinstance(event, RowSent):
            self._sent += 1
        elif isinstance(event, RowFailed | RowUnknown):
            self._failed += 1
        if self._outstanding == 0:
            self._wake.set()
        if time.monotonic() - self._last_progress >= _PROGRESS_EVERY_S:
            self._emit(self._progress())

    def _requeue(self, row: int, *, front: bool) -> None:
        """Back to the schedule, not counted as an attempt; the journal shows it pending again."""
        self._emit(RowQueued(row, self._attempts.get(row, 0)))
        if front:
            self._ready.appendleft(row)
        else:
            self._ready.append(row)
        self._wake.set()

    def _stop(self, code: str, reason: str, problem: Problem | None = None) -> None:
        if self._stop_reason is None:
            self._stop_reason = (code, reason, problem)
        self._stopped.set()
        self._unpaused.set()
        self._wake.set()

    def _stop_with(self, code: str, error: MailMergeError) -> None:
        self._stop(code, str(error), error.problem)

    def _fail_run(self, error: Exception) -> None:
        if isinstance(error, MailMergeError):
            self._stop_with("error", error)
        else:
            unexpected = make_problem("engine.unexpected_error",
                                      "Sending stopped because of an unexpected error: {error}.", error=repr(error))
            self._stop("error", unexpected.message(), unexpected)

    def _progress(self) -> Progress:
        self._last_progress = time.monotonic()
        elapsed = max(self._last_progress - self._started, 1e-6)
        rate = self._done / elapsed
        remaining = self._total - self._done
        eta = remaining / rate if rate > 0 else None
        return Progress(self._done, self._total, self._sent, self._failed, rate, eta)

    def _finish_run(self) -> RunStopped:
        code, reason, problem = self._stop_reason or ("finished", "", None)
        if code == "finished":
            reason = f"Finished: {self._sent} sent, {self._failed} failed or unknown, of {self._total} rows."
        state = {"finished": "sent", "cancelled": "paused"}.get(code, "stopped")
        with contextlib.suppress(MailMergeError):
            self._journal.set_state(state)
        return RunStopped(code, reason, problem)


async def _close(transport: Transport | None) -> None:
    if transport is not None:
        # Closing a connection the server already dropped may fail; the message results are already recorded.
        with contextlib.suppress(Exception):
            await transport.close()


def _bounced_address(recipients: Sequence[str], raw: str) -> str | None:
    """Which recipient the server refused: the one named by the transport ("RCPT TO:<addr>: 550 ..."), else the
    one the reply mentions, else the only one. None when it cannot be told: suppressing the wrong person (a Cc
    who is fine) would silently stop their mail in every later campaign."""
    named = _REFUSED_RCPT.match(raw)
    if named is not None:
        return named.group(1)
    lowered = raw.lower()
    mentioned = [address for address in recipients if address.lower() in lowered]
    if len(mentioned) == 1:
        return mentioned[0]
    return recipients[0] if len(recipients) == 1 else None


def _problem_of(outcome: Outcome) -> Problem:
    """The outcome's reason as a problem, to put inside a sentence of the engine's own."""
    return outcome.problem or literal(outcome.reason_code, outcome.reason)


def _skipped(row: int, code: str, reason: Problem) -> RowSkipped:
    return RowSkipped(row, code, reason.message(), reason)


def _copies_left_out_note(addresses: Sequence[str], suppression: SuppressionSnapshot) -> Problem:
    listed = tuple(make_problem("engine.listed_address", "{address} ({why})", address=a, why=why(entry.reason))
                   for a in addresses if (entry := suppression.find(a)))
    return make_problem("engine.copies_left_out", "Sent without {listed}: on the suppression list, so left out of "
                        "Cc/Bcc. Remove an address from the list only if you know it works again.", listed=listed)


def _changed_reason(row: int, count: int) -> Problem:
    if row > count:
        return make_problem(
            "engine.row_gone",
            "Row {row} is no longer in the spreadsheet (it now has {count} rows), so it was not sent. If rows were "
            "deleted or moved, start a new journal (--journal) after checking the report.",
            row=row, count=count,
        )
    return make_problem(
        "engine.row_changed",
        "Row {row} changed in the spreadsheet since this journal was started, so it was not sent: it could be a "
        "different person now. Check the report, then send changed rows with a new journal (--journal).",
        row=row,
    )


def _late_reason(row: int, when: datetime, late_after: timedelta) -> Problem:
    return make_problem(
        "engine.late",
        "Row {row} was to be sent at {when}, more than {minutes} minutes ago, so it was not sent late. If it should "
        "still go, empty its send-at cell and send it with a new journal (--journal).",
        row=row, when=when, minutes=int(late_after.total_seconds() // 60),
    )


# Why nothing moves, by the pacer's name of the limit that binds.
_WAIT_REASONS = {
    "quota": make_problem("engine.wait_quota", "The provider says the sending quota is used up. Sending continues "
                          "by itself at about {at}."),
    "rate": make_problem("engine.wait_rate", "The sending rate limit is reached. Sending continues by itself at "
                         "about {at}."),
    "second": make_problem("engine.wait_second", "The per-second sending limit is reached. Sending continues by "
                           "itself at about {at}."),
    "minute": make_problem("engine.wait_minute", "The per-minute sending limit is reached. Sending continues by "
                           "itself at about {at}."),
    "hour": make_problem("engine.wait_hour", "The per-hour sending limit is reached. Sending continues by itself "
                         "at about {at}."),
    "day": make_problem("engine.wait_day", "The per-day sending limit is reached. Sending continues by itself at "
                        "about {at}."),
}


def _quota_reason(limit: str) -> Callable[[datetime], Problem]:
    template = _WAIT_REASONS.get(limit, _WAIT_REASONS["rate"])

    def reason(until: datetime) -> Problem:
        return make_problem(template.code, template.template, at=until)

    return reason


def _recipient_limit_reason(row: int, limit: str) -> Callable[[datetime], Problem]:
    """`limit` is the pacer's window name: "domain example.com" or "recipient a@example.com"."""
    kind, _, key = limit.partition(" ")

    def reason(until: datetime) -> Problem:
        if kind == "recipient":
            return make_problem(
                "engine.wait_recipient",
                "The hourly limit of messages to {key} is reached, so row {row} waits; other rows go on. It is sent "
                "by itself at about {at}.",
                key=key, row=row, at=until,
            )
        return make_problem(
            "engine.wait_domain",
            "The hourly limit of messages to addresses at {key} is reached, so row {row} waits; other rows go on. "
            "It is sent by itself at about {at}.",
            key=key, row=row, at=until,
        )

    return reason
