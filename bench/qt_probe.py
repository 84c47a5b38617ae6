"""Shared by the window benchmarks: a throw-away user environment and the UI-thread stall probe."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from pathlib import Path

PROBE_INTERVAL_MS = 10
REPO = Path(__file__).resolve().parent.parent


def isolated_environment(prefix: str) -> Path:
    """A temporary folder holding this run's config/data/cache/state, so the user's outbox and settings are never
    touched; offscreen Qt unless QT_QPA_PLATFORM says otherwise. Call before importing Qt."""
    work = Path(tempfile.mkdtemp(prefix=prefix))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[var] = str(work / var.lower())
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO))
    return work


class StallProbe:
    """A QTimer firing every 10 ms on the UI thread; how late each tick comes is a stall the user would feel."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self._gaps_ms: list[float] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(PROBE_INTERVAL_MS)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self._gaps_ms.append(self._clock.nsecsElapsed() / 1e6)
        self._clock.restart()

    def start(self) -> None:
        self._gaps_ms.clear()
        self._clock.start()
        self._timer.start()

    def stop(self) -> list[float]:
        """The stalls (ms late) of the ticks since start()."""
        self._timer.stop()
        return [max(gap - PROBE_INTERVAL_MS, 0.0) for gap in self._gaps_ms]

    @property
    def gaps_ms(self) -> list[float]:
        return self._gaps_ms


def percentile_99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100)[98] if len(values) >= 100 else max(values, default=0.0)
