"""Where the app keeps send journals: one SQLite file per spreadsheet (and sheet), in the user data folder, so the
History step can list every past campaign and a re-opened spreadsheet continues its own journal. No Qt."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from mailmerge.errors import MailMergeError

SUFFIX = ".journal.sqlite"
INTERRUPTED_REASON = (
    "The app stopped while this message was being sent, so it may or may not have arrived. Ask the recipient, "
    "then use Retry not sent if it needs sending again."
)


def journals_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path("MailMerge", appauthor=False) / "journals"


def campaign_key(source: Path, sheet: str | None) -> str:
    """Identifies the spreadsheet a journal belongs to; edited rows are caught by the engine's row hashes."""
    return hashlib.sha256(f"{source.resolve()}\0{sheet or ''}".encode()).hexdigest()


def journal_path(source: Path, sheet: str | None) -> Path:
    return journals_dir() / f"{source.stem}-{campaign_key(source, sheet)[:12]}{SUFFIX}"


def list_journals() -> list[Path]:
    """Newest first."""
    folder = journals_dir()
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*" + SUFFIX), key=lambda p: p.stat().st_mtime, reverse=True)


@dataclass(frozen=True)
class JournalSummary:
    path: Path
    contacts_path: str
    state: str
    modified: float  # POSIX time of the last write
    counts: dict[str, int]  # status -> rows
    unknown: tuple[tuple[int, str, str], ...]  # (row, address, reason): in flight when the app stopped


def _read_only(path: Path) -> sqlite3.Connection:
    # Read-only on purpose: Journal.open turns `sending` rows into `unknown`, which must not happen to a journal
    # another window or the CLI is sending with right now.
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)


def _unreadable(path: Path, exc: Exception) -> MailMergeError:
    return MailMergeError(
        "ui.journal_unreadable",
        "The send history {file} cannot be read ({error}). It may be damaged; the other campaigns are fine.",
        file=str(path), error=str(exc),
    )


def row_statuses(path: Path) -> dict[int, tuple[str, str]]:
    """row -> (status, reason) as last recorded, to show a re-opened spreadsheet where it stands."""
    try:
        db = _read_only(path)
        try:
            found = db.execute("SELECT row, status, reason FROM recipients").fetchall()
        finally:
            db.close()
    except sqlite3.Error as exc:
        raise _unreadable(path, exc) from exc
    # Called when no run is active: a row still `sending` was in flight when the app stopped.
    return {int(r): ("unknown", INTERRUPTED_REASON) if s == "sending" else (str(s), str(why)) for r, s, why in found}


def summarize(path: Path) -> JournalSummary:
    """Counts per status and the rows whose fate is unknown, read without changing the journal."""
    try:
        db = _read_only(path)
        try:
            contacts_path, state = db.execute("SELECT contacts_path, state FROM campaign").fetchone()
            counts = dict(db.execute("SELECT status, count(*) FROM recipients GROUP BY status").fetchall())
            unknown = tuple(
                (row, address, reason or INTERRUPTED_REASON) for row, address, reason in db.execute(
                    "SELECT row, address, reason FROM recipients WHERE status IN ('unknown', 'sending') ORDER BY row"
                )
            )
        finally:
            db.close()
    except (sqlite3.Error, TypeError) as exc:
        raise _unreadable(path, exc) from exc
    return JournalSummary(path, str(contacts_path), str(state), path.stat().st_mtime,
                          {str(k): int(v) for k, v in counts.items()}, unknown)


def export_report(journal_file: Path, key: str, out: Path) -> int:
    """Write the report of a finished run (.xlsx or .csv); returns the number of rows written."""
    from mailmerge.journal import Journal
    from mailmerge.report import write_report

    journal = Journal.open(journal_file, key)
    try:
        return write_report(journal, out)
    finally:
        journal.close()
