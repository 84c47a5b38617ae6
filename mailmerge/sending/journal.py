"""The campaign journal: one SQLite file (WAL) per send run, the only writer of send state (DESIGN.md §3).

Crash safety rests on one ordering: a row is committed as `sending` before its message goes out, and becomes
`sent` only after the provider accepted it. Results are buffered and ride along with the next `sending` commit
(or a 200 ms timer), so each worker has at most one row in `sending` at any moment: a kill leaves at most K rows
`unknown` and never loses a row that could be resent.

Speed: writes are kept in memory until a commit applies them in one transaction, and the engine marks the rows of
all K workers with one commit (GroupCommit): one fsync for up to K rows.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from mailmerge.base.errors import (
    MailMergeError,
    Problem,
    UnusableInputError,
    make_problem,
    problem_from_json,
    problem_to_json,
)
from mailmerge.base.events import (
    Event,
    RowFailed,
    RowQueued,
    RowRetrying,
    RowSending,
    RowSent,
    RowSkipped,
    RowUnknown,
)
from mailmerge.base.outcome import OutcomeKind
from mailmerge.base.text import printable

SCHEMA_VERSION = 1
_FLUSH_EVERY_WRITES = 50
_FLUSH_EVERY_S = 0.2

_SCHEMA = """
CREATE TABLE IF NOT EXISTS campaign (
    key TEXT PRIMARY KEY,
    created TEXT NOT NULL,
    contacts_path TEXT NOT NULL,
    template_path TEXT NOT NULL,
    columns TEXT NOT NULL,          -- JSON list of the spreadsheet's column names, for the report
    state TEXT NOT NULL,
    schema_version INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS recipients (
    row INTEGER PRIMARY KEY,        -- 1-based data row number
    address TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT '',  -- failed: hard_bounce|rejected|invalid|error; skipped: suppressed|changed|...
    attempts INTEGER NOT NULL DEFAULT 0,
    reason_code TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    reply TEXT NOT NULL DEFAULT '',
    message_id TEXT NOT NULL DEFAULT '',
    sent_at TEXT NOT NULL DEFAULT '',
    row_hash TEXT NOT NULL,
    row_values TEXT NOT NULL,       -- JSON list of the row's cells as first seen
    updated_at TEXT NOT NULL,
    reason_problem TEXT NOT NULL DEFAULT ''  -- `reason` as JSON code + template + parameters (see PROBLEM_COLUMN)
);
-- No index on status: keeping one up to date made every commit ~4x slower, and rows are looked up by status only
-- a few times a run (a scan of 100k rows takes milliseconds). Journals made before lose theirs.
DROP INDEX IF EXISTS recipients_status;
-- What identifies the run and what people see of it in History (account, subject, trial or real). Journals made
-- before run identities have no such table: they are read as runs of an unknown account.
CREATE TABLE IF NOT EXISTS run_info (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

# The reason as code + template + parameters, so each face words it in its reader's language (`reason` keeps the
# English sentence for reports and scripts). Journals made before have no such column: `Journal.open` adds it
# (an ALTER TABLE that only adds a column, '' for every row), and a read-only open reads '' (the stored English
# sentence is shown).
PROBLEM_COLUMN = "reason_problem"
INTERRUPTED = make_problem(
    "journal.interrupted",
    "The program stopped while this message was being sent, so it may or may not have arrived. Check with the "
    "recipient, then use --retry-failed if it needs sending again.",
)

# What came back after the send (bounces, unsubscribes, replies; `mailmerge replies`), one line per row: the
# strongest news wins (a bounce over a reply). Made by the first `record_responses`; a journal without it (every
# journal before, and runs nobody checked replies for) reads as "nothing came back".
_RESPONSES_TABLE = """
CREATE TABLE IF NOT EXISTS responses (
    row INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,             -- bounced|soft_bounce|unsubscribed|complaint|auto_reply|replied
    code TEXT NOT NULL DEFAULT '',  -- the DSN status, e.g. 5.1.1
    detail TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '' -- the Message-ID of the mail that said so
)"""


class RowStatus(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    RETRYING = "retrying"
    FAILED = "failed"
    SKIPPED = "skipped"
    UNKNOWN = "unknown"


# Rows a plain run (or --resume) still has to send.
TO_SEND = (RowStatus.PENDING, RowStatus.RETRYING)
# Rows --retry-failed may send again: failed ones always, unknown ones only when a person chose them by number
# (they may have arrived; see Journal.retry_candidates).
RETRYABLE = (RowStatus.FAILED, RowStatus.UNKNOWN)


@dataclass(frozen=True)
class RowRecord:
    row: int
    address: str
    status: RowStatus
    kind: str
    attempts: int
    reason_code: str
    reason: str
    reply: str
    message_id: str
    sent_at: str
    values: tuple[str, ...]
    problem: Problem | None = None  # `reason` as code + parameters; None in a journal of an older version


def campaign_key(contacts: Path, template: Path) -> str:
    """Which campaign a journal belongs to: the spreadsheet and template files it was started with. Their
    content may change between runs (that is noticed row by row through row hashes), their identity may not."""
    joined = f"{contacts.resolve()}\n{template.resolve()}"
    return hashlib.sha256(joined.encode()).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _failed_kind(kind: OutcomeKind) -> str:
    # A transient error that used up its attempts is shown to people as a plain "error".
    return "error" if kind in (OutcomeKind.RETRY, OutcomeKind.THROTTLE, OutcomeKind.QUOTA) else kind.value


class Journal:
    """Open with `Journal.open`; call `record(event)` for every engine event; `close()` when done."""

    def __init__(self, path: Path, db: sqlite3.Connection, recovered_unknown: tuple[int, ...]) -> None:
        self.path = path
        self._db = db
        # What the problem column is read as: a journal of an older version, opened read-only, has none.
        self._problem_column = _problem_column(db)
        self._record_columns = f"{_RECORD_COLUMNS}, {self._problem_column}"
        self.recovered_unknown = recovered_unknown  # rows left `sending` by a crash, now `unknown`
        self._pending: list[_Write] = []  # recorded, not yet in the database
        self._pending_lock = threading.Lock()  # recorded by the loop's thread, taken by the committer's
        self._last_commit = time.monotonic()
        self._db_lock = threading.Lock()  # one thread at a time on the connection (GroupCommit commits in its own)

    # ----------------------------------------------------------------------------------------------- opening
    @classmethod
    def open(
        cls,
        path: Path,
        campaign_key: str,
        *,
        contacts_path: str = "",
        template_path: str = "",
        columns: Sequence[str] = (),
    ) -> Journal:
        """Open or create the journal of one campaign. Refuses another campaign's journal or a damaged file."""
        existed = path.exists() and path.stat().st_size > 0
        try:
            db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise UnusableInputError(
                "journal.unreadable",
                "The journal {path} cannot be opened ({error}). Check the folder exists and you may write to it.",
                path=str(path),
                error=str(exc),
            ) from exc
        with _closed_on_failure(db, path):
            if existed:
                _check_intact(db, path)
            db.execute("PRAGMA journal_mode=WAL")
            # FULL: a `sending` mark must survive a power cut too, or the row could be sent twice.
            db.execute("PRAGMA synchronous=FULL")
            db.execute("PRAGMA busy_timeout=5000")
            db.executescript(_SCHEMA)
            if not _has_problem_column(db):
                db.execute(f"ALTER TABLE recipients ADD COLUMN {PROBLEM_COLUMN} TEXT NOT NULL DEFAULT ''")
            found = db.execute("SELECT key FROM campaign").fetchone()
            if found is None:
                db.execute(
                    "INSERT INTO campaign VALUES (?, ?, ?, ?, ?, 'draft', ?)",
                    (campaign_key, _now(), contacts_path, template_path, json.dumps(list(columns)), SCHEMA_VERSION),
                )
            elif found[0] != campaign_key:
                raise UnusableInputError(
                    "journal.other_campaign",
                    "The journal {path} belongs to a different spreadsheet or template. Choose another journal file "
                    "(--journal) or open the spreadsheet and template this journal was made for.",
                    path=str(path),
                )
            recovered = tuple(
                r for (r,) in db.execute("SELECT row FROM recipients WHERE status = 'sending' ORDER BY row")
            )
            if recovered:
                db.execute(
                    "UPDATE recipients SET status = 'unknown', reason_code = ?, reason = ?, reason_problem = ?, "
                    "updated_at = ? WHERE status = 'sending'",
                    (INTERRUPTED.code, INTERRUPTED.message(), problem_to_json(INTERRUPTED), _now()),
                )
        return cls(path, db, recovered)

    @classmethod
    def read_only(cls, path: Path) -> Journal:
        """Open any campaign's journal just to read it (reports), even while a run is writing to it."""
        if not path.is_file():
            raise UnusableInputError(
                "journal.missing",
                "There is no journal at {path}. `mailmerge send` makes one next to the spreadsheet "
                "(<spreadsheet name>.<run id>.journal.sqlite; it prints its name) unless --journal says otherwise.",
                path=str(path),
            )
        try:
            db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        except sqlite3.Error as exc:
            raise _damaged(path, exc) from exc
        with _closed_on_failure(db, path):
            _check_intact(db, path)
            db.execute("SELECT key FROM campaign").fetchone()
        return cls(path, db, ())

    # ----------------------------------------------------------------------------------------------- reading
    @property
    def campaign_key(self) -> str:
        return str(self._query_one("SELECT key FROM campaign")[0])

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(json.loads(str(self._query_one("SELECT columns FROM campaign")[0])))

    @property
    def state(self) -> str:
        return str(self._query_one("SELECT state FROM campaign")[0])

    def rows_with(self, *statuses: RowStatus) -> list[int]:
        marks = ",".join("?" * len(statuses))
        sql = f"SELECT row FROM recipients WHERE status IN ({marks}) ORDER BY row"
        return [r for (r,) in self._read(sql, [s.value for s in statuses])]

    def attempts_with(self, *statuses: RowStatus) -> dict[int, int]:
        """{row: attempts made so far} of the rows with these statuses, by row number: one query for a whole run."""
        marks = ",".join("?" * len(statuses))
        sql = f"SELECT row, attempts FROM recipients WHERE status IN ({marks}) ORDER BY row"
        return dict(self._read(sql, [s.value for s in statuses]))

    def count(self, status: RowStatus, kind: str) -> int:
        """How many rows have this status and kind, e.g. (SKIPPED, "changed")."""
        found = self._read("SELECT count(*) FROM recipients WHERE status = ? AND kind = ?", (status.value, kind))
        return int(found[0][0])

    def counts(self) -> dict[RowStatus, int]:
        found = dict(self._read("SELECT status, count(*) FROM recipients GROUP BY status"))
        return {s: int(found.get(s.value, 0)) for s in RowStatus}

    def record_of(self, row: int) -> RowRecord | None:
        found = self._read(f"SELECT {self._record_columns} FROM recipients WHERE row = ?", (row,))
        return _to_record(found[0]) if found else None

    def records(self) -> Iterator[RowRecord]:
        last = 0
        # A page at a time: 100k rows are never all in memory.
        while page := self._read(
            f"SELECT {self._record_columns} FROM recipients WHERE row > ? ORDER BY row LIMIT 1000", (last,)
        ):
            yield from (_to_record(found) for found in page)
            last = page[-1][0]

    def retry_candidates(self, chosen: Sequence[int] | None = None) -> list[int]:
        """The rows a retry sends again: every failed row, or of the `chosen` row numbers those that failed or are
        unknown. An unknown row may have been delivered, so it is sent again only when a person picked it."""
        if chosen is None:
            return self.rows_with(RowStatus.FAILED)
        retryable = set(self.rows_with(*RETRYABLE))
        return sorted(set(chosen) & retryable)

    def sent_since(self, since: datetime) -> list[tuple[datetime, str]]:
        """(sent-at, address) of every row sent after `since`: lets quotas count across restarts."""
        found = self._read(
            "SELECT sent_at, address FROM recipients WHERE status = 'sent' AND sent_at >= ?",
            (since.astimezone(UTC).isoformat(timespec="milliseconds"),),
        )
        return [(datetime.fromisoformat(at), address) for at, address in found]

    # ----------------------------------------------------------------------------------------------- writing
    def sync_rows(self, rows: Iterable[tuple[int, str, Sequence[str]]]) -> list[int]:
        """Add rows first seen (row, row_hash, values) as pending; return the rows whose content changed since
        the journal first saw them (inserted or edited lines in the spreadsheet)."""
        known = dict(self._read("SELECT row, row_hash FROM recipients"))
        changed: list[int] = []
        fresh: list[tuple[int, str, str, str]] = []
        now = _now()
        for row, row_hash, values in rows:
            old = known.get(row)
            if old is None:
                fresh.append((row, row_hash, json.dumps(list(values), ensure_ascii=False), now))
            elif old != row_hash:
                changed.append(row)
        self._write_many(
            "INSERT INTO recipients (row, status, row_hash, row_values, updated_at) VALUES (?, 'pending', ?, ?, ?)",
            fresh,
        )
        self._commit()
        return changed

    def refresh_row(self, row: int, row_hash: str, values: Sequence[str]) -> None:
        """A row corrected in the spreadsheet after it failed is sent with its new content: from now on the journal
        compares against (and reports) that content."""
        self._write(
            "UPDATE recipients SET row_hash = ?, row_values = ?, updated_at = ? WHERE row = ?",
            (row_hash, json.dumps(list(values), ensure_ascii=False), _now(), row),
        )

    def summary(self) -> JournalSummary:
        """Where this run stands (see `summarize`); raises UnusableInputError (journal.damaged)."""
        try:
            found = self._read("SELECT contacts_path, template_path, state, created FROM campaign")
            if not found:
                raise _damaged(self.path, sqlite3.DatabaseError("campaign record missing"))
            contacts_path, template_path, state, created = found[0]
            (last_change,) = self._read("SELECT max(updated_at) FROM recipients")[0]
            unsettled = tuple(
                UnsettledRow(int(row), str(address), RowStatus(str(status)), str(code), str(reason),
                             problem_from_json(str(problem)))
                for row, address, status, code, reason, problem in self._read(
                    f"SELECT row, address, status, reason_code, reason, {self._problem_column} FROM recipients "
                    "WHERE status IN ('unknown', 'sending') ORDER BY row"
                )
            )
            created_at = datetime.fromisoformat(str(created))
            return JournalSummary(
                path=self.path,
                contacts_path=str(contacts_path),
                template_path=str(template_path),
                state=str(state),
                created=created_at,
                updated=datetime.fromisoformat(str(last_change)) if last_change else created_at,
                counts=self.counts(),
                unsettled=unsettled,
            )
        except (sqlite3.DatabaseError, ValueError) as exc:  # ValueError: a status or time this version can't read
            raise _damaged(self.path, sqlite3.DatabaseError(str(exc))) from exc

    def set_info(self, info: Mapping[str, str]) -> None:
        self._write_many("INSERT OR REPLACE INTO run_info (name, value) VALUES (?, ?)", list(info.items()))
        self._commit()

    def info(self) -> dict[str, str]:
        """The run's identity and description (see sending/runs.py); empty for a journal of an older version."""
        try:
            return {str(name): str(value) for name, value in self._read("SELECT name, value FROM run_info")}
        except sqlite3.OperationalError:  # no such table: read-only open of an older journal
            return {}

    def leave_out(self, rows: Iterable[tuple[int, str, Problem]]) -> None:
        """(row, reason_code, reason) of rows the plan does not send this time: recorded as skipped with that
        reason, unless the row already has an outcome of its own (sent, failed, unknown)."""
        now = _now()
        self._write_many(
            "UPDATE recipients SET status = 'skipped', kind = ?, reason_code = ?, reason = ?, reason_problem = ?, "
            "updated_at = ? WHERE row = ? AND status IN ('pending', 'retrying', 'skipped')",
            [(code, code, reason.message(), problem_to_json(reason), now, row) for row, code, reason in rows],
        )
        self._commit()

    def take_back(self, rows: Iterable[int]) -> None:
        """Rows an earlier plan left out (skipped) that this plan sends: pending again."""
        now = _now()
        self._write_many(
            "UPDATE recipients SET status = 'pending', kind = '', reason_code = '', reason = '', "
            "reason_problem = '', updated_at = ? WHERE row = ? AND status = 'skipped'",
            [(now, row) for row in rows],
        )
        self._commit()

    def set_state(self, state: str) -> None:
        self._write("UPDATE campaign SET state = ?", (state,))
        self._commit()

    def record(self, event: Event, *, defer_commit: bool = False) -> None:
        """Apply one engine event. `RowSending` is committed at once (before the message goes out), unless
        `defer_commit`: then the caller must `flush()` before the message goes out (a group commit)."""
        now = _now()
        match event:
            case RowSending(row=row, attempt=attempt):
                self._write(
                    "UPDATE recipients SET status = 'sending', attempts = ?, updated_at = ? WHERE row = ?",
                    (attempt, now, row),
                )
                if not defer_commit:
                    self._commit()
                    return
            case RowSent(row=row, message_id=message_id, reply=reply, note=note, problem=problem):
                self._write(
                    "UPDATE recipients SET status = 'sent', kind = '', reason_code = '', reason = ?, "
                    "reason_problem = ?, reply = ?, message_id = ?, sent_at = ?, updated_at = ? WHERE row = ?",
                    (note, _stored(problem), reply, message_id, now, now, row),
                )
            case RowFailed(row=row, kind=kind, reason_code=code, reason=reason, raw=raw, problem=problem):
                self._write(
                    "UPDATE recipients SET status = 'failed', kind = ?, reason_code = ?, reason = ?, "
                    "reason_problem = ?, reply = ?, updated_at = ? WHERE row = ?",
                    (_failed_kind(kind), code, reason, _stored(problem), raw, now, row),
                )
            case RowSkipped(row=row, reason_code=code, reason=reason, problem=problem):
                self._write(
                    "UPDATE recipients SET status = 'skipped', kind = ?, reason_code = ?, reason = ?, "
                    "reason_problem = ?, updated_at = ? WHERE row = ?",
                    (code, code, reason, _stored(problem), now, row),
                )
            case RowUnknown(row=row, reason=reason, problem=problem):
                self._write(
                    "UPDATE recipients SET status = 'unknown', reason_code = 'send.unknown', reason = ?, "
                    "reason_problem = ?, updated_at = ? WHERE row = ?",
                    (reason, _stored(problem), now, row),
                )
            case RowRetrying(row=row, reason=reason, problem=problem):
                self._write(
                    "UPDATE recipients SET status = 'retrying', reason = ?, reason_problem = ?, updated_at = ? "
                    "WHERE row = ?",
                    (reason, _stored(problem), now, row),
                )
            case RowQueued(row=row, attempts=attempts):
                self._write(
                    "UPDATE recipients SET status = 'pending', attempts = ?, updated_at = ? WHERE row = ?",
                    (attempts, now, row),
                )
            case _:
                return  # run-level events (progress, throttling, quota) change no row
        due = len(self._pending) >= _FLUSH_EVERY_WRITES or time.monotonic() - self._last_commit >= _FLUSH_EVERY_S
        # When a commit is under way, the next one takes these along.
        if due and self._db_lock.acquire(blocking=False):
            try:
                self._commit_locked()
            finally:
                self._db_lock.release()

    def set_address(self, row: int, address: str) -> None:
        """Remember whom a row goes to (known once its message is built); written with the next commit."""
        self._write("UPDATE recipients SET address = ? WHERE row = ?", (address, row))

    @property
    def unsaved(self) -> bool:
        """Whether writes are recorded that no commit has applied yet."""
        return bool(self._pending)

    def flush(self) -> None:
        if self._pending:
            self._commit()

    def commit_pending(self, syncing: Callable[[], object] | None = None) -> None:
        """Apply every write recorded so far in one transaction and commit it; safe from any thread. `syncing` is
        called when only the COMMIT (the wait for the disk) is left. Raises what a commit raises (journal.disk_full).
        """
        with self._db_lock:
            self._commit_locked(syncing)

    def close(self) -> None:
        try:
            self.flush()
        finally:
            with self._db_lock:
                self._db.close()

    # ----------------------------------------------------------------------------------------------- internals
    def _query_one(self, sql: str) -> tuple[object, ...]:
        found = self._read(sql)
        if not found:
            raise _damaged(self.path, sqlite3.DatabaseError("campaign record missing"))
        return tuple(found[0])

    def _read(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        with self._db_lock:
            return self._db.execute(sql, params).fetchall()

    def _write(self, sql: str, params: Sequence[object]) -> None:
        with self._pending_lock:
            self._pending.append((sql, (params,)))

    def _write_many(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        if rows:
            with self._pending_lock:
                self._pending.append((sql, rows))

    def _commit(self) -> None:
        self.commit_pending()

    def _commit_locked(self, syncing: Callable[[], object] | None = None) -> None:
        with self._pending_lock:
            writes, self._pending = self._pending, []
        self._last_commit = time.monotonic()
        if not writes:
            return
        with self._disk_full_guard():
            try:
                self._apply(writes, syncing)
            except (sqlite3.Error, ValueError) as exc:  # ValueError: text SQLite cannot store (a lone surrogate)
                if _disk_full(exc):
                    raise
                # The transaction is undone (a half-applied one would make every later write fail) and the same
                # writes are applied once more as plain text: one row's odd text never loses another row's result.
                self._roll_back()
                self._apply([(sql, [_storable(params) for params in rows]) for sql, rows in writes], syncing)

    def _apply(self, writes: Sequence[_Write], syncing: Callable[[], object] | None) -> None:
        try:
            self._db.execute("BEGIN IMMEDIATE")
            for sql, rows in writes:
                self._db.executemany(sql, rows)
            if syncing is not None:
                syncing()
            self._db.execute("COMMIT")
        except BaseException:
            self._roll_back()
            raise

    def _roll_back(self) -> None:
        if self._db.in_transaction:
            with suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")

    @contextmanager
    def _disk_full_guard(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.OperationalError as exc:
            if not _disk_full(exc):
                raise
            self._roll_back()
            raise MailMergeError(
                "journal.disk_full",
                "The disk holding the journal {path} is full, so sending stopped. Free some space, then run the "
                "same command with --resume: rows that were being sent at that moment will be listed as unknown.",
                path=str(self.path),
            ) from exc


def _disk_full(exc: Exception) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and "full" in str(exc)


def _stored(problem: Problem | None) -> str:
    return problem_to_json(problem) if problem is not None else ""


def _has_problem_column(db: sqlite3.Connection) -> bool:
    return any(column[1] == PROBLEM_COLUMN for column in db.execute("PRAGMA table_info(recipients)"))


def _problem_column(db: sqlite3.Connection) -> str:
    try:
        return PROBLEM_COLUMN if _has_problem_column(db) else "''"
    except sqlite3.Error:  # a damaged file: the read that follows says so
        return "''"


def _storable(params: Sequence[object]) -> tuple[object, ...]:
    return tuple(printable(p) if isinstance(p, str) else p for p in params)


class ResponseKind(StrEnum):
    """What came back for a sent row, weakest first (a later, stronger answer replaces a weaker one)."""

    AUTO_REPLY = "auto_reply"
    REPLIED = "replied"
    SOFT_BOUNCE = "soft_bounce"
    COMPLAINT = "complaint"
    UNSUBSCRIBED = "unsubscribed"
    BOUNCED = "bounced"

    @property
    def rank(self) -> int:
        return list(ResponseKind).index(self)


@dataclass(frozen=True)
class Response:
    row: int
    kind: ResponseKind
    code: str
    detail: str
    received_at: str
    source: str


def record_responses(path: Path, responses: Iterable[Response]) -> int:
    """Store what came back, keeping per row the strongest answer; returns how many rows changed.

    Its own short connection rather than `Journal.open`, which would turn rows a running send has in flight into
    `unknown`: news about sent rows may be recorded while another run of the campaign sends. An older journal gets
    the responses table here (the only schema change since version 1; every other table is untouched)."""
    journal = Journal.read_only(path)  # refuses a missing or damaged file with the usual sentence
    try:
        known = read_responses(journal)
    finally:
        journal.close()
    changed = [r for r in responses if r.row not in known or r.kind.rank > known[r.row].kind.rank]
    latest = {r.row: r for r in sorted(changed, key=lambda r: r.kind.rank)}  # the strongest of this batch wins
    if not latest:
        return 0
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA busy_timeout=5000")
        db.execute(_RESPONSES_TABLE)
        db.execute("BEGIN IMMEDIATE")
        db.executemany(
            "INSERT OR REPLACE INTO responses VALUES (?, ?, ?, ?, ?, ?)",
            [(r.row, r.kind.value, r.code, r.detail, r.received_at, r.source) for r in latest.values()],
        )
        db.execute("COMMIT")
    except sqlite3.Error as exc:
        raise _damaged(path, exc) from exc
    finally:
        db.close()
    return len(latest)


def read_responses(journal: Journal) -> dict[int, Response]:
    """{row: what came back}; empty for a journal made before responses were recorded (opened read-only)."""
    try:
        found = journal._read("SELECT row, kind, code, detail, received_at, source FROM responses")
    except sqlite3.OperationalError:  # no such table: an older journal, never opened for writing since
        return {}
    return {row: Response(row, ResponseKind(kind), code, detail, at, source)
            for row, kind, code, detail, at, source in found}


@dataclass(frozen=True)
class UnsettledRow:
    """A row whose message may or may not have arrived: `unknown`, or still `sending` in the file."""

    row: int
    address: str
    status: RowStatus  # SENDING: in flight when the journal was read (a crash, unless a run is writing it now)
    reason_code: str  # journal.interrupted: the program stopped mid-send; send.unknown: the connection dropped
    reason: str
    problem: Problem | None = None  # `reason` as code + parameters; None in a journal of an older version


@dataclass(frozen=True)
class JournalSummary:
    """Where a campaign stands, for history lists: read without changing the journal (see `summarize`)."""

    path: Path
    contacts_path: str
    template_path: str
    state: str
    created: datetime
    updated: datetime  # the last change to any row (`created` when no row has changed)
    counts: dict[RowStatus, int]  # every status, 0 when no row has it
    unsettled: tuple[UnsettledRow, ...]  # by row number


def summarize(path: Path) -> JournalSummary:
    """Counts per status and the rows whose fate is unknown, read through `Journal.read_only`: a journal a run is
    writing right now is read as it stands, and `sending` rows are reported as such, not turned `unknown`.
    Raises UnusableInputError (journal.missing / journal.damaged) like `read_only`."""
    journal = Journal.read_only(path)
    try:
        return journal.summary()
    finally:
        journal.close()


class GroupCommit:
    """`sending` marks of several workers made durable with one COMMIT (one fsync) before any of them sends.

    A thread of its own runs the commits (the SQL and the fsync), so the event loop goes on sending for the other
    workers meanwhile. Marks made in one pass of the loop share a commit; marks made while a commit runs share the
    next one, and results recorded meanwhile ride along. Use from the event loop's thread only; `settle()` before
    the journal is closed.

    `while_syncing` is called in the loop's thread whenever a commit is left waiting for the disk: the moment for
    work that the marks do not wait for (the interpreter lock is free then, so both go on at once)."""

    def __init__(self, journal: Journal, while_syncing: Callable[[], None] | None = None) -> None:
        self._journal = journal
        self._while_syncing = while_syncing
        self._waiting: list[asyncio.Future[None]] = []  # marked in this pass of the loop
        self._handing_over = False
        self._cond = threading.Condition()
        self._handed: list[asyncio.Future[None]] = []  # under _cond: for the committer's next commit
        self._closing = False
        self._committer: threading.Thread | None = None

    async def mark_sending(self, event: RowSending) -> None:
        """Return once `event` is on disk; raises what the commit raised (e.g. journal.disk_full). The commit is
        handed to the committer at the next pass of the event loop, with every mark made before then."""
        loop = asyncio.get_running_loop()
        self._journal.record(event, defer_commit=True)
        waiter: asyncio.Future[None] = loop.create_future()  # one each: a cancelled worker leaves the others be
        self._waiting.append(waiter)
        if not self._handing_over:
            self._handing_over = True
            loop.call_soon(self._hand_over, loop)
        await waiter

    async def settle(self) -> None:
        """Commit what marks still wait for, then stop the committer thread."""
        loop = asyncio.get_running_loop()
        self._hand_over(loop)
        committer, self._committer = self._committer, None
        if committer is None:
            return
        with self._cond:
            self._closing = True
            self._cond.notify()
        await loop.run_in_executor(None, committer.join)
        self._closing = False

    def _hand_over(self, loop: asyncio.AbstractEventLoop) -> None:
        self._handing_over = False
        waiters, self._waiting = self._waiting, []
        if not waiters:
            return
        with self._cond:
            self._handed.extend(waiters)
            if self._committer is None:
                self._committer = threading.Thread(
                    target=self._commit_while_waited_for, args=(loop,), name="journal-commit", daemon=True
                )
                self._committer.start()
            self._cond.notify()

    def _commit_while_waited_for(self, loop: asyncio.AbstractEventLoop) -> None:
        work = self._while_syncing

        def syncing() -> None:
            if work is not None:
                with suppress(RuntimeError):  # the loop is closed: the commit goes on all the same
                    loop.call_soon_threadsafe(work)

        while True:
            with self._cond:
                while not self._handed and not self._closing:
                    self._cond.wait()
                if not self._handed:
                    return
                waiters, self._handed = self._handed, []
            error: Exception | None = None
            try:
                self._journal.commit_pending(syncing)
            except Exception as exc:  # e.g. the disk is full: none of these rows may go, each worker is told
                error = exc
            with suppress(RuntimeError):  # the loop is closed: nobody waits any more
                loop.call_soon_threadsafe(_resolve, waiters, error)


def _resolve(waiters: list[asyncio.Future[None]], error: Exception | None) -> None:
    for waiter in waiters:
        if waiter.done():
            continue
        if error is None:
            waiter.set_result(None)
        else:
            waiter.set_exception(error)


# One statement and the parameters of each row it applies to, as recorded and not yet committed.
_Write = tuple[str, Sequence[Sequence[object]]]

_RECORD_COLUMNS = (
    "row, address, status, kind, attempts, reason_code, reason, reply, message_id, sent_at, row_values"
)


def _to_record(found: Sequence[object]) -> RowRecord:
    row, address, status, kind, attempts, code, reason, reply, message_id, sent_at, values, problem = found
    return RowRecord(
        row=int(str(row)),
        address=str(address),
        status=RowStatus(str(status)),
        kind=str(kind),
        attempts=int(str(attempts)),
        reason_code=str(code),
        reason=str(reason),
        reply=str(reply),
        message_id=str(message_id),
        sent_at=str(sent_at),
        values=tuple(json.loads(str(values))),
        problem=problem_from_json(str(problem)),
    )


@contextmanager
def _closed_on_failure(db: sqlite3.Connection, path: Path) -> Iterator[None]:
    """While a journal is being opened: any failure closes the connection, and an SQLite error means the file is not
    a usable journal."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        db.close()
        raise _damaged(path, exc) from exc
    except BaseException:
        db.close()
        raise


def _check_intact(db: sqlite3.Connection, path: Path) -> None:
    try:
        verdict = db.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, exc) from exc
    if verdict is None or verdict[0] != "ok":
        raise _damaged(path, sqlite3.DatabaseError(str(verdict[0] if verdict else "no answer")))


def _damaged(path: Path, exc: sqlite3.Error) -> UnusableInputError:
    return UnusableInputError(
        "journal.damaged",
        "The journal {path} is damaged or is not a Mail Merge journal ({error}). Keep it for reference and "
        "start with a new journal file (--journal); check the old one's report before sending again.",
        path=str(path),
        error=str(exc),
    )
