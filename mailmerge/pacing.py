"""How fast to send: the user's limits (per second/minute/hour/day, per recipient domain per hour) and AIMD
slow-down when a provider says "too fast".

Two mechanisms, because they answer different promises:
- spacing (a token bucket holding one token) spreads sends evenly at the current rate, so 10/s means one send
  every 0.1 s rather than bursts;
- sliding windows remember every send time and guarantee the count in ANY window never exceeds the limit, which
  is how providers count quotas. Windows are rolling (a provider's "per day" is the last 24 hours).
All times are `time.monotonic()` seconds; past sends read from the journal are placed by their age.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass

MIN_RATE_PER_S = 0.1
# Added to the one-second window so a provider counting on its own clock (network delays differ per message)
# never sees N+1 messages inside one of its seconds.
SECOND_WINDOW_GUARD_S = 0.02
_AIMD_SUCCESSES_PER_STEP = 20
_AIMD_STEPS_TO_FULL_RATE = 10
_OBSERVED_RATE_WINDOW_S = 10.0


@dataclass(frozen=True)
class Limits:
    connections: int = 4
    per_second: float | None = None
    per_minute: int | None = None
    per_hour: int | None = None
    per_day: int | None = None
    per_domain_hour: int | None = None
    max_per_connection: int | None = None
    max_attempts: int = 3


class SlidingWindow:
    """At most `limit` sends in any `seconds`-long window."""

    def __init__(self, name: str, limit: int, seconds: float) -> None:
        self.name = name
        self.limit = limit
        self.seconds = seconds
        self._times: deque[float] = deque()

    def delay(self, now: float) -> float:
        while self._times and self._times[0] <= now - self.seconds:
            self._times.popleft()
        if len(self._times) < self.limit:
            return 0.0
        # The send that must leave the window before another fits.
        return self._times[len(self._times) - self.limit] + self.seconds - now

    def take(self, at: float) -> None:
        self._times.append(at)

    def seed(self, times: Iterable[float]) -> None:
        self._times = deque(sorted([*self._times, *times]))


class Pacer:
    """Decides when the next message may go. Not thread-safe: one asyncio loop owns it."""

    def __init__(self, limits: Limits, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._configured_rate = limits.per_second
        self._rate = limits.per_second
        self._ceiling = limits.per_second  # where additive increase stops
        self._next_slot = clock()
        self._successes = 0
        self._blocked_until = 0.0
        self._recent: deque[float] = deque()  # sends in the last few seconds, for the observed rate
        self._windows: list[SlidingWindow] = []
        if limits.per_second is not None and limits.per_second >= 1:
            self._windows.append(
                SlidingWindow("second", math.floor(limits.per_second), 1.0 + SECOND_WINDOW_GUARD_S)
            )
        for name, limit, seconds in (
            ("minute", limits.per_minute, 60.0),
            ("hour", limits.per_hour, 3600.0),
            ("day", limits.per_day, 86400.0),
        ):
            if limit is not None:
                self._windows.append(SlidingWindow(name, limit, seconds))
        self._per_domain_hour = limits.per_domain_hour
        self._domains: dict[str, SlidingWindow] = {}

    @property
    def rate_per_s(self) -> float | None:
        """The current spacing rate (lowered by throttling); None when only windows limit the pace."""
        return self._rate

    def seed(self, sends: Iterable[tuple[float, str]]) -> None:
        """Count earlier sends (seconds ago, recipient domain) so quotas hold across restarts."""
        now = self._clock()
        by_domain: dict[str, list[float]] = {}
        for age, domain in sends:
            by_domain.setdefault(domain, []).append(now - age)
        every = [at for times in by_domain.values() for at in times]
        for window in self._windows:
            window.seed(every)
        if self._per_domain_hour is not None:
            for domain, times in by_domain.items():
                self._domain_window(domain).seed(times)

    def delay(self) -> tuple[float, str]:
        """Seconds to wait before the next send and the limit that binds ("" when it may go now)."""
        now = self._clock()
        waits = [(self._blocked_until - now, "quota"), (self._next_slot - now, "rate")]
        waits += [(w.delay(now), w.name) for w in self._windows]
        wait, name = max(waits)
        return (wait, name) if wait > 0 else (0.0, "")

    def domain_delay(self, domain: str) -> float:
        if self._per_domain_hour is None:
            return 0.0
        return self._domain_window(domain).delay(self._clock())

    def take(self, domain: str) -> None:
        """Record one send starting now."""
        now = self._clock()
        if self._rate is not None:
            self._next_slot = max(self._next_slot, now) + 1.0 / self._rate
        for window in self._windows:
            window.take(now)
        if self._per_domain_hour is not None:
            self._domain_window(domain).take(now)
        self._recent.append(now)
        while self._recent and self._recent[0] <= now - _OBSERVED_RATE_WINDOW_S:
            self._recent.popleft()

    def block_for(self, seconds: float) -> None:
        """The provider said its quota is used up: send nothing for this long."""
        self._blocked_until = max(self._blocked_until, self._clock() + seconds)

    def throttled(self) -> float:
        """Multiplicative decrease: halve the rate (never below 0.1/s). Returns the new rate."""
        current = self._rate if self._rate is not None else self._observed_rate()
        if self._ceiling is None:
            self._ceiling = current
        self._rate = max(MIN_RATE_PER_S, current / 2)
        self._successes = 0
        # The provider just said "too fast": leave one full interval at the new rate before the next message.
        self._next_slot = max(self._next_slot, self._clock() + 1.0 / self._rate)
        return self._rate

    def succeeded(self) -> None:
        """Additive increase: every N accepted messages, step back towards the configured rate."""
        if self._rate is None or self._ceiling is None or self._rate >= self._ceiling:
            return
        self._successes += 1
        if self._successes < _AIMD_SUCCESSES_PER_STEP:
            return
        self._successes = 0
        self._rate = min(self._ceiling, self._rate + self._ceiling / _AIMD_STEPS_TO_FULL_RATE)
        if self._rate >= self._ceiling:
            self._rate = self._configured_rate
            self._ceiling = self._configured_rate

    def _observed_rate(self) -> float:
        if len(self._recent) < 2:
            return 1.0
        span = max(self._clock() - self._recent[0], 1e-3)
        return len(self._recent) / span

    def _domain_window(self, domain: str) -> SlidingWindow:
        assert self._per_domain_hour is not None
        window = self._domains.get(domain)
        if window is None:
            window = self._domains[domain] = SlidingWindow(f"domain {domain}", self._per_domain_hour, 3600.0)
        return window
