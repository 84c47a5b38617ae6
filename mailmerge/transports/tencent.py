"""Tencent Cloud SES transport (API 2020-10-02, SendEmail).

Tencent sends approved templates by default: in template mode the row's variables go as TemplateData and Tencent
renders the approved template. Accounts that were granted "Simple" sending get the HTML/text of the message we
built. Either way the To/Cc/Reply-To headers and attachments come from the finished message bytes, so what is
sent matches the preview. The SDK is blocking, so each call runs in a worker thread; it is imported only when a
transport is built. Its automatic retries stay off: the engine owns retrying and pacing.
"""

from __future__ import annotations

import asyncio
import base64
import email
import email.policy
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import getaddresses
from typing import Any

from mailmerge.base.envelope import OutgoingMessage
from mailmerge.base.errors import Problem, UnusableInputError, make_problem
from mailmerge.base.outcome import Outcome, OutcomeKind, make_outcome
from mailmerge.transports.base import Transport, TransportFactory
from mailmerge.transports.presets import TENCENT_MAX_ATTACHMENT_BYTES as MAX_ATTACHMENT_BYTES
from mailmerge.transports.presets import TENCENT_MAX_ATTACHMENTS as MAX_ATTACHMENTS
from mailmerge.transports.presets import TENCENT_REGIONS

DEFAULT_ENDPOINT = "ses.tencentcloudapi.com"
UNSUBSCRIBE_LANGUAGES = range(0, 13)  # "0" = no link, "1" = simplified Chinese, "2" = English, ... "12"
BLOCKLIST_DAYS = 14
# Tencent's daily sending limit is counted per calendar day in China Standard Time.
_CHINA_TIME = timezone(timedelta(hours=8))
_SECRET_ID_RE = re.compile(r"AKID[A-Za-z0-9]{32}")
_TEMPLATE_VARIABLE_RE = re.compile(r"{{\s*([^{}\s]+)\s*}}")


@dataclass(frozen=True)
class TencentSettings:
    region: str
    secret_id: str
    secret_key: str = field(repr=False)
    from_address: str  # "noreply@mail.example.com" or "Office <noreply@mail.example.com>"
    template_id: int | None = None  # None: Simple mode, only for accounts Tencent allowed to send without one
    endpoint: str = DEFAULT_ENDPOINT  # host, or "http://127.0.0.1:8080" for tests
    unsubscribe: str | None = None  # language of Tencent's unsubscribe link, see UNSUBSCRIBE_LANGUAGES
    trigger_type: int | None = None  # 0: bulk/marketing (default), 1: triggered (codes, receipts)
    timeout_s: int = 60

    def __post_init__(self) -> None:
        if self.region not in TENCENT_REGIONS:
            raise UnusableInputError(
                "tencent.bad_region",
                "Tencent Cloud SES does not work in region '{region}'. Choose one of: {regions}.",
                region=self.region,
                regions=", ".join(TENCENT_REGIONS),
            )
        if not _SECRET_ID_RE.fullmatch(self.secret_id):
            raise UnusableInputError(
                "tencent.bad_secret_id",
                "The Tencent Cloud SecretId must start with 'AKID' and be 36 letters and digits long. Copy it "
                "again from the API key page of the Tencent Cloud console.",
            )
        if self.unsubscribe is not None and not (
            self.unsubscribe.isdigit() and int(self.unsubscribe) in UNSUBSCRIBE_LANGUAGES
        ):
            raise UnusableInputError(
                "tencent.bad_unsubscribe",
                "The unsubscribe option must be a number from 0 (no link) to 12, not '{value}'.",
                value=self.unsubscribe,
            )
        if self.trigger_type not in (None, 0, 1):
            raise UnusableInputError(
                "tencent.bad_trigger_type",
                "The trigger type must be 0 (bulk mail) or 1 (triggered mail such as codes), not {value}.",
                value=self.trigger_type,
            )


@dataclass(frozen=True)
class _Rule:
    kind: OutcomeKind
    reason_code: str
    # May use {region}, {sender}, {template_id}, {sent}, {missing}, {provider_text}.
    sentence: str
    retry_after_s: float | None = None


_BAD_KEY = _Rule(
    OutcomeKind.STOP_RUN,
    "tencent.credentials_rejected",
    "Tencent Cloud did not accept the API key. Check the SecretId and SecretKey in the account settings "
    "(and that the key has the QcloudSESFullAccess or QcloudFullAccess permission), then send again.",
)
_SENDER_NOT_VERIFIED = _Rule(
    OutcomeKind.STOP_RUN,
    "tencent.sender_not_verified",
    "Tencent Cloud has not verified the sender {sender} or its domain. Finish the sender and domain "
    "verification in the SES console (and do not change the DNS records afterwards), then send again.",
)
_TEMPLATE_UNUSABLE = _Rule(
    OutcomeKind.STOP_RUN,
    "tencent.template_unusable",
    "Tencent Cloud template {template_id} does not exist, is empty or is not approved yet. Check the template "
    "ID in the account settings and its review status in the SES console.",
)
_TEMPLATE_DATA_MISMATCH = _Rule(
    OutcomeKind.STOP_RUN,
    "tencent.template_data_mismatch",
    "Tencent Cloud template {template_id} expects other variables than this campaign sends ({sent}). "
    "{missing} Make the spreadsheet's column names match the template's {{{{variables}}}}, then send again.",
)
_TEMPLATE_ONLY = _Rule(
    OutcomeKind.STOP_RUN,
    "tencent.template_required",
    "This Tencent Cloud account may only send approved templates. Enter the template ID in the account "
    "settings, then send again.",
)
_BAD_ADDRESS = _Rule(
    OutcomeKind.INVALID,
    "tencent.bad_address",
    "Tencent Cloud says an address of this row is not valid ({provider_text}). Check the e-mail column.",
)
_TOO_LARGE = _Rule(
    OutcomeKind.INVALID,
    "tencent.too_large",
    "Tencent Cloud refused this message as too large or with too many attachments ({provider_text}). Keep "
    "attachments under 4 MB in total and at most 10 files.",
)
_BAD_ROW_DATA = _Rule(
    OutcomeKind.INVALID,
    "tencent.bad_template_data",
    "Tencent Cloud refused the values of this row for the template ({provider_text}). Values must be plain "
    "text without HTML tags, and all of them together under 800 bytes.",
)
_RETRY = _Rule(
    OutcomeKind.RETRY,
    "tencent.temporary_error",
    "Tencent Cloud had a temporary problem.",
)

# Every Tencent Cloud SES error code this app handles, in one place (see the SDK's ses/v20201002/errorcodes.py).
_CODE_RULES: dict[str, _Rule] = {
    "AuthFailure.SignatureExpire": _Rule(
        OutcomeKind.STOP_RUN,
        "tencent.clock_skew",
        "Tencent Cloud refused the request because your computer's clock is off. Set the date and time "
        "automatically (with the right time zone) in your system settings, then send again.",
    ),
    "AuthFailure.SignatureFailure": _BAD_KEY,
    "AuthFailure.SecretIdNotFound": _BAD_KEY,
    "AuthFailure.InvalidSecretId": _BAD_KEY,
    "AuthFailure.UnauthorizedOperation": _BAD_KEY,
    "FailedOperation.NotAuthenticatedSender": _SENDER_NOT_VERIFIED,
    "FailedOperation.IncorrectSender": _SENDER_NOT_VERIFIED,
    "OperationDenied.DomainNotVerified": _SENDER_NOT_VERIFIED,
    "OperationDenied.SendAddressStatusError": _SENDER_NOT_VERIFIED,
    "InvalidParameterValue.NoSuchSender": _SENDER_NOT_VERIFIED,
    "InvalidParameterValue.NotExistDomain": _SENDER_NOT_VERIFIED,
    "FailedOperation.DKIMNotApplied": _SENDER_NOT_VERIFIED,
    "InvalidParameterValue.IllegalSenderName": _Rule(
        OutcomeKind.STOP_RUN,
        "tencent.bad_sender_name",
        "Tencent Cloud refused the sender name in {sender}. Write it as 'Name <address>' without a colon.",
    ),
    "FailedOperation.InvalidTemplateID": _TEMPLATE_UNUSABLE,
    "OperationDenied.TemplateStatusError": _TEMPLATE_UNUSABLE,
    "InvalidParameterValue.TemplateNotExist": _TEMPLATE_UNUSABLE,
    "InvalidParameterValue.TemplateContentIsNULL": _TEMPLATE_UNUSABLE,
    "FailedOperation.TemplateContentIsNULL": _TEMPLATE_UNUSABLE,
    "InvalidParameterValue.TemplateNotMatchData": _TEMPLATE_DATA_MISMATCH,
    "InvalidParameterValue.TemplateDataInconsistent": _TEMPLATE_DATA_MISMATCH,
    "FailedOperation.MissingEmailContent": _TEMPLATE_ONLY,
    "FailedOperation.WithOutPermission": _TEMPLATE_ONLY,
    "FailedOperation.NoAttachPermission": _Rule(
        OutcomeKind.STOP_RUN,
        "tencent.attachments_not_allowed",
        "This Tencent Cloud account may not send attachments. Ask Tencent Cloud support to allow them, or "
        "remove the attachments from the template.",
    ),
    "FailedOperation.InsufficientBalance": _Rule(
        OutcomeKind.STOP_RUN,
        "tencent.balance",
        "Your Tencent Cloud account has no credit left. Top it up in the billing console, then send again.",
    ),
    "FailedOperation.InsufficientQuota": _Rule(
        OutcomeKind.STOP_RUN,
        "tencent.package_used_up",
        "Your Tencent Cloud SES package has no messages left. Buy more in the SES console, then send again.",
    ),
    "FailedOperation.HighRejectionRate": _Rule(
        OutcomeKind.STOP_RUN,
        "tencent.high_rejection_rate",
        "Tencent Cloud has blocked sending for a while because too many recent messages were refused. Clean "
        "the address list before sending again.",
    ),
    "FailedOperation.SendEmailErr": _Rule(
        OutcomeKind.STOP_RUN,
        "tencent.contact_support",
        "Tencent Cloud reports a problem with this account's sending ({provider_text}). Open a ticket with "
        "Tencent Cloud support.",
    ),
    "FailedOperation.ExceedSendLimit": _Rule(
        OutcomeKind.QUOTA,
        "tencent.daily_limit",
        "You have reached today's Tencent Cloud sending limit. Sending continues after midnight China time.",
    ),
    "RequestLimitExceeded": _Rule(
        OutcomeKind.THROTTLE,
        "tencent.rate_exceeded",
        "Tencent Cloud allows 20 requests per second; sending slows down automatically.",
        retry_after_s=1.0,
    ),
    "FailedOperation.FrequencyLimit": _Rule(
        OutcomeKind.RETRY,
        "tencent.recipient_frequency",
        "Tencent Cloud limits how many messages one address may get in a short time (about 10 an hour).",
        retry_after_s=3600.0,
    ),
    "FailedOperation.TemporaryBlocked": _Rule(
        OutcomeKind.RETRY,
        "tencent.provider_paused",
        "The recipient's mail provider asked Tencent Cloud to slow down, so sending there pauses for 10 "
        "minutes.",
        retry_after_s=600.0,
    ),
    "FailedOperation.EmailAddrInBlacklist": _Rule(
        OutcomeKind.HARD_BOUNCE,
        "tencent.blocklisted",
        "Tencent Cloud blocks this address for 14 days because mail to it was recently refused (the blocklist "
        "is shared by all Tencent accounts). If the address is right, release it in the SES console "
        "(or ask Tencent Cloud support when it was blocked by another account).",
        retry_after_s=BLOCKLIST_DAYS * 86400.0,
    ),
    "FailedOperation.ReceiverHasUnsubscribed": _Rule(
        OutcomeKind.REJECTED,
        "tencent.unsubscribed",
        "This recipient unsubscribed from mail sent from your domain, so Tencent Cloud no longer delivers to them.",
    ),
    "FailedOperation.RejectedByRecipients": _Rule(
        OutcomeKind.REJECTED,
        "tencent.refused_by_recipient",
        "The recipient's mail server refused this message ({provider_text}).",
    ),
    "FailedOperation.IllegalURL": _Rule(
        OutcomeKind.REJECTED,
        "tencent.link_refused",
        "Tencent Cloud refused a link in this message ({provider_text}). Remove or change the link.",
    ),
    "FailedOperation.URLForbidden": _Rule(
        OutcomeKind.REJECTED,
        "tencent.link_refused",
        "Tencent Cloud refused a link in this message ({provider_text}). Remove or change the link.",
    ),
    "FailedOperation.IncorrectEmail": _BAD_ADDRESS,
    "FailedOperation.UnsupportMailType": _BAD_ADDRESS,
    "InvalidParameterValue.IllegalEmailAddress": _BAD_ADDRESS,
    "InvalidParameterValue.ReceiverEmailInvalid": _BAD_ADDRESS,
    "InvalidParameterValue.EmailAddressIsNULL": _BAD_ADDRESS,
    "MissingParameter.EmailsNecessary": _BAD_ADDRESS,
    "FailedOperation.TooManyRecipients": _BAD_ADDRESS,
    "FailedOperation.AttachContentToolarge": _TOO_LARGE,
    "FailedOperation.EmailContentToolarge": _TOO_LARGE,
    "FailedOperation.TooManyAttachments": _TOO_LARGE,
    "FailedOperation.InvalidAttachName": _Rule(
        OutcomeKind.INVALID,
        "tencent.bad_attachment_name",
        "Tencent Cloud does not accept the name or type of an attachment of this row ({provider_text}). "
        "Rename the file without special characters, or send it in another format.",
    ),
    "InvalidParameterValue.AttachContentIsWrong": _TOO_LARGE,
    "InvalidParameterValue.SubjectLengthError": _Rule(
        OutcomeKind.INVALID,
        "tencent.subject_length",
        "Tencent Cloud needs a subject of 1 to 100 characters. Shorten or fill in the subject of this row.",
    ),
    "InvalidParameterValue.TemplateDataLenLimit": _BAD_ROW_DATA,
    "InvalidParameterValue.InValidTemplateData": _BAD_ROW_DATA,
    "InvalidParameterValue.TemplateDataError": _BAD_ROW_DATA,
    "FailedOperation.WrongContentJson": _BAD_ROW_DATA,
    "FailedOperation.ServiceNotAvailable": _RETRY,
    "InternalError": _RETRY,
}
# Codes Tencent may add later fall back on their family (the part before the dot).
_FAMILY_RULES: dict[str, _Rule] = {
    "AuthFailure": _BAD_KEY,
    "InternalError": _RETRY,
    "ServerNetworkError": _RETRY,
    "ResourceUnavailable": _RETRY,
    "InvalidParameter": _BAD_ADDRESS,
    "InvalidParameterValue": _BAD_ADDRESS,
    "MissingParameter": _BAD_ADDRESS,
}

# The SDK reports every transport failure as "ClientNetworkError"; only its text tells whether the request left.
_NOT_SENT_RE = re.compile(
    r"Failed to establish|NameResolution|Name or service not known|ConnectTimeout|Connection refused",
    re.IGNORECASE,
)
_MAYBE_SENT_RE = re.compile(r"Read timed out|ReadTimeout|RemoteDisconnected|IncompleteRead", re.IGNORECASE)


def seconds_until_china_midnight(now: datetime | None = None) -> float:
    now = (now or datetime.now(UTC)).astimezone(_CHINA_TIME)
    midnight = (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return (midnight - now).total_seconds()


def _missing_sentence(sent: Sequence[str], template_variables: Iterable[str] | None) -> Problem:
    if template_variables is None:
        return make_problem("tencent.template_unread", "The template could not be read to compare its variables.")
    missing = sorted(set(template_variables) - set(sent))
    if not missing:
        return make_problem("tencent.template_all_sent", "Every variable of the template is sent; the template may "
                            "have been changed during review.")
    return make_problem("tencent.template_missing", "Missing: {names}.", names=", ".join(missing))


def classify_tencent_error(
    code: str,
    message: str,
    *,
    settings: TencentSettings,
    sent_variables: Sequence[str] = (),
    template_variables: Iterable[str] | None = None,
) -> Outcome:
    """Turn a TencentCloudSDKException's code and message into an Outcome."""
    raw = f"{code}: {message}" if message else code
    if code == "ClientNetworkError":
        if _MAYBE_SENT_RE.search(message) or not _NOT_SENT_RE.search(message):
            return make_outcome(
                OutcomeKind.UNKNOWN,
                "tencent.no_answer",
                "The connection to Tencent Cloud broke while the message was being handed over, so it may or "
                "may not have been sent. It will not be sent again automatically; check the SES console's "
                "sending statistics before retrying this row.",
                raw=raw,
            )
        return make_outcome(
            OutcomeKind.RETRY,
            "tencent.unreachable",
            "Could not reach Tencent Cloud. Check the internet connection.",
            raw=raw,
        )
    rule = _CODE_RULES.get(code) or _FAMILY_RULES.get(code.partition(".")[0])
    if rule is None:
        return make_outcome(
            OutcomeKind.REJECTED,
            "tencent.refused",
            "Tencent Cloud refused this message ({provider_text}). Check the message and the account settings.",
            raw=raw,
            provider_text=raw,
        )
    retry_after = seconds_until_china_midnight() if rule.kind is OutcomeKind.QUOTA else rule.retry_after_s
    return make_outcome(
        rule.kind,
        rule.reason_code,
        rule.sentence,
        raw=raw,
        retry_after_s=retry_after,
        region=settings.region,
        sender=settings.from_address,
        template_id=settings.template_id,
        sent=", ".join(sent_variables) or make_problem("tencent.no_variables", "no variables"),
        missing=_missing_sentence(sent_variables, template_variables),
        provider_text=raw,
    )


def _addresses(mail: EmailMessage, header: str) -> list[str]:
    return [address for _, address in getaddresses(mail.get_all(header, [])) if address]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _body(mail: EmailMessage, subtype: str) -> str | None:
    part = mail.get_body(preferencelist=(subtype,))
    return None if part is None else str(part.get_content())


def send_email_params(settings: TencentSettings, message: OutgoingMessage) -> dict[str, Any]:
    """The SendEmail request body for one message (exactly the documented JSON shape)."""
    mail = email.message_from_bytes(message.data, policy=email.policy.default)
    assert isinstance(mail, EmailMessage)
    to = _addresses(mail, "To")
    cc = _addresses(mail, "Cc")
    shown = {address.lower() for address in to + cc}
    # Whoever is in the envelope but in no header was a Bcc recipient.
    bcc = [address for address in message.envelope.recipients if address.lower() not in shown]
    params: dict[str, Any] = {
        "FromEmailAddress": settings.from_address,
        "Subject": message.subject or str(mail.get("Subject", "")),
    }
    if to:  # the API needs at least one of Destination, Cc and Bcc
        params["Destination"] = to
    if cc:
        params["Cc"] = cc
    if bcc:
        params["Bcc"] = bcc
    reply_to = _addresses(mail, "Reply-To")
    if reply_to:
        params["ReplyToAddresses"] = reply_to[0]  # the API takes a single address
    if settings.template_id is not None:
        params["Template"] = {
            "TemplateID": settings.template_id,
            "TemplateData": json.dumps(dict(message.variables), ensure_ascii=False),
        }
    else:
        simple = {"Html": _body(mail, "html"), "Text": _body(mail, "plain")}
        params["Simple"] = {key: _b64(value.encode()) for key, value in simple.items() if value is not None}
    attachments = [
        {"FileName": part.get_filename() or "attachment", "Content": _b64(part.get_content())}
        for part in mail.iter_attachments()
        if isinstance(part.get_content(), bytes)
    ]
    if attachments:
        params["Attachments"] = attachments
    if settings.unsubscribe is not None:
        params["Unsubscribe"] = settings.unsubscribe
    if settings.trigger_type is not None:
        params["TriggerType"] = settings.trigger_type
    return params


def _attachment_bytes(params: dict[str, Any]) -> int:
    return sum(len(base64.b64decode(item["Content"])) for item in params.get("Attachments", []))


class TencentTransport:
    """One SDK client; implements `Transport`."""

    def __init__(self, settings: TencentSettings, client: Any) -> None:
        self._settings = settings
        self._client = client  # tencentcloud SesClient (the SDK has no type hints)

    async def send(self, message: OutgoingMessage, following: OutgoingMessage | None = None) -> Outcome:
        del following  # each API call stands alone: nothing to announce ahead
        params = send_email_params(self._settings, message)
        size = _attachment_bytes(params)
        if size > MAX_ATTACHMENT_BYTES or len(params.get("Attachments", [])) > MAX_ATTACHMENTS:
            return classify_tencent_error(
                "FailedOperation.AttachContentToolarge", f"{size} bytes of attachments", settings=self._settings
            )
        try:
            response = await asyncio.to_thread(self._call, "SendEmailRequest", "SendEmail", params)
        except Exception as exc:
            code, text = _sdk_error(exc)
            sent = [name for name, _ in message.variables]
            template_variables = None
            if _CODE_RULES.get(code) is _TEMPLATE_DATA_MISMATCH:
                template_variables = await self._template_variables()
            return classify_tencent_error(
                code, text, settings=self._settings, sent_variables=sent, template_variables=template_variables
            )
        message_id = str(response.MessageId)
        return make_outcome(
            OutcomeKind.SENT,
            "tencent.sent",
            "Tencent Cloud accepted the message.",
            raw=f"MessageId {message_id} RequestId {response.RequestId}",
            provider_id=message_id,
        )

    def _call(self, request_name: str, action: str, params: dict[str, Any]) -> Any:
        from tencentcloud.ses.v20201002 import models

        request = getattr(models, request_name)()
        request.from_json_string(json.dumps(params))
        return getattr(self._client, action)(request)

    async def _template_variables(self) -> set[str] | None:
        """The {{variables}} of the account's template, to say which ones the spreadsheet lacks; None if the
        template cannot be read."""
        try:
            response = await asyncio.to_thread(
                self._call, "GetEmailTemplateRequest", "GetEmailTemplate", {"TemplateID": self._settings.template_id}
            )
            content = response.TemplateContent
            texts = [base64.b64decode(part).decode() for part in (content.Html, content.Text) if part]
        except Exception:  # best effort: the main outcome is already known
            return None
        return {name for text in texts for name in _TEMPLATE_VARIABLE_RE.findall(text)}

    async def close(self) -> None:
        """The SDK opens a connection per request; nothing stays open."""


def _sdk_error(exc: Exception) -> tuple[str, str]:
    from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException

    if not isinstance(exc, TencentCloudSDKException):
        raise exc
    return str(exc.code or ""), str(exc.message or "")


def _make_client(settings: TencentSettings) -> Any:
    from urllib.parse import urlsplit

    from tencentcloud.common.credential import Credential
    from tencentcloud.common.profile.client_profile import ClientProfile
    from tencentcloud.common.profile.http_profile import HttpProfile
    from tencentcloud.ses.v20201002.ses_client import SesClient

    url = urlsplit(settings.endpoint if "://" in settings.endpoint else f"https://{settings.endpoint}")
    http = HttpProfile(protocol=url.scheme, endpoint=url.netloc, reqTimeout=settings.timeout_s)
    profile = ClientProfile(httpProfile=http, language="en-US")  # English messages in `raw`
    return SesClient(Credential(settings.secret_id, settings.secret_key), settings.region, profile)


def tencent_factory(settings: TencentSettings) -> TransportFactory:
    async def open_transport() -> Transport:
        return TencentTransport(settings, await asyncio.to_thread(_make_client, settings))

    return open_transport
