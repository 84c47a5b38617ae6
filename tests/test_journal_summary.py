"""journal.summarize: where a campaign stands, read from a real SQLite journal without changing it."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from mailmerge.base.errors import UnusableInputError
from mailmerge.base.events import RowFailed, RowSending, RowSent, RowSkipped
from mailmerge.base.outcome import OutcomeKind
from mailmerge.sending.journal import Journal, RowStatus, UnsettledRow, summarize

KEY = "campaign-1"


def _journal_with_every_outcome(path: Path) -> None:
    """Rows 1-6: sent, failed, skipped, unknown (an earlier run crashed), sending (this run crashed), pending."""
    journal = Journal.open(path, KEY, contacts_path="/data/members.xlsx", template_path="/data/note.md")
    journal.sync_rows((r, f"hash{r}", (f"p{r}@example.com",)) for r in range(1, 7))
    for row in range(1, 7):
        journal.set_address(row, f"p{row}@example.com")
    journal.record(RowSending(4, 1))
    journal.flush()
    journal._db.close()  # the first run dies with row 4 in flight
    journal = Journal.open(path, KEY)  # ... which the next run's open turns `unknown`
    journal.record(RowSent(1, "id1@x", "250 ok"))
    journal.record(RowFailed(2, OutcomeKind.HARD_BOUNCE, "smtp.mailbox_unknown", "No such mailbox.", "550 5.1.1"))
    journal.record(RowSkipped(3, "suppressed", "On the suppression list."))
    journal.record(RowSending(5, 1))
    journal._db.close()  # and this run dies with row 5 in flight


def test_summary_counts_every_status_and_lists_unsettled_rows_with_their_address(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    _journal_with_every_outcome(path)

    summary = summarize(path)

    assert (summary.contacts_path, summary.template_path, summary.state) == ("/data/members.xlsx", "/data/note.md",
                                                                            "draft")
    assert summary.counts == {
        RowStatus.PENDING: 1, RowStatus.SENDING: 1, RowStatus.SENT: 1, RowStatus.RETRYING: 0,
        RowStatus.FAILED: 1, RowStatus.SKIPPED: 1, RowStatus.UNKNOWN: 1,
    }
    assert [(u.row, u.address, u.status, u.reason_code) for u in summary.unsettled] == [
        (4, "p4@example.com", RowStatus.UNKNOWN, "journal.interrupted"), (5, "p5@example.com", RowStatus.SENDING, "")]
    assert "may or may not" in summary.unsettled[0].reason
    assert isinstance(summary.unsettled[0], UnsettledRow)
    assert isinstance(summary.created, datetime) and summary.created.tzinfo is not None
    assert summary.created <= summary.updated


def test_summary_changes_nothing_in_the_journal(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    _journal_with_every_outcome(path)
    before = path.read_bytes()

    summarize(path)

    assert path.read_bytes() == before
    db = sqlite3.connect(path)
    assert db.execute("SELECT status FROM recipients WHERE row = 5").fetchone() == ("sending",)  # not turned unknown
    db.close()


def test_a_journal_no_row_has_touched_is_dated_by_its_creation(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    Journal.open(path, KEY).close()

    summary = summarize(path)

    assert summary.updated == summary.created
    assert sum(summary.counts.values()) == 0 and summary.unsettled == ()


@pytest.mark.parametrize(("content", "code"), [(None, "journal.missing"), (b"not sqlite at all" * 100,
                                                                            "journal.damaged")])
def test_a_missing_or_foreign_file_is_refused_in_words(tmp_path: Path, content: bytes | None, code: str) -> None:
    path = tmp_path / "j.sqlite"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(UnusableInputError) as caught:
        summarize(path)
    assert caught.value.code == code and str(path) in str(caught.value)


def test_a_time_this_version_cannot_read_is_reported_as_damage(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    _journal_with_every_outcome(path)
    db = sqlite3.connect(path)
    db.execute("UPDATE recipients SET updated_at = 'yesterday' WHERE row = 6")
    db.commit()
    db.close()
    with pytest.raises(UnusableInputError, match="damaged"):
        summarize(path)
