"""The send worker: a QObject living in its own QThread that owns ONE asyncio loop running Engine.run().

Engine events are collected in the loop and handed to the UI thread in batches (every FLUSH_INTERVAL_S), so 10k
events become a few hundred signals and the window stays responsive. pause/resume/cancel cross threads only through
loop.call_soon_threadsafe. Widgets never see the transport: they get events, an Outcome, or an error sentence."""

from __future__ import annotations

import asyncio
import contextlib
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ui.crash_report import scrub
from ui.send_target import SendTarget

if TYPE_CHECKING:
    from mailmerge.base.events import Event
    from mailmerge.base.outcome import Outcome
    from mailmerge.compose.campaign import Campaign
    from mailmerge.sending.engine import Engine

FLUSH_INTERVAL_S = 0.05
# At most this many events per hand-over: a run starts with one RowQueued per row, and 10k at once would keep the
# UI thread busy for tens of milliseconds. Measured rates stay far below MAX_BATCH / FLUSH_INTERVAL_S events/s.
MAX_BATCH = 1000


@dataclass(frozen=True)
class SendJob:
    campaign: Campaign
    journal_path: Path
    campaign_key: str
    target: SendTarget
    rows: Sequence[int] | None = None  # None: every row still to send; else retry just these rows


@dataclass(frozen=True)
class TestJob:
    campaign: Campaign
    row: int
    recipient: str  # "myself": the message of `row`, delivered only to this address
    target: SendTarget


class SendWorker(QObject):
    events = Signal(object)  # list[Event], in order
    run_finished = Signal()  # the engine returned (after its RunStopped event, if any)
    run_failed = Signal(str)  # a plain sentence: the run could not start or broke off
    test_finished = Signal(object)  # Outcome of a test send
    test_failed = Signal(str)
    _start_run = Signal(object)
    _start_test = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._thread = QThread()
        self._thread.setObjectName("send-worker")
        self.moveToThread(self._thread)
        self._start_run.connect(self._run)
        self._start_test.connect(self._test)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._engine: Engine | None = None
        self._busy = False
        self._wanted = "run"  # the last of run/pause/cancel the user asked for; read by the worker thread
        self._thread.start()

    # --- called from the UI thread -------------------------------------------------------------------------------
    def start(self, job: SendJob) -> None:
        self._busy = True
        self._wanted = "run"
        self._start_run.emit(job)

    def send_test(self, job: TestJob) -> None:
        self._busy = True
        self._start_test.emit(job)

    @property
    def busy(self) -> bool:
        return self._busy

    def pause(self) -> None:
        self._wanted = "pause"
        self._call_engine(lambda engine: engine.pause())

    def resume(self) -> None:
        self._wanted = "run"
        self._call_engine(lambda engine: engine.resume())

    def cancel(self) -> None:
        self._wanted = "cancel"
        self._call_engine(lambda engine: engine.cancel())

    def shutdown(self) -> None:
        """Cancel any run, then stop the thread (the engine finishes in-flight messages first)."""
        self.cancel()
        self._thread.quit()
        self._thread.wait()

    def _call_engine(self, action: Callable[[Engine], Any]) -> None:
        loop, engine = self._loop, self._engine
        if loop is not None and engine is not None:
            with contextlib.suppress(RuntimeError):  # the loop closed between the check and the call
                loop.call_soon_threadsafe(action, engine)

    # --- the worker thread ---------------------------------------------------------------------------------------
    @Slot(object)
    def _run(self, job: SendJob) -> None:
        self._in_loop(self._drive(job), self.run_failed)
        self.run_finished.emit()

    @Slot(object)
    def _test(self, job: TestJob) -> None:
        outcome = self._in_loop(self._drive_test(job), self.test_failed)
        if outcome is not None:
            self.test_finished.emit(outcome)

    def _in_loop(self, work: Any, failed: Any) -> Any:
        """Run `work` to the end; its result, or None after reporting the failure. `busy` is already False when
        the caller emits the result, so the UI may start the next job as soon as it hears of this one."""
        from mailmerge.base.errors import MailMergeError

        loop = asyncio.new_event_loop()
        self._loop = loop
        result, problem = None, None
        try:
            result = loop.run_until_complete(work)
        except MailMergeError as exc:
            problem = str(exc)
        except Exception as exc:  # a bug: reported with details to copy, secrets scrubbed
            problem = scrub(self.tr("Sending stopped because of an unexpected problem: {error}\n\n{details}").format(
                error=exc, details="".join(traceback.format_exception(exc))
            ))
        finally:
            self._loop = None
            self._engine = None
            self._busy = False
            loop.close()
        if problem is not None:
            failed.emit(problem)
        return result

    async def _drive(self, job: SendJob) -> None:
        from mailmerge.sending.engine import Engine
        from mailmerge.sending.journal import Journal
        from mailmerge.sending.suppression import SuppressionList

        pending: list[Event] = []

        def flush(limit: int | None = MAX_BATCH) -> None:
            if pending:
                batch = pending[:limit]
                del pending[: len(batch)]
                self.events.emit(batch)

        async def flush_periodically() -> None:
            while True:
                await asyncio.sleep(FLUSH_INTERVAL_S)
                flush()

        with contextlib.ExitStack() as cleanup:
            factory, limits = job.target.open()
            cleanup.callback(job.target.close)
            job.journal_path.parent.mkdir(parents=True, exist_ok=True)
            contacts = job.campaign.contacts
            journal = Journal.open(
                job.journal_path,
                job.campaign_key,
                contacts_path=str(contacts.source),
                template_path=str(job.campaign.template.source or ""),
                columns=contacts.columns,
            )
            cleanup.callback(journal.close)
            flusher = asyncio.create_task(flush_periodically())
            cleanup.callback(flush, None)  # runs after the flusher is cancelled: the last events are never lost
            cleanup.callback(flusher.cancel)
            suppression = SuppressionList()  # addresses that bounced before are skipped here too, as in the CLI
            cleanup.callback(suppression.close)
            rows = list(job.rows) if job.rows is not None else None
            self._engine = Engine(job.campaign, journal, factory, limits, rows=rows, suppression=suppression,
                                  send_at=job.campaign.send_times())  # a send-at column: each row at its time
            # A Pause or Stop pressed while the run was still starting (no engine to call yet) applies now.
            if self._wanted == "cancel":
                self._engine.cancel()
            elif self._wanted == "pause":
                self._engine.pause()
            async for event in self._engine.run():
                pending.append(event)

    async def _drive_test(self, job: TestJob) -> Outcome:
        from mailmerge.base.envelope import Envelope

        message = job.campaign.build(job.row)
        message = replace(message, envelope=Envelope(message.envelope.sender, (job.recipient,)))
        factory, _limits = job.target.open()
        try:
            transport = await factory()
            try:
                outcome = await transport.send(message)
            finally:
                await transport.close()
        finally:
            job.target.close()
        return outcome
