"""No password anywhere but the keyring: a real account whose password is in the real Secret Service sends real
campaigns through `python -m mailmerge` (one killed mid-run so the journal's -wal/-shm are left on disk, then
resumed; a refused address; a login failure), and then every file the runs could have written, every output and a
crash report are searched for the password as text, as base64 (AUTH LOGIN) and inside AUTH PLAIN's base64.

Run under D-Bus with an unlocked keyring:
    dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null;
                               .venv/bin/python -m pytest tests/test_no_secret_leaks.py -q'
"""

from __future__ import annotations

import base64
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import pytest
from conftest import REPO
from engine_fixtures import journal_in, write_campaign
from servers import ScriptedServer

from mailmerge.accounts import credentials
from mailmerge.accounts import profiles as accounts

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(
        not os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
        reason="no D-Bus session: run under dbus-run-session with an unlocked gnome-keyring-daemon",
    ),
]
USER = "office@example.com"
# A passphrase with a space and a comma, as people choose them: a redaction that stops at either would leak the rest.
# Each holds a random token, so even a partly redacted password is found.
PASSWORD_TOKEN, WRONG_TOKEN = uuid.uuid4().hex[:10], uuid.uuid4().hex[:10]
PASSWORD = f"correct horse, battery {PASSWORD_TOKEN} staple!"
WRONG_PASSWORD = f"yesterday's pass, {WRONG_TOKEN}"
REFUSED = "gone@example.com"
WAIT_S = 60.0


def forms(secret: str, token: str) -> dict[str, bytes]:
    """Every shape in which the secret could end up in a file or output."""
    return {
        "text": secret.encode(),
        "random part": token.encode(),
        "AUTH LOGIN base64": base64.b64encode(secret.encode()),
        "AUTH PLAIN base64": base64.b64encode(f"\0{USER}\0{secret}".encode()),
        "UTF-16": secret.encode("utf-16-le"),
    }


def leaks_in(name: str, data: bytes) -> list[str]:
    return [
        f"{name}: {shape} of {label}"
        for label, secret, token in (
            ("the password", PASSWORD, PASSWORD_TOKEN), ("the wrong password", WRONG_PASSWORD, WRONG_TOKEN)
        )
        for shape, needle in forms(secret, token).items()
        if needle in data
    ]


def files_under(*roots: Path) -> list[Path]:
    return sorted(p for root in roots for p in root.rglob("*") if p.is_file())


def leaks_in_files(*roots: Path) -> list[str]:
    return [leak for path in files_under(*roots) for leak in leaks_in(str(path), path.read_bytes())]


def mailmerge(*argv: str, stdin: str = "") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "mailmerge", *argv],
        input=stdin.encode(), capture_output=True, cwd=REPO, env=_env(), timeout=WAIT_S,
    )


def start_mailmerge(*argv: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "mailmerge", *argv],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO, env=_env(),
    )


def _env() -> dict[str, str]:
    # os.environ carries the test's isolated XDG folders and the D-Bus session of the keyring.
    return {**os.environ, "PYTHONPATH": str(REPO)}


class Outputs:
    """stdout/stderr of every command run, kept in memory (writing them to disk could itself leak)."""

    def __init__(self) -> None:
        self.captured: dict[str, bytes] = {}

    def keep(self, label: str, stdout: bytes, stderr: bytes) -> None:
        self.captured[f"{label} stdout"] = stdout
        self.captured[f"{label} stderr"] = stderr

    def leaks(self) -> list[str]:
        return [leak for name, data in self.captured.items() for leak in leaks_in(name, data)]


@pytest.fixture
def login_server() -> Iterator[ScriptedServer]:
    server = ScriptedServer(login=(USER, PASSWORD)).start()
    server.script.always("rcpt", "550 5.1.1 No such user here", address=REFUSED)
    yield server
    server.stop()


@pytest.fixture
def account_names() -> Iterator[tuple[str, str]]:
    names = (f"leak-{uuid.uuid4().hex[:10]}", f"leak-wrong-{uuid.uuid4().hex[:10]}")
    yield names
    for name in names:
        credentials.delete_secret(credentials.account_key(name))


def add_account(outputs: Outputs, name: str, port: int, password: str) -> None:
    added = mailmerge(
        "account", "add", name, "--preset", "generic", "--host", "127.0.0.1", "--port", str(port),
        "--security", "none", "--user", USER, "--from", f"Office <{USER}>", "--password-stdin",
        stdin=password + "\n",
    )
    outputs.keep(f"account add {name}", added.stdout, added.stderr)
    assert added.returncode == 0, added.stderr.decode()


def wait_until(condition: object, process: subprocess.Popen[bytes]) -> None:
    assert callable(condition)
    deadline = time.monotonic() + WAIT_S
    while not condition():
        assert process.poll() is None, "the send finished before it could be interrupted"
        assert time.monotonic() < deadline, "the send made no progress"
        time.sleep(0.01)


def test_password_is_only_in_the_keyring(
    tmp_path: Path, isolated_dirs: Path, login_server: ScriptedServer, account_names: tuple[str, str]
) -> None:
    good, wrong = account_names
    outputs = Outputs()
    add_account(outputs, good, login_server.port, PASSWORD)
    add_account(outputs, wrong, login_server.port, WRONG_PASSWORD)
    tested = mailmerge("account", "test", wrong)
    outputs.keep("account test (wrong password)", tested.stdout, tested.stderr)
    assert tested.returncode == 2 and "✗ AUTH" in tested.stdout.decode()

    # A campaign with a refused address, killed with SIGKILL after the first message so the journal's
    # write-ahead log stays on disk as a crash would leave it, then resumed to the end.
    first = tmp_path / "first"
    first.mkdir()
    contacts, template = write_campaign(first, 8, overrides={3: REFUSED})
    events = first / "events.jsonl"
    send = ["send", str(contacts), str(template), "--account", good, "--yes", f"--events-jsonl={events}"]
    process = start_mailmerge(*send, "--rate=4/s", "--connections=1")
    wait_until(lambda: len(login_server.messages) >= 2, process)
    process.send_signal(signal.SIGKILL)
    journal = journal_in(first)
    stdout, stderr = process.communicate(timeout=WAIT_S)
    outputs.keep("send (killed)", stdout, stderr)
    wal = journal.with_name(journal.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the crash leftovers are really there to search
    assert leaks_in_files(first, isolated_dirs) == []

    resumed = mailmerge(*send, "--resume")
    outputs.keep("send --resume", resumed.stdout, resumed.stderr)
    assert resumed.returncode == 1, resumed.stderr.decode()  # one row refused
    delivered = {r for m in login_server.messages for r in m.recipients}
    assert REFUSED not in delivered and len(delivered) >= 6
    assert '"RowFailed"' in events.read_text(encoding="utf-8")

    # A login failure: the run stops before any message and says why.
    second = tmp_path / "second"
    second.mkdir()
    contacts, template = write_campaign(second, 3)
    refused = mailmerge("send", str(contacts), str(template), "--account", wrong, "--yes",
                        f"--events-jsonl={second / 'events.jsonl'}")
    outputs.keep("send (login refused)", refused.stdout, refused.stderr)
    assert refused.returncode == 2
    assert "RunStopped" in (second / "events.jsonl").read_text(encoding="utf-8")

    # What was searched is real: the account list, the suppression list (the refused address), both journals.
    searched = files_under(tmp_path, isolated_dirs)
    assert accounts.accounts_path() in searched
    assert any(REFUSED.encode() in p.read_bytes() for p in searched if isolated_dirs in p.parents)
    assert journal in searched and journal_in(second) in searched
    assert leaks_in_files(tmp_path, isolated_dirs) == []
    assert outputs.leaks() == []
    assert credentials.get_secret(credentials.account_key(good)) == PASSWORD  # and it is in the keyring


def _crash_with_password(account_name: str, shape: str) -> tuple[type[BaseException], BaseException, TracebackType]:
    """A bug in code that held the account's connection settings (password read from the keyring)."""
    settings = accounts.smtp_settings(accounts.get_account(account_name))
    password = settings.password
    messages = {
        "only in locals": f"could not log in as {settings.username}",
        "assignment": f"could not log in with password={password}",
        "dict repr": f"bad login data {dict(user=USER, password=password)!r}",
        "bare": f"server rejected {password!r}",
    }
    try:
        raise RuntimeError(messages[shape])
    except RuntimeError as exc:
        assert exc.__traceback__ is not None
        return RuntimeError, exc, exc.__traceback__


@pytest.mark.parametrize("shape", ["only in locals", "assignment", "dict repr", "bare"])
def test_crash_report_has_no_password(
    shape: str, isolated_dirs: Path, login_server: ScriptedServer, account_names: tuple[str, str]
) -> None:
    from ui.crash_report import crash_report

    outputs = Outputs()
    add_account(outputs, account_names[0], login_server.port, PASSWORD)
    report = crash_report(*_crash_with_password(account_names[0], shape))
    assert "RuntimeError" in report and "_crash_with_password" in report  # a real report of this crash
    assert leaks_in("crash report", report.encode()) == []
