"""The send worker: a QObject living in its own QThread that owns ONE asyncio loop running Engine.run().

Engine events are collected in the loop and handed to the UI thread in batches (every FLUSH_INTERVAL_S), so 10k
events become a few hundred signals and the window stays responsive. pause/resume/cancel cross threads only through
loop.call_soon_threadsafe. Widgets never see the transport: they get events, an Outcome, or an error sentence."""

from __future__ import annotations

import asyncio
import contextlib
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ui.crash_report import scrub
from ui.send_target import SendTarget

if TYPE_CHECKING:
    from mailmerge.base.events import Event
    from mailmerge.compose.campaign import Campaign
    from mailmerge.sending.engine import Engine
    from mailmerge.sending.runs import AccountRef
    from mailmerge.sending.workspace import PreparedRun

FLUSH_INTERVAL_S = 0.05
# At most this many events per hand-over: a run starts with one RowQueued per row, and 10k at once would keep the
# UI thread busy for tens of milliseconds. Measured rates stay far below MAX_BATCH / FLUSH_INTERVAL_S events/s.
MAX_BATCH = 1000


@dataclass(frozen=True)
class SendJob:
    run: PreparedRun  # locked, planned and committed by the core; the worker sends it and closes it
    target: SendTarget


@dataclass(frozen=True)
class TestJob:
    campaign: Campaign
    row: int
    recipient: str  # "myself": the message of `row`, delivered only to this address
    target: SendTarget
    via: AccountRef  # the account, as the test's journal records it


@dataclass(frozen=True)
class TestResult:
    sent: bool
    reason: str  # why it was not sent (empty when sent)


class SendWorker(QObject):
    events = Signal(object)  # list[Event], in order
    run_finished = Signal()  # the engine returned (after its RunStopped event, if any)
    run_failed = Signal(str)  # a plain sentence: the run could not start or broke off
    test_finished = Signal(object)  # TestResult of a test send
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
        from ui.wording import problem_text

        loop = asyncio.new_event_loop()
        self._loop = loop
        result, problem = None, None
        try:
            result = loop.run_until_complete(work)
        except MailMergeError as exc:
            problem = problem_text(exc)  # the window's words for it
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
            cleanup.callback(job.run.close)  # the lock and the journal, whatever happens next
            factory, limits = job.target.open()
            cleanup.callback(job.target.close)
            flusher = asyncio.create_task(flush_periodically())
            cleanup.callback(flush, None)  # runs after the flusher is cancelled: the last events are never lost
            cleanup.callback(flusher.cancel)
            suppression = SuppressionList()  # addresses that bounced before are skipped here too, as in the CLI
            cleanup.callback(suppression.close)
            self._engine = job.run.engine(factory, limits, suppression)
            # A Pause or Stop pressed while the run was still starting (no engine to call yet) applies now.
            if self._wanted == "cancel":
                self._engine.cancel()
            elif self._wanted == "pause":
                self._engine.pause()
            async for event in self._engine.run():
                pending.append(event)

    async def _drive_test(self, job: TestJob) -> TestResult:
        """Through the engine and a journal of its own (History lists it as a test): the chosen row's message,
        to the user's address only."""
        from mailmerge.base.events import RowFailed, RowSent, RowSkipped, RowUnknown, RunStopped
        from mailmerge.sending.suppression import SuppressionList
        from mailmerge.sending.workspace import prepare_test
        from ui.wording import row_reason, stop_text

        journal, make_engine = prepare_test(job.campaign, job.via, job.row, job.recipient, face="window")
        with contextlib.ExitStack() as cleanup:
            cleanup.callback(journal.close)
            factory, limits = job.target.open()
            cleanup.callback(job.target.close)
            suppression = SuppressionList()
            cleanup.callback(suppression.close)
            result = TestResult(False, "")
            async for event in make_engine(factory, limits, suppression).run():
                match event:
                    case RowSent():
                        result = TestResult(True, "")
                    case RowFailed(reason=reason, problem=problem) | RowUnknown(reason=reason, problem=problem) \
                            | RowSkipped(reason=reason, problem=problem):
                        result = TestResult(False, row_reason("", job.row, reason, problem))
                    case RunStopped(reason_code=code) if code != "finished" and not result.reason:
                        result = TestResult(result.sent, "" if result.sent else stop_text(event))
            return result
