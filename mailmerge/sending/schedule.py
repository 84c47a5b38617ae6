"""Campaigns scheduled in the window for a later time, kept on disk so a schedule survives closing the app.

One small JSON file in the user's data folder lists (campaign file, account, time). The window sends a campaign
when its time comes while it runs; a schedule whose time passed while the app was closed is only offered at the
next start, never sent without asking (the people on the list may no longer expect it). The CLI's equivalent is
`send --at`, which waits in its own process.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from mailmerge.base.errors import MailMergeError


@dataclass(frozen=True)
class Scheduled:
    campaign: Path  # the saved campaign file (.mailmerge.json): spreadsheet, message, account
    at: datetime  # timezone-aware
    account: str | None = None  # as chosen when scheduling, for the confirmation's wording


def schedules_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("MailMerge", appauthor=False) / "schedules.json"


def load_schedules(path: Path | None = None) -> list[Scheduled]:
    """Every schedule, soonest first; a damaged file reads as none (and is replaced by the next change)."""
    path = path or schedules_path()
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))["scheduled"]
        found = [Scheduled(Path(e["campaign"]), datetime.fromisoformat(e["at"]), e.get("account")) for e in entries]
    except FileNotFoundError:
        return []
    except (OSError, ValueError, KeyError, TypeError):
        return []
    return sorted((s for s in found if s.at.tzinfo is not None), key=lambda s: s.at)


def add_schedule(entry: Scheduled, path: Path | None = None) -> None:
    """Schedule a campaign (replacing an earlier schedule of the same campaign file)."""
    if entry.at.tzinfo is None:
        raise ValueError("a schedule needs a timezone-aware time")
    kept = [s for s in load_schedules(path) if s.campaign != entry.campaign]
    _store([*kept, entry], path or schedules_path())


def remove_schedule(campaign: Path, path: Path | None = None) -> bool:
    found = load_schedules(path)
    kept = [s for s in found if s.campaign != campaign]
    if len(kept) != len(found):
        _store(kept, path or schedules_path())
    return len(kept) != len(found)


def due(now: datetime | None = None, path: Path | None = None) -> list[Scheduled]:
    """Schedules whose time has come (or passed while the app was closed)."""
    current = now or datetime.now().astimezone()
    return [s for s in load_schedules(path) if s.at <= current]


def _store(entries: list[Scheduled], path: Path) -> None:
    document = {"version": 1, "scheduled": [
        {"campaign": str(s.campaign), "at": s.at.isoformat(timespec="seconds"), "account": s.account}
        for s in sorted(entries, key=lambda s: s.at)]}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".schedules-", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(document, handle, indent=2, ensure_ascii=False)
        os.replace(tmp, path)
    except OSError as exc:
        raise MailMergeError(
            "schedule.unwritable",
            "The schedule could not be saved in {path} ({reason}). Check that the folder may be written to.",
            path=str(path), reason=exc.strerror or type(exc).__name__,
        ) from None
