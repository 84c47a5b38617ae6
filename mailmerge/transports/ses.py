"""Amazon SES (API v2) transport: hands the finished RFC 5322 bytes to `SendEmail` as raw content.

boto3 is blocking, so every call runs in a worker thread; boto3/botocore are imported only when a transport is
actually built, so start-up of the app does not pay for them. botocore's own retries are switched off: the engine
owns retrying and pacing, and a silent automatic retry after a read timeout could deliver a message twice.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from mailmerge.base.envelope import OutgoingMessage
from mailmerge.base.errors import MailMergeError
from mailmerge.base.outcome import Outcome, OutcomeKind, make_outcome
from mailmerge.transports.base import Transport, TransportFactory

if TYPE_CHECKING:
    from mypy_boto3_sesv2.client import SESV2Client

# SES counts a rolling 24-hour window; with no per-message history the safe hint is the whole window.
QUOTA_WINDOW_S = 24 * 3600.0


@dataclass(frozen=True)
class SesSettings:
    region: str
    access_key_id: str
    secret_access_key: str = field(repr=False)
    endpoint_url: str | None = None  # only for tests or a private endpoint
    configuration_set: str | None = None
    connect_timeout_s: float = 10.0
    read_timeout_s: float = 60.0


@dataclass(frozen=True)
class SesQuota:
    max_24h_send: float  # -1 means unlimited
    max_send_rate: float  # messages per second
    sent_last_24h: float


@dataclass(frozen=True)
class _Rule:
    kind: OutcomeKind
    reason_code: str
    sentence: str  # may use {region}, {identities}, {sender}, {provider_text}


_SENDER_NOT_VERIFIED = _Rule(
    OutcomeKind.STOP_RUN,
    "ses.sender_not_verified",
    "Amazon SES has not verified the sender {identities} in region {region}. Verify this address or its domain "
    "in the SES console for region {region} (each region is verified separately), then send again.",
)
_SANDBOX_RECIPIENT = _Rule(
    OutcomeKind.REJECTED,
    "ses.sandbox_recipient_not_verified",
    "Your Amazon SES account in region {region} is still in the sandbox, where it may only send to verified "
    "addresses, and {identities} is not verified. Verify the recipient, or ask AWS to move the account out of "
    "the sandbox (production access).",
)
_QUOTA = _Rule(
    OutcomeKind.QUOTA,
    "ses.daily_quota_exceeded",
    "You have reached the number of messages Amazon SES lets you send in 24 hours in region {region}. Sending "
    "will continue when the 24-hour window has room again; to send more, request a higher sending quota.",
)
_THROTTLE = _Rule(
    OutcomeKind.THROTTLE,
    "ses.rate_exceeded",
    "Amazon SES says messages are going out faster than your maximum sending rate; sending slows down automatically.",
)
_PAUSED = _Rule(
    OutcomeKind.STOP_RUN,
    "ses.account_paused",
    "Amazon SES has paused sending for your account in region {region}. Look for the e-mail AWS sent to the "
    "account owner and resolve the review in the SES console before sending again.",
)
_BAD_CREDENTIALS = _Rule(
    OutcomeKind.STOP_RUN,
    "ses.credentials_rejected",
    "Amazon SES did not accept the access key. Check the access key ID and secret in the account settings "
    "(and that the key is active in AWS IAM), then send again.",
)
_NON_ASCII_ADDRESS = _Rule(
    OutcomeKind.INVALID,
    "ses.non_ascii_address",
    "Amazon SES only accepts addresses written in plain ASCII before the @. A domain with other letters is "
    "sent in Punycode automatically, but the part before the @ cannot be converted; use another address for "
    "this row. ({provider_text})",
)
_NON_ASCII_SENDER = _Rule(
    OutcomeKind.STOP_RUN,
    "ses.non_ascii_sender",
    "Amazon SES only accepts a sender address written in plain ASCII before the @, so it cannot send from "
    "{sender}. Choose a sender address with only plain letters, digits and dots before the @.",
)
_NO_RECIPIENTS = _Rule(
    OutcomeKind.INVALID,
    "ses.no_recipients",
    "Amazon SES refused the message because it has no recipient. Check the e-mail column of this row.",
)
_MAIL_FROM_NOT_VERIFIED = _Rule(
    OutcomeKind.STOP_RUN,
    "ses.mail_from_domain_not_verified",
    "Amazon SES cannot use the custom MAIL FROM domain of {sender}: its MX record could not be read. Fix "
    "the DNS records shown in the SES console for region {region}, or turn the custom MAIL FROM domain off.",
)

# The whole Amazon SES vocabulary in one place. Message patterns are tried first, because SES reuses one error
# code (MessageRejected, Throttling, LimitExceededException) for problems that need different handling.
_MESSAGE_RULES: dict[str, _Rule] = {
    r"address is not verified|failed the check|not have authority to send from": _SENDER_NOT_VERIFIED,
    r"daily message quota exceeded|sending quota exceeded": _QUOTA,
    r"maximum sending rate exceeded": _THROTTLE,
    r"account is paused|sending is paused|sending paused": _PAUSED,
    r"no recipient|missing final '@domain'|destination.*(required|empty)": _NO_RECIPIENTS,
    r"non-ascii|7-bit ascii|local address contains": _NON_ASCII_ADDRESS,
}
_CODE_RULES: dict[str, _Rule] = {
    "MessageRejected": _Rule(
        OutcomeKind.REJECTED,
        "ses.message_rejected",
        "Amazon SES refused this message: {provider_text}. Check its content and attachments.",
    ),
    "AccountSendingPausedException": _PAUSED,
    "SendingPausedException": _PAUSED,
    "ConfigurationSetSendingPausedException": _PAUSED,
    "AccountSuspendedException": _Rule(
        OutcomeKind.STOP_RUN,
        "ses.account_suspended",
        "Amazon SES has permanently stopped sending for your account in region {region}. Contact AWS Support.",
    ),
    "Throttling": _THROTTLE,
    "ThrottlingException": _THROTTLE,
    "TooManyRequestsException": _THROTTLE,
    "MailFromDomainNotVerified": _MAIL_FROM_NOT_VERIFIED,
    "MailFromDomainNotVerifiedException": _MAIL_FROM_NOT_VERIFIED,
    "ConfigurationSetDoesNotExist": _Rule(
        OutcomeKind.STOP_RUN,
        "ses.configuration_set_missing",
        "The configuration set named in the account settings does not exist in Amazon SES region {region}. "
        "Correct its name or leave it empty.",
    ),
    "InvalidClientTokenId": _BAD_CREDENTIALS,
    "SignatureDoesNotMatch": _BAD_CREDENTIALS,
    "UnrecognizedClient": _BAD_CREDENTIALS,
    "UnrecognizedClientException": _BAD_CREDENTIALS,
    "IncompleteSignature": _BAD_CREDENTIALS,
    "ExpiredToken": _BAD_CREDENTIALS,
    "AccessDenied": _Rule(
        OutcomeKind.STOP_RUN,
        "ses.access_denied",
        "The access key is valid but is not allowed to send e-mail with Amazon SES. Give it the "
        "ses:SendEmail and ses:SendRawEmail permissions in AWS IAM.",
    ),
    "InvalidParameterValue": _Rule(
        OutcomeKind.INVALID,
        "ses.invalid_parameter",
        "Amazon SES refused this row: {provider_text}. Check the addresses of this row.",
    ),
}
# SES v2 answers "NotFoundException" for a missing configuration set, and it is the only resource SendEmail names.
_CODE_RULES["NotFoundException"] = _CODE_RULES["ConfigurationSetDoesNotExist"]
_CODE_RULES["AccessDeniedException"] = _CODE_RULES["AccessDenied"]
_CODE_RULES["BadRequestException"] = _CODE_RULES["InvalidParameterValue"]

_IDENTITIES_RE = re.compile(r"in region [\w-]+:\s*(?P<identities>.+)$", re.IGNORECASE | re.DOTALL)


def _outcome(rule: _Rule, *, raw: str, sender: str, region: str, identities: str = "") -> Outcome:
    retry_after = QUOTA_WINDOW_S if rule.kind is OutcomeKind.QUOTA else None
    return make_outcome(rule.kind, rule.reason_code, rule.sentence, raw=raw, retry_after_s=retry_after,
                        region=region, sender=sender, identities=identities or sender,
                        provider_text=raw or rule.reason_code)


def _domain(address: str) -> str:
    return address.rpartition("@")[2].lower()


def _unverified_outcome(text: str, *, raw: str, sender: str, region: str) -> Outcome:
    """SES names the identities that failed; only the sender's failure stops the run. In the sandbox a failed
    recipient concerns this row alone."""
    match = _IDENTITIES_RE.search(text)
    identities = match.group("identities").strip() if match else ""
    names = {name.strip(" .…").lower() for name in re.split(r"[,\s]+", identities) if name.strip(" .…")}
    if names and sender.lower() not in names and _domain(sender) not in names:
        return _outcome(_SANDBOX_RECIPIENT, raw=raw, sender=sender, region=region, identities=identities)
    return _outcome(_SENDER_NOT_VERIFIED, raw=raw, sender=sender, region=region, identities=identities)


def classify_ses_error(exc: BaseException, *, sender: str, region: str) -> Outcome:
    """Turn what boto3 raised for one SendEmail call into an Outcome."""
    from botocore.exceptions import (
        ClientError,
        HTTPClientError,
        NoCredentialsError,
        ParamValidationError,
        PartialCredentialsError,
    )
    from botocore.exceptions import ConnectionError as BotoConnectionError

    if isinstance(exc, ClientError):
        error: dict[str, Any] = dict(exc.response.get("Error", {}))
        code = str(error.get("Code", ""))
        text = str(error.get("Message", ""))
        raw = f"{code}: {text}" if text else code
        for pattern, rule in _MESSAGE_RULES.items():
            if re.search(pattern, text, re.IGNORECASE):
                if rule is _SENDER_NOT_VERIFIED:
                    return _unverified_outcome(text, raw=raw, sender=sender, region=region)
                return _outcome(rule, raw=raw, sender=sender, region=region)
        if code in _CODE_RULES:
            return _outcome(_CODE_RULES[code], raw=raw, sender=sender, region=region)
        status = int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0) or 0)
        if status >= 500:
            return make_outcome(
                OutcomeKind.RETRY,
                "ses.server_error",
                "Amazon SES had a temporary problem.",
                raw=raw,
            )
        return make_outcome(
            OutcomeKind.REJECTED,
            "ses.refused",
            "Amazon SES refused this message ({provider_text}). Check the message and the account settings.",
            raw=raw,
            provider_text=raw,
        )
    if isinstance(exc, NoCredentialsError | PartialCredentialsError):
        return _outcome(_BAD_CREDENTIALS, raw=str(exc), sender=sender, region=region)
    if isinstance(exc, BotoConnectionError):
        # The request never reached SES, so trying again cannot send twice.
        return make_outcome(
            OutcomeKind.RETRY,
            "ses.unreachable",
            "Could not reach Amazon SES in region {region}. Check the internet connection.",
            raw=str(exc),
            region=region,
        )
    if isinstance(exc, HTTPClientError):
        return make_outcome(
            OutcomeKind.UNKNOWN,
            "ses.no_answer",
            "The connection to Amazon SES broke after the message was handed over, so it may or may not have "
            "been sent. It will not be sent again automatically; check the recipient's mailbox or the SES "
            "sending statistics before retrying this row.",
            raw=str(exc),
        )
    if isinstance(exc, ParamValidationError):
        return make_outcome(
            OutcomeKind.INVALID,
            "ses.invalid_request",
            "This row could not be turned into an Amazon SES request: {error}",
            raw=str(exc),
            error=str(exc),
        )
    raise exc


def _ascii_address(address: str) -> str | None:
    """The address as SES accepts it (IDNA domain), or None when the local part is not ASCII."""
    local, _, domain = address.rpartition("@")
    if not local.isascii():
        return None
    return f"{local}@{domain.encode('idna').decode('ascii')}" if not domain.isascii() else address


class SesTransport:
    """One boto3 SESv2 client; implements `Transport`."""

    def __init__(self, settings: SesSettings, client: SESV2Client) -> None:
        self._settings = settings
        self._client = client

    async def send(self, message: OutgoingMessage, following: OutgoingMessage | None = None) -> Outcome:
        del following  # each API call stands alone: nothing to announce ahead
        sender = message.envelope.sender
        region = self._settings.region
        from_address = _ascii_address(sender)
        if from_address is None:
            return _outcome(_NON_ASCII_SENDER, raw=sender, sender=sender, region=region)
        recipients: list[str] = []
        for address in message.envelope.recipients:
            ascii_form = _ascii_address(address)
            if ascii_form is None:
                return _outcome(_NON_ASCII_ADDRESS, raw=address, sender=sender, region=region)
            recipients.append(ascii_form)
        if not recipients:
            return _outcome(_NO_RECIPIENTS, raw="", sender=sender, region=region)
        request: dict[str, Any] = {
            "FromEmailAddress": from_address,
            # The envelope (To + Cc + Bcc): Bcc is in no header, so SES must be told every recipient.
            "Destination": {"ToAddresses": recipients},
            "Content": {"Raw": {"Data": message.data}},
        }
        if self._settings.configuration_set:
            request["ConfigurationSetName"] = self._settings.configuration_set
        try:
            response = await asyncio.to_thread(self._client.send_email, **request)
        except Exception as exc:  # classify_ses_error re-raises anything that is not a boto3 failure
            return classify_ses_error(exc, sender=sender, region=region)
        message_id = response["MessageId"]
        return make_outcome(
            OutcomeKind.SENT,
            "ses.sent",
            "Amazon SES accepted the message.",
            raw=f"MessageId {message_id}",
            provider_id=message_id,
        )

    async def close(self) -> None:
        await asyncio.to_thread(self._client.close)


def _make_client(settings: SesSettings) -> SESV2Client:
    import boto3
    from botocore.config import Config

    config = Config(
        retries={"total_max_attempts": 1},
        connect_timeout=settings.connect_timeout_s,
        read_timeout=settings.read_timeout_s,
    )
    return boto3.session.Session().client(
        "sesv2",
        region_name=settings.region,
        aws_access_key_id=settings.access_key_id,
        aws_secret_access_key=settings.secret_access_key,
        endpoint_url=settings.endpoint_url,
        config=config,
    )


def ses_factory(settings: SesSettings) -> TransportFactory:
    """Each call builds a transport with its own client, so `close()` of one never disturbs another."""

    async def open_transport() -> Transport:
        return SesTransport(settings, await asyncio.to_thread(_make_client, settings))

    return open_transport


async def fetch_quota(settings: SesSettings) -> SesQuota:
    """The account's sending limits in the region (SESv2 GetAccount), for pacing the run."""
    client = await asyncio.to_thread(_make_client, settings)
    try:
        account = await asyncio.to_thread(client.get_account)
    except Exception as exc:
        outcome = classify_ses_error(exc, sender="", region=settings.region)
        raise MailMergeError(
            "ses.quota_unavailable",
            "Could not read the Amazon SES sending limits: {reason}",
            reason=outcome.reason,
        ) from exc
    finally:
        await asyncio.to_thread(client.close)
    quota = account.get("SendQuota", {})
    return SesQuota(
        max_24h_send=float(quota.get("Max24HourSend", 0.0)),
        max_send_rate=float(quota.get("MaxSendRate", 0.0)),
        sent_last_24h=float(quota.get("SentLast24Hours", 0.0)),
    )
