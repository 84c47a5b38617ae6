"""Tencent Cloud SES transport against a local HTTP endpoint that checks each request the way Tencent documents
it: the X-TC-* headers, the TC3-HMAC-SHA256 signature (recomputed here from the secret key) and the JSON body.
It answers with a MessageId or with the error code a test scripts, so every line of the error table is exercised
through the real SDK."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import EmailMessage

import pytest
from api_fixtures import JsonApiServer, RecordedRequest, serve_json_api

from mailmerge.base.envelope import Envelope, OutgoingMessage
from mailmerge.base.errors import UnusableInputError
from mailmerge.base.outcome import OutcomeKind
from mailmerge.transports.tencent import (
    _CODE_RULES,
    MAX_ATTACHMENT_BYTES,
    TencentSettings,
    classify_tencent_error,
    seconds_until_china_midnight,
    tencent_factory,
)

SECRET_ID = "AKID" + "a1B2c3D4" * 4
SECRET_KEY = "test-secret-key-never-shown"
REGION = "ap-singapore"
TEMPLATE_HTML = "<p>Dear {{name}}, your invoice {{invoice}} is due on {{due_date}}.</p>"


def _tc3_signature(request: RecordedRequest, secret_key: str) -> str:
    """TC3-HMAC-SHA256 as Tencent documents it, written independently of the SDK."""
    canonical = "\n".join(
        [
            "POST",
            "/",
            "",
            f"content-type:{request.headers['content-type']}\nhost:{request.headers['host']}\n",
            "content-type;host",
            hashlib.sha256(request.body).hexdigest(),
        ]
    )
    timestamp = request.headers["x-tc-timestamp"]
    date = datetime.fromtimestamp(int(timestamp), UTC).strftime("%Y-%m-%d")
    to_sign = "\n".join(
        ["TC3-HMAC-SHA256", timestamp, f"{date}/ses/tc3_request", hashlib.sha256(canonical.encode()).hexdigest()]
    )

    def mac(key: bytes, text: str) -> bytes:
        return hmac.new(key, text.encode(), hashlib.sha256).digest()

    key = mac(mac(mac(("TC3" + secret_key).encode(), date), "ses"), "tc3_request")
    return hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()


class FakeTencent(JsonApiServer):
    """Answers like ses.tencentcloudapi.com; `error` scripts the next SendEmail answer."""

    error: tuple[str, str] | None = None

    def __init__(self) -> None:
        super().__init__(self.answer)

    def answer(self, request: RecordedRequest) -> tuple[int, dict[str, object]]:
        headers = request.headers
        assert headers["x-tc-version"] == "2020-10-02"
        assert headers["x-tc-region"] == REGION
        assert headers["content-type"] == "application/json"
        date = datetime.fromtimestamp(int(headers["x-tc-timestamp"]), UTC).strftime("%Y-%m-%d")
        expected = (
            f"TC3-HMAC-SHA256 Credential={SECRET_ID}/{date}/ses/tc3_request, SignedHeaders=content-type;host, "
            f"Signature={_tc3_signature(request, SECRET_KEY)}"
        )
        if headers["authorization"] != expected:
            return 200, _error("AuthFailure.SignatureFailure", "The provided credentials could not be validated.")
        action = headers["x-tc-action"]
        if action == "GetEmailTemplate":
            content = {"Html": base64.b64encode(TEMPLATE_HTML.encode()).decode()}
            return 200, {"Response": {"TemplateContent": content, "TemplateStatus": 0, "RequestId": "req-t"}}
        assert action == "SendEmail"
        if self.error is not None:
            return 200, _error(*self.error)
        return 200, {"Response": {"MessageId": f"qcloudses-{len(self.requests)}", "RequestId": "req-1"}}


def _error(code: str, message: str) -> dict[str, object]:
    return {"Response": {"Error": {"Code": code, "Message": message}, "RequestId": "req-e"}}


@pytest.fixture
def api() -> Iterator[FakeTencent]:
    yield from serve_json_api(FakeTencent())


def _settings(api: JsonApiServer, **overrides: object) -> TencentSettings:
    values: dict[str, object] = {
        "region": REGION,
        "secret_id": SECRET_ID,
        "secret_key": SECRET_KEY,
        "from_address": "Office <noreply@mail.example.com>",
        "template_id": 4242,
        "endpoint": f"http://{api.host}",
    }
    values.update(overrides)
    return TencentSettings(**values)  # type: ignore[arg-type]


def _message(*, attachment: bytes | None = None, variables: dict[str, str] | None = None) -> OutgoingMessage:
    mail = EmailMessage()
    mail["From"] = "Office <noreply@mail.example.com>"
    mail["To"] = "Ana <ana@example.net>"
    mail["Cc"] = "team@example.net"
    mail["Reply-To"] = "office@example.com"
    mail["Subject"] = "Invoice 17"
    mail.set_content("Dear Ana, invoice 17.")
    mail.add_alternative("<p>Dear Ana, invoice <b>17</b>.</p>", subtype="html")
    if attachment is not None:
        mail.add_attachment(attachment, maintype="application", subtype="pdf", filename="invoice-17.pdf")
    return OutgoingMessage(
        row=5,
        envelope=Envelope("noreply@mail.example.com", ("ana@example.net", "team@example.net", "boss@example.net")),
        data=mail.as_bytes(),
        message_id="row5@mailmerge.test",
        subject="Invoice 17",
        variables=tuple((variables or {"name": "Ana", "invoice": "17"}).items()),
    )


async def _send(settings: TencentSettings, message: OutgoingMessage | None = None) -> object:
    transport = await tencent_factory(settings)()
    try:
        return await transport.send(message or _message())
    finally:
        await transport.close()


@pytest.mark.integration
async def test_template_send_has_documented_shape(api: FakeTencent) -> None:
    outcome = await _send(_settings(api, unsubscribe="2", trigger_type=0), _message(attachment=b"%PDF-1.4 x"))

    assert outcome.kind is OutcomeKind.SENT  # type: ignore[attr-defined]
    assert outcome.provider_id == "qcloudses-1"  # type: ignore[attr-defined]
    [request] = api.requests
    body = request.json()
    assert body["FromEmailAddress"] == "Office <noreply@mail.example.com>"
    assert body["Destination"] == ["ana@example.net"]
    assert body["Cc"] == ["team@example.net"]
    assert body["Bcc"] == ["boss@example.net"]  # only in the envelope
    assert body["ReplyToAddresses"] == "office@example.com"
    assert body["Subject"] == "Invoice 17"
    assert body["Template"] == {"TemplateID": 4242, "TemplateData": json.dumps({"name": "Ana", "invoice": "17"})}
    assert "Simple" not in body
    assert body["Attachments"] == [{"FileName": "invoice-17.pdf", "Content": base64.b64encode(b"%PDF-1.4 x").decode()}]
    assert body["Unsubscribe"] == "2"
    assert body["TriggerType"] == 0


@pytest.mark.integration
async def test_simple_mode_sends_html_and_text_base64(api: FakeTencent) -> None:
    outcome = await _send(_settings(api, template_id=None))

    assert outcome.kind is OutcomeKind.SENT  # type: ignore[attr-defined]
    simple = api.requests[0].json()["Simple"]
    assert isinstance(simple, dict)
    assert base64.b64decode(simple["Html"]).decode().strip() == "<p>Dear Ana, invoice <b>17</b>.</p>"
    assert base64.b64decode(simple["Text"]).decode().strip() == "Dear Ana, invoice 17."


@pytest.mark.integration
async def test_wrong_secret_key_fails_signature_and_stops(api: FakeTencent) -> None:
    outcome = await _send(_settings(api, secret_key="another-key"))
    assert outcome.kind is OutcomeKind.STOP_RUN  # type: ignore[attr-defined]
    assert outcome.reason_code == "tencent.credentials_rejected"  # type: ignore[attr-defined]
    assert "another-key" not in outcome.reason + outcome.raw  # type: ignore[attr-defined]


@pytest.mark.integration
async def test_template_mismatch_names_the_missing_variables(api: FakeTencent) -> None:
    api.error = ("InvalidParameterValue.TemplateNotMatchData", "template variables do not match")
    outcome = await _send(_settings(api))

    assert outcome.kind is OutcomeKind.STOP_RUN  # type: ignore[attr-defined]
    assert "Missing: due_date." in outcome.reason  # type: ignore[attr-defined]
    assert "4242" in outcome.reason and "name, invoice" in outcome.reason  # type: ignore[attr-defined]
    assert [r.headers["x-tc-action"] for r in api.requests] == ["SendEmail", "GetEmailTemplate"]


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("AuthFailure.SignatureExpire", OutcomeKind.STOP_RUN),
        ("AuthFailure.SecretIdNotFound", OutcomeKind.STOP_RUN),
        ("FailedOperation.NotAuthenticatedSender", OutcomeKind.STOP_RUN),
        ("OperationDenied.TemplateStatusError", OutcomeKind.STOP_RUN),
        ("FailedOperation.WithOutPermission", OutcomeKind.STOP_RUN),
        ("FailedOperation.EmailAddrInBlacklist", OutcomeKind.HARD_BOUNCE),
        ("FailedOperation.ReceiverHasUnsubscribed", OutcomeKind.REJECTED),
        ("RequestLimitExceeded", OutcomeKind.THROTTLE),
        ("FailedOperation.FrequencyLimit", OutcomeKind.RETRY),
        ("FailedOperation.ExceedSendLimit", OutcomeKind.QUOTA),
        ("InternalError", OutcomeKind.RETRY),
        ("InternalError.QueryDataBaseFailed", OutcomeKind.RETRY),  # family fallback
        ("InvalidParameterValue.IllegalEmailAddress", OutcomeKind.INVALID),
        ("AuthFailure.SomethingNew", OutcomeKind.STOP_RUN),  # family fallback
        ("FailedOperation.SomethingNew", OutcomeKind.REJECTED),  # unknown: refuse this row only
    ],
)
@pytest.mark.integration
async def test_error_codes_through_the_sdk(api: FakeTencent, code: str, kind: OutcomeKind) -> None:
    api.error = (code, "provider says no")
    outcome = await _send(_settings(api))
    assert outcome.kind is kind  # type: ignore[attr-defined]
    assert outcome.raw == f"{code}: provider says no"  # type: ignore[attr-defined]


@pytest.mark.parametrize("code", sorted(_CODE_RULES))
def test_every_table_line_gives_a_complete_sentence(code: str) -> None:
    settings = TencentSettings(REGION, SECRET_ID, SECRET_KEY, "noreply@mail.example.com", template_id=7)
    outcome = classify_tencent_error(code, "text", settings=settings, sent_variables=["name"])
    assert outcome.kind is _CODE_RULES[code].kind
    assert "{" not in outcome.reason.replace("{{variables}}", "") and outcome.reason.endswith(".")


def test_specific_sentences_follow_the_seed_documents() -> None:
    settings = TencentSettings(REGION, SECRET_ID, SECRET_KEY, "noreply@mail.example.com", template_id=7)
    clock = classify_tencent_error("AuthFailure.SignatureExpire", "expired", settings=settings)
    assert "your computer's clock is off" in clock.reason
    blocked = classify_tencent_error("FailedOperation.EmailAddrInBlacklist", "", settings=settings)
    assert "14 days" in blocked.reason and "release" in blocked.reason
    assert blocked.retry_after_s == 14 * 86400
    sender = classify_tencent_error("FailedOperation.NotAuthenticatedSender", "", settings=settings)
    assert "noreply@mail.example.com" in sender.reason
    rate = classify_tencent_error("RequestLimitExceeded", "", settings=settings)
    assert "20 requests per second" in rate.reason


def test_daily_limit_waits_until_midnight_china_time() -> None:
    # 15:00 UTC is 23:00 in China: one hour left in Tencent's day.
    assert seconds_until_china_midnight(datetime(2024, 5, 1, 15, 0, tzinfo=UTC)) == 3600


@pytest.mark.integration
async def test_unreachable_endpoint_is_retried() -> None:
    settings = TencentSettings(REGION, SECRET_ID, SECRET_KEY, "a@b.example", endpoint="http://127.0.0.1:9")
    outcome = await _send(settings)
    assert outcome.kind is OutcomeKind.RETRY  # type: ignore[attr-defined]
    assert outcome.reason_code == "tencent.unreachable"  # type: ignore[attr-defined]


def test_read_timeout_is_unknown_never_resent() -> None:
    settings = TencentSettings(REGION, SECRET_ID, SECRET_KEY, "a@b.example")
    message = "HTTPSConnectionPool(host='ses.tencentcloudapi.com'): Read timed out. (read timeout=60)"
    assert classify_tencent_error("ClientNetworkError", message, settings=settings).kind is OutcomeKind.UNKNOWN


async def test_oversized_attachments_are_refused_before_calling(api: FakeTencent) -> None:
    outcome = await _send(_settings(api), _message(attachment=b"x" * (MAX_ATTACHMENT_BYTES + 1)))
    assert outcome.kind is OutcomeKind.INVALID  # type: ignore[attr-defined]
    assert "4 MB" in outcome.reason  # type: ignore[attr-defined]
    assert api.requests == []


@pytest.mark.parametrize(
    ("field", "value", "code", "words"),
    [
        ("region", "ap-tokyo", "tencent.bad_region", "ap-guangzhou, ap-hongkong, ap-singapore"),
        ("secret_id", "AKIDshort", "tencent.bad_secret_id", "start with 'AKID' and be 36"),
        ("secret_id", "XXXX" + "a" * 32, "tencent.bad_secret_id", "36"),
        ("unsubscribe", "13", "tencent.bad_unsubscribe", "0 (no link) to 12"),
        ("trigger_type", 2, "tencent.bad_trigger_type", "0 (bulk mail) or 1"),
    ],
)
def test_settings_are_checked_with_clear_errors(field: str, value: object, code: str, words: str) -> None:
    values: dict[str, object] = {
        "region": REGION,
        "secret_id": SECRET_ID,
        "secret_key": SECRET_KEY,
        "from_address": "a@b.example",
        field: value,
    }
    with pytest.raises(UnusableInputError) as caught:
        TencentSettings(**values)
    assert caught.value.code == code
    assert words in str(caught.value)
    assert SECRET_KEY not in str(caught.value)


def test_secret_key_not_in_repr() -> None:
    assert SECRET_KEY not in repr(TencentSettings(REGION, SECRET_ID, SECRET_KEY, "a@b.example"))
