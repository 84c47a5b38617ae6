"""Pacing with a controllable clock: exact spacing, sliding windows, per-domain and per-address limits, AIMD,
quotas."""

from __future__ import annotations

import itertools

from mailmerge.transports.pacing import MIN_RATE_PER_S, Limits, Pacer


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def drain(pacer: Pacer, clock: Clock, count: int, recipient: str = "a@example.com") -> list[float]:
    """Send `count` messages as soon as the pacer allows; return the send times."""
    times = []
    for _ in range(count):
        wait, _ = pacer.delay()
        clock.now += wait
        pacer.take([recipient])
        times.append(clock.now)
    return times


def max_in_window(times: list[float], seconds: float) -> int:
    return max(sum(1 for t in times if start <= t < start + seconds) for start in times)


def test_rate_spreads_sends_evenly_without_a_burst() -> None:
    clock = Clock()
    times = drain(Pacer(Limits(per_second=10), clock=clock), clock, 60)
    assert round(times[-1] - times[0], 3) >= 5.9
    assert max_in_window(times, 1.0) <= 10
    gaps = {round(b - a, 3) for a, b in itertools.pairwise(times)}
    assert min(gaps) >= 0.1


def test_per_minute_window_never_exceeds_its_limit() -> None:
    clock = Clock()
    times = drain(Pacer(Limits(per_minute=5), clock=clock), clock, 12)
    assert max_in_window(times, 60.0) == 5
    assert times[5] - times[0] == 60.0


def test_daily_quota_counts_sends_from_before_a_restart() -> None:
    clock = Clock()
    pacer = Pacer(Limits(per_day=3), clock=clock)
    pacer.seed([(3600.0, ["x@a.com"]), (7200.0, ["y@b.com"])])  # sent 1 h and 2 h ago, read from the journal
    assert pacer.delay() == (0.0, "")
    pacer.take(["z@c.com"])
    wait, limit = pacer.delay()
    assert limit == "day" and wait == 86400.0 - 7200.0


def test_per_domain_hour_limit_is_separate_per_domain() -> None:
    clock = Clock()
    pacer = Pacer(Limits(per_domain_hour=2), clock=clock)
    pacer.take(["a@gmail.com"])
    pacer.take(["b@Gmail.com", "c@naver.com"])  # every domain of the envelope counts
    assert pacer.recipients_delay(["z@gmail.com"]) == (3600.0, "domain gmail.com")
    assert pacer.recipients_delay(["a@naver.com"]) == (0.0, "")
    assert pacer.recipients_delay(["a@naver.com", "y@gmail.com"])[0] == 3600.0
    clock.now += 3600.0
    assert pacer.recipients_delay(["z@gmail.com"]) == (0.0, "")


def test_per_recipient_hour_is_a_sliding_window_per_address() -> None:
    clock = Clock()
    pacer = Pacer(Limits(per_recipient_hour=3), clock=clock)
    for minute in (0, 10, 20):
        clock.now = 1000.0 + minute * 60
        assert pacer.recipients_delay(["kim@example.com"]) == (0.0, "")
        pacer.take(["Kim@Example.com", f"other{minute}@example.com"])
    # The fourth message to the same address waits until the first leaves the hour, 40 minutes from now.
    assert pacer.recipients_delay(["kim@example.com"]) == (2400.0, "recipient kim@example.com")
    assert pacer.recipients_delay(["other0@example.com"]) == (0.0, "")  # other addresses are not held up
    assert pacer.delay() == (0.0, "")  # nor is the run as a whole
    clock.now += 2400.0
    assert pacer.recipients_delay(["kim@example.com"]) == (0.0, "")


def test_per_recipient_hour_counts_sends_from_before_a_restart() -> None:
    clock = Clock()
    pacer = Pacer(Limits(per_recipient_hour=2, per_domain_hour=100), clock=clock)
    pacer.seed([(1800.0, ["kim@example.com"]), (600.0, ["lee@example.com", "kim@example.com"])])
    assert pacer.recipients_delay(["kim@example.com"]) == (1800.0, "recipient kim@example.com")
    assert pacer.recipients_delay(["lee@example.com"]) == (0.0, "")


def test_idle_recipient_windows_are_forgotten() -> None:
    clock = Clock()
    pacer = Pacer(Limits(per_recipient_hour=1), clock=clock)
    windows = pacer._per_recipient[0][0]
    for n in range(999):
        pacer.take([f"old{n}@example.com"])
    clock.now += 3600.0
    pacer.take(["new@example.com"])  # the 1000th send prunes addresses idle for an hour
    assert len(windows) == 1
    assert pacer.recipients_delay(["new@example.com"])[0] == 3600.0


def test_aimd_halves_on_throttle_and_climbs_back() -> None:
    clock = Clock()
    pacer = Pacer(Limits(per_second=8), clock=clock)
    assert pacer.throttled() == 4.0
    assert pacer.throttled() == 2.0
    for _ in range(20):
        pacer.succeeded()
    assert pacer.rate_per_s == 2.8  # + 1/10 of the configured rate per 20 successes
    for _ in range(20 * 10):
        pacer.succeeded()
    assert pacer.rate_per_s == 8


def test_aimd_never_goes_below_the_floor() -> None:
    pacer = Pacer(Limits(per_second=0.15), clock=Clock())
    assert pacer.throttled() == MIN_RATE_PER_S
    assert pacer.throttled() == MIN_RATE_PER_S


def test_throttle_without_a_configured_rate_starts_from_the_observed_one() -> None:
    clock = Clock()
    pacer = Pacer(Limits(), clock=clock)
    for _ in range(40):
        pacer.take(["a@x.com"])
        clock.now += 0.05  # 20 messages per second
    assert round(pacer.throttled(), 1) == 10.0
    assert pacer.delay()[1] == "rate"


def test_provider_quota_blocks_until_its_reset() -> None:
    clock = Clock()
    pacer = Pacer(Limits(), clock=clock)
    pacer.block_for(120.0)
    assert pacer.delay() == (120.0, "quota")
    clock.now += 120.0
    assert pacer.delay() == (0.0, "")
