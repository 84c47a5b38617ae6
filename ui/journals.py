"""Where the app keeps send journals: one SQLite file per spreadsheet (and sheet), in the user data folder, so the
History step can list every past campaign and a re-opened spreadsheet continues its own journal. No Qt."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from mailmerge.base.errors import MailMergeError

if TYPE_CHECKING:
    from mailmerge.sending.journal import JournalSummary

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


def _unreadable(path: Path, exc: Exception) -> MailMergeError:
    # The core's sentence tells a command-line user about --journal; here the other campaigns matter more.
    error = exc.params.get("error", "the file is gone") if isinstance(exc, MailMergeError) else exc
    return MailMergeError(
        "ui.journal_unreadable",
        "The send history {file} cannot be read ({error}). It may be damaged; the other campaigns are fine.",
        file=str(path), error=str(error),
    )


def _shown_reason(status: str, reason_code: str, reason: str) -> str:
    """The reason a person reads: a row left in flight by a crash is explained in the app's words (the core's
    sentence points command-line users at --retry-failed)."""
    if status == "sending" or reason_code == "journal.interrupted":
        return INTERRUPTED_REASON
    return reason


def row_statuses(path: Path) -> dict[int, tuple[str, str]]:
    """row -> (status, reason) as last recorded, to show a re-opened spreadsheet where it stands.

    Called when no run is active, so a row still `sending` was in flight when the app stopped: shown as unknown."""
    from mailmerge.sending.journal import Journal

    try:
        journal = Journal.read_only(path)
    except MailMergeError as exc:
        raise _unreadable(path, exc) from exc
    try:
        return {
            r.row: ("unknown" if r.status == "sending" else r.status.value,
                    _shown_reason(r.status.value, r.reason_code, r.reason))
            for r in journal.records()
        }
    except (sqlite3.Error, ValueError) as exc:  # a page damaged after the open's check, a status not known here
        raise _unreadable(path, exc) from exc
    finally:
        journal.close()


def summarize(path: Path) -> JournalSummary:
    """Counts per status and the rows whose fate is unknown (reasons as the app words them), read without
    changing the journal."""
    from mailmerge.sending.journal import summarize as summarize_journal

    try:
        summary = summarize_journal(path)
    except MailMergeError as exc:
        raise _unreadable(path, exc) from exc
    unsettled = tuple(replace(u, reason=_shown_reason(u.status.value, u.reason_code, u.reason))
                      for u in summary.unsettled)
    return replace(summary, unsettled=unsettled)


def snapshot_path(journal_file: Path) -> Path:
    """The campaign as it was last sent (message, columns, account), kept beside its journal so an interrupted
    run can be reopened exactly as it was; a different message would make every row look edited."""
    from mailmerge.compose.campaign_file import SUFFIX as CAMPAIGN_SUFFIX

    return journal_file.with_name(journal_file.name.removesuffix(SUFFIX) + CAMPAIGN_SUFFIX)


@dataclass(frozen=True)
class Unfinished:
    campaign_file: Path
    contacts_name: str
    sent: int
    waiting: int


def find_unfinished() -> Unfinished | None:
    """The newest campaign whose run stopped before every row was handled (crash, Stop, quitting mid-send)."""
    from mailmerge.sending.journal import TO_SEND, RowStatus

    for path in list_journals():
        snapshot = snapshot_path(path)
        if not snapshot.is_file():
            continue
        try:
            summary = summarize(path)
        except MailMergeError:
            continue  # the History step explains a damaged journal; it is not a run to continue
        waiting = sum(summary.counts[status] for status in TO_SEND)
        if waiting:
            return Unfinished(snapshot, Path(summary.contacts_path).name, summary.counts[RowStatus.SENT], waiting)
    return None


def export_report(journal_file: Path, key: str, out: Path) -> int:
    """Write the report of a finished run (.xlsx or .csv); returns the number of rows written."""
    from mailmerge.sending.journal import Journal
    from mailmerge.sending.report import write_report

    journal = Journal.open(journal_file, key)
    try:
        return write_report(journal, out)
    finally:
        journal.close()
