"""The journal on real SQLite files: crash recovery, campaign identity, damage, quotas across restarts."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mailmerge.base.errors import MailMergeError, UnusableInputError
from mailmerge.base.events import Progress, RowFailed, RowQueued, RowRetrying, RowSending, RowSent, RowSkipped
from mailmerge.base.outcome import OutcomeKind
from mailmerge.sending.journal import GroupCommit, Journal, RowStatus, campaign_key

KEY = "campaign-1"


def fresh(path: Path, rows: int = 3) -> Journal:
    journal = Journal.open(path, KEY, columns=("name", "email"))
    journal.sync_rows((r, f"hash{r}", (f"이름{r}", f"p{r}@example.com")) for r in range(1, rows + 1))
    return journal


def test_new_journal_holds_every_row_pending(tmp_path: Path) -> None:
    journal = fresh(tmp_path / "j.sqlite")
    assert journal.counts()[RowStatus.PENDING] == 3
    assert journal.columns == ("name", "email")
    record = journal.record_of(2)
    assert record is not None and record.values == ("이름2", "p2@example.com") and record.status is RowStatus.PENDING
    journal.close()
    db = sqlite3.connect(tmp_path / "j.sqlite")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()


def test_rows_left_sending_by_a_crash_become_unknown(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    journal = fresh(path)
    journal.record(RowSending(1, 1))
    journal.record(RowSending(2, 1))
    journal.record(RowSent(1, "id1@x", "250 ok"))  # buffered: rides with the next commit
    journal.record(RowSending(3, 1))  # that commit
    journal._db.close()  # the process dies: nothing else is flushed

    reopened = Journal.open(path, KEY)
    assert reopened.recovered_unknown == (2, 3)
    assert reopened.record_of(1).status is RowStatus.SENT  # type: ignore[union-attr]
    unknown = reopened.record_of(2)
    assert unknown is not None and unknown.status is RowStatus.UNKNOWN and "may or may not" in unknown.reason
    reopened.close()


def test_results_are_committed_by_time_or_count(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    journal = fresh(path, 60)
    for row in range(1, 51):
        journal.record(RowFailed(row, OutcomeKind.REJECTED, "smtp.policy", "Refused.", "554 5.7.1 no"))
    reader = sqlite3.connect(path)
    assert reader.execute("SELECT count(*) FROM recipients WHERE status = 'failed'").fetchone()[0] == 50
    reader.close()
    journal.close()


def test_statuses_and_kinds(tmp_path: Path) -> None:
    journal = fresh(tmp_path / "j.sqlite")
    journal.record(RowFailed(1, OutcomeKind.RETRY, "smtp.busy", "Busy.", "451"))
    journal.record(RowSkipped(2, "suppressed", "On the list."))
    journal.record(RowQueued(3))
    journal.record(Progress(1, 3, 0, 1, 1.0, None))  # run-level: no row changes
    journal.flush()
    assert (journal.record_of(1).status, journal.record_of(1).kind) == (RowStatus.FAILED, "error")  # type: ignore[union-attr]
    assert (journal.record_of(2).status, journal.record_of(2).kind) == (RowStatus.SKIPPED, "suppressed")  # type: ignore[union-attr]
    assert journal.rows_with(RowStatus.PENDING) == [3]
    assert journal.count(RowStatus.SKIPPED, "suppressed") == 1 and journal.count(RowStatus.SKIPPED, "changed") == 0
    journal.close()


def test_attempts_so_far_of_the_rows_still_to_send(tmp_path: Path) -> None:
    journal = fresh(tmp_path / "j.sqlite", 4)
    journal.record(RowSending(3, 2))
    journal.record(RowRetrying(3, 2, 1.0, "Busy."))
    journal.record(RowSending(2, 1))
    journal.record(RowSent(2, "id2@x", "250 ok"))
    journal.flush()
    assert journal.attempts_with(RowStatus.PENDING, RowStatus.RETRYING) == {1: 0, 3: 2, 4: 0}
    journal.close()


def test_changed_rows_are_reported_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    fresh(path).close()
    journal = Journal.open(path, KEY)
    changed = journal.sync_rows([(1, "hash1", ("a", "b")), (2, "other", ("x", "y")), (4, "hash4", ("n", "m"))])
    assert changed == [2]
    assert journal.record_of(2).values == ("이름2", "p2@example.com")  # type: ignore[union-attr]
    assert journal.record_of(4).status is RowStatus.PENDING  # type: ignore[union-attr]
    journal.close()


def test_journal_of_another_campaign_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    fresh(path).close()
    with pytest.raises(UnusableInputError) as caught:
        Journal.open(path, "another")
    assert caught.value.code == "journal.other_campaign" and "--journal" in str(caught.value)


def test_campaign_key_names_the_files_not_their_content(tmp_path: Path) -> None:
    contacts, template = tmp_path / "c.csv", tmp_path / "t.txt"
    assert campaign_key(contacts, template) == campaign_key(tmp_path / "." / "c.csv", template)
    assert campaign_key(contacts, template) != campaign_key(tmp_path / "d.csv", template)


@pytest.mark.parametrize("content", [b"this is not a database at all" * 100, b""])
def test_damaged_or_foreign_file_is_refused_clearly(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "j.sqlite"
    path.write_bytes(content)
    if not content:  # an empty file is simply a new journal
        Journal.open(path, KEY).close()
        return
    with pytest.raises(UnusableInputError) as caught:
        Journal.open(path, KEY)
    assert caught.value.code == "journal.damaged" and str(path) in str(caught.value)


def test_corrupted_pages_are_detected(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    journal = fresh(path, 2000)
    journal.close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 3 + 100 : page * 3 + 400] = b"\xff" * 300  # scribble over a b-tree page
    path.write_bytes(bytes(data))
    with pytest.raises(UnusableInputError) as caught:
        Journal.open(path, KEY)
    assert caught.value.code == "journal.damaged"


def test_sent_times_survive_a_restart_for_quotas(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    journal = fresh(path)
    journal.record(RowSending(1, 1))
    journal.set_address(1, "p1@example.com")
    journal.record(RowSent(1, "id@x", "250"))
    journal.close()
    reopened = Journal.open(path, KEY)
    sent = reopened.sent_since(datetime.now(UTC) - timedelta(days=1))
    assert [address for _, address in sent] == ["p1@example.com"]
    assert datetime.now(UTC) - sent[0][0] < timedelta(minutes=5)
    assert reopened.sent_since(datetime.now(UTC) + timedelta(seconds=5)) == []
    reopened.close()


def test_full_disk_raises_a_clear_error_and_keeps_the_file_sound(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    journal = fresh(path, 10)
    pages = journal._db.execute("PRAGMA page_count").fetchone()[0]
    journal._db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(MailMergeError) as caught:
        journal.sync_rows((r, "h" * 64, ("x" * 500,)) for r in range(11, 500))
    assert caught.value.code == "journal.disk_full" and "--resume" in str(caught.value)
    journal.close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT count(*) FROM recipients").fetchone()[0] == 10
    db.close()


def test_read_only_open_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    journal = fresh(path)
    journal.record(RowSending(1, 1))
    reader = Journal.read_only(path)
    assert reader.record_of(1).status is RowStatus.SENDING  # type: ignore[union-attr]
    assert reader.recovered_unknown == ()
    reader.close()
    journal.close()
    with pytest.raises(UnusableInputError):
        Journal.read_only(tmp_path / "missing.sqlite")


def commits_of(journal: Journal) -> list[str]:
    """Every COMMIT the journal's connection runs from now on."""
    seen: list[str] = []
    journal._db.set_trace_callback(lambda sql: seen.append(sql) if sql == "COMMIT" else None)
    return seen


async def test_sending_marks_made_together_share_one_commit(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    journal = fresh(path, 4)
    journal.record(RowSent(4, "id4@x", "250 ok"))  # a result buffered earlier rides along
    commits = commits_of(journal)
    group = GroupCommit(journal)
    await asyncio.gather(*(group.mark_sending(RowSending(row, 1)) for row in (1, 2, 3)))
    assert commits == ["COMMIT"]
    # Durable means visible to another connection (and so on disk), before any of the three is sent.
    reader = sqlite3.connect(path)
    assert dict(reader.execute("SELECT row, status FROM recipients").fetchall()) == {
        1: "sending", 2: "sending", 3: "sending", 4: "sent"
    }
    reader.close()
    await group.mark_sending(RowSending(1, 2))  # a later mark gets a commit of its own
    assert commits == ["COMMIT", "COMMIT"]
    journal.close()


async def test_a_failed_group_commit_stops_every_waiting_worker(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    journal = fresh(path, 3)
    pages = journal._db.execute("PRAGMA page_count").fetchone()[0]
    journal._db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's size cap fails like a full disk
    journal.record(RowFailed(3, OutcomeKind.REJECTED, "smtp.policy", "x" * 200_000, "554"))  # needs new pages
    group = GroupCommit(journal)
    results = await asyncio.gather(
        *(group.mark_sending(RowSending(row, 1)) for row in (1, 2)), return_exceptions=True
    )
    assert [getattr(r, "code", r) for r in results] == ["journal.disk_full", "journal.disk_full"]
    journal.close()
    reader = sqlite3.connect(path)
    assert reader.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # Nothing was sent, so nothing may look as if it might have been: the rows stay pending.
    assert {s for (s,) in reader.execute("SELECT status FROM recipients")} == {"pending"}
    reader.close()


async def test_work_waits_for_the_disk_alongside_the_commit_in_the_loops_thread(tmp_path: Path) -> None:
    """GroupCommit hands `while_syncing` to the event loop when only the disk is left to wait for, so the loop can
    build messages meanwhile; the marks are resolved after it (they are durable only once the COMMIT returned)."""
    journal = fresh(tmp_path / "j.sqlite", 3)
    order: list[str] = []
    loop_thread = threading.get_ident()

    def meanwhile() -> None:
        assert threading.get_ident() == loop_thread
        order.append("meanwhile")

    group = GroupCommit(journal, while_syncing=meanwhile)

    async def mark(row: int) -> None:
        await group.mark_sending(RowSending(row, 1))
        order.append(f"durable {row}")

    await asyncio.gather(mark(1), mark(2))
    await group.settle()
    assert order == ["meanwhile", "durable 1", "durable 2"]
    journal.close()
