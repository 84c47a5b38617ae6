"""Addresses never to send to again (hard bounces, unsubscribes), shared by every campaign on this computer."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from mailmerge.errors import UnusableInputError

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
        found = self._db.execute(
            "SELECT address, reason, added, expires FROM suppressed WHERE address = ? "
            "AND (expires IS NULL OR expires > ?)",
            (address.lower(), _iso(datetime.now(UTC))),
        ).fetchone()
        return None if found is None else _entry(found)

    def entries(self) -> list[Suppressed]:
        return [_entry(f) for f in self._db.execute("SELECT address, reason, added, expires FROM suppressed")]

    def close(self) -> None:
        self._db.close()


def _iso(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="seconds")


def _entry(found: tuple[str, str, str, str | None]) -> Suppressed:
    address, reason, added, expires = found
    return Suppressed(
        address, reason, datetime.fromisoformat(added), None if expires is None else datetime.fromisoformat(expires)
    )
