"""One sender per campaign: an exclusive lock held for a whole run, so a second process (the window and the command
line, or two command lines) is refused instead of mailing the same people again.

The lock is the operating system's (flock / LockFileEx) on a small file; the file also says who holds it (process,
computer, start time) so the refusal can name the first sender. A lock left by a process that died is released by
the operating system, so a stale file is simply taken over. The file is never deleted: deleting it while another
process waits on it would let two processes hold locks on two different files.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from mailmerge.base.errors import MailMergeError

LOCK_SUFFIX = ".lock"


class RunLocked(MailMergeError):
    """Another process is sending this campaign now. params: pid, host, started, face."""


class RunLock:
    """Held from `acquire` until `release` (or the process ends)."""

    def __init__(self, path: Path, handle: IO[str]) -> None:
        self.path = path
        self._handle: IO[str] | None = handle

    @classmethod
    def acquire(cls, path: Path, *, face: str) -> RunLock:
        """Take the lock at `path` or raise RunLocked naming the holder. `face`: "window" or "command line"."""
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - held open for the whole run
        except OSError as exc:
            raise MailMergeError(
                "run.lock_unwritable",
                "Cannot make the lock file {path} that keeps two programs from sending this campaign at once "
                "({error}). Check that you may write to that folder.",
                path=str(path), error=exc.strerror or str(exc),
            ) from exc
        if not _try_lock(handle):
            holder = _read_holder(handle)
            handle.close()
            raise RunLocked(
                "run.locked",
                "This campaign is being sent right now by another Mail Merge ({face}, process {pid} on {host}, "
                "started {started}). Wait until that send has finished, or stop it there, then try again.",
                pid=holder.get("pid", "?"), host=holder.get("host", "?"), started=holder.get("started", "?"),
                face=holder.get("face", "another program"),
            )
        handle.seek(0)
        handle.truncate()
        owner = {"pid": os.getpid(), "host": socket.gethostname(), "face": face,
                 "started": datetime.now(UTC).astimezone().strftime("%Y-%m-%d %H:%M")}
        handle.write(json.dumps(owner) + "\n")
        handle.flush()
        return cls(path, handle)

    def release(self) -> None:
        if self._handle is not None:
            _unlock(self._handle)
            self._handle.close()
            self._handle = None

    def __enter__(self) -> RunLock:
        return self

    def __exit__(self, *_: object) -> None:
        self.release()


def _read_holder(handle: IO[str]) -> dict[str, object]:
    handle.seek(0)
    try:
        found = json.loads(handle.read() or "{}")
    except json.JSONDecodeError:
        return {}
    return found if isinstance(found, dict) else {}


if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
