"""Odd and hostile servers against the real engine and journal (issue 16): replies in any encoding, a 250 to DATA,
an unknown reply after the body, escape sequences in replies. Each server is a real socket (tests/servers.py
RawSmtpServer, for replies aiosmtpd will not send); every journal must stay sound with each accepted message
recorded `sent`."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Iterator
from email import message_from_bytes
from pathlib import Path

import pytest
from engine_fixtures import Setup, journal_in, journals_in, write_campaign
from servers import RawSmtpServer, ScriptedServer

from mailmerge.base.events import Event, RowSent, RunStopped, Throttled
from mailmerge.cli import main
from mailmerge.sending.engine import Engine, Limits
from mailmerge.sending.journal import Journal, RowRecord, RowStatus
from mailmerge.transports.smtp import SmtpSettings, smtp_factory

pytestmark = pytest.mark.integration


@pytest.fixture
def raw_servers() -> Iterator[list[RawSmtpServer]]:
    """Servers a test starts; each is stopped at the end."""
    started: list[RawSmtpServer] = []
    yield started
    for server in started:
        server.stop()


def start(servers: list[RawSmtpServer], **kwargs: object) -> RawSmtpServer:
    server = RawSmtpServer(**kwargs).start()  # type: ignore[arg-type]
    servers.append(server)
    return server


def records(path: Path) -> dict[int, RowRecord]:
    journal = Journal.read_only(path)
    try:
        return {record.row: record for record in journal.records()}
    finally:
        journal.close()


def assert_sound(path: Path) -> None:
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        db.close()


async def run(tmp_path: Path, server: RawSmtpServer, rows: int,
              limits: Limits | None = None) -> tuple[Setup, list[Event]]:
    contacts, template = write_campaign(tmp_path, rows)
    setup = Setup(tmp_path, contacts, template, server.port)
    events = await setup.run(limits or Limits(connections=1))
    return setup, events


def second_rcpt_refused(reply: bytes) -> object:
    return lambda line, count: reply if count == 2 else b"250 2.1.5 Ok"


async def test_latin1_replies_are_read_and_every_accepted_message_is_recorded_sent(
    tmp_path: Path, raw_servers: list[RawSmtpServer]
) -> None:
    server = start(raw_servers, replies={
        "body": b"250 2.0.0 Ok: message accept\xe9",
        "rcpt": second_rcpt_refused(b"550 5.1.1 Destinataire inconnu: adresse refus\xe9e"),
    })
    setup, _ = await run(tmp_path, server, 4)

    found = records(setup.journal_path)
    assert [found[r].status for r in (1, 2, 3, 4)] == [RowStatus.SENT, RowStatus.FAILED, RowStatus.SENT,
                                                       RowStatus.SENT]
    assert "accepté" in found[1].reply
    assert "refusée" in found[2].reply and found[2].kind == "hard_bounce"
    assert len(server.messages) == 3
    assert_sound(setup.journal_path)


@pytest.mark.parametrize("pipelining", [False, True])
async def test_a_250_to_data_sends_nothing_and_stops_the_run(
    tmp_path: Path, raw_servers: list[RawSmtpServer], pipelining: bool
) -> None:
    ehlo = b"250-raw.example\r\n250 PIPELINING" if pipelining else b"250 raw.example"
    server = start(raw_servers, replies={"ehlo": ehlo, "data": b"250 2.0.0 Ok"})
    setup, events = await run(tmp_path, server, 3)

    stopped = events[-1]
    assert isinstance(stopped, RunStopped) and stopped.reason_code == "stop_run"
    assert "instead of 354" in stopped.reason
    assert server.messages == [] and server.counts["body"] == 0
    assert {r.status for r in records(setup.journal_path).values()} == {RowStatus.PENDING}
    assert_sound(setup.journal_path)


async def test_an_unknown_reply_after_the_body_is_unknown_and_never_sent_again(
    tmp_path: Path, raw_servers: list[RawSmtpServer]
) -> None:
    server = start(raw_servers, replies={"body": b"399 3.0.0 What was that"})
    setup, _ = await run(tmp_path, server, 3)

    found = records(setup.journal_path)
    assert {r.status for r in found.values()} == {RowStatus.UNKNOWN}
    assert "may or may not have been delivered" in found[1].reason
    assert server.counts["body"] == 3  # one body per row: no second copy
    assert_sound(setup.journal_path)


def test_escape_sequences_in_replies_never_reach_the_terminal(
    tmp_path: Path, raw_servers: list[RawSmtpServer], capsys: pytest.CaptureFixture[str]
) -> None:
    server = start(raw_servers, replies={
        "rcpt": second_rcpt_refused(b"550 5.1.1 \x1b[2J\x1b[31mno such user\x1b]0;owned\x07"),
        "body": b"250 2.0.0 queued \x1b[8m",
    })
    contacts, template = write_campaign(tmp_path, 3)
    code = main(["send", str(contacts), str(template), "--yes", "--server", f"smtp://127.0.0.1:{server.port}",
                 "--security", "none"])
    shown = capsys.readouterr()
    assert code == 1
    assert ": failed: " in shown.out and "no such user" in shown.out  # which row: parallel connections decide
    assert not any(ch in shown.out + shown.err for ch in "\x1b\x07")
    found = records(journal_in(contacts.parent))
    assert not any("\x1b" in r.reply or "\x1b" in r.reason for r in found.values())


async def run_with(setup: Setup, settings: SmtpSettings, limits: Limits, **engine: object) -> list[Event]:
    """The engine against `settings`; a run that does not end within 60 s fails the test rather than hang it."""
    journal = setup.open_journal()
    run = Engine(setup.campaign(), journal, smtp_factory(settings), limits, suppression=setup.suppression,
                 retry_base_s=0.01, jitter=lambda: 0.0, **engine)  # type: ignore[arg-type]

    async def collect() -> list[Event]:
        return [event async for event in run.run()]

    try:
        return await asyncio.wait_for(collect(), 60)
    finally:
        journal.close()


def plain(server: RawSmtpServer | ScriptedServer, **kwargs: object) -> SmtpSettings:
    return SmtpSettings(server.host, server.port, "none", timeout_s=5, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("stage", ["greeting", "body"])
async def test_421_backs_off_stops_the_run_and_leaves_every_try_for_later(
    tmp_path: Path, raw_servers: list[RawSmtpServer], stage: str
) -> None:
    server = start(raw_servers, replies={stage: b"421 4.3.2 Service not available, closing channel"})
    contacts, template = write_campaign(tmp_path, 20)
    setup = Setup(tmp_path, contacts, template, server.port)
    events = await run_with(setup, plain(server), Limits(connections=2, max_attempts=3))

    stopped = events[-1]
    assert isinstance(stopped, RunStopped) and stopped.reason_code == "stop_run"
    assert "421 4.3.2" in stopped.reason and "could not be reached" not in stopped.reason
    # Three tries in a row, each after a longer pause (two workers may each be in the middle of one).
    assert server.connections <= 3 + 1
    found = records(setup.journal_path)
    assert {r.status for r in found.values()} == {RowStatus.PENDING}
    assert {r.attempts for r in found.values()} == {0}  # none of them was a real try
    assert_sound(setup.journal_path)

    # Once the server serves again, a row that meets two temporary failures still gets its third try.
    working = ScriptedServer().start()
    try:
        working.script.once("data", "451 4.3.0 Try later")
        working.script.once("data", "451 4.3.0 Try later")
        setup.port = working.port
        resumed = await run_with(setup, plain(working), Limits(connections=1, max_attempts=3))
    finally:
        working.stop()
    assert isinstance(resumed[-1], RunStopped) and resumed[-1].reason_code == "finished"
    assert {r.status for r in records(setup.journal_path).values()} == {RowStatus.SENT}


async def test_454_at_login_stops_the_run_after_a_few_tries(
    tmp_path: Path, raw_servers: list[RawSmtpServer]
) -> None:
    server = start(raw_servers, auth=True, replies={"auth": b"454 4.7.0 Too many login attempts, slow down"})
    contacts, template = write_campaign(tmp_path, 10)
    setup = Setup(tmp_path, contacts, template, server.port)
    events = await run_with(setup, plain(server, username="u", password="pw"), Limits(connections=2))

    stopped = events[-1]
    assert isinstance(stopped, RunStopped) and stopped.reason_code == "stop_run"
    assert "Too many login attempts" in stopped.reason
    assert server.logins <= 3 + 1
    assert {r.status for r in records(setup.journal_path).values()} == {RowStatus.PENDING}


async def test_454_after_every_body_stops_the_run_after_a_bounded_number_of_tries(
    tmp_path: Path, raw_servers: list[RawSmtpServer]
) -> None:
    server = start(raw_servers, replies={"body": b"454 4.7.0 Temporary rate limit"})
    contacts, template = write_campaign(tmp_path, 5)
    setup = Setup(tmp_path, contacts, template, server.port)
    events = await run_with(setup, plain(server), Limits(connections=1), max_throttles=2)

    stopped = events[-1]
    assert isinstance(stopped, RunStopped) and stopped.reason_code == "stop_run"
    assert "slow down 2 times in a row" in stopped.reason
    assert len([e for e in events if isinstance(e, Throttled)]) == 1
    assert server.counts["body"] == 2
    assert {r.status for r in records(setup.journal_path).values()} == {RowStatus.PENDING}


async def test_a_refused_login_is_tried_once_per_run(tmp_path: Path, raw_servers: list[RawSmtpServer]) -> None:
    server = start(raw_servers, auth=True, replies={"auth": b"535 5.7.8 Authentication credentials invalid"})
    contacts, template = write_campaign(tmp_path, 10)
    setup = Setup(tmp_path, contacts, template, server.port)
    events = await run_with(setup, plain(server, username="u", password="wrong"), Limits(connections=4))

    stopped = events[-1]
    assert isinstance(stopped, RunStopped) and stopped.reason_code == "stop_run"
    assert "refused the user name or password" in stopped.reason
    assert server.logins == 1  # not once per connection, nor once per login mechanism


async def test_relay_access_denied_stops_the_run(tmp_path: Path, raw_servers: list[RawSmtpServer]) -> None:
    server = start(raw_servers, replies={"rcpt": b"554 5.7.1 <person1@example.com>: Relay access denied"})
    contacts, template = write_campaign(tmp_path, 10)
    setup = Setup(tmp_path, contacts, template, server.port)
    events = await run_with(setup, plain(server), Limits(connections=1))

    stopped = events[-1]
    assert isinstance(stopped, RunStopped) and stopped.reason_code == "stop_run"
    assert "relay access denied" in stopped.reason.lower() and "login" in stopped.reason
    assert server.counts["rcpt"] == 1
    assert {r.status for r in records(setup.journal_path).values()} == {RowStatus.PENDING}


async def test_a_sent_row_reaches_the_disk_while_the_engine_waits_for_the_pacer(
    tmp_path: Path, raw_servers: list[RawSmtpServer]
) -> None:
    server = start(raw_servers)
    contacts, template = write_campaign(tmp_path, 2)
    setup = Setup(tmp_path, contacts, template, server.port)
    journal = setup.open_journal()
    # One message every 100 s: the second waits long after the first was accepted.
    engine = Engine(setup.campaign(), journal, smtp_factory(plain(server)), Limits(connections=1, per_second=0.01),
                    suppression=setup.suppression)
    seen_on_disk = False
    try:
        async for event in engine.run():
            if isinstance(event, RowSent):
                for _ in range(50):  # the journal file, read by another connection, as a crash would leave it
                    if records(setup.journal_path)[1].status is RowStatus.SENT:
                        seen_on_disk = True
                        break
                    await asyncio.sleep(0.1)
                engine.cancel()
    finally:
        journal.close()
    assert seen_on_disk
    assert_sound(setup.journal_path)


async def test_a_suppressed_cc_is_left_out_and_the_row_still_goes(tmp_path: Path) -> None:
    contacts = tmp_path / "contacts.csv"
    contacts.write_text("name,email,cc\nAnn,ann@example.com,boss@example.com\nBo,bo@example.com,\n",
                        encoding="utf-8")
    template = tmp_path / "template.txt"
    template.write_text("From: office@example.com\nCc: {{ cc }}\nSubject: Hi\n\nHello {{ name }}\n",
                        encoding="utf-8")
    server = ScriptedServer().start()
    setup = Setup(tmp_path, contacts, template, server.port)
    setup.suppression.add("boss@example.com", "smtp.mailbox_unknown")
    try:
        events = await run_with(setup, plain(server), Limits(connections=1))
    finally:
        server.stop()

    assert isinstance(events[-1], RunStopped) and events[-1].reason_code == "finished"
    assert [m.recipients for m in server.messages] == [("ann@example.com",), ("bo@example.com",)]
    assert message_from_bytes(server.messages[0].data)["Cc"] is None
    row = records(setup.journal_path)[1]
    assert row.status is RowStatus.SENT and "boss@example.com" in row.reason and "left out" in row.reason


def send_cli(contacts: Path, template: Path, *flags: str) -> int:
    return main(["send", str(contacts), str(template), "--yes", *flags])


@pytest.mark.parametrize("flags", [
    ["--server", "smtp://[::1"],
    ["--server", "smtp://127.0.0.1:99999"],
    ["--server", "smtp://127.0.0.1:2525", "--timeout", "nan"],
    ["--server", "smtp://127.0.0.1:2525", "--timeout", "0"],
    ["--server", "smtp://127.0.0.1:2525", "--timeout", "-1"],
    ["--server", "smtp://127.0.0.1:2525", "--rate", "0.0000001/s"],
    ["--server", "smtp://127.0.0.1:2525", "--retry-failed", "--rows", "1-99999999999"],
])
def test_bad_values_are_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], flags: list[str]
) -> None:
    contacts, template = write_campaign(tmp_path, 2)
    assert send_cli(contacts, template, *flags) == 2
    shown = capsys.readouterr()
    assert shown.err.startswith("mailmerge: ") and shown.err.count("\n") == 1, shown.err
    assert journals_in(tmp_path) == []


def test_a_password_in_the_server_address_is_refused_and_never_shown_or_logged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from mailmerge.base.logs import log_path

    contacts, template = write_campaign(tmp_path, 2)
    assert send_cli(contacts, template, "--server", "smtp://ann:S3cret-Pw@127.0.0.1:2525") == 2
    shown = capsys.readouterr()
    assert "contains a password" in shown.err and shown.err.count("\n") == 1
    assert "S3cret-Pw" not in shown.out + shown.err
    assert "S3cret-Pw" not in log_path().read_text(encoding="utf-8")


def test_the_login_name_in_the_server_address_is_used(
    tmp_path: Path, raw_servers: list[RawSmtpServer], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch
) -> None:
    server = start(raw_servers, auth=True)
    contacts, template = write_campaign(tmp_path, 2)
    monkeypatch.setenv("MAILMERGE_PASSWORD", "pw-from-env")
    assert send_cli(contacts, template, "--server", f"smtp://ann@127.0.0.1:{server.port}", "--security", "none") == 0
    shown = capsys.readouterr()
    assert server.logins == 1 and len(server.messages) == 2
    assert "as ann" in shown.out and "the password is sent unencrypted" in shown.err


def test_insecure_warns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    server = ScriptedServer().start()
    contacts, template = write_campaign(tmp_path, 1)
    try:
        assert send_cli(contacts, template, "--server", f"smtp://127.0.0.1:{server.port}", "--insecure") == 0
    finally:
        server.stop()
    assert "warning: --insecure: the server's certificate is not checked" in capsys.readouterr().err


def test_starttls_is_used_when_offered_and_a_password_never_goes_in_clear_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from servers import make_tls_certs

    certs = make_tls_certs(tmp_path / "certs")
    monkeypatch.setenv("MAILMERGE_PASSWORD", "pw")
    offering = ScriptedServer(tls="starttls", server_context=certs.server_context, login=("u", "pw")).start()
    clear_only = ScriptedServer(login=("u", "pw")).start()
    contacts, template = write_campaign(tmp_path, 2)
    try:
        # No --security: STARTTLS because the server offers it (--insecure: the test CA is not the system's).
        assert send_cli(contacts, template, "--server", f"smtp://127.0.0.1:{offering.port}", "--user", "u",
                        "--insecure", "--journal", str(tmp_path / "one.sqlite")) == 0
        assert len(offering.messages) == 2 and any(b"STARTTLS" in chunk for chunk in offering.chunks)
        assert "STARTTLS when offered" in capsys.readouterr().out

        assert send_cli(contacts, template, "--server", f"smtp://127.0.0.1:{clear_only.port}", "--user", "u",
                        "--journal", str(tmp_path / "two.sqlite")) == 2
        shown = capsys.readouterr()
        assert "password would travel over the network as plain text" in shown.out
        assert clear_only.messages == [] and not any(b"AUTH" in chunk for chunk in clear_only.chunks)

        # Chosen on purpose: sent, with a warning.
        assert send_cli(contacts, template, "--server", f"smtp://127.0.0.1:{clear_only.port}", "--user", "u",
                        "--security", "none", "--journal", str(tmp_path / "three.sqlite")) == 0
        assert len(clear_only.messages) == 2 and "unencrypted" in capsys.readouterr().err
    finally:
        offering.stop()
        clear_only.stop()


def test_an_undecodable_event_never_stops_the_events_file(tmp_path: Path) -> None:
    from mailmerge.commands.send import _event_log

    path = tmp_path / "events.jsonl"
    with _event_log(str(path)) as log:
        assert log is not None
        log.write('{"reason": "accept\udce9"}\n')
        log.write('{"reason": "next"}\n')
    assert path.read_text(encoding="utf-8").splitlines() == ['{"reason": "accept?"}', '{"reason": "next"}']


def test_a_write_sqlite_cannot_store_is_rolled_back_and_stored_as_plain_text(tmp_path: Path) -> None:
    from mailmerge.base.events import RowFailed, RowSending
    from mailmerge.base.outcome import OutcomeKind

    path = tmp_path / "j.sqlite"
    journal = Journal.open(path, "key", columns=["email"])
    try:
        journal.sync_rows([(1, "h1", ["a@example.com"]), (2, "h2", ["b@example.com"])])
        journal.record(RowSending(1, 1))
        journal.record(RowSent(1, "id1@x", "250 ok"))
        journal.record(RowFailed(2, OutcomeKind.REJECTED, "smtp.rejected", "refus\udce9", "550 refus\udce9"))
        journal.flush()
        journal.record(RowSending(2, 2))  # the connection is still usable: no transaction left open
    finally:
        journal.close()
    found = records(path)
    assert found[1].status is RowStatus.SENT
    assert found[2].status is RowStatus.SENDING and found[2].reply == "550 refusé"
    assert_sound(path)
