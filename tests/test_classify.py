"""Every line of the classification table (DESIGN.md §4), each answered by a real aiosmtpd server."""

# ruff: noqa: F811  (fixtures imported from servers.py are redefined as test parameters by design)

from __future__ import annotations

from collections.abc import Iterator

import pytest
from servers import DROP, ScriptedServer, smtp_server  # noqa: F401

from mailmerge.base.envelope import Envelope, OutgoingMessage
from mailmerge.base.errors import MailMergeError
from mailmerge.base.outcome import OutcomeKind as K
from mailmerge.transports.classify import classify_exception, classify_reply
from mailmerge.transports.smtp import SmtpConnection, SmtpSettings

pytestmark = pytest.mark.integration

# (server stage, reply, kind, reason_code)
TABLE: list[tuple[str, str, K, str]] = [
    ("data", "250 2.0.0 Ok: queued as ABC123", K.SENT, "smtp.accepted"),
    ("data", "421 4.3.2 Service not available, closing channel", K.RETRY, "smtp.service_unavailable"),
    ("rcpt", "450 4.2.0 Mailbox temporarily unavailable", K.RETRY, "smtp.temporary_failure"),
    ("data", "451 4.3.0 Local error in processing", K.RETRY, "smtp.temporary_failure"),
    ("mail", "452 4.3.1 Insufficient system storage", K.RETRY, "smtp.temporary_failure"),
    ("rcpt", "450 4.7.1 Greylisted, please try again", K.RETRY, "smtp.temporary_failure"),
    ("rcpt", "452 4.2.2 The email account that you tried to reach is over quota", K.RETRY, "smtp.mailbox_full"),
    ("data", "552 5.2.2 Mailbox full", K.REJECTED, "smtp.mailbox_full"),
    ("mail", "454 4.7.0 Temporary throttling, try later", K.THROTTLE, "smtp.throttled"),
    ("mail", "454 Throttling failure: Maximum sending rate exceeded.", K.THROTTLE, "smtp.throttled"),
    ("data", "451 4.7.1 Rate limit exceeded for this sender", K.THROTTLE, "smtp.throttled"),
    ("data", "421 4.7.0 Too many concurrent SMTP connections", K.THROTTLE, "smtp.throttled"),
    ("data", "450 Requested action aborted: throttled", K.THROTTLE, "smtp.throttled"),
    ("mail", "550 5.4.5 Daily user sending quota exceeded.", K.QUOTA, "smtp.daily_quota"),
    ("mail", "454 Throttling failure: Daily message quota exceeded.", K.QUOTA, "smtp.daily_quota"),
    (
        "data",
        "554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException",
        K.QUOTA,
        "smtp.daily_quota",
    ),
    ("rcpt", "550 5.1.1 <gone@example.com>: Recipient address rejected: User unknown", K.HARD_BOUNCE,
     "smtp.mailbox_unknown"),
    ("rcpt", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; not found", K.HARD_BOUNCE, "smtp.mailbox_unknown"),
    ("rcpt", "550 5.1.2 Host unknown (Name server: example.invalid: host not found)", K.HARD_BOUNCE,
     "smtp.mailbox_unknown"),
    ("rcpt", "550 No such user here", K.HARD_BOUNCE, "smtp.mailbox_unknown"),
    ("data", "554 5.7.1 Message rejected as spam by Content Filtering", K.REJECTED, "smtp.policy_rejected"),
    ("rcpt", "550 5.7.26 Unauthenticated email is not accepted due to DMARC policy", K.REJECTED,
     "smtp.policy_rejected"),
    ("mail", "530 5.7.0 Authentication required", K.STOP_RUN, "smtp.login_required"),
    ("data", "554 Message rejected: Email address is not verified. The following identities failed the check "
     "in region US-EAST-1: office@example.com", K.STOP_RUN, "smtp.sender_not_verified"),
    ("rcpt", "554 5.7.1 Sender domain not verified", K.STOP_RUN, "smtp.sender_not_verified"),
    ("rcpt", "554 Account is in sandbox mode; recipient address is not allowed", K.STOP_RUN,
     "smtp.account_sandbox"),
    ("mail", "554 5.7.1 Your account sending has been paused", K.STOP_RUN, "smtp.account_paused"),
    ("mail", "553 5.7.1 Sender address rejected: not owned by user office@example.com", K.STOP_RUN,
     "smtp.sender_rejected"),
    ("data", "554 5.6.0 Message content rejected", K.REJECTED, "smtp.rejected"),
    ("data_command", "554 5.5.1 No valid recipients", K.REJECTED, "smtp.rejected"),
]


def one_message() -> OutgoingMessage:
    data = b"From: office@example.com\r\nTo: gone@example.com\r\nSubject: Hi\r\n\r\nHello.\r\n"
    return OutgoingMessage(1, Envelope("office@example.com", ("gone@example.com",)), data, "m1@example.com")


@pytest.mark.parametrize(("stage", "reply", "kind", "reason_code"), TABLE, ids=[row[1][:40] for row in TABLE])
async def test_reply_from_real_server(
    smtp_server: ScriptedServer, stage: str, reply: str, kind: K, reason_code: str
) -> None:
    smtp_server.script.once(stage, reply)
    connection = SmtpConnection(SmtpSettings(smtp_server.host, smtp_server.port, "none", timeout_s=5))
    outcome = await connection.send(one_message())
    await connection.close()
    assert (outcome.kind, outcome.reason_code) == (kind, reason_code)
    assert reply.split(" ", 1)[1] in outcome.raw
    assert outcome.reason.endswith(".") or reply.split(" ", 1)[1] in outcome.reason
    if kind in (K.REJECTED, K.STOP_RUN) and "{text}" in outcome.reason:
        pytest.fail("reason template left unformatted")


@pytest.fixture
def login_server() -> Iterator[ScriptedServer]:
    server = ScriptedServer(login=("anna", "right")).start()
    yield server
    server.stop()


@pytest.mark.parametrize(
    ("reply", "reason_code"),
    [
        ("535 5.7.8 Authentication credentials invalid", "smtp.login_refused"),
        ("534 5.7.9 Application-specific password required. Learn more at https://support.google.com",
         "smtp.app_password_required"),
        ("535 5.7.139 Authentication unsuccessful, the request did not meet the criteria", "smtp.basic_auth_disabled"),
        ("535 5.7.3 Authentication unsuccessful", "smtp.basic_auth_disabled"),
        ("554 5.7.0 Too many failed logins", "smtp.login_refused"),
    ],
)
async def test_login_replies_stop_the_run(login_server: ScriptedServer, reply: str, reason_code: str) -> None:
    login_server.script.always("auth", reply)
    settings = SmtpSettings(login_server.host, login_server.port, "none", "anna", "right", timeout_s=5)
    outcome = await SmtpConnection(settings).send(one_message())
    assert (outcome.kind, outcome.reason_code) == (K.STOP_RUN, reason_code)
    assert "right" not in outcome.raw + outcome.reason


async def test_drop_before_data_is_retry(smtp_server: ScriptedServer) -> None:
    smtp_server.script.once("data_command", DROP)
    outcome = await SmtpConnection(SmtpSettings(smtp_server.host, smtp_server.port, "none")).send(one_message())
    assert (outcome.kind, outcome.reason_code) == (K.RETRY, "smtp.connection_lost")


async def test_drop_after_data_is_unknown(smtp_server: ScriptedServer) -> None:
    smtp_server.script.once("data", DROP)
    outcome = await SmtpConnection(SmtpSettings(smtp_server.host, smtp_server.port, "none")).send(one_message())
    assert (outcome.kind, outcome.reason_code) == (K.UNKNOWN, "smtp.lost_after_data")


def test_greeting_refusal_stops_the_run() -> None:
    outcome = classify_reply(554, "5.7.1 No SMTP service here", stage="connect")
    assert (outcome.kind, outcome.reason_code) == (K.STOP_RUN, "smtp.sender_rejected")
    assert "No SMTP service here" in outcome.reason


def test_timeout_before_and_after_data() -> None:
    assert classify_exception(TimeoutError("read"), after_data=False).kind is K.RETRY
    assert classify_exception(TimeoutError("read"), after_data=True).kind is K.UNKNOWN


def test_setting_problem_raised_as_error_stops_the_run() -> None:
    error = MailMergeError("smtp.starttls_unavailable", "The server on port {port} has no STARTTLS.", port=25)
    outcome = classify_exception(error, after_data=False)
    assert (outcome.kind, outcome.reason_code, outcome.reason) == (
        K.STOP_RUN, "smtp.starttls_unavailable", "The server on port 25 has no STARTTLS."
    )


def test_unexpected_code_is_retried() -> None:
    assert classify_reply(354, "go ahead", stage="mail").reason_code == "smtp.unexpected_reply"
