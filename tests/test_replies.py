"""After the send: bounces (real-format DSNs from Postfix, Exim, Exchange, Gmail), unsubscribe mails, automatic
answers and replies, read from a real IMAP server (dovecot) and tied to the rows of a real run."""

# ruff: noqa: F811  (pytest fixtures are imported and used as parameters of the same name)
from __future__ import annotations

import io
import json
import os
import sqlite3
from pathlib import Path

import pytest
from engine_fixtures import address_of, server_fixture, write_campaign  # noqa: F401
from imap_server import PASSWORD, ImapServer, imap_server  # noqa: F401
from servers import ScriptedServer

from mailmerge.cli import EXIT_OK, EXIT_UNUSABLE, main
from mailmerge.compose.unsubscribe import Tokens, install_tokens
from mailmerge.sending.journal import Journal, ResponseKind, read_responses
from mailmerge.sending.replies import SentRow, classify, match
from mailmerge.sending.suppression import SuppressionList

DATA = Path(__file__).parent / "data" / "replies"
FROM = "office@example.org"
TOKENS = Tokens(b"t" * 32)
needs_keyring = pytest.mark.skipif(
    not os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
    reason="the mailbox password and the token secret live in the keyring: run under dbus-run-session",
)


def sample(name: str, ids: dict[int, str], tokens: Tokens = TOKENS) -> bytes:
    text = (DATA / name).read_text(encoding="utf-8").replace("%FROM%", FROM)
    for row in range(1, 10):
        text = text.replace(f"%ID{row}%", ids.get(row, f"none{row}@example.org")).replace(f"%TO{row}%",
                                                                                          address_of(row))
    text = text.replace("%TOKEN8%", tokens.token(address_of(8)))
    return text.replace("\n", "\r\n").encode("utf-8")


FAKE_IDS = {row: f"{'ab' * 12}{row:x}@example.org" for row in range(1, 10)}
SAMPLES = ["postfix.eml", "exim.eml", "exchange.eml", "gmail.eml", "postfix_delayed.eml", "out_of_office.eml",
           "reply.eml", "unsubscribe.eml", "complaint.eml"]


@pytest.mark.parametrize(("name", "kind", "status"), [
    ("postfix.eml", ResponseKind.BOUNCED, "5.1.1"),
    ("exim.eml", ResponseKind.BOUNCED, "5.1.1"),
    ("exchange.eml", ResponseKind.BOUNCED, "5.1.10"),
    ("gmail.eml", ResponseKind.SOFT_BOUNCE, "5.2.2"),
    ("postfix_delayed.eml", ResponseKind.SOFT_BOUNCE, "4.4.1"),
    ("out_of_office.eml", ResponseKind.AUTO_REPLY, ""),
    ("reply.eml", ResponseKind.REPLIED, ""),
    ("unsubscribe.eml", ResponseKind.UNSUBSCRIBED, ""),
    ("complaint.eml", ResponseKind.COMPLAINT, ""),
    ("newsletter.eml", None, ""),
])
def test_each_real_format_is_recognised(name: str, kind: ResponseKind | None, status: str) -> None:
    found = classify(sample(name, FAKE_IDS))
    assert found is not None
    assert (found.kind, found.status) == (kind, status)
    row = SAMPLES.index(name) + 1 if name in SAMPLES else None
    if kind in (ResponseKind.BOUNCED, ResponseKind.SOFT_BOUNCE, ResponseKind.COMPLAINT):
        assert found.recipients == (address_of(row or 0),)  # the failed address, not the sender's own
        assert FAKE_IDS[row or 0] in found.referenced  # the original quoted by the bounce names our message
    if kind in (ResponseKind.AUTO_REPLY, ResponseKind.REPLIED):
        assert found.referenced == {FAKE_IDS[row or 0]}


def test_the_server_words_are_kept_as_one_clean_line() -> None:
    found = classify(sample("exchange.eml", FAKE_IDS))
    assert found is not None
    assert found.detail == "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    exim = classify(sample("exim.eml", FAKE_IDS))
    assert exim is not None and exim.detail == "550 5.1.1 No such user here"


def test_matching_uses_ids_tokens_and_addresses_and_ignores_the_rest() -> None:
    sent = [SentRow(row, address_of(row), FAKE_IDS[row]) for row in range(1, 10)]
    incoming = [classify(sample(n, FAKE_IDS)) for n in [*SAMPLES, "newsletter.eml", "truncated_dsn.eml"]]
    result = match([i for i in incoming if i is not None], sent, TOKENS)
    assert [(m.row, m.address, m.incoming.kind) for m in result.matches] == [
        (1, address_of(1), ResponseKind.BOUNCED), (2, address_of(2), ResponseKind.BOUNCED),
        (3, address_of(3), ResponseKind.BOUNCED), (4, address_of(4), ResponseKind.SOFT_BOUNCE),
        (5, address_of(5), ResponseKind.SOFT_BOUNCE), (6, address_of(6), ResponseKind.AUTO_REPLY),
        (7, address_of(7), ResponseKind.REPLIED),
        (8, address_of(8), ResponseKind.UNSUBSCRIBED),  # sent from a private address: the token names the row
        (9, address_of(9), ResponseKind.COMPLAINT),
    ]
    assert (result.ignored, result.unmatched) == (2, 0)


@pytest.mark.parametrize("data", [b"", b"\x00\xff" * 100, b"Content-Type: multipart/report; report-type=delivery"
                                  b"-status; boundary=x\r\n\r\n--x\r\nContent-Type: message/delivery-status\r\n\r\n"
                                  b"Final-Recipient: ;;;\r\nAction: failed\r\nStatus: 9.9.9.9\r\n--x"])
def test_malformed_mail_never_stops_the_check(data: bytes) -> None:
    found = classify(data)
    assert found is None or found.kind in (None, ResponseKind.SOFT_BOUNCE)


# ---------------------------------------------------------------------------------------- through IMAP
def send_run(tmp_path: Path, server: ScriptedServer) -> tuple[Path, dict[int, str]]:
    contacts, template = write_campaign(tmp_path, 9)
    journal_path = tmp_path / "contacts.journal.sqlite"
    assert main(["send", str(contacts), str(template), "--server", f"smtp://127.0.0.1:{server.port}",
                 "--journal", str(journal_path), "--yes"]) == EXIT_OK
    journal = Journal.read_only(journal_path)
    try:
        ids = {r.row: r.message_id for r in journal.records()}
    finally:
        journal.close()
    return journal_path, ids


def add_account(imap: ImapServer, monkeypatch: pytest.MonkeyPatch, user: str = "kim", *extra: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["account", "add", "office", "--preset", "generic", "--host", "127.0.0.1", "--user", user,
                 "--password-stdin", "--imap-host", imap.host, "--imap-port", str(imap.port),
                 "--imap-security", "none", *extra]) == EXIT_OK


def suppressed() -> dict[str, str]:
    store = SuppressionList()
    try:
        return {e.address: e.reason for e in store.entries()}
    finally:
        store.close()


@needs_keyring
def test_replies_command_reads_the_inbox_records_the_run_and_suppresses(
        tmp_path: Path, server: ScriptedServer, imap_server: ImapServer, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    journal_path, ids = send_run(tmp_path, server)
    imap_server.clear("kim")
    names = [*SAMPLES, "newsletter.eml", "truncated_dsn.eml"]
    imap_server.put("kim", [sample(n, ids, install_tokens()) for n in names])
    add_account(imap_server, monkeypatch)
    capsys.readouterr()

    assert main(["replies", "--account", "office", "--journal", str(journal_path)]) == EXIT_OK
    out = capsys.readouterr().out
    assert f"row 1, {address_of(1)}: bounced (address does not exist) 5.1.1" in out
    assert "now on the suppression list" in out
    assert f"row 7, {address_of(7)}: replied" in out
    assert out.strip().splitlines()[-1] == (
        "Read 11 messages since " + out.split("since ")[1].split(":")[0] + ": 3 bounced, 2 not delivered for now, "
        "1 unsubscribed, 1 marked it as spam, 1 automatic answer, 1 replied. 5 added to the suppression list.")

    journal = Journal.read_only(journal_path)
    try:
        responses = read_responses(journal)
    finally:
        journal.close()
    assert {row: r.kind for row, r in responses.items()} == {
        1: ResponseKind.BOUNCED, 2: ResponseKind.BOUNCED, 3: ResponseKind.BOUNCED, 4: ResponseKind.SOFT_BOUNCE,
        5: ResponseKind.SOFT_BOUNCE, 6: ResponseKind.AUTO_REPLY, 7: ResponseKind.REPLIED,
        8: ResponseKind.UNSUBSCRIBED, 9: ResponseKind.COMPLAINT}
    assert responses[3].code == "5.1.10"
    assert suppressed() == {address_of(1): "hard_bounce", address_of(2): "hard_bounce",
                            address_of(3): "hard_bounce", address_of(8): "unsubscribed", address_of(9): "complaint"}

    # Nothing in the mailbox changed: all eleven are still there and still unread.
    client = imap_server.client("kim")
    try:
        client.select("INBOX", readonly=True)
        assert client.search(None, "UNSEEN")[1][0].split() == [str(i).encode() for i in range(1, 12)]
    finally:
        client.logout()

    # Checking again finds the same news and changes nothing (no duplicate suppression, same rows).
    assert main(["replies", "--account", "office", "--journal", str(journal_path), "--json"]) == EXIT_OK
    again = json.loads(capsys.readouterr().out)
    assert again["scanned"] == 11 and again["suppressed"] == [] and len(again["responses"]) == 9


@needs_keyring
def test_without_a_journal_only_our_own_bounces_and_unsubscribes_count(
        tmp_path: Path, server: ScriptedServer, imap_server: ImapServer, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    _, ids = send_run(tmp_path, server)
    imap_server.clear("lee")
    imap_server.put("lee", [sample(n, ids, install_tokens()) for n in ("postfix.eml", "reply.eml")])
    add_account(imap_server, monkeypatch, "lee")
    capsys.readouterr()
    assert main(["replies", "--account", "office", "--since", "2020-01-01", "--json"]) == EXIT_OK
    found = json.loads(capsys.readouterr().out)
    assert [(r["row"], r["address"], r["kind"]) for r in found["responses"]] == [(None, address_of(1), "bounced")]
    assert found["unmatched"] == 1  # the reply is to our mail, but which row it answers needs the journal
    assert suppressed() == {address_of(1): "hard_bounce"}


@needs_keyring
def test_a_refused_login_and_a_bad_date_are_explained(
        imap_server: ImapServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    add_account(imap_server, monkeypatch, "nobody")
    assert main(["replies", "--account", "office"]) == EXIT_UNUSABLE
    err = capsys.readouterr().err
    assert f"The mailbox server {imap_server.host} refused the login for nobody" in err
    assert main(["replies", "--account", "office", "--since", "last week"]) == EXIT_UNUSABLE
    assert "--since 'last week' is not a date. Write it as YYYY-MM-DD" in capsys.readouterr().err


def test_an_account_without_a_mailbox_says_how_to_add_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["account", "add", "plain", "--preset", "outbox"]) == EXIT_OK
    assert main(["replies", "--account", "plain"]) == EXIT_UNUSABLE
    assert "has no mailbox server for reading replies. Add it with" in capsys.readouterr().err


def test_a_journal_from_before_reads_as_nothing_came_back(tmp_path: Path, server: ScriptedServer) -> None:
    journal_path, _ = send_run(tmp_path, server)
    with sqlite3.connect(journal_path) as db:
        assert db.execute("SELECT name FROM sqlite_master WHERE name = 'responses'").fetchall() == []
    journal = Journal.read_only(journal_path)
    try:
        assert read_responses(journal) == {}
        assert len(list(journal.records())) == 9
    finally:
        journal.close()


@needs_keyring
def test_a_big_inbox_is_read_up_to_a_bound(imap_server: ImapServer, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    from mailmerge.accounts.profiles import get_account
    from mailmerge.sending.reply_check import check_replies

    imap_server.clear("park")
    imap_server.put("park", [f"From: n{i}@example.net\r\nSubject: note {i}\r\nMessage-ID: <n{i}@example.net>\r\n"
                             f"\r\nhello\r\n".encode() for i in range(30)])
    add_account(imap_server, monkeypatch, "park")
    report = check_replies(get_account("office"), limit=12)
    assert report.scanned == 12 and report.limit_reached and report.matches == []
    assert main(["replies", "--account", "office"]) == EXIT_OK  # the default bound is far above 30
    assert "Read 30 messages since" in capsys.readouterr().out
