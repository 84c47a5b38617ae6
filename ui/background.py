"""Run one blocking call (read a spreadsheet, check 10k rows) off the UI thread, Anki-QueryOp style:
every operation has an explicit success callback and an explicit failure callback, both run on the UI thread."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

from mailmerge.base.errors import MailMergeError
from ui.wording import problem_words

# Qt calls the window's Python code (a model's data(), a slot) from C++, taking the interpreter lock each time. While
# a job below runs Python on a pool thread, each of those calls waits up to the switch interval for the lock: 5 ms
# by default, so painting a table (thousands of data() calls) or sorting next to a job took 100-200 ms instead of
# 15. With 1 ms the window gets the lock back within a millisecond (sort of 100k rows next to its job: worst stall
# 88-146 ms -> 22-45 ms; check of 100k rows: 81-111 ms -> 54-62 ms); the jobs lose a little to the extra switches.
sys.setswitchinterval(0.001)


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


def shown_in(show: Callable[[str], None]) -> Callable[[BaseException], None]:
    """A failure callback: an expected problem (MailMergeError) is shown in words through `show`; anything else is
    a bug and goes on to the crash dialog."""

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, MailMergeError):
            raise exc
        show(problem_words(exc.problem))

    return failed


def a_bug(exc: BaseException) -> None:
    """A failure callback for work with no expected failure: whatever it raised is a bug, for the crash dialog."""
    raise exc


_running: set[_Relay] = set()  # keeps relays alive until their job reports back


def run_in_background(
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    *,
    owner: QObject | None = None,
) -> None:
    """Run `work` on a pool thread, then one callback on the UI thread. When the widget the result was for has
    been deleted meanwhile (a dialog closed before its job finished), the result is dropped instead of touching
    it: `owner`, and the objects that bound-method callbacks belong to. A bug (not a MailMergeError) still goes
    on to the crash dialog."""
    relay = _Relay()
    _running.add(relay)
    owners = [o for o in (owner, _qobject_of(on_success), _qobject_of(on_failure)) if o is not None]

    def finish(callback: Callable[[Any], None], value: object) -> None:
        _running.discard(relay)
        if all(isValid(o) for o in owners):
            callback(value)
        elif isinstance(value, BaseException) and not isinstance(value, MailMergeError):
            raise value

    # The relay lives on the UI thread, so these queued connections run the callbacks there.
    relay.succeeded.connect(lambda value: finish(on_success, value))
    relay.failed.connect(lambda exc: finish(on_failure, exc))
    QThreadPool.globalInstance().start(_Job(work, relay))


def _qobject_of(callback: Callable[..., Any]) -> QObject | None:
    bound_to = getattr(callback, "__self__", None)
    return bound_to if isinstance(bound_to, QObject) else None
