"""Working through a big sheet in bounded steps (reading it, sorting it), telling the caller how far it has come.

The window reads and sorts a sheet on threads of their own, and Python hands the interpreter lock to another
thread only between bytecodes: one C-level call over a 100k-row sheet (list(csv.reader), a map(), tuple(),
sorted()) would freeze the window for its whole length (0.4 s measured). Steps of STEP_ROWS rows take a few ms each.
"""

from __future__ import annotations

from collections.abc import Callable

STEP_ROWS = 2_000

Progress = Callable[[float], None]
"""Told how far a read has come (0.0-1.0) between steps; it may raise to stop the read (the window's Cancel)."""


def no_progress(_done: float) -> None:
    pass
