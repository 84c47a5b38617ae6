"""Amazon SES transport against moto's real HTTP server (ThreadedMotoServer) with fake credentials.

Errors moto cannot produce (throttling, daily quota, paused account, credential and sandbox refusals) are checked
through `classify_ses_error` with real botocore `ClientError` objects built from SES's error-response shape,
which is exactly what boto3 raises. moto has no SESv2 GetAccount, so `fetch_quota` is tested against a local
HTTP server answering GetAccount's documented JSON.
"""

from __future__ import annotations

import email
import json
from collections.abc import Iterator
from dataclasses import replace
from email.message import EmailMessage

import boto3
import pytest
from api_fixtures import JsonApiServer, RecordedRequest, serve_json_api
from botocore.exceptions import ClientError, ConnectionClosedError, EndpointConnectionError
from moto.core import DEFAULT_ACCOUNT_ID
from moto.server import ThreadedMotoServer
from moto.ses.models import ses_backends

from mailmerge.base.envelope import Envelope, OutgoingMessage
from mailmerge.base.errors import MailMergeError
from mailmerge.base.outcome import OutcomeKind
from mailmerge.transports.ses import SesQuota, SesSettings, classify_ses_error, fetch_quota, ses_factory

REGION = "eu-west-1"
SENDER = "office@example.org"
SECRET = "fake-secret-key-never-shown"


@pytest.fixture(scope="module")
def moto_url() -> Iterator[str]:
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def settings(moto_url: str) -> Iterator[SesSettings]:
    import urllib.request

    urllib.request.urlopen(urllib.request.Request(f"{moto_url}/moto-api/reset", method="POST")).close()
    yield SesSettings(region=REGION, access_key_id="AKIATESTTEST", secret_access_key=SECRET, endpoint_url=moto_url)


def _verify(settings: SesSettings, identity: str) -> None:
    boto3.client(
        "sesv2",
        region_name=settings.region,
        aws_access_key_id=settings.access_key_id,
        aws_secret_access_key=settings.secret_access_key,
        endpoint_url=settings.endpoint_url,
    ).create_email_identity(EmailIdentity=identity)


def _message(row: int, *, to: str, bcc: str = "", sender: str = SENDER) -> OutgoingMessage:
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = to
    mail["Subject"] = f"Invoice for row {row}"
    mail["Message-ID"] = f"<row{row}@mailmerge.test>"
    mail.set_content(f"Hello row {row}")
    recipients = (to, bcc) if bcc else (to,)
    return OutgoingMessage(
        row=row,
        envelope=Envelope(sender, recipients),
        data=mail.as_bytes(policy=mail.policy.clone(linesep="\r\n")),
        message_id=f"row{row}@mailmerge.test",
        subject=mail["Subject"],
    )


def _stored_messages() -> list[object]:
    return list(ses_backends[DEFAULT_ACCOUNT_ID][REGION].sent_messages)


def _client_error(code: str, message: str, status: int = 400) -> ClientError:
    return ClientError(
        {"Error": {"Code": code, "Message": message}, "ResponseMetadata": {"HTTPStatusCode": status}}, "SendEmail"
    )


def test_settings_repr_hides_secret() -> None:
    assert SECRET not in repr(SesSettings(REGION, "AKIA", SECRET))


@pytest.mark.integration
async def test_sends_raw_messages_to_every_envelope_recipient(settings: SesSettings) -> None:
    _verify(settings, "example.org")  # a verified domain covers every address in it
    transport = await ses_factory(settings)()
    try:
        outcomes = [
            await transport.send(_message(1, to="ana@example.net", bcc="boss@example.net")),
            await transport.send(_message(2, to="budi@example.com")),
        ]
    finally:
        await transport.close()

    assert [o.kind for o in outcomes] == [OutcomeKind.SENT, OutcomeKind.SENT]
    stored = _stored_messages()
    assert [m.id for m in stored] == [o.provider_id for o in outcomes]  # type: ignore[attr-defined]
    first = stored[0]
    assert "boss@example.net" in first.destinations  # type: ignore[attr-defined]  # Bcc only in the envelope
    parsed = email.message_from_string(first.raw_data)  # type: ignore[attr-defined]
    assert parsed["Subject"] == "Invoice for row 1"
    assert parsed["Message-ID"] == "<row1@mailmerge.test>"


@pytest.mark.integration
async def test_unverified_sender_stops_the_run_naming_sender(settings: SesSettings) -> None:
    transport = await ses_factory(settings)()
    outcome = await transport.send(_message(1, to="ana@example.net"))
    await transport.close()

    assert outcome.kind is OutcomeKind.STOP_RUN
    assert outcome.reason_code == "ses.sender_not_verified"
    assert SENDER in outcome.reason and REGION in outcome.reason
    assert _stored_messages() == []


@pytest.mark.integration
async def test_unicode_domain_is_sent_as_punycode(settings: SesSettings) -> None:
    _verify(settings, SENDER)
    transport = await ses_factory(settings)()
    outcome = await transport.send(_message(1, to="info@bücher.example"))
    await transport.close()

    assert outcome.kind is OutcomeKind.SENT
    assert "info@xn--bcher-kva.example" in _stored_messages()[0].destinations  # type: ignore[attr-defined]


async def test_non_ascii_local_part_is_invalid_without_calling_ses(settings: SesSettings) -> None:
    transport = await ses_factory(settings)()
    outcome = await transport.send(_message(3, to="müller@example.net"))
    await transport.close()

    assert outcome.kind is OutcomeKind.INVALID
    assert outcome.reason_code == "ses.non_ascii_address"
    assert "before the @" in outcome.reason and "Punycode" in outcome.reason


@pytest.mark.integration
async def test_unreachable_endpoint_is_retried() -> None:
    dead = SesSettings(REGION, "AKIA", SECRET, endpoint_url="http://127.0.0.1:9")  # discard port: refused
    transport = await ses_factory(dead)()
    outcome = await transport.send(_message(1, to="ana@example.net"))
    await transport.close()

    assert outcome.kind is OutcomeKind.RETRY
    assert outcome.reason_code == "ses.unreachable"


@pytest.mark.parametrize(
    ("code", "message", "kind", "reason_code"),
    [
        (
            "MessageRejected",
            "Email address is not verified. The following identities failed the check in "
            "region EU-WEST-1: office@example.org",
            OutcomeKind.STOP_RUN,
            "ses.sender_not_verified",
        ),
        (
            "MessageRejected",
            "Email address is not verified. The following identities failed the check in "
            "region EU-WEST-1: ana@example.net",
            OutcomeKind.REJECTED,
            "ses.sandbox_recipient_not_verified",
        ),
        (
            "MessageRejected",
            "Email address is not verified. The following identities failed the check in "
            "region EU-WEST-1: example.org, ana@example.net",
            OutcomeKind.STOP_RUN,
            "ses.sender_not_verified",
        ),
        ("MessageRejected", "Message contains a virus", OutcomeKind.REJECTED, "ses.message_rejected"),
        ("AccountSendingPausedException", "Account is paused.", OutcomeKind.STOP_RUN, "ses.account_paused"),
        ("SendingPausedException", "Sending paused for this account.", OutcomeKind.STOP_RUN, "ses.account_paused"),
        ("MessageRejected", "Account is paused.", OutcomeKind.STOP_RUN, "ses.account_paused"),
        ("AccountSuspendedException", "Suspended", OutcomeKind.STOP_RUN, "ses.account_suspended"),
        ("Throttling", "Maximum sending rate exceeded.", OutcomeKind.THROTTLE, "ses.rate_exceeded"),
        ("TooManyRequestsException", "Too many requests", OutcomeKind.THROTTLE, "ses.rate_exceeded"),
        ("Throttling", "Daily message quota exceeded.", OutcomeKind.QUOTA, "ses.daily_quota_exceeded"),
        ("LimitExceededException", "Daily message quota exceeded.", OutcomeKind.QUOTA, "ses.daily_quota_exceeded"),
        (
            "MailFromDomainNotVerifiedException",
            "MAIL FROM domain not verified",
            OutcomeKind.STOP_RUN,
            "ses.mail_from_domain_not_verified",
        ),
        (
            "ConfigurationSetDoesNotExist",
            "Configuration set <news> does not exist.",
            OutcomeKind.STOP_RUN,
            "ses.configuration_set_missing",
        ),
        (
            "NotFoundException",
            "Configuration set news does not exist.",
            OutcomeKind.STOP_RUN,
            "ses.configuration_set_missing",
        ),
        ("MessageRejected", "No recipients specified.", OutcomeKind.INVALID, "ses.no_recipients"),
        (
            "InvalidParameterValue",
            "Local address contains control or whitespace",
            OutcomeKind.INVALID,
            "ses.non_ascii_address",
        ),
        (
            "InvalidClientTokenId",
            "The security token included in the request is invalid.",
            OutcomeKind.STOP_RUN,
            "ses.credentials_rejected",
        ),
        (
            "SignatureDoesNotMatch",
            "The request signature we calculated does not match",
            OutcomeKind.STOP_RUN,
            "ses.credentials_rejected",
        ),
        (
            "UnrecognizedClientException",
            "The security token is invalid",
            OutcomeKind.STOP_RUN,
            "ses.credentials_rejected",
        ),
        ("AccessDeniedException", "not authorized to perform ses:SendEmail", OutcomeKind.STOP_RUN, "ses.access_denied"),
        ("InternalFailure", "", OutcomeKind.RETRY, "ses.server_error"),
        ("SomethingNew", "A new refusal", OutcomeKind.REJECTED, "ses.refused"),
    ],
)
def test_client_error_mapping(code: str, message: str, kind: OutcomeKind, reason_code: str) -> None:
    status = 500 if code == "InternalFailure" else 400
    outcome = classify_ses_error(_client_error(code, message, status), sender=SENDER, region=REGION)
    assert (outcome.kind, outcome.reason_code) == (kind, reason_code)
    assert code in outcome.raw
    assert "{" not in outcome.reason  # every placeholder was filled


def test_quota_outcome_waits_for_the_24h_window() -> None:
    outcome = classify_ses_error(
        _client_error("Throttling", "Daily message quota exceeded."), sender=SENDER, region=REGION
    )
    assert outcome.retry_after_s == 24 * 3600
    assert "24 hours" in outcome.reason


def test_sandbox_recipient_is_explained() -> None:
    outcome = classify_ses_error(
        _client_error(
            "MessageRejected",
            "Email address is not verified. The following identities failed the "
            "check in region EU-WEST-1: ana@example.net",
        ),
        sender=SENDER,
        region=REGION,
    )
    assert "sandbox" in outcome.reason and "ana@example.net" in outcome.reason


def test_connection_lost_after_handover_is_unknown_not_retried() -> None:
    lost = ConnectionClosedError(endpoint_url="https://email.eu-west-1.amazonaws.com")
    assert classify_ses_error(lost, sender=SENDER, region=REGION).kind is OutcomeKind.UNKNOWN
    refused = EndpointConnectionError(endpoint_url="https://email.eu-west-1.amazonaws.com")
    assert classify_ses_error(refused, sender=SENDER, region=REGION).kind is OutcomeKind.RETRY


def test_unexpected_exceptions_are_not_swallowed() -> None:
    with pytest.raises(ZeroDivisionError):
        classify_ses_error(ZeroDivisionError(), sender=SENDER, region=REGION)


@pytest.fixture
def get_account_api() -> Iterator[JsonApiServer]:
    def answer(request: RecordedRequest) -> tuple[int, dict[str, object]]:
        if request.path != "/v2/email/account":
            return 404, {"message": "unknown"}
        if "Credential=AKIAQUOTA/" not in request.headers.get("authorization", ""):
            return 403, {
                "__type": "UnrecognizedClientException",
                "message": "The security token included in the request is invalid.",
            }
        return 200, {
            "SendQuota": {"Max24HourSend": 50000.0, "MaxSendRate": 14.0, "SentLast24Hours": 1234.0},
            "SendingEnabled": True,
            "ProductionAccessEnabled": True,
        }

    yield from serve_json_api(JsonApiServer(answer))


@pytest.mark.integration
async def test_fetch_quota_reads_get_account(get_account_api: JsonApiServer) -> None:
    settings = SesSettings(REGION, "AKIAQUOTA", SECRET, endpoint_url=f"http://{get_account_api.host}")
    quota = await fetch_quota(settings)
    assert quota == SesQuota(max_24h_send=50000.0, max_send_rate=14.0, sent_last_24h=1234.0)
    [request] = get_account_api.requests
    assert request.method == "GET"
    assert f"/{REGION}/ses/aws4_request" in request.headers["authorization"]  # SigV4 scope of SES in region


@pytest.mark.integration
async def test_fetch_quota_failure_is_a_plain_error(get_account_api: JsonApiServer) -> None:
    settings = SesSettings(REGION, "AKIAWRONG", SECRET, endpoint_url=f"http://{get_account_api.host}")
    with pytest.raises(MailMergeError) as caught:
        await fetch_quota(settings)
    assert caught.value.code == "ses.quota_unavailable"
    assert SECRET not in str(caught.value)
    assert "access key" in str(caught.value)  # the credential refusal, said plainly
    assert json.dumps(dict(caught.value.params))  # params stay plain data for the GUI's translations


async def test_non_ascii_sender_stops_the_run(settings: SesSettings) -> None:
    transport = await ses_factory(settings)()
    outcome = await transport.send(_message(1, to="ana@example.net", sender="büro@example.org"))
    await transport.close()

    assert (outcome.kind, outcome.reason_code) == (OutcomeKind.STOP_RUN, "ses.non_ascii_sender")
    assert "büro@example.org" in outcome.reason


async def test_message_without_recipients_is_invalid(settings: SesSettings) -> None:
    message = _message(1, to="ana@example.net")
    transport = await ses_factory(settings)()
    outcome = await transport.send(replace(message, envelope=Envelope(SENDER, ())))
    await transport.close()

    assert (outcome.kind, outcome.reason_code) == (OutcomeKind.INVALID, "ses.no_recipients")
