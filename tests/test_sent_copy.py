"""Keep a copy in Sent: a real run through an SMTP server with the account's mailbox on a real IMAP server
(dovecot): the copies land in the folder marked \\Sent, or in one with a usual name (Korean here); a mailbox that
fails is reported once after the run and never stops it."""

# ruff: noqa: F811  (pytest fixtures are imported and used as parameters of the same name)
from __future__ import annotations

import email
import imaplib
import io
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from engine_fixtures import write_campaign
from imap_server import PASSWORD, ImapServer, imap_server  # noqa: F401
from servers import ScriptedServer

from mailmerge.cli import EXIT_OK, main
from mailmerge.sending.journal import Journal
from mailmerge.transports.imap import ImapSettings, Mailbox, decode_folder, encode_folder
from mailmerge.transports.sent_copy import SentCopier

pytestmark = pytest.mark.skipif(
    not os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
    reason="the account password lives in the keyring: run under dbus-run-session")


@contextmanager
def smtp_for(user: str) -> Iterator[ScriptedServer]:
    """An SMTP server that wants the mailbox user's login: one account password serves sending and the mailbox."""
    started = ScriptedServer(pipelining=True, login=(user, PASSWORD)).start()
    try:
        yield started
    finally:
        started.stop()


def add_account(smtp: ScriptedServer, imap_port: int, user: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["account", "add", "office", "--preset", "generic", "--host", "127.0.0.1", "--port",
                 str(smtp.port), "--security", "none", "--user", user, "--password-stdin", "--imap-host",
                 "127.0.0.1", "--imap-port", str(imap_port), "--imap-security", "none", "--keep-sent-copy"]) == EXIT_OK


def sent_ids(server: ImapServer, user: str, folder: str) -> tuple[list[str], list[bytes]]:
    imap = server.client(user)
    try:
        status, count = imap.select(f'"{encode_folder(folder)}"', readonly=True)
        assert status == "OK"
        if int(count[0] or 0) == 0:
            return [], []
        _, data = imap.fetch("1:*", "(FLAGS BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])")
        items = [d for d in data if isinstance(d, tuple)]
        ids = [str(email.message_from_bytes(d[1])["Message-ID"]).strip("<>") for d in items]
        return ids, [d[0] for d in items]
    finally:
        imap.logout()


def run_ids(journal_path: Path) -> list[str]:
    journal = Journal.read_only(journal_path)
    try:
        return [r.message_id for r in journal.records()]
    finally:
        journal.close()


@pytest.mark.parametrize(("user", "folder"), [("lee", "Sent"), ("park", "보낸편지함")])
def test_every_sent_message_is_copied_to_the_sent_folder(
        user: str, folder: str, tmp_path: Path, imap_server: ImapServer, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    imap_server.clear(user)
    contacts, template = write_campaign(tmp_path, 60)
    with smtp_for(user) as server:
        add_account(server, imap_server.port, user, monkeypatch)
        assert main(["send", str(contacts), str(template), "--account", "office", "--yes",
                     "--journal", str(tmp_path / "contacts.journal.sqlite")]) == EXIT_OK
    assert f"Copies of 60 sent messages were put in the Sent folder ({folder})." in capsys.readouterr().out
    ids, flags = sent_ids(imap_server, user, folder)
    assert sorted(ids) == sorted(run_ids(tmp_path / "contacts.journal.sqlite"))
    assert all(b"\\Seen" in f for f in flags)  # the user's own sent mail, not new mail


def test_a_mailbox_that_fails_is_reported_once_and_the_send_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    contacts, template = write_campaign(tmp_path, 20)
    with smtp_for("lee") as server:
        add_account(server, 1, "lee", monkeypatch)  # nothing listens on port 1
        assert main(["send", str(contacts), str(template), "--account", "office", "--yes",
                     "--journal", str(tmp_path / "contacts.journal.sqlite")]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Finished: 20 sent" in out
    assert out.count("copying stopped") == 1
    assert "0 copies were put in the Sent folder, then copying stopped: The mailbox server 127.0.0.1:1 could not " \
           "be reached" in out
    assert len(server.messages) == 20


def test_a_mailbox_without_a_sent_folder_says_what_to_create(imap_server: ImapServer) -> None:
    imap = imap_server.client("kim")
    imap.delete("Sent")
    imap.logout()
    try:
        copier = SentCopier(ImapSettings("127.0.0.1", imap_server.port, "none", "kim", PASSWORD))
        copier.submit(b"Subject: x\r\n\r\nhi\r\n")
        copier.close()
        assert [str(notice) for notice in copier.notices()] == [
            "0 copies were put in the Sent folder, then copying stopped: The mailbox has no Sent folder (none is "
            "marked as Sent, and none has a usual name); create one named Sent in your mail program. The messages "
            "themselves were sent; only the copies in Sent are missing."]
    finally:
        imap = imap_server.client("kim")
        imap.create("Sent")
        imap.logout()


def test_folder_names_round_trip_through_modified_utf7(imap_server: ImapServer) -> None:
    assert encode_folder("보낸편지함") == "&vPSwuNO4ycDVaA-"
    assert encode_folder("Tom & Jerry") == "Tom &- Jerry"
    assert decode_folder("&vPSwuNO4ycDVaA-") == "보낸편지함" and decode_folder("Tom &- Jerry") == "Tom & Jerry"
    with Mailbox(ImapSettings("127.0.0.1", imap_server.port, "none", "park", PASSWORD)) as box:
        assert "보낸편지함" in [name for name, _ in box.folders()]
        assert box.sent_folder() == "보낸편지함"
    with pytest.raises(imaplib.IMAP4.error):
        imap_server.client("nobody")


def test_servers_without_multiappend_get_the_copies_one_by_one(imap_server: ImapServer) -> None:
    imap_server.clear("lee")
    messages = [f"Message-ID: <m{i}@example.org>\r\nSubject: {i}\r\n\r\nbody {i}\r\n".encode() for i in range(5)]
    with Mailbox(ImapSettings("127.0.0.1", imap_server.port, "none", "lee", PASSWORD)) as box:
        assert {"MULTIAPPEND", "LITERAL+"} <= box._capabilities()  # dovecot: one command for the batch
        box.append("Sent", messages[:3])
        box._caps = frozenset({"IMAP4REV1"})  # an older server: one APPEND per message
        box.append("Sent", messages[3:])
    ids, flags = sent_ids(imap_server, "lee", "Sent")
    assert ids == [f"m{i}@example.org" for i in range(5)] and all(b"\\Seen" in f for f in flags)
