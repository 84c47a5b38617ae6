"""Addresses never to send to again (hard bounces, unsubscribes), shared by every campaign on this computer."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from mailmerge.base.errors import Problem, UnusableInputError, literal, make_problem

_SCHEMA = """
CREATE TABLE IF NOT EXISTS suppressed (
    address TEXT PRIMARY KEY,   -- lower-cased
    reason TEXT NOT NULL,
    added TEXT NOT NULL,
    expires TEXT                -- NULL: for ever
);
"""


@dataclass(frozen=True)
class Suppressed:
    address: str
    reason: str
    added: datetime
    expires: datetime | None


def default_suppression_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("MailMerge", appauthor=False)) / "suppression.sqlite"


class SuppressionList:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_suppression_path()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise UnusableInputError(
                "suppression.unreadable",
                "The suppression list {path} cannot be opened ({error}). Check the folder is writable, or move "
                "the damaged file away so a new list is started.",
                path=str(self.path),
                error=str(exc),
            ) from exc

    def add(self, address: str, reason: str, *, expires: datetime | None = None) -> None:
        self._db.execute(
            "INSERT INTO suppressed VALUES (?, ?, ?, ?) ON CONFLICT(address) DO UPDATE SET "
            "reason = excluded.reason, added = excluded.added, expires = excluded.expires",
            (address.lower(), reason, _iso(datetime.now(UTC)), None if expires is None else _iso(expires)),
        )

    def remove(self, address: str) -> bool:
        return self._db.execute("DELETE FROM suppressed WHERE address = ?", (address.lower(),)).rowcount > 0

    def find(self, address: str) -> Suppressed | None:
        """The entry for this address if it is suppressed now (expired entries do not count)."""
        return self.snapshot().find(address)

    def snapshot(self) -> SuppressionSnapshot:
        """The list read once, for a send run: one query a run instead of one a recipient (a lookup cost about as
        much as sending the message to a local relay). Additions go to the file too."""
        return SuppressionSnapshot(self)

    def add_many(self, entries: Iterable[Suppressed]) -> int:
        """Add (or replace) entries in one transaction, keeping their own dates; returns how many."""
        values = [(e.address.lower(), e.reason, _iso(e.added), None if e.expires is None else _iso(e.expires))
                  for e in entries]
        with self._db:
            self._db.execute("BEGIN")
            self._db.executemany(
                "INSERT INTO suppressed VALUES (?, ?, ?, ?) ON CONFLICT(address) DO UPDATE SET "
                "reason = excluded.reason, added = excluded.added, expires = excluded.expires",
                values,
            )
        return len(values)

    def entries(self) -> list[Suppressed]:
        return [_entry(f) for f in self._db.execute("SELECT address, reason, added, expires FROM suppressed")]

    def close(self) -> None:
        self._db.close()


class SuppressionSnapshot:
    """The list as it stood when a run started, plus this run's bounces (see `SuppressionList.snapshot`)."""

    def __init__(self, store: SuppressionList) -> None:
        self._store = store
        self._entries = {entry.address: entry for entry in store.entries()}

    def find(self, address: str) -> Suppressed | None:
        entry = self._entries.get(address.lower())
        if entry is None or (entry.expires is not None and entry.expires <= datetime.now(UTC)):
            return None
        return entry

    def add(self, address: str, reason: str, *, expires: datetime | None = None) -> None:
        self._store.add(address, reason, expires=expires)
        self._entries[address.lower()] = Suppressed(address.lower(), reason, datetime.now(UTC), expires)


# Why an address is on the list, for people (the list keeps the reason code of the answer that put it there).
REASONS = {
    "smtp.mailbox_unknown": make_problem("suppression.mailbox_unknown", "the address does not exist (the receiving "
                                         "server said so)"),
    "tencent.blocklisted": make_problem("suppression.tencent_blocklisted", "Tencent Cloud blocks it for 14 days "
                                        "after mail to it was refused"),
    "hard_bounce": make_problem("suppression.hard_bounce", "mail to it bounced for good (the address does not exist "
                                "or refuses mail)"),
    "unsubscribed": make_problem("suppression.unsubscribed", "the person asked not to get mail"),
    "complaint": make_problem("suppression.complaint", "the person marked a message as spam"),
    "manual": make_problem("suppression.manual", "added by hand"),
    "blocked": make_problem("suppression.blocked", "blocked for a while (the provider refuses mail to it until the "
                            "date shown)"),
}
# The reasons a person may give in a CSV file; codes of provider answers are kept as they are on export.
IMPORT_REASONS = ("hard_bounce", "unsubscribed", "complaint", "manual", "blocked")
BLOCKED_DAYS = 14  # a `blocked` row without an end date: Tencent Cloud's blocking period


def why(reason: str) -> Problem:
    """The reason as words each face says in its reader's language; an unknown code (from a newer version, say)
    is shown as it is."""
    return REASONS.get(reason) or literal("suppression.other", reason)


def describe(reason: str) -> str:
    """The reason in plain English words; an unknown code (from a newer version, say) is shown as it is."""
    return why(reason).message()


def readable(address: str) -> str:
    """The address as people write it: the list keeps IDNA domains (kim@xn--bcher-kva.de is kim@bücher.de)."""
    local, _, domain = address.rpartition("@")
    try:
        return f"{local}@{domain.encode('ascii').decode('idna')}" if "xn--" in domain else address
    except UnicodeError:
        return address


def _iso(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="seconds")


def _entry(found: tuple[str, str, str, str | None]) -> Suppressed:
    address, reason, added, expires = found
    return Suppressed(
        address, reason, datetime.fromisoformat(added), None if expires is None else datetime.fromisoformat(expires)
    )
