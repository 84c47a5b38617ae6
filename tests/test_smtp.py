"""The SMTP transport against real aiosmtpd servers (plain, STARTTLS, implicit TLS with a trustme CA)."""

# ruff: noqa: F811  (fixtures imported from servers.py are redefined as test parameters by design)

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from email import message_from_bytes
from pathlib import Path

import pytest
from servers import DROP, ScriptedServer, TlsCerts, make_tls_certs, smtp_server, tls_certs  # noqa: F401

from mailmerge.base.envelope import Envelope, OutgoingMessage
from mailmerge.base.outcome import OutcomeKind
from mailmerge.transports.smtp import SmtpConnection, SmtpSettings, probe

pytestmark = pytest.mark.integration


def message(row: int = 1, *recipients: str) -> OutgoingMessage:
    to = recipients or (f"person{row}@example.com",)
    data = (
        f"From: office@example.com\r\nTo: {to[0]}\r\nSubject: Row {row}\r\nMessage-ID: <m{row}@example.com>\r\n"
        f"\r\nHello row {row}.\r\n.leading dot survives\r\n"
    ).encode()
    return OutgoingMessage(row, Envelope("office@example.com", to), data, f"m{row}@example.com")


def plain(server: ScriptedServer, **kwargs: object) -> SmtpSettings:
    return SmtpSettings(server.host, server.port, "none", timeout_s=5, **kwargs)  # type: ignore[arg-type]


@pytest.fixture(params=["stepwise", "pipelined"])
def server(request: pytest.FixtureRequest) -> Iterator[ScriptedServer]:
    """A plain server with and without PIPELINING: every transaction rule must hold on both paths."""
    started = ScriptedServer(pipelining=request.param == "pipelined").start()
    yield started
    started.stop()


@pytest.fixture
def tls_server(tls_certs: TlsCerts) -> Iterator[ScriptedServer]:
    server = ScriptedServer(tls="tls", server_context=tls_certs.server_context).start()
    yield server
    server.stop()


@pytest.fixture
def starttls_server(tls_certs: TlsCerts) -> Iterator[ScriptedServer]:
    server = ScriptedServer(tls="starttls", server_context=tls_certs.server_context, login=("anna", "s3cret")).start()
    yield server
    server.stop()


async def test_many_messages_share_one_connection(server: ScriptedServer) -> None:
    conn = SmtpConnection(plain(server))
    outcomes = [await conn.send(message(row)) for row in range(1, 21)]
    await conn.close()
    assert {o.kind for o in outcomes} == {OutcomeKind.SENT}
    assert server.connections == 1
    assert len(server.messages) == 20
    parsed = message_from_bytes(server.messages[4].data)
    assert parsed["Subject"] == "Row 5"
    assert ".leading dot survives" in parsed.get_payload()
    assert outcomes[0].provider_id == "Q1"


async def test_failed_transaction_is_reset_and_connection_kept(server: ScriptedServer) -> None:
    server.script.always("rcpt", "550 5.1.1 <gone@example.com>: user unknown", address="gone@example.com")
    conn = SmtpConnection(plain(server))
    bounced = await conn.send(message(1, "gone@example.com"))
    sent = await conn.send(message(2))
    await conn.close()
    assert bounced.kind is OutcomeKind.HARD_BOUNCE
    assert sent.kind is OutcomeKind.SENT
    assert server.connections == 1
    assert [m.recipients for m in server.messages] == [("person2@example.com",)]


async def test_one_refused_recipient_sends_to_nobody(server: ScriptedServer) -> None:
    server.script.always("rcpt", "550 5.1.1 user unknown", address="cc-gone@example.com")
    conn = SmtpConnection(plain(server))
    outcome = await conn.send(message(1, "to@example.com", "cc-gone@example.com"))
    await conn.close()
    assert outcome.kind is OutcomeKind.HARD_BOUNCE
    assert outcome.raw.startswith("RCPT TO:<cc-gone@example.com>: 550 5.1.1")
    assert server.messages == []


@pytest.mark.parametrize("stage", ["mail", "rcpt", "data_command"])
async def test_reused_connection_reconnects_after_421(server: ScriptedServer, stage: str) -> None:
    conn = SmtpConnection(plain(server))
    assert (await conn.send(message(1))).kind is OutcomeKind.SENT
    server.script.once(stage, "421 4.3.2 Service shutting down")
    outcome = await conn.send(message(2))
    await conn.close()
    assert outcome.kind is OutcomeKind.SENT
    assert server.connections == 2
    assert len(server.messages) == 2


@pytest.mark.parametrize("stage", ["mail", "rcpt", "data_command"])
async def test_reused_connection_reconnects_after_drop_before_data(server: ScriptedServer, stage: str) -> None:
    conn = SmtpConnection(plain(server))
    assert (await conn.send(message(1))).kind is OutcomeKind.SENT
    server.script.once(stage, DROP)
    outcome = await conn.send(message(2))
    await conn.close()
    assert outcome.kind is OutcomeKind.SENT
    assert server.connections == 2


async def test_drop_before_data_on_fresh_connection_is_retry(server: ScriptedServer) -> None:
    server.script.once("rcpt", DROP)
    conn = SmtpConnection(plain(server))
    outcome = await conn.send(message(1))
    assert outcome.kind is OutcomeKind.RETRY
    assert outcome.reason_code == "smtp.connection_lost"
    assert (await conn.send(message(2))).kind is OutcomeKind.SENT  # next send reconnects by itself
    await conn.close()
    assert server.connections == 2


async def test_drop_after_data_is_unknown_and_not_resent(server: ScriptedServer) -> None:
    conn = SmtpConnection(plain(server))
    assert (await conn.send(message(1))).kind is OutcomeKind.SENT
    server.script.once("data", DROP)
    outcome = await conn.send(message(2))
    await conn.close()
    assert outcome.kind is OutcomeKind.UNKNOWN
    assert outcome.reason_code == "smtp.lost_after_data"
    assert "not be resent" in outcome.reason
    assert server.connections == 1  # no transparent second attempt


async def test_garbled_answer_to_the_body_is_unknown_and_not_resent(server: ScriptedServer) -> None:
    conn = SmtpConnection(plain(server))
    server.script.once("data", "this is not an SMTP reply")
    outcome = await conn.send(message(1))
    assert outcome.kind is OutcomeKind.UNKNOWN
    assert outcome.reason_code == "smtp.lost_after_data"
    assert (await conn.send(message(2))).kind is OutcomeKind.SENT  # a fresh connection for the next one
    await conn.close()
    assert server.connections == 2  # row 1 was not tried again on its own


async def test_final_421_after_data_reconnects_and_sends(server: ScriptedServer) -> None:
    conn = SmtpConnection(plain(server))
    assert (await conn.send(message(1))).kind is OutcomeKind.SENT
    server.script.once("data", "421 4.3.0 Closing")
    outcome = await conn.send(message(2))
    await conn.close()
    assert outcome.kind is OutcomeKind.SENT
    assert server.connections == 2


async def test_smtputf8_address_needs_server_support(server: ScriptedServer) -> None:
    conn = SmtpConnection(plain(server))
    outcome = await conn.send(message(1, "김민수@example.com"))
    await conn.close()
    assert outcome.kind is OutcomeKind.SENT
    assert server.messages[0].recipients == ("김민수@example.com",)


async def test_connection_refused_is_retry() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again before the client connects: nothing listens there
    conn = SmtpConnection(SmtpSettings("127.0.0.1", port, "none", timeout_s=5))
    outcome = await conn.send(message(1))
    assert outcome.kind is OutcomeKind.RETRY
    assert outcome.reason_code == "smtp.connection_refused"


async def test_implicit_tls_verified_with_ca(tls_server: ScriptedServer, tls_certs: TlsCerts) -> None:
    settings = SmtpSettings(tls_server.host, tls_server.port, "tls", ca_file=str(tls_certs.ca_file), timeout_s=5)
    conn = SmtpConnection(settings)
    assert (await conn.send(message(1))).kind is OutcomeKind.SENT
    await conn.close()
    assert len(tls_server.messages) == 1


async def test_untrusted_certificate_stops_the_run(tls_server: ScriptedServer, tmp_path: Path) -> None:
    other_ca = make_tls_certs(tmp_path / "other").ca_file
    settings = SmtpSettings(tls_server.host, tls_server.port, "tls", ca_file=str(other_ca), timeout_s=5)
    outcome = await SmtpConnection(settings).send(message(1))
    assert outcome.kind is OutcomeKind.STOP_RUN
    assert outcome.reason_code == "smtp.tls_certificate"
    assert "certificate" in outcome.reason
    assert tls_server.messages == []


async def test_starttls_and_login(starttls_server: ScriptedServer, tls_certs: TlsCerts) -> None:
    settings = SmtpSettings(
        starttls_server.host, starttls_server.port, "starttls", username="anna", password="s3cret",
        ca_file=str(tls_certs.ca_file), timeout_s=5,
    )
    conn = SmtpConnection(settings)
    assert (await conn.send(message(1))).kind is OutcomeKind.SENT
    await conn.close()
    assert len(starttls_server.messages) == 1


async def test_wrong_password_is_stop_run(starttls_server: ScriptedServer, tls_certs: TlsCerts) -> None:
    settings = SmtpSettings(
        starttls_server.host, starttls_server.port, "starttls", username="anna", password="wrong",
        ca_file=str(tls_certs.ca_file), timeout_s=5,
    )
    outcome = await SmtpConnection(settings).send(message(1))
    assert outcome.kind is OutcomeKind.STOP_RUN
    assert outcome.reason_code == "smtp.login_refused"
    assert outcome.raw.startswith("535")
    assert "wrong" not in outcome.raw + outcome.reason


def test_password_not_in_repr() -> None:
    settings = SmtpSettings("smtp.example.com", 587, "starttls", username="anna", password="hunter2")
    assert "hunter2" not in repr(settings)
    assert "anna" in repr(settings)


async def test_probe_all_stages_pass(starttls_server: ScriptedServer, tls_certs: TlsCerts) -> None:
    settings = SmtpSettings(
        starttls_server.host, starttls_server.port, "starttls", username="anna", password="s3cret",
        ca_file=str(tls_certs.ca_file), timeout_s=5,
    )
    results = await probe(settings)
    assert [(r.stage, r.ok) for r in results] == [
        ("dns", True), ("tcp", True), ("ehlo", True), ("tls", True), ("auth", True)
    ]
    assert "anna" in results[-1].detail


async def test_probe_starttls_not_offered(smtp_server: ScriptedServer) -> None:
    results = await probe(SmtpSettings(smtp_server.host, smtp_server.port, "starttls", timeout_s=5))
    assert (results[-1].stage, results[-1].ok) == ("tls", False)
    assert "does not offer STARTTLS" in results[-1].detail


async def test_probe_tls_to_plain_port(smtp_server: ScriptedServer) -> None:
    results = await probe(SmtpSettings(smtp_server.host, smtp_server.port, "tls", timeout_s=5))
    assert (results[-1].stage, results[-1].ok) == ("tls", False)
    assert "port 465 usually needs TLS" in results[-1].detail


async def test_probe_plain_to_tls_port(tls_server: ScriptedServer) -> None:
    results = await probe(SmtpSettings(tls_server.host, tls_server.port, "starttls", timeout_s=0.5))
    assert (results[-1].stage, results[-1].ok) == ("ehlo", False)
    assert "choose TLS" in results[-1].detail


async def test_probe_unknown_host() -> None:
    results = await probe(SmtpSettings("no-such-host.invalid", 587, "starttls", timeout_s=5))
    assert results == [results[0]]
    assert (results[0].stage, results[0].ok) == ("dns", False)
    assert "server name could not be found" in results[0].detail


@pytest.mark.parametrize(
    ("reply", "code"),
    [
        ("534 5.7.9 Application-specific password required", "smtp.app_password_required"),
        ("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant",
         "smtp.basic_auth_disabled"),
        ("535 5.7.3 Authentication unsuccessful", "smtp.basic_auth_disabled"),
    ],
)
async def test_probe_explains_login_refusals(
    starttls_server: ScriptedServer, tls_certs: TlsCerts, reply: str, code: str
) -> None:
    starttls_server.script.always("auth", reply)
    settings = SmtpSettings(
        starttls_server.host, starttls_server.port, "starttls", username="anna", password="s3cret",
        ca_file=str(tls_certs.ca_file), timeout_s=5,
    )
    results = await probe(settings)
    assert (results[-1].stage, results[-1].ok) == ("auth", False)
    outcome = await SmtpConnection(settings).send(message(1))
    assert (outcome.kind, outcome.reason_code) == (OutcomeKind.STOP_RUN, code)
    # The probe says the same, followed by the server's own words (they often name the fix, e.g. a help page).
    assert results[-1].problem.params["reason"] == outcome.problem
    assert results[-1].detail == f"{outcome.reason} Server's answer: {reply}"


def envelope_chunks(server: ScriptedServer) -> list[bytes]:
    """The client's reads that carried an envelope command (MAIL, RCPT or DATA)."""
    return [c for c in server.chunks if re.search(rb"^(MAIL FROM|RCPT TO|DATA\r\n)", c, re.MULTILINE)]


async def test_pipelining_sends_the_envelope_in_one_write() -> None:
    pipelined = ScriptedServer(pipelining=True).start()
    stepwise = ScriptedServer().start()
    try:
        for server in (pipelined, stepwise):
            conn = SmtpConnection(plain(server))
            assert (await conn.send(message(1, "a@example.com", "b@example.com"))).kind is OutcomeKind.SENT
            await conn.close()
            assert server.messages[0].recipients == ("a@example.com", "b@example.com")
    finally:
        pipelined.stop()
        stepwise.stop()
    # One round trip for MAIL, both RCPTs and DATA, against four without PIPELINING.
    assert envelope_chunks(pipelined) == [
        b"MAIL FROM:<office@example.com>\r\nRCPT TO:<a@example.com>\r\nRCPT TO:<b@example.com>\r\nDATA\r\n"
    ]
    assert len(envelope_chunks(stepwise)) == 4


@pytest.mark.parametrize(
    ("stage", "reply"),
    [
        ("mail", "451 4.3.0 Temporary sender problem"),
        ("mail", "553 5.7.1 Sender address rejected: not owned by user"),
        ("rcpt", "550 5.1.1 <person1@example.com>: Recipient address rejected: User unknown"),
        ("rcpt", "452 4.5.3 Too many recipients"),
        ("data_command", "554 5.7.1 Email address is not verified."),
        ("data", "554 5.7.1 Message rejected as spam"),
    ],
)
async def test_pipelined_replies_are_classified_by_their_own_stage(stage: str, reply: str) -> None:
    """Each refusal gives the same outcome (kind, code, raw) with and without PIPELINING, the transaction is reset,
    and the same connection carries the next message."""
    outcomes = []
    for pipelining in (False, True):
        server = ScriptedServer(pipelining=pipelining).start()
        server.script.once(stage, reply)
        try:
            conn = SmtpConnection(plain(server))
            refused = await conn.send(message(1))
            assert (await conn.send(message(2))).kind is OutcomeKind.SENT
            await conn.close()
        finally:
            server.stop()
        assert [m.recipients for m in server.messages] == [("person2@example.com",)]
        assert server.connections == 1
        outcomes.append((refused.kind, refused.reason_code, refused.raw))
    assert outcomes[0] == outcomes[1]
    assert outcomes[1][2].endswith(reply[4:]) and reply[:3] in outcomes[1][2]


async def test_pipelined_partly_refused_row_closes_the_connection_without_a_body() -> None:
    """Two recipients, one refused: the server accepted DATA (354) for the other, so only closing the connection
    keeps the accepted person from getting a copy."""
    server = ScriptedServer(pipelining=True).start()
    server.script.always("rcpt", "550 5.1.1 user unknown", address="gone@example.com")
    try:
        conn = SmtpConnection(plain(server))
        bounced = await conn.send(message(1, "to@example.com", "gone@example.com"))
        sent = await conn.send(message(2))
        await conn.close()
    finally:
        server.stop()
    assert bounced.kind is OutcomeKind.HARD_BOUNCE
    assert bounced.raw.startswith("RCPT TO:<gone@example.com>: 550 5.1.1")
    assert sent.kind is OutcomeKind.SENT
    assert [m.recipients for m in server.messages] == [("person2@example.com",)]
    assert server.connections == 2


async def test_pipelined_multiline_and_split_replies_stay_in_order() -> None:
    """A multi-line RCPT refusal followed by DATA's reply: each lands on its own stage."""
    server = ScriptedServer(pipelining=True).start()
    server.script.once("rcpt", "550-5.1.1 The email account that you tried to reach does not exist.\r\n"
                               "550 5.1.1 Please try double-checking the recipient's address.")
    try:
        conn = SmtpConnection(plain(server))
        bounced = await conn.send(message(1))
        await conn.close()
    finally:
        server.stop()
    assert bounced.kind is OutcomeKind.HARD_BOUNCE
    assert bounced.raw == (
        "RCPT TO:<person1@example.com>: 550 5.1.1 The email account that you tried to reach does not exist.\n"
        "5.1.1 Please try double-checking the recipient's address."
    )


@pytest.mark.parametrize("security", ["tls", "starttls"])
async def test_pipelining_over_tls(tls_certs: TlsCerts, security: str) -> None:
    """The reply reader borrows the TLS transport too (implicit TLS and after STARTTLS)."""
    server = ScriptedServer(tls=security, server_context=tls_certs.server_context, pipelining=True).start()
    server.script.once("rcpt", "550 5.1.1 user unknown")
    try:
        settings = SmtpSettings(
            server.host, server.port, security, ca_file=str(tls_certs.ca_file), timeout_s=5  # type: ignore[arg-type]
        )
        conn = SmtpConnection(settings)
        outcomes = [await conn.send(message(row)) for row in (1, 2, 3)]
        four, five = message(4), message(5)  # and the next envelope announced with a body, over TLS too
        outcomes += [await conn.send(four, five), await conn.send(five)]
        await conn.close()
    finally:
        server.stop()
    assert [o.kind for o in outcomes] == [OutcomeKind.HARD_BOUNCE] + [OutcomeKind.SENT] * 4
    assert [m.recipients for m in server.messages] == [(f"person{r}@example.com",) for r in (2, 3, 4, 5)]
    assert conn.connections_opened == 1  # (aiosmtpd counts a STARTTLS upgrade as a second connection)
    assert any(b"RCPT TO:<person3@example.com>\r\nDATA\r\n" in c for c in server.chunks)


async def test_pipelined_group_that_gets_no_answer_times_out_as_retry() -> None:
    """A server that offers PIPELINING, then never answers MAIL/RCPT/DATA: the one deadline for the group ends
    the wait, nothing was handed over, so the row is retried rather than left unknown."""
    import asyncio

    async def silent_after_ehlo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"220 mute.example ESMTP\r\n")
        await reader.readline()
        writer.write(b"250-mute.example\r\n250 PIPELINING\r\n")
        await reader.read(65536)  # the group arrives and is never answered
        await asyncio.sleep(5)
        writer.close()

    server = await asyncio.start_server(silent_after_ehlo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        conn = SmtpConnection(SmtpSettings("127.0.0.1", port, "none", timeout_s=0.3))
        outcome = await conn.send(message(1))
        await conn.close()
    finally:
        server.close()
    assert outcome.kind is OutcomeKind.RETRY and outcome.reason_code == "smtp.timeout"


async def test_next_envelope_rides_with_the_body_and_is_used_by_the_next_send() -> None:
    server = ScriptedServer(pipelining=True).start()
    try:
        conn = SmtpConnection(plain(server))
        one, two, three = message(1), message(2), message(3)
        first = await conn.send(one, two)
        second = await conn.send(two, three)
        third = await conn.send(three)
        await conn.close()
    finally:
        server.stop()
    assert [o.kind for o in (first, second, third)] == [OutcomeKind.SENT] * 3
    assert [m.recipients for m in server.messages] == [(f"person{r}@example.com",) for r in (1, 2, 3)]
    assert message_from_bytes(server.messages[1].data)["Subject"] == "Row 2"
    assert server.connections == 1
    # Row 2's MAIL/RCPT/DATA came right after row 1's end of data, in the same write; only row 1's envelope
    # went on its own.
    assert any(b"survives\r\n.\r\nMAIL FROM:<office@example.com>\r\nRCPT TO:<person2@example.com>\r\nDATA\r\n" in c
               for c in server.chunks)
    assert len(envelope_chunks(server)) == 3


async def test_announced_envelope_refused_is_the_next_sends_answer() -> None:
    server = ScriptedServer(pipelining=True).start()
    server.script.always("rcpt", "550 5.1.1 <gone@example.com>: user unknown", address="gone@example.com")
    try:
        conn = SmtpConnection(plain(server))
        gone, three = message(2, "gone@example.com"), message(3)
        sent = await conn.send(message(1), gone)
        bounced = await conn.send(gone, three)
        after = await conn.send(three)
        await conn.close()
    finally:
        server.stop()
    assert (sent.kind, bounced.kind, after.kind) == (OutcomeKind.SENT, OutcomeKind.HARD_BOUNCE, OutcomeKind.SENT)
    assert bounced.raw.startswith("RCPT TO:<gone@example.com>: 550 5.1.1")
    assert [m.recipients for m in server.messages] == [("person1@example.com",), ("person3@example.com",)]


async def test_an_announced_message_that_does_not_come_is_never_delivered() -> None:
    """The server waits for the announced body; sending another message instead, or closing, must not let it take
    any bytes as that body (QUIT would be read as one): the connection is dropped instead."""
    server = ScriptedServer(pipelining=True).start()
    try:
        conn = SmtpConnection(plain(server))
        assert (await conn.send(message(1), message(2))).kind is OutcomeKind.SENT
        assert (await conn.send(message(3), message(4))).kind is OutcomeKind.SENT  # not the announced row 2
        await conn.close()  # row 4 was announced and never sent
    finally:
        server.stop()
    assert [m.recipients for m in server.messages] == [("person1@example.com",), ("person3@example.com",)]
    assert server.connections == 2


async def test_announcing_needs_pipelining() -> None:
    server = ScriptedServer(pipelining=False).start()
    try:
        conn = SmtpConnection(plain(server))
        two = message(2)
        outcomes = [await conn.send(message(1), two), await conn.send(two)]
        await conn.close()
    finally:
        server.stop()
    assert [o.kind for o in outcomes] == [OutcomeKind.SENT] * 2
    assert len(envelope_chunks(server)) == 6  # MAIL, RCPT, DATA one by one for each message


async def test_a_refused_body_with_the_next_envelope_announced_keeps_the_connection() -> None:
    """The server ended the refused transaction with its reply; no RSET follows (it would be read as the announced
    message's body), and the announced message goes on the same connection."""
    server = ScriptedServer(pipelining=True).start()
    server.script.once("data", "554 5.7.1 Message rejected as spam")
    try:
        conn = SmtpConnection(plain(server))
        two = message(2)
        refused = await conn.send(message(1), two)
        sent = await conn.send(two)
        await conn.close()
    finally:
        server.stop()
    assert (refused.kind, sent.kind) == (OutcomeKind.REJECTED, OutcomeKind.SENT)
    assert [m.recipients for m in server.messages] == [("person2@example.com",)]
    assert server.connections == 1
    assert not any(b"RSET" in c for c in server.chunks)
