"""The capture outbox: real SMTP clients in, parseable .eml files out; the `outbox` command as a real process."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from email import message_from_bytes
from email.policy import default as default_policy
from pathlib import Path

import pytest
from conftest import REPO

from mailmerge.base.envelope import Envelope, OutgoingMessage
from mailmerge.base.errors import UnusableInputError
from mailmerge.base.outcome import OutcomeKind
from mailmerge.transports.outbox import Outbox, default_outbox_dir
from mailmerge.transports.smtp import SmtpSettings, smtp_factory

pytestmark = pytest.mark.integration


def message(row: int, bcc: str | None = None) -> OutgoingMessage:
    data = (
        f"From: office@example.com\r\nTo: person{row}@example.com\r\nSubject: =?utf-8?b?7JWI64WV?= {row}\r\n"
        f"Message-ID: <row{row}.abc/def@example.com>\r\n\r\nHello {row}.\r\n"
    ).encode()
    recipients = (f"person{row}@example.com", *((bcc,) if bcc else ()))
    return OutgoingMessage(row, Envelope("office@example.com", recipients), data, f"row{row}.abc/def@example.com")


async def test_outbox_stores_every_message_as_parseable_eml(tmp_path: Path) -> None:
    count = 300
    with Outbox(tmp_path / "outbox") as outbox:
        factory = smtp_factory(SmtpSettings(outbox.host, outbox.port, "none", timeout_s=10))
        transport = await factory()
        outcomes = [await transport.send(message(row, bcc="boss@example.com")) for row in range(1, count + 1)]
        await transport.close()
    assert {o.kind for o in outcomes} == {OutcomeKind.SENT}
    files = sorted((tmp_path / "outbox").iterdir())
    assert len(files) == count
    assert all(f.suffix == ".eml" for f in files)  # no temporary file left behind
    assert "row1.abc_def@example.com" in files[0].name
    rows = set()
    for path in files:
        parsed = message_from_bytes(path.read_bytes(), policy=default_policy)
        assert parsed["X-Outbox-Envelope-From"] == "<office@example.com>"
        assert "<boss@example.com>" in parsed["X-Outbox-Envelope-To"]
        assert str(parsed["Subject"]).startswith("안녕 ")
        rows.add(int(str(parsed["Subject"]).split()[-1]))
    assert rows == set(range(1, count + 1))
    assert outcomes[0].provider_id is not None and outcomes[0].provider_id.endswith(".eml")


def test_default_outbox_dir_is_under_user_data(isolated_dirs: Path) -> None:
    folder = default_outbox_dir()
    assert folder.name == "outbox"
    assert folder.is_relative_to(isolated_dirs)


def test_port_in_use_is_a_clear_error(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        with pytest.raises(UnusableInputError) as raised:
            Outbox(tmp_path, port=busy.getsockname()[1]).start()
    assert raised.value.code == "outbox.port_unavailable"
    assert "Choose another port" in str(raised.value)


def test_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(UnusableInputError) as raised:
        Outbox(blocker / "outbox").start()
    assert raised.value.code == "outbox.folder_unusable"
    assert str(blocker / "outbox") in str(raised.value)


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_outbox_command_prints_port_and_stops_on_signal(tmp_path: Path, stop_signal: signal.Signals) -> None:
    folder = tmp_path / "box"
    process = subprocess.Popen(
        [sys.executable, "-m", "mailmerge", "outbox", "--dir", str(folder)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "0"},
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    assert first.startswith("Outbox listening on 127.0.0.1:"), first + (process.stderr.read() if process.stderr else "")
    port = int(first.split(":")[1].split(",")[0])
    assert f"saving to {folder}" in first
    with socket.create_connection(("127.0.0.1", port), timeout=10) as client:
        assert client.recv(100).startswith(b"220")
    process.send_signal(stop_signal)
    out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    assert "Outbox stopped. 0 messages" in out
