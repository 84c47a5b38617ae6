"""The window's view of send runs: where each row of the open campaign stands, the run list for History, reports.
Where journals live and what identifies a run is the core's (mailmerge/sending/runs.py, workspace.py); this module
only reads what the window shows, and has each row's reason worded by ui/wording.py (Qt's translator, which may be
used from the background thread these run in)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from mailmerge.base.errors import MailMergeError, Problem

if TYPE_CHECKING:
    from mailmerge.compose.campaign import Campaign
    from mailmerge.sending.runs import RunSummary

def current_journal(campaign: Campaign, account: str | None) -> Path:
    """The journal of this campaign's run through this account (it may not exist yet)."""
    from mailmerge.sending.runs import account_ref, identify, journal_path

    return journal_path(campaign.contacts.source, identify(campaign, account_ref(account)))


def _unreadable(path: Path, exc: Exception) -> MailMergeError:
    # The core's sentence tells a command-line user about --journal; here the other campaigns matter more.
    error = exc.params.get("error", "the file is gone") if isinstance(exc, MailMergeError) else exc
    return MailMergeError(
        "ui.journal_unreadable",
        "The send history {file} cannot be read ({error}). It may be damaged; the other campaigns are fine.",
        file=str(path), error=str(error),
    )


def _shown_reason(row: int, status: str, reason_code: str, reason: str, problem: Problem | None) -> str:
    """The reason a person reads, in the window's language: a row left in flight by a crash is explained in the
    app's words (the core's sentence points command-line users at --retry-failed); a journal of an older version
    keeps its English sentence."""
    from mailmerge.sending.journal import INTERRUPTED
    from ui.wording import row_reason

    if status == "sending":
        reason_code, problem = INTERRUPTED.code, INTERRUPTED
    return row_reason(reason_code, row, reason, problem)


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
                    _shown_reason(r.row, r.status.value, r.reason_code, r.reason, r.problem))
            for r in journal.records()
        }
    except (sqlite3.Error, ValueError) as exc:  # a page damaged after the open's check, a status not known here
        raise _unreadable(path, exc) from exc
    finally:
        journal.close()


def past_statuses(campaign: Campaign, account: str | None) -> dict[int, tuple[str, str]]:
    """Where each row of this campaign's run through this account stands; empty when it was never sent."""
    path = current_journal(campaign, account)
    return row_statuses(path) if path.exists() else {}


@dataclass(frozen=True)
class RunList:
    runs: list[RunSummary]
    problems: list[str]  # journals that cannot be read, in a sentence each


def run_list() -> RunList:
    """Every run of every campaign on this computer, from either the window or the command line, newest first;
    unknown rows worded for the window."""
    from mailmerge.sending.runs import list_runs

    runs: list[RunSummary] = []
    problems: list[str] = []
    for found in list_runs():
        if isinstance(found, tuple):
            path, exc = found
            problems.append(str(_unreadable(path, exc)))
            continue
        summary = found.summary
        unsettled = tuple(replace(u, reason=_shown_reason(u.row, u.status.value, u.reason_code, u.reason, u.problem))
                          for u in summary.unsettled)
        runs.append(replace(found, summary=replace(summary, unsettled=unsettled)))
    return RunList(runs, problems)


def export_report(journal_file: Path, out: Path) -> int:
    """Write the report of a run (.xlsx or .csv) with each row's reason in the window's language; returns the
    number of rows written."""
    from mailmerge.sending.journal import Journal
    from mailmerge.sending.report import write_report
    from ui.wording import row_reason

    journal = Journal.read_only(journal_file)
    try:
        return write_report(journal, out, lambda r: row_reason(r.reason_code, r.row, r.reason, r.problem))
    finally:
        journal.close()
