"""Crash safety for real: `python -m mailmerge send` in another process, killed with SIGKILL at random moments,
resumed each time. Also the pacing promise measured on the server's clock."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from conftest import REPO
from engine_fixtures import Setup, address_of, server_fixture, write_campaign  # noqa: F401
from servers import ScriptedServer

from mailmerge.base.envelope import OutgoingMessage
from mailmerge.base.events import RunStopped
from mailmerge.base.outcome import Outcome
from mailmerge.sending.engine import Engine, Limits
from mailmerge.transports.base import Transport
from mailmerge.transports.smtp import SmtpSettings, smtp_factory

pytestmark = [pytest.mark.slow, pytest.mark.integration]

ROWS = 2000
CONNECTIONS = 4


def start_send(contacts: Path, template: Path, journal: Path, port: int, *, resume: bool) -> subprocess.Popen[bytes]:
    command = [
        sys.executable, "-m", "mailmerge", "send", str(contacts), str(template), "--yes",
        f"--server=smtp://127.0.0.1:{port}", f"--journal={journal}", f"--connections={CONNECTIONS}",
    ]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [*command, *(["--resume"] if resume else [])],
        cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )


def wait_for(predicate: object, process: subprocess.Popen[bytes], limit_s: float = 120) -> None:
    assert callable(predicate)
    deadline = time.monotonic() + limit_s
    while not predicate() and process.poll() is None:
        assert time.monotonic() < deadline, "the send process made no progress"
        time.sleep(0.002)


def test_sigkill_and_resume_never_sends_twice(tmp_path: Path, server: ScriptedServer, kill_runs: int) -> None:
    kills = kill_runs
    contacts, template = write_campaign(tmp_path, ROWS)
    journal = tmp_path / "run.journal.sqlite"
    rng = random.Random(os.environ.get("MAILMERGE_KILL_SEED"))
    killed = 0
    for run in range(kills):
        process = start_send(contacts, template, journal, server.port, resume=run > 0)
        target = min(ROWS - 1, len(server.messages) + rng.randint(1, 2 * ROWS // (kills + 1)))
        wait_for(lambda target=target: len(server.messages) >= target, process)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            killed += 1
        process.wait()
    assert killed >= 1, "every run finished before it could be killed"
    final = start_send(contacts, template, journal, server.port, resume=True)
    _, err = final.communicate(timeout=300)
    assert final.returncode in (0, 1), err.decode()

    db = sqlite3.connect(journal)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    statuses = dict(db.execute("SELECT row, status FROM recipients").fetchall())
    db.close()
    unknown = {row for row, status in statuses.items() if status == "unknown"}
    assert Counter(statuses.values()).keys() <= {"sent", "unknown"}  # none skipped, none left pending
    assert len(unknown) <= CONNECTIONS * killed
    delivered = Counter(r for m in server.messages for r in m.recipients)
    assert max(delivered.values()) == 1  # nobody got the message twice
    for row in range(1, ROWS + 1):
        if row not in unknown:
            assert delivered[address_of(row)] == 1, row


async def test_rate_holds(tmp_path: Path, server: ScriptedServer) -> None:
    """10/s means no second with more than 10 messages handed to the server. Measured where the pace is kept (the
    moment each message is given to its connection): arrival times at a test server in this process bunch up
    whenever a loaded machine stalls its thread, which says nothing about the pace."""
    handed: list[float] = []

    class Timed:
        def __init__(self, inner: Transport) -> None:
            self._inner = inner

        async def send(self, message: OutgoingMessage, following: OutgoingMessage | None = None) -> Outcome:
            handed.append(time.monotonic())
            return await self._inner.send(message, following)

        async def close(self) -> None:
            await self._inner.close()

    smtp = smtp_factory(SmtpSettings(host="127.0.0.1", port=server.port, security="none", timeout_s=5))

    async def timed_factory() -> Transport:
        return Timed(await smtp())

    contacts, template = write_campaign(tmp_path, 60)
    setup = Setup(tmp_path, contacts, template, server.port)
    journal = setup.open_journal()
    try:
        start = time.monotonic()
        engine = Engine(setup.campaign(), journal, timed_factory, Limits(connections=4, per_second=10),
                        suppression=setup.suppression)
        events = [event async for event in engine.run()]
        elapsed = time.monotonic() - start
    finally:
        journal.close()

    assert len(server.messages) == 60 and isinstance(events[-1], RunStopped)
    # Never faster than the rate; how much slower a loaded machine makes it is a benchmark's business (bench/).
    assert elapsed >= 5.4
    windows = [sum(1 for t in handed if first <= t < first + 1.0) for first in handed]
    assert max(windows) <= 10

