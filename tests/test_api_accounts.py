"""API accounts (Amazon SES, Tencent Cloud SES) from `account add` to a sent message, against real local servers:
moto's ThreadedMotoServer for SES sending, a local HTTP server answering SESv2 GetAccount (moto has none), and a
local Tencent endpoint that checks the TC3 signature like the real one. Secrets go through the real keyring."""

from __future__ import annotations

import asyncio
import io
import json
import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from api_fixtures import JsonApiServer, RecordedRequest, serve_json_api
from moto.core import DEFAULT_ACCOUNT_ID
from moto.server import ThreadedMotoServer
from moto.ses.models import ses_backends
from test_tencent import REGION as TENCENT_REGION
from test_tencent import SECRET_ID, SECRET_KEY, _tc3_signature

from mailmerge.accounts import credentials
from mailmerge.accounts import profiles as accounts
from mailmerge.base.envelope import Envelope, OutgoingMessage
from mailmerge.base.errors import MailMergeError
from mailmerge.base.outcome import OutcomeKind
from mailmerge.cli import EXIT_OK, EXIT_UNUSABLE, main

needs_dbus = pytest.mark.skipif(
    not os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
    reason="no D-Bus session: run under dbus-run-session with an unlocked gnome-keyring-daemon",
)
SES_REGION = "eu-west-1"
SES_KEY_ID = "AKIAQUOTA"
SES_SECRET = "ses-secret-" + uuid.uuid4().hex
SENDER = "noreply@mail.example.com"


def cli(monkeypatch: pytest.MonkeyPatch, *argv: str, stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(["account", *argv])


@pytest.fixture
def account_name() -> Iterator[str]:
    name = f"api-{uuid.uuid4().hex}"
    yield name
    credentials.delete_secret(credentials.account_key(name))


def saved_json(name: str) -> dict[str, object]:
    document = json.loads(accounts.accounts_path().read_text(encoding="utf-8"))
    entry = document["accounts"][name]
    assert isinstance(entry, dict)
    return entry


# --------------------------------------------------------------------------------------------- account add
def test_add_stores_the_api_options_and_no_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli(monkeypatch, "add", "ses", "--preset", "ses-api", "--user", SES_KEY_ID, "--region", "eu-west-2",
               "--config-set", "invoices_2026", "--endpoint-url", "http://127.0.0.1:4566/") == EXIT_OK
    assert cli(monkeypatch, "add", "tc", "--preset", "tencent-api", "--user", SECRET_ID, "--from", SENDER,
               "--region", "ap-singapore", "--template-id", "4242", "--unsubscribe", "2", "--trigger-type", "1",
               "--endpoint", "ses.example.test:8443") == EXIT_OK
    described = accounts.describe(accounts.get_account("tc"))
    assert described == f"tc: Tencent Cloud SES (API) in ap-singapore via https://ses.example.test:8443 as {SECRET_ID}"
    ses, tencent = saved_json("ses"), saved_json("tc")
    assert (ses["region"], ses["config_set"], ses["endpoint"]) == ("eu-west-2", "invoices_2026",
                                                                  "http://127.0.0.1:4566")
    assert (tencent["template_id"], tencent["unsubscribe"], tencent["trigger_type"]) == (4242, "2", 1)
    assert tencent["endpoint"] == "https://ses.example.test:8443"
    text = accounts.accounts_path().read_text(encoding="utf-8")
    assert "secret" not in text.lower() and "password" not in text.lower()


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--preset", "ses-api", "--user", SES_KEY_ID, "--region", "mars-1"], "has no region 'mars-1'"),
        (["--preset", "ses-api", "--region", "eu-west-1"], "needs the AWS access key ID (--user)"),
        (["--preset", "ses-api", "--user", SES_KEY_ID, "--config-set", "my set!"], "configuration set name"),
        (["--preset", "ses-api", "--user", SES_KEY_ID, "--endpoint", "ftp://x"], "is not an API address"),
        (["--preset", "ses-api", "--user", SES_KEY_ID, "--template-id", "7"], "only applies to Tencent Cloud"),
        (["--preset", "gmail", "--config-set", "x"], "only applies to Amazon SES (API) accounts"),
        (["--preset", "tencent-api", "--user", "AKIDshort", "--from", SENDER], "must start with 'AKID'"),
        (["--preset", "tencent-api", "--user", SECRET_ID], "verified sender address (--from)"),
        (["--preset", "tencent-api", "--user", SECRET_ID, "--from", SENDER, "--template-id", "abc"],
         "--template-id must be a whole number such as 12345, not 'abc'"),
        (["--preset", "tencent-api", "--user", SECRET_ID, "--from", SENDER, "--template-id", "0"],
         "template ID must be the number"),
        (["--preset", "tencent-api", "--user", SECRET_ID, "--from", SENDER, "--unsubscribe", "13"],
         "from 0 (no link) to 12"),
        (["--preset", "tencent-api", "--user", SECRET_ID, "--from", SENDER, "--trigger-type", "2"],
         "0 (bulk mail) or 1"),
        (["--preset", "tencent-api", "--user", SECRET_ID, "--from", SENDER, "--region", "eu-west-1"],
         "has no region 'eu-west-1'"),
    ],
)
def test_add_refuses_unusable_api_settings_in_plain_words(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv: list[str], words: str
) -> None:
    assert cli(monkeypatch, "add", "bad", *argv) == EXIT_UNUSABLE
    err = capsys.readouterr().err
    assert err.startswith("mailmerge: ") and words in err and "Traceback" not in err
    assert not accounts.accounts_path().exists()  # nothing half-configured is saved


# ---------------------------------------------------------------------------------------------- SES quota
class FakeSesAccount(JsonApiServer):
    """Answers SESv2 GetAccount (GET /v2/email/account) like AWS, for the key SES_KEY_ID only."""

    def __init__(self) -> None:
        super().__init__(self.answer)
        self.body: dict[str, object] = {
            "SendQuota": {"Max24HourSend": 50000.0, "MaxSendRate": 14.0, "SentLast24Hours": 1234.0},
            "SendingEnabled": True,
            "ProductionAccessEnabled": True,
        }

    def answer(self, request: RecordedRequest) -> tuple[int, dict[str, object]]:
        assert (request.method, request.path) == ("GET", "/v2/email/account")
        if f"Credential={SES_KEY_ID}/" not in request.headers.get("authorization", ""):
            return 403, {"__type": "UnrecognizedClientException",
                         "message": "The security token included in the request is invalid."}
        return 200, self.body


@pytest.fixture
def ses_api() -> Iterator[FakeSesAccount]:
    yield from serve_json_api(FakeSesAccount())


def save_ses(name: str, endpoint: str, *, key_id: str = SES_KEY_ID, config_set: str | None = None) -> None:
    accounts.save_account(accounts.new_account(name, "ses-api", username=key_id, region=SES_REGION,
                                               from_address=SENDER, endpoint=endpoint, config_set=config_set))
    credentials.save_secret(credentials.account_key(name), SES_SECRET)


@needs_dbus
def test_ses_quota_sets_the_pace_and_the_day_budget(ses_api: FakeSesAccount, account_name: str) -> None:
    save_ses(account_name, f"http://{ses_api.host}")
    resolved = accounts.resolve_transport(account_name)
    assert (resolved.limits.per_second, resolved.limits.per_day) == (14.0, 50000 - 1234)  # what is left today
    assert resolved.limits.connections == 14  # one request at a time could not reach 14 a second
    assert resolved.limits.per_recipient_hour is None  # nothing Tencent-like leaks into SES
    assert resolved.day_budget == accounts.DayBudget(limit=50000, used=1234)
    assert resolved.day_budget.remaining == 48766
    assert resolved.day_budget.sentence() == "48,766 of 50,000 messages left in the provider's 24-hour quota."
    assert resolved.warnings == ()
    assert len(ses_api.requests) == 1


@needs_dbus
def test_unlimited_quota_has_no_daily_limit(ses_api: FakeSesAccount, account_name: str) -> None:
    ses_api.body["SendQuota"] = {"Max24HourSend": -1.0, "MaxSendRate": 200.0, "SentLast24Hours": 9.0}
    save_ses(account_name, f"http://{ses_api.host}")
    resolved = accounts.resolve_transport(account_name)
    assert (resolved.limits.per_second, resolved.limits.per_day, resolved.day_budget) == (200.0, None, None)
    assert resolved.limits.connections == accounts.MAX_CONNECTIONS


@needs_dbus
async def test_quota_is_read_from_inside_a_running_event_loop(ses_api: FakeSesAccount, account_name: str) -> None:
    # The GUI's send worker resolves the account on its own asyncio loop, where asyncio.run is refused.
    save_ses(account_name, f"http://{ses_api.host}")
    resolved = accounts.resolve_transport(account_name)
    assert resolved.limits.per_second == 14.0 and resolved.warnings == ()
    await asyncio.sleep(0)  # the loop is still usable afterwards


@needs_dbus
def test_refused_quota_read_falls_back_to_the_preset_with_a_warning(
    ses_api: FakeSesAccount, account_name: str
) -> None:
    save_ses(account_name, f"http://{ses_api.host}", key_id="AKIAWRONG")
    resolved = accounts.resolve_transport(account_name)
    assert (resolved.limits.per_second, resolved.limits.per_day) == (1.0, 200)
    warning = str(*resolved.warnings)
    assert "did not accept the access key" in warning and "saved limits instead (1 a second, 200 a day)" in warning
    assert SES_SECRET not in warning and resolved.day_budget is None


@pytest.fixture(scope="module")
def moto_url() -> Iterator[str]:
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


def _message(row: int, to: str) -> OutgoingMessage:
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = SENDER, to, f"Invoice {row}"
    mail.set_content(f"Hello row {row}")
    return OutgoingMessage(row=row, envelope=Envelope(SENDER, (to,)), data=mail.as_bytes(),
                           message_id=f"row{row}@mailmerge.test", subject=f"Invoice {row}")


@needs_dbus
@pytest.mark.integration
async def test_saved_ses_account_sends_through_moto(moto_url: str, account_name: str) -> None:
    import boto3

    boto3.client("sesv2", region_name=SES_REGION, aws_access_key_id=SES_KEY_ID, aws_secret_access_key=SES_SECRET,
                 endpoint_url=moto_url).create_email_identity(EmailIdentity=SENDER)
    save_ses(account_name, moto_url)
    resolved = accounts.resolve_transport(account_name)
    # moto has no GetAccount: the run still goes out, at the preset's limits, and the user is told why.
    assert resolved.limits.per_day == 200
    assert "Could not read the Amazon SES sending limits" in str(resolved.warnings[0])
    transport = await resolved.factory()
    try:
        outcome = await transport.send(_message(1, "ana@example.net"))
    finally:
        await transport.close()
    assert outcome.kind is OutcomeKind.SENT, outcome.reason
    [sent] = ses_backends[DEFAULT_ACCOUNT_ID][SES_REGION].sent_messages
    assert set(sent.destinations) == {"ana@example.net"} and sent.source == SENDER  # moto lists To twice


# ----------------------------------------------------------------------------------------- SES account test
@needs_dbus
def test_ses_account_test_shows_access_sandbox_and_quota(
    ses_api: FakeSesAccount, account_name: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    save_ses(account_name, f"http://{ses_api.host}")
    assert cli(monkeypatch, "test", account_name) == EXIT_OK
    assert capsys.readouterr().out.splitlines() == [
        f"✓ SIGN-IN: Amazon SES in {SES_REGION} accepted the access key {SES_KEY_ID}.",
        "✓ SENDING: Sending is enabled for this account.",
        "✓ SANDBOX: Production access: the account may send to any address.",
        "✓ QUOTA: Runs are paced at 14 a second, 50,000 a day. 48,766 of 50,000 messages left in the provider's "
        "24-hour quota.",
    ]
    ses_api.body.update(SendingEnabled=False, ProductionAccessEnabled=False)
    assert cli(monkeypatch, "test", account_name) == EXIT_UNUSABLE
    out = capsys.readouterr().out
    assert "✗ SENDING: Amazon SES has paused sending" in out
    assert "! SANDBOX: The account is still in the Amazon SES sandbox" in out


@needs_dbus
def test_ses_account_test_explains_a_refused_key_and_no_connection(
    ses_api: FakeSesAccount, account_name: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    save_ses(account_name, f"http://{ses_api.host}", key_id="AKIAWRONG")
    assert cli(monkeypatch, "test", account_name) == EXIT_UNUSABLE
    [line] = capsys.readouterr().out.splitlines()
    assert line.startswith("✗ SIGN-IN: Amazon SES did not accept the access key.")
    save_ses(account_name, "http://127.0.0.1:1")
    assert cli(monkeypatch, "test", account_name) == EXIT_UNUSABLE
    [line] = capsys.readouterr().out.splitlines()
    assert line == ("✗ SIGN-IN: Could not reach Amazon SES (http://127.0.0.1:1). Check the internet connection and "
                    "the region, then test again.")


# ------------------------------------------------------------------------------------------- Tencent Cloud
class FakeTencentAccount(JsonApiServer):
    """Answers ListEmailIdentities, GetEmailTemplate and SendEmail like ses.tencentcloudapi.com, after checking
    the TC3-HMAC-SHA256 signature."""

    def __init__(self) -> None:
        super().__init__(self.answer)
        self.identities: list[dict[str, object]] = [
            {"IdentityName": "mail.example.com", "IdentityType": "DOMAIN", "SendingEnabled": True,
             "CurrentReputationLevel": 1, "DailyQuota": 1000},
        ]
        self.template_status = 0

    def answer(self, request: RecordedRequest) -> tuple[int, dict[str, object]]:
        headers = request.headers
        assert headers["x-tc-region"] == TENCENT_REGION
        date = datetime.fromtimestamp(int(headers["x-tc-timestamp"]), UTC).strftime("%Y-%m-%d")
        expected = (
            f"TC3-HMAC-SHA256 Credential={SECRET_ID}/{date}/ses/tc3_request, SignedHeaders=content-type;host, "
            f"Signature={_tc3_signature(request, SECRET_KEY)}"
        )
        if headers["authorization"] != expected:
            return 200, _error("AuthFailure.SignatureFailure", "The provided credentials could not be validated.")
        action = headers["x-tc-action"]
        if action == "ListEmailIdentities":
            return 200, {"Response": {"EmailIdentities": self.identities, "MaxReputationLevel": 2,
                                      "MaxDailyQuota": 1000, "RequestId": "req-l"}}
        if action == "GetEmailTemplate":
            if request.json()["TemplateID"] != 4242:
                return 200, _error("FailedOperation.TemplateNotExist", "template does not exist")
            return 200, {"Response": {"TemplateContent": {"Html": ""}, "TemplateStatus": self.template_status,
                                      "TemplateName": "invoice", "RequestId": "req-t"}}
        assert action == "SendEmail"
        return 200, {"Response": {"MessageId": "qcloudses-1", "RequestId": "req-s"}}


def _error(code: str, message: str) -> dict[str, object]:
    return {"Response": {"Error": {"Code": code, "Message": message}, "RequestId": "req-e"}}


@pytest.fixture
def tencent_api() -> Iterator[FakeTencentAccount]:
    yield from serve_json_api(FakeTencentAccount())


def save_tencent(name: str, endpoint: str, *, secret: str = SECRET_KEY, **options: object) -> None:
    account = accounts.new_account(name, "tencent-api", username=SECRET_ID, region=TENCENT_REGION,
                                   from_address=f"Office <{SENDER}>", endpoint=endpoint, **options)  # type: ignore[arg-type]
    accounts.save_account(account)
    credentials.save_secret(credentials.account_key(name), secret)


@needs_dbus
def test_tencent_account_test_checks_key_sender_and_template(
    tencent_api: FakeTencentAccount, account_name: str, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    save_tencent(account_name, f"http://{tencent_api.host}", template_id=4242)
    assert cli(monkeypatch, "test", account_name) == EXIT_OK
    assert capsys.readouterr().out.splitlines() == [
        f"✓ SIGN-IN: Tencent Cloud SES in {TENCENT_REGION} accepted the SecretId {SECRET_ID}.",
        f"✓ SENDER: The sender domain mail.example.com is verified in region {TENCENT_REGION}. It may send at "
        "most 1,000 mails a day.",
        "✓ TEMPLATE: Template 4242 (invoice) is approved.",
    ]
    tencent_api.template_status = 1
    tencent_api.identities = [{"IdentityName": "other.example.org", "SendingEnabled": True}]
    assert cli(monkeypatch, "test", account_name) == EXIT_UNUSABLE
    out = capsys.readouterr().out
    assert (f"✗ SENDER: The sender domain mail.example.com is not set up in Tencent Cloud SES in region "
            f"{TENCENT_REGION} (set up there: other.example.org)") in out
    assert "✗ TEMPLATE: Template 4242 (invoice) is still waiting for Tencent Cloud's review" in out


@needs_dbus
def test_tencent_account_test_unverified_domain_missing_template_and_simple_mode(
    tencent_api: FakeTencentAccount, account_name: str
) -> None:
    tencent_api.identities[0]["SendingEnabled"] = False
    save_tencent(account_name, f"http://{tencent_api.host}", template_id=99)
    _, sender, template = accounts.probe_api_account(accounts.get_account(account_name))
    assert sender.status == "failed" and "is added in region" in sender.detail and "not verified yet" in sender.detail
    assert template.status == "failed" and "could not open template 99" in template.detail
    assert "FailedOperation.TemplateNotExist" in template.detail
    save_tencent(account_name, f"http://{tencent_api.host}")
    simple = accounts.probe_api_account(accounts.get_account(account_name))[-1]
    assert (simple.step, simple.status) == ("template", "warning") and "Simple mode" in simple.detail


@needs_dbus
def test_tencent_account_test_wrong_key_and_unreachable(tencent_api: FakeTencentAccount, account_name: str) -> None:
    save_tencent(account_name, f"http://{tencent_api.host}", secret="not-the-key")
    [check] = accounts.probe_api_account(accounts.get_account(account_name))
    assert (check.step, check.status) == ("sign-in", "failed")
    assert "did not accept the API key" in check.detail and "not-the-key" not in check.detail
    save_tencent(account_name, "http://127.0.0.1:1")
    [check] = accounts.probe_api_account(accounts.get_account(account_name))
    assert check.detail == "Could not reach Tencent Cloud (http://127.0.0.1:1). Check the internet connection, then " \
                           "test again."


@needs_dbus
@pytest.mark.integration
async def test_saved_tencent_options_reach_the_send_request(
    tencent_api: FakeTencentAccount, account_name: str
) -> None:
    save_tencent(account_name, f"http://{tencent_api.host}", template_id=4242, unsubscribe="2", trigger_type=1)
    resolved = accounts.resolve_transport(account_name)
    assert "template 4242" in resolved.description
    assert (resolved.rules.max_attachments, resolved.rules.max_attachment_bytes) == (10, 4 * 1024 * 1024)
    transport = await resolved.factory()
    outcome = await transport.send(_message(3, "ana@example.net"))
    await transport.close()
    assert outcome.kind is OutcomeKind.SENT, outcome.reason
    body = tencent_api.requests[-1].json()
    assert body["Template"] == {"TemplateID": 4242, "TemplateData": "{}"}
    assert (body["Unsubscribe"], body["TriggerType"], body["FromEmailAddress"]) == ("2", 1, f"Office <{SENDER}>")


def test_an_account_saved_by_an_older_version_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "accounts.json"
    old = {"name": "tc", "preset": "tencent-api", "host": "ses.ap-hongkong.tencentcloudapi.com", "port": 443,
           "security": "tls", "auth": "api_tencent", "username": SECRET_ID, "region": "ap-hongkong"}
    path.write_text(json.dumps({"version": 1, "accounts": {"tc": old}}), encoding="utf-8")
    account = accounts.get_account("tc", path)
    assert (account.template_id, account.endpoint, account.unsubscribe) == (None, None, None)
    with pytest.raises(MailMergeError) as info:  # no sender: said before anything is sent
        accounts.resolve_transport("tc", path)
    assert info.value.code == "account.tencent_incomplete"
