"""Work around a reference-count bug in PySide6 6.12.0 (Python < 3.12): `SignalInstance.emit()` returns `True`
without taking a reference to it, so every discarded result drops one reference the interpreter never gave. After
a few hundred emits the count of `True` reaches zero and Python aborts ("bool_dealloc: deallocating True or
False") — measured here: 300 `dataChanged` emits took 300 references. Python 3.12+ makes `True` immortal, and other
PySide6 versions may not have the bug, so the fix is measured once at start-up and costs nothing where unneeded.

Every signal the app emits from Python goes through `emit()` below."""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBES = 8


class _Probe(QObject):
    fired = Signal()


def _emit_borrows_true() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.fired.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(lost, 0)):  # give back what the probe itself took
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return lost >= _PROBES


EMIT_BORROWS_TRUE = _emit_borrows_true()


def emit(signal: SignalInstance, *args: object) -> None:
    # The stubs say emit() returns None; at run time it returns the bool described above.
    returned: object = signal.emit(*args)  # type: ignore[func-returns-value]
    if returned is True and EMIT_BORROWS_TRUE:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
