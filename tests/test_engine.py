"""The send engine against a real aiosmtpd server: every outcome kind, pause/resume/cancel, resume safety."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from engine_fixtures import Setup, address_of, server_fixture, write_campaign  # noqa: F401
from servers import DROP, ScriptedServer

from mailmerge.base.events import (
    Event,
    Progress,
    QuotaWait,
    RowFailed,
    RowRetrying,
    RowSent,
    RowSkipped,
    RowUnknown,
    RunStopped,
    Throttled,
)
from mailmerge.base.outcome import OutcomeKind
from mailmerge.sending.engine import Limits
from mailmerge.sending.journal import RowStatus


def make(tmp_path: Path, server: ScriptedServer, count: int, **kw: dict[int, str]) -> Setup:
    contacts, template = write_campaign(tmp_path, count, **kw)
    return Setup(tmp_path, contacts, template, server.port)


def delivered(server: ScriptedServer) -> Counter[str]:
    return Counter(r for m in server.messages for r in m.recipients)


def statuses(setup: Setup) -> dict[int, RowStatus]:
    journal = setup.open_journal()
    try:
        return {r.row: r.status for r in journal.records()}
    finally:
        journal.close()


async def test_every_row_sent_once_over_several_connections(tmp_path: Path, server: ScriptedServer) -> None:
    setup = make(tmp_path, server, 30)
    events = await setup.run(Limits(connections=3))

    assert delivered(server) == Counter({address_of(r): 1 for r in range(1, 31)})
    assert server.connections == 3
    assert set(statuses(setup).values()) == {RowStatus.SENT}
    sent = [e for e in events if isinstance(e, RowSent)]
    assert sorted(e.row for e in sent) == list(range(1, 31))
    assert all(e.reply.startswith("250") for e in sent)
    final = [e for e in events if isinstance(e, Progress)][-1]
    assert (final.done, final.total, final.sent, final.failed, final.eta_s) == (30, 30, 30, 0, 0)
    assert events[-1] == RunStopped("finished", "Finished: 30 sent, 0 failed or unknown, of 30 rows.")
    # The journal stored what the report needs: Message-ID, reply, sent-at and the original cells.
    journal = setup.open_journal()
    record = journal.record_of(7)
    journal.close()
    assert record is not None and record.address == address_of(7) and record.values == ("이름7", address_of(7), "00007")
    assert record.message_id and record.sent_at and record.attempts == 1


async def test_a_connection_carries_at_most_max_per_connection_messages(
    tmp_path: Path, server: ScriptedServer
) -> None:
    setup = make(tmp_path, server, 7)
    await setup.run(Limits(connections=1, max_per_connection=3))
    assert delivered(server) == Counter({address_of(r): 1 for r in range(1, 8)})
    assert server.connections == 3  # 3 + 3 + 1


async def test_second_run_sends_nothing_again(tmp_path: Path, server: ScriptedServer) -> None:
    setup = make(tmp_path, server, 5)
    await setup.run()
    events = await setup.run()
    assert len(server.messages) == 5
    assert events[-1].reason_code == "finished" and "0 sent" in events[-1].reason


async def test_transient_failure_is_retried_with_backoff(tmp_path: Path, server: ScriptedServer) -> None:
    server.script.once("data", "451 4.3.0 Temporary local problem, try later")
    setup = make(tmp_path, server, 3)
    events = await setup.run(Limits(connections=1))

    retries = [e for e in events if isinstance(e, RowRetrying)]
    assert [(e.row, e.attempt, e.after_s) for e in retries] == [(1, 1, 0.01)]
    assert delivered(server) == Counter({address_of(r): 1 for r in (1, 2, 3)})
    journal = setup.open_journal()
    assert journal.record_of(1).attempts == 2  # type: ignore[union-attr]
    journal.close()


async def test_retries_give_up_after_max_attempts(tmp_path: Path, server: ScriptedServer) -> None:
    server.script.always("rcpt", "450 4.2.0 Mailbox busy", address=address_of(2))
    setup = make(tmp_path, server, 3)
    events = await setup.run(Limits(connections=1, max_attempts=3))

    assert [e.attempt for e in events if isinstance(e, RowRetrying)] == [1, 2]
    failed = [e for e in events if isinstance(e, RowFailed)]
    assert len(failed) == 1 and failed[0].row == 2 and "after 3 attempts" in failed[0].reason
    assert delivered(server) == Counter({address_of(1): 1, address_of(3): 1})
    journal = setup.open_journal()
    record = journal.record_of(2)
    journal.close()
    assert record is not None and (record.status, record.kind, record.attempts) == (RowStatus.FAILED, "error", 3)


async def test_hard_bounce_fails_row_and_suppresses_address(tmp_path: Path, server: ScriptedServer) -> None:
    server.script.always("rcpt", "550 5.1.1 <gone@example.com>: user unknown", address="gone@example.com")
    setup = make(tmp_path, server, 3, overrides={2: "gone@example.com"})
    events = await setup.run()

    failed = [e for e in events if isinstance(e, RowFailed)]
    assert [(e.row, e.kind) for e in failed] == [(2, OutcomeKind.HARD_BOUNCE)]
    assert "5.1.1" in failed[0].raw
    assert setup.suppression.find("Gone@Example.com") is not None

    # A new campaign to the same address skips it without asking the server.
    other = tmp_path / "again"
    other.mkdir()
    again = make(other, server, 2, overrides={1: "gone@example.com"})
    again.suppression = setup.suppression
    events = await again.run()
    skipped = [e for e in events if isinstance(e, RowSkipped)]
    assert [(e.row, e.reason_code) for e in skipped] == [(1, "suppressed")]
    assert "gone@example.com" in skipped[0].reason


async def test_suppression_is_read_once_yet_holds_this_runs_bounces_and_expiry(
    tmp_path: Path, server: ScriptedServer
) -> None:
    server.script.always("rcpt", "550 5.1.1 <gone@example.com>: user unknown", address="gone@example.com")
    setup = make(tmp_path, server, 4, overrides={2: "gone@example.com", 4: "Gone@example.com"})
    now = datetime.now(UTC)
    setup.suppression.add(address_of(1), "smtp.mailbox_unknown", expires=now - timedelta(days=1))  # expired
    setup.suppression.add(address_of(3), "unsubscribed", expires=now + timedelta(days=1))
    events = await setup.run(Limits(connections=1))

    failed = [(e.row, e.kind) for e in events if isinstance(e, RowFailed)]
    skipped = [(e.row, e.reason_code) for e in events if isinstance(e, RowSkipped)]
    assert failed == [(2, OutcomeKind.HARD_BOUNCE)]
    # Row 4 is the address row 2 bounced earlier in this same run: it is not tried again.
    assert skipped == [(3, "suppressed"), (4, "suppressed")]
    assert delivered(server) == Counter({address_of(1): 1})


async def test_policy_rejection_fails_only_that_row(tmp_path: Path, server: ScriptedServer) -> None:
    server.script.once("data", "554 5.7.1 Message rejected as spam")
    setup = make(tmp_path, server, 3)
    events = await setup.run(Limits(connections=1))
    failed = [e for e in events if isinstance(e, RowFailed)]
    assert [(e.row, e.kind) for e in failed] == [(1, OutcomeKind.REJECTED)]
    assert len(server.messages) == 2
    assert setup.suppression.find(address_of(1)) is None


async def test_throttle_slows_down_and_requeues_without_counting(tmp_path: Path, server: ScriptedServer) -> None:
    server.script.once("data", "454 4.7.0 Throttling failure: Maximum sending rate exceeded")
    setup = make(tmp_path, server, 3)
    events = await setup.run(Limits(connections=1, per_second=50))

    throttled = [e for e in events if isinstance(e, Throttled)]
    assert len(throttled) == 1 and throttled[0].rate_per_s == 25
    assert not [e for e in events if isinstance(e, RowFailed | RowRetrying)]
    assert delivered(server) == Counter({address_of(r): 1 for r in (1, 2, 3)})
    journal = setup.open_journal()
    assert journal.record_of(1).attempts == 1  # type: ignore[union-attr]
    journal.close()


async def test_stop_run_stops_everything_and_leaves_rows_pending(
    tmp_path: Path, server: ScriptedServer
) -> None:
    server.script.once("data", "554 5.7.1 Email address is not verified.")
    setup = make(tmp_path, server, 10)
    events = await setup.run(Limits(connections=1))

    assert events[-1].reason_code == "stop_run" and "verif" in events[-1].reason.lower()  # type: ignore[union-attr]
    assert not server.messages
    assert set(statuses(setup).values()) == {RowStatus.PENDING}
    # Once fixed, a resume sends every row.
    await setup.run()
    assert len(server.messages) == 10


async def test_connection_lost_after_data_is_unknown_and_never_resent(
    tmp_path: Path, server: ScriptedServer
) -> None:
    server.script.once("data", DROP)
    setup = make(tmp_path, server, 3)
    events = await setup.run(Limits(connections=1))
    unknown = [e for e in events if isinstance(e, RowUnknown)]
    assert [e.row for e in unknown] == [1]
    assert statuses(setup) == {1: RowStatus.UNKNOWN, 2: RowStatus.SENT, 3: RowStatus.SENT}

    await setup.run()  # resume: unknown stays unknown
    assert delivered(server)[address_of(1)] == 0

    await setup.run(rows=[1])  # the user decided: send it again
    assert delivered(server)[address_of(1)] == 1
    assert statuses(setup)[1] is RowStatus.SENT


async def test_row_that_cannot_be_built_fails_as_invalid(tmp_path: Path, server: ScriptedServer) -> None:
    setup = make(tmp_path, server, 3, overrides={2: "not an address"})
    events = await setup.run()
    failed = [e for e in events if isinstance(e, RowFailed)]
    assert [(e.row, e.kind) for e in failed] == [(2, OutcomeKind.INVALID)]
    assert "2" in failed[0].reason
    assert len(server.messages) == 2


async def test_cancel_finishes_in_flight_and_resume_sends_the_rest_once(
    tmp_path: Path, server: ScriptedServer
) -> None:
    setup = make(tmp_path, server, 20)
    journal = setup.open_journal()
    engine = setup.engine(journal, Limits(connections=2))
    events = []
    arrived_at_cancel = sent_at_cancel = 0
    async for event in engine.run():
        events.append(event)
        if isinstance(event, RowSent) and event.row == 5:
            engine.cancel()
            arrived_at_cancel = len(server.messages)
            # Row 5 may finish before row 4 on the other connection: what was reported sent, not "rows 1-5".
            sent_at_cancel = sum(isinstance(e, RowSent) for e in events)
    journal.close()
    assert events[-1].reason_code == "cancelled"  # type: ignore[union-attr]
    first = len(server.messages)
    # Only the K messages in flight (one per connection) may still arrive after the cancel; the events reach this
    # loop a moment after they happen, so that is counted from what the server had at the cancel.
    assert sent_at_cancel <= arrived_at_cancel <= first <= arrived_at_cancel + 2
    counts = Counter(statuses(setup).values())
    assert counts[RowStatus.SENT] == first and counts[RowStatus.PENDING] == 20 - first

    await setup.run()
    assert delivered(server) == Counter({address_of(r): 1 for r in range(1, 21)})


async def test_pause_holds_sending_until_resume(tmp_path: Path, server: ScriptedServer) -> None:
    import asyncio

    setup = make(tmp_path, server, 6)
    journal = setup.open_journal()
    engine = setup.engine(journal, Limits(connections=1))
    seen_while_paused = None
    async for event in engine.run():
        if isinstance(event, RowSent) and event.row == 2:
            engine.pause()
            await asyncio.sleep(0.3)
            seen_while_paused = len(server.messages)
            await asyncio.sleep(0.3)
            assert len(server.messages) == seen_while_paused
            engine.resume()
    journal.close()
    assert seen_while_paused is not None and seen_while_paused <= 3
    assert len(server.messages) == 6


async def test_changed_rows_are_skipped_on_resume(tmp_path: Path, server: ScriptedServer) -> None:
    setup = make(tmp_path, server, 6)
    journal = setup.open_journal()
    engine = setup.engine(journal, Limits(connections=1))
    async for event in engine.run():
        if isinstance(event, RowSent) and event.row == 2:
            engine.cancel()
    journal.close()
    first = delivered(server)
    assert set(first) <= {address_of(r) for r in (1, 2, 3)}
    # Someone inserted a line above row 4: rows 4.. are different people now.
    write_campaign(tmp_path, 7, overrides={4: "inserted@example.com", 5: address_of(4), 6: address_of(5),
                                           7: address_of(6)})
    events = await setup.run()
    skipped = sorted(e.row for e in events if isinstance(e, RowSkipped))
    assert skipped == [4, 5, 6]
    assert all("changed" in e.reason for e in events if isinstance(e, RowSkipped))
    # Row 7 is new to the journal, so it goes (person 6 moved there and never got the message).
    assert delivered(server) == Counter({address_of(r): 1 for r in (1, 2, 3, 6)})
    assert statuses(setup)[7] is RowStatus.SENT


async def test_full_disk_stops_the_run_cleanly(tmp_path: Path, server: ScriptedServer) -> None:
    setup = make(tmp_path, server, 300)
    journal = setup.open_journal()
    campaign = setup.campaign()
    journal.sync_rows((r, campaign.row_hash(r), campaign.contacts.rows[r - 1]) for r in range(1, 301))
    pages = journal._db.execute("PRAGMA page_count").fetchone()[0]
    # SQLite's own size cap gives the same SQLITE_FULL error as a full disk.
    journal._db.execute(f"PRAGMA max_page_count = {pages}")
    events = [e async for e in setup.engine(journal, Limits(connections=2)).run()]
    journal.close()

    stopped = events[-1]
    assert isinstance(stopped, RunStopped) and stopped.reason_code == "error"
    assert "full" in stopped.reason and "--resume" in stopped.reason
    db = sqlite3.connect(setup.journal_path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    assert 0 < len(server.messages) < 300
    # Nothing recorded as sent was lost, and a resume (with space again) finishes without sending twice.
    await setup.run()
    final = statuses(setup)
    unknown = [r for r, status in final.items() if status is RowStatus.UNKNOWN]
    assert len(unknown) <= 2  # at most the K rows being sent when the disk filled up
    assert set(delivered(server).values()) == {1}
    assert set(delivered(server)) >= {address_of(r) for r in final if r not in unknown}


async def test_quota_reply_waits_and_continues_by_itself(
    tmp_path: Path, server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mailmerge.sending.engine

    monkeypatch.setattr(mailmerge.sending.engine, "DEFAULT_QUOTA_PAUSE_S", 1.0)
    monkeypatch.setattr(mailmerge.sending.engine, "QUOTA_NOTICE_S", 0.5)
    server.script.once("data", "454 4.7.0 Daily sending quota exceeded")
    setup = make(tmp_path, server, 2)
    events = await setup.run(Limits(connections=1))

    waits = [e for e in events if isinstance(e, QuotaWait)]
    assert len(waits) == 1 and "quota is used up" in waits[0].reason
    assert not [e for e in events if isinstance(e, RowFailed | RowRetrying)]
    assert delivered(server) == Counter({address_of(1): 1, address_of(2): 1})


async def test_per_recipient_hour_holds_only_that_address_and_survives_a_restart(
    tmp_path: Path, server: ScriptedServer
) -> None:
    """Tencent Cloud SES allows 10 mails an hour to one address: the row over the limit waits, the others go."""
    same = "kim@example.com"
    setup = make(tmp_path, server, 4, overrides={1: same, 2: same, 3: same.upper()})
    limits = Limits(connections=1, per_recipient_hour=2)

    async def run_until(stop: Callable[[Event], bool]) -> list[Event]:
        journal = setup.open_journal()
        engine = setup.engine(journal, limits)
        events: list[Event] = []
        async for event in engine.run():
            events.append(event)
            if stop(event):
                engine.cancel()
        journal.close()
        return events

    events = await run_until(lambda e: isinstance(e, RowSent) and e.row == 4)
    waits = [e for e in events if isinstance(e, QuotaWait)]
    assert len(waits) == 1 and "messages to kim@example.com" in waits[0].reason and "row 3" in waits[0].reason
    assert delivered(server) == Counter({same: 2, address_of(4): 1})
    assert statuses(setup) == {1: RowStatus.SENT, 2: RowStatus.SENT, 3: RowStatus.PENDING, 4: RowStatus.SENT}

    # A new run counts the two earlier sends from the journal: row 3 still waits, nothing is sent.
    events = await run_until(lambda e: isinstance(e, QuotaWait))
    assert len(server.messages) == 3
    assert statuses(setup)[3] is RowStatus.PENDING
    assert isinstance(events[-1], RunStopped) and events[-1].reason_code == "cancelled"


@pytest.mark.parametrize("pipelining", [False, True])
async def test_hard_bounce_suppresses_the_refused_address_not_the_first_recipient(
    tmp_path: Path, pipelining: bool
) -> None:
    contacts = tmp_path / "contacts.csv"
    contacts.write_text(
        "name,email,copy\n"
        "Ann,ann@example.com,cc-gone@example.com\n"  # the Cc is refused: Ann is fine
        "Bob,bob-gone@example.com,boss@example.com\n",  # the To is refused: the boss is fine
        encoding="utf-8",
    )
    template = tmp_path / "template.txt"
    template.write_text("From: office@example.com\nCc: {{ copy }}\nSubject: Hi {{ name }}\n\nHello.\n", "utf-8")
    server = ScriptedServer(pipelining=pipelining).start()
    for gone in ("cc-gone@example.com", "bob-gone@example.com"):
        server.script.always("rcpt", f"550 5.1.1 <{gone}>: Recipient address rejected", address=gone)
    try:
        setup = Setup(tmp_path, contacts, template, server.port)
        events = await setup.run(Limits(connections=1))
    finally:
        server.stop()
    failed = [(e.row, e.kind) for e in events if isinstance(e, RowFailed)]
    assert failed == [(1, OutcomeKind.HARD_BOUNCE), (2, OutcomeKind.HARD_BOUNCE)]
    assert not server.messages  # all-or-nothing: nobody got a partial copy
    found = {a: setup.suppression.find(a) is not None for a in
             ("cc-gone@example.com", "bob-gone@example.com", "ann@example.com", "boss@example.com")}
    assert found == {"cc-gone@example.com": True, "bob-gone@example.com": True,
                     "ann@example.com": False, "boss@example.com": False}


async def test_each_row_is_on_disk_as_sending_before_its_message_arrives(
    tmp_path: Path, server: ScriptedServer
) -> None:
    """The group commit keeps the crash-safety order: the server never holds a message whose row another process
    could not already read as `sending` (committed) in the journal."""
    setup = make(tmp_path, server, 120)
    seen: dict[int, str] = {}
    store = server._store

    def checking_store(message: object) -> None:
        row = int(message.recipients[0].removeprefix("person").split("@")[0])  # type: ignore[attr-defined]
        reader = sqlite3.connect(setup.journal_path)
        seen[row] = reader.execute("SELECT status FROM recipients WHERE row = ?", (row,)).fetchone()[0]
        reader.close()
        store(message)  # type: ignore[arg-type]

    server._store = checking_store  # type: ignore[method-assign]
    await setup.run(Limits(connections=8))

    assert seen == {row: "sending" for row in range(1, 121)}
    assert set(statuses(setup).values()) == {RowStatus.SENT}
