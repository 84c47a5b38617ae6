"""Keep a copy in Sent: every message the provider accepted is appended to the account's Sent folder over IMAP, as
Outlook or Thunderbird do, so the office finds its campaign among its sent mail.

The copies never slow the send: a transport only hands the bytes to a queue, and one background thread appends them
in batches over one IMAP connection. If the mailbox is slower than the send, copies beyond the queue's bound are
counted and left out rather than held in memory. Any failure (login refused, no Sent folder, the connection lost)
stops the copying and is reported once, after the run; sending goes on regardless.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from types import MappingProxyType

from mailmerge.base.envelope import OutgoingMessage
from mailmerge.base.errors import MailMergeError, Problem
from mailmerge.base.logs import LOGGER_NAME
from mailmerge.base.outcome import Outcome, OutcomeKind
from mailmerge.transports.base import Transport, TransportFactory
from mailmerge.transports.imap import ImapSettings, Mailbox

BATCH = 25  # messages appended per round (one folder lookup and connection for the whole run)
QUEUE_BOUND = 2000  # copies waiting at most; more are left out (and counted) instead of filling memory
log = logging.getLogger(f"{LOGGER_NAME}.sent_copy")


class SentCopier:
    def __init__(self, settings: ImapSettings, *, connect: Callable[[ImapSettings], Mailbox] = Mailbox) -> None:
        self._settings = settings
        self._connect = connect
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=QUEUE_BOUND)  # None: the run is over
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.copied = 0
        self.left_out = 0
        self.folder: str | None = None
        self.problem: Problem | None = None  # why copying stopped

    def submit(self, data: bytes) -> None:
        """Queue a copy; returns at once (the thread is started by the first copy)."""
        if self.problem is not None:
            self.left_out += 1
            return
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="mailmerge-sent-copy", daemon=True)
                self._thread.start()
        try:
            self._queue.put_nowait(data)
        except queue.Full:
            self.left_out += 1

    def close(self, timeout_s: float = 60.0) -> None:
        """Wait for the queued copies (at most `timeout_s`), then stop. Safe to call twice."""
        thread = self._thread
        if thread is None or not thread.is_alive():
            return
        self._queue.put(None)
        thread.join(timeout_s)
        if thread.is_alive():
            self.problem = self.problem or Problem(
                "sent_copy.too_slow", "The mailbox server was too slow to take every copy in time.")

    def notices(self) -> tuple[Problem, ...]:
        """What to tell the user after the run: one sentence, or none when nothing was to be copied."""
        counts = {"copied": self.copied, "folder": self.folder, "left_out": self.left_out}
        if self.problem is not None:
            return (Problem("sent_copy.stopped", "{copied} copies were put in the Sent folder, then copying stopped: "
                            "{problem} The messages themselves were sent; only the copies in Sent are missing.",
                            MappingProxyType({**counts, "problem": self.problem})),)
        if self.left_out:
            return (Problem("sent_copy.left_out", "{copied} copies were put in the Sent folder ({folder}); {left_out} "
                            "were left out because the mailbox server was slower than sending. The messages "
                            "themselves were sent.", MappingProxyType(counts)),)
        if self.copied:
            return (Problem("sent_copy.done", "Copies of {copied} sent messages were put in the Sent folder "
                            "({folder}).", MappingProxyType(counts)),)
        return ()

    def _run(self) -> None:
        try:
            with self._connect(self._settings) as box:
                self.folder = box.sent_folder()
                if self.folder is None:
                    raise MailMergeError(
                        "imap.no_sent_folder",
                        "The mailbox has no Sent folder (none is marked as Sent, and none has a usual name); "
                        "create one named Sent in your mail program.",
                    )
                while True:
                    batch, over = self._next_batch()
                    box.append(self.folder, batch)
                    self.copied += len(batch)
                    if over:
                        return
        except (MailMergeError, OSError) as exc:
            self.problem = exc.problem if isinstance(exc, MailMergeError) else Problem(
                "sent_copy.unreachable", "The mailbox server could not be reached ({error}).",
                MappingProxyType({"error": exc.strerror or str(exc)}))
            log.warning("sent copies stopped: %s", self.problem)
            self._discard_rest()

    def _next_batch(self) -> tuple[list[bytes], bool]:
        """Up to BATCH copies (waiting for the first), and whether the run is over."""
        batch: list[bytes] = []
        item = self._queue.get()
        while item is not None:
            batch.append(item)
            if len(batch) == BATCH:
                return batch, False
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return batch, False
        return batch, True

    def _discard_rest(self) -> None:
        """After a failure: count what can no longer be copied, until the run says it is over."""
        while True:
            if self._queue.get() is None:
                return
            self.left_out += 1


class _CopyingTransport:
    def __init__(self, inner: Transport, copier: SentCopier) -> None:
        self._inner = inner
        self._copier = copier

    async def send(self, message: OutgoingMessage, following: OutgoingMessage | None = None) -> Outcome:
        outcome = await self._inner.send(message, following)
        if outcome.kind is OutcomeKind.SENT:
            self._copier.submit(message.data)
        return outcome

    async def close(self) -> None:
        await self._inner.close()


def copying_factory(factory: TransportFactory, copier: SentCopier) -> TransportFactory:
    """Transports that hand every accepted message to the copier, otherwise exactly the given ones."""

    async def make() -> Transport:
        return _CopyingTransport(await factory(), copier)

    return make
