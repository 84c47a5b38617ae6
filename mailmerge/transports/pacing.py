"""How fast to send: the user's limits (per second/minute/hour/day, per recipient domain and per recipient address
per hour) and AIMD slow-down when a provider says "too fast".

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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

MIN_RATE_PER_S = 0.1
# Added to the one-second window so a provider counting on its own clock (network delays differ per message)
# never sees N+1 messages inside one of its seconds.
SECOND_WINDOW_GUARD_S = 0.02
_AIMD_SUCCESSES_PER_STEP = 20
_AIMD_STEPS_TO_FULL_RATE = 10
_OBSERVED_RATE_WINDOW_S = 10.0
HOUR_S = 3600.0
# Per-domain and per-address windows of addresses not written to for an hour are forgotten this often (in sends),
# so a 100,000-row run keeps only the last hour's recipients in memory.
_PRUNE_EVERY_TAKES = 1000


@dataclass(frozen=True)
class Limits:
    connections: int = 4
    per_second: float | None = None
    per_minute: int | None = None
    per_hour: int | None = None
    per_day: int | None = None
    per_domain_hour: int | None = None
    per_recipient_hour: int | None = None  # to one address (Tencent Cloud SES: 10 an hour)
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

    def idle_since(self, at: float) -> bool:
        """Nothing was counted after `at - seconds`, so this window limits nothing any more."""
        return not self._times or self._times[-1] <= at - self.seconds


class KeyedWindows:
    """One hourly SlidingWindow per key (a recipient domain, or a recipient address)."""

    def __init__(self, label: str, limit: int) -> None:
        self._label = label
        self._limit = limit
        self._windows: dict[str, SlidingWindow] = {}
        self._takes = 0

    def delay(self, keys: Iterable[str], now: float) -> tuple[float, str]:
        """The longest wait among `keys` and the window that binds, e.g. (120.0, "recipient a@b.com")."""
        waits = [(window.delay(now), window.name) for key in keys if (window := self._windows.get(key)) is not None]
        return max(waits, default=(0.0, ""))

    def take(self, keys: Iterable[str], at: float) -> None:
        for key in keys:
            self._window(key).take(at)
        self._takes += 1
        if self._takes % _PRUNE_EVERY_TAKES == 0:
            self._windows = {k: w for k, w in self._windows.items() if not w.idle_since(at)}

    def seed(self, times_by_key: dict[str, list[float]]) -> None:
        for key, times in times_by_key.items():
            self._window(key).seed(times)

    def __len__(self) -> int:
        return len(self._windows)

    def _window(self, key: str) -> SlidingWindow:
        window = self._windows.get(key)
        if window is None:
            window = self._windows[key] = SlidingWindow(f"{self._label} {key}", self._limit, HOUR_S)
        return window


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
        self._per_recipient: list[tuple[KeyedWindows, Callable[[Sequence[str]], set[str]]]] = []
        if limits.per_domain_hour is not None:
            self._per_recipient.append((KeyedWindows("domain", limits.per_domain_hour), _domains))
        if limits.per_recipient_hour is not None:
            self._per_recipient.append((KeyedWindows("recipient", limits.per_recipient_hour), _addresses))

    @property
    def rate_per_s(self) -> float | None:
        """The current spacing rate (lowered by throttling); None when only windows limit the pace."""
        return self._rate

    @property
    def limited(self) -> bool:
        """Whether any limit applies now: a rate (set, or lowered by throttling), a window, a per-recipient limit,
        or a quota pause."""
        return (
            self._rate is not None
            or bool(self._windows)
            or bool(self._per_recipient)
            or self._blocked_until > self._clock()
        )

    def seed(self, sends: Iterable[tuple[float, Sequence[str]]]) -> None:
        """Count earlier sends (seconds ago, envelope recipients) so quotas hold across restarts."""
        now = self._clock()
        placed = [(now - age, recipients) for age, recipients in sends]
        for window in self._windows:
            window.seed(at for at, _ in placed)
        for windows, keys_of in self._per_recipient:
            by_key: dict[str, list[float]] = {}
            for at, recipients in placed:
                for key in keys_of(recipients):
                    by_key.setdefault(key, []).append(at)
            windows.seed(by_key)

    def delay(self) -> tuple[float, str]:
        """Seconds to wait before the next send and the limit that binds ("" when it may go now)."""
        now = self._clock()
        waits = [(self._blocked_until - now, "quota"), (self._next_slot - now, "rate")]
        waits += [(w.delay(now), w.name) for w in self._windows]
        wait, name = max(waits)
        return (wait, name) if wait > 0 else (0.0, "")

    def recipients_delay(self, recipients: Sequence[str]) -> tuple[float, str]:
        """Seconds until one more message to these recipients fits their domains' and addresses' hourly limits,
        and the window that binds ("domain example.com", "recipient a@example.com"; "" when it may go now)."""
        now = self._clock()
        waits = [windows.delay(keys_of(recipients), now) for windows, keys_of in self._per_recipient]
        wait, name = max(waits, default=(0.0, ""))
        return (wait, name) if wait > 0 else (0.0, "")

    def take(self, recipients: Sequence[str]) -> None:
        """Record one send to `recipients` starting now."""
        now = self._clock()
        if self._rate is not None:
            self._next_slot = max(self._next_slot, now) + 1.0 / self._rate
        for window in self._windows:
            window.take(now)
        for windows, keys_of in self._per_recipient:
            windows.take(keys_of(recipients), now)
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



def _domains(recipients: Sequence[str]) -> set[str]:
    return {address.rpartition("@")[2].lower() for address in recipients}


def _addresses(recipients: Sequence[str]) -> set[str]:
    # Domains are case-insensitive; local parts are treated so too, as every large provider does.
    return {address.lower() for address in recipients}
