"""Provider presets: server, security, sign-in method and the sending limits each provider publishes.

Numbers are the provider's own published defaults (each entry cites where). Where a provider publishes nothing we
leave the limit empty rather than invent one; the notes tell the user what is known. A user can always override
any limit on the account or on the command line.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from mailmerge.base.errors import MailMergeError

# Tencent Cloud SES facts the presets and the transport share (kept here so choosing a preset never loads the
# transport). The API takes requests up to 8 MB and Base64 grows attachments by a third, hence Tencent's 4 MB advice.
TENCENT_REGIONS = ("ap-guangzhou", "ap-hongkong", "ap-singapore")
TENCENT_MAX_ATTACHMENT_BYTES = 4 * 1024 * 1024
TENCENT_MAX_ATTACHMENTS = 10

Security = Literal["none", "starttls", "tls"]
AuthKind = Literal["none", "password", "app_password", "oauth_google", "oauth_microsoft", "api_aws", "api_tencent"]
# How messages leave: an SMTP server, the built-in capture outbox, or a provider's HTTPS API.
Channel = Literal["smtp", "outbox", "ses_api", "tencent_api"]
DEFAULT_MAX_MESSAGE_BYTES = 25 * 1024 * 1024  # the common provider limit (Gmail, Outlook, SES v2)


@dataclass(frozen=True)
class PresetLimits:
    per_second: float | None = None
    per_minute: int | None = None
    per_hour: int | None = None
    per_day: int | None = None
    per_domain_hour: int | None = None
    per_recipient_hour: int | None = None  # same-address cap (Tencent: 10 mails per hour to one recipient)
    connections: int = 4


@dataclass(frozen=True)
class TransportRules:
    """What the provider accepts in one message, checked on every row before anything is sent (preflight)."""

    max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES
    provider: str = ""  # who sets the attachment limits below, named in the findings
    max_attachment_bytes: int | None = None  # all attachments of one message together
    max_attachments: int | None = None


DEFAULT_RULES = TransportRules()  # SMTP servers and SES: only the overall message size


@dataclass(frozen=True)
class Preset:
    key: str
    label: str
    channel: Channel
    host: str  # "{region}" is replaced by the account's region
    port: int
    security: Security
    limits: PresetLimits
    auth: AuthKind
    notes: str
    regions: tuple[str, ...] = ()
    default_region: str | None = None
    rules: TransportRules = DEFAULT_RULES

    def host_for(self, region: str | None) -> str:
        if "{region}" not in self.host:
            return self.host
        chosen = region or self.default_region
        if chosen not in self.regions:
            raise MailMergeError(
                "preset.bad_region",
                "{label} has no region {region!r}. Choose one of: {regions}.",
                label=self.label,
                region=chosen or "",
                regions=", ".join(self.regions),
            )
        return self.host.replace("{region}", chosen)


# source: https://docs.aws.amazon.com/general/latest/gr/ses.html (SMTP endpoints, "email-smtp.<region>.amazonaws.com")
SES_REGIONS = (
    "us-east-1", "us-east-2", "us-west-1", "us-west-2", "ca-central-1", "sa-east-1",
    "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-central-2", "eu-north-1", "eu-south-1",
    "ap-south-1", "ap-south-2", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
    "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "il-central-1", "me-central-1", "af-south-1",
)  # fmt: skip

# source: https://docs.aws.amazon.com/ses/latest/dg/quotas.html — sandbox: 200 emails per 24 hours, 1 email per
# second; out of the sandbox the quota "varies based on your specific use case" (see GetSendQuota).
_SES_SANDBOX = PresetLimits(per_second=1.0, per_day=200, connections=1)
# source: https://www.tencentcloud.com/document/product/1084/39649 — new account 500 emails/day, 20 emails/s,
# at most 10 emails per hour to the same address; https://www.tencentcloud.com/document/product/1084/44458 (SMTP).
_TENCENT = PresetLimits(per_second=20.0, per_day=500, per_recipient_hour=10, connections=4)

_PRESETS: tuple[Preset, ...] = (
    Preset(
        key="outbox",
        label="Built-in outbox (test, sends nothing)",
        channel="outbox",
        host="127.0.0.1",
        port=0,
        security="none",
        limits=PresetLimits(connections=4),
        auth="none",
        notes="Every message is saved as an .eml file on this computer. Use it to try a run safely.",
    ),
    Preset(
        key="generic",
        label="Other SMTP server",
        channel="smtp",
        host="",
        port=587,
        security="starttls",
        limits=PresetLimits(connections=2),
        auth="password",
        notes="Ask your mail administrator for the server name, port, security and sending limits.",
    ),
    # source: https://support.google.com/mail/answer/7126229 (smtp.gmail.com, SSL 465 / STARTTLS 587);
    # https://support.google.com/mail/answer/22839 (Gmail: 500 recipients per day);
    # https://support.google.com/mail/answer/185833 (app passwords need 2-Step Verification).
    Preset(
        key="gmail",
        label="Gmail (personal)",
        channel="smtp",
        host="smtp.gmail.com",
        port=465,
        security="tls",
        limits=PresetLimits(per_day=500, connections=2),
        auth="app_password",
        notes="Turn on 2-Step Verification and create an app password, then use it here as the password. "
        "Gmail allows about 500 recipients a day; going over locks sending for up to 24 hours.",
    ),
    # source: https://support.google.com/a/answer/166852 (Workspace: 2,000 messages per user per day).
    Preset(
        key="google-workspace",
        label="Google Workspace",
        channel="smtp",
        host="smtp.gmail.com",
        port=587,
        security="starttls",
        limits=PresetLimits(per_day=2000, connections=2),
        auth="oauth_google",
        notes="Sign in with Google (OAuth2) or use an app password. Workspace allows 2,000 messages per user a day.",
    ),
    # source: https://support.microsoft.com/office/pop-imap-and-smtp-settings-for-outlook-com-d088b986-291d-42b8-9564-9c414e2aa040
    # (smtp-mail.outlook.com 587 STARTTLS, modern auth); https://support.microsoft.com/office/sending-limits-in-outlook-com-279ee200-594c-40f0-9ec8-bb6af7735c2e
    # (5,000 daily recipients, 1,000 daily non-relationship recipients, lower for non-subscribers).
    Preset(
        key="outlook",
        label="Outlook.com / Hotmail",
        channel="smtp",
        host="smtp-mail.outlook.com",
        port=587,
        security="starttls",
        limits=PresetLimits(per_day=1000, connections=1),
        auth="oauth_microsoft",
        notes="Sign in with Microsoft (OAuth2); Outlook.com no longer accepts plain passwords for SMTP. "
        "At most 1,000 new recipients a day (fewer on free or new accounts).",
    ),
    # source: https://learn.microsoft.com/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits
    # (30 messages per minute, 10,000 recipients per day); https://techcommunity.microsoft.com/t5/exchange-team-blog/exchange-online-to-retire-basic-auth-for-client-submission-smtp/ba-p/4114750
    # and Message Center MC786329 (updated 2026-01-27: Basic auth for SMTP AUTH disabled by default for existing
    # tenants at the end of December 2026).
    Preset(
        key="microsoft365",
        label="Microsoft 365 (Exchange Online)",
        channel="smtp",
        host="smtp.office365.com",
        port=587,
        security="starttls",
        limits=PresetLimits(per_minute=30, per_day=10000, connections=1),
        auth="oauth_microsoft",
        notes="Sign in with Microsoft (OAuth2). Password sign-in (SMTP AUTH basic) is switched off for existing "
        "tenants at the end of December 2026. Limits: 30 messages a minute, 10,000 recipients a day.",
    ),
    # source: Naver Mail > 환경설정 > POP3/IMAP 설정 (in-product page: smtp.naver.com, SSL 465 or STARTTLS 587;
    # POP3/SMTP must be switched on; 2-step verification needs an application password) — not re-checked online.
    # https://batiai.gitbook.io/service/faq/function/maillimit (100 recipients per message, bursts held back).
    # Naver publishes no daily SMTP quota, so none is set here.
    Preset(
        key="naver",
        label="Naver Mail",
        channel="smtp",
        host="smtp.naver.com",
        port=465,
        security="tls",
        limits=PresetLimits(connections=1),
        auth="app_password",
        notes="Turn on POP3/SMTP in Naver Mail settings first. With 2-step verification, use an application "
        "password. Naver publishes no daily limit; send in modest batches.",
    ),
    # source: https://docs.channel.io/campaignus/ko/articles/de33ee9c (Daum: turn on IMAP/SMTP in settings,
    # 2-step verification needs the issued app password; at most 10,000 a day, 150 per send); smtp.daum.net SSL
    # 465 is the address Daum Mail's settings page shows.
    Preset(
        key="daum",
        label="Daum / Kakao Mail",
        channel="smtp",
        host="smtp.daum.net",
        port=465,
        security="tls",
        limits=PresetLimits(per_day=10000, connections=1),
        auth="app_password",
        notes="Turn on IMAP/SMTP in Daum Mail settings. With Kakao 2-step verification, use the app password "
        "it issues. At most 10,000 messages a day.",
    ),
    # source: https://docs.aws.amazon.com/ses/latest/dg/smtp-connect.html (ports 25/587/2587 STARTTLS, 465/2465 TLS);
    # https://docs.aws.amazon.com/ses/latest/dg/smtp-credentials.html (SMTP credentials differ from access keys).
    Preset(
        key="ses-smtp",
        label="Amazon SES (SMTP)",
        channel="smtp",
        host="email-smtp.{region}.amazonaws.com",
        port=587,
        security="starttls",
        limits=_SES_SANDBOX,
        auth="password",
        notes="Use the SES SMTP user name and password (not your AWS access key). Limits shown are the sandbox "
        "ones (200 a day, 1 a second); raise them on the account once AWS gives you production access.",
        regions=SES_REGIONS,
        default_region="us-east-1",
    ),
    # source: https://www.tencentcloud.com/document/product/1084/44458 and .../product/1084/44459 (SMTP address
    # smtp.qcloudmail.com, SSL port 465; password set per sender address in the console).
    Preset(
        key="tencent-smtp",
        label="Tencent Cloud SES (SMTP)",
        channel="smtp",
        host="smtp.qcloudmail.com",
        port=465,
        security="tls",
        limits=_TENCENT,
        auth="password",
        notes="Set an SMTP password for the sender address in the SES console. 20 mails a second, 500 a day for a "
        "new account, and at most 10 mails an hour to the same address.",
    ),
    # source: https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_SendEmail.html (SESv2 SendEmail, raw).
    Preset(
        key="ses-api",
        label="Amazon SES (API)",
        channel="ses_api",
        host="email.{region}.amazonaws.com",
        port=443,
        security="tls",
        limits=_SES_SANDBOX,
        auth="api_aws",
        notes="Uses an AWS access key ID and secret access key with permissions ses:SendEmail and ses:GetAccount. "
        "Each run reads the sending rate and daily quota from your SES account; the sandbox limits shown here "
        "are used only when they cannot be read.",
        regions=SES_REGIONS,
        default_region="us-east-1",
    ),
    # source: https://www.tencentcloud.com/document/product/1084/39408 (SendEmail: 20 requests a second; template
    # sending by default).
    Preset(
        key="tencent-api",
        label="Tencent Cloud SES (API)",
        channel="tencent_api",
        host="ses.{region}.tencentcloudapi.com",
        port=443,
        security="tls",
        limits=_TENCENT,
        auth="api_tencent",
        notes="Uses a SecretId and SecretKey. New accounts can only send approved templates. 20 requests a "
        "second, 500 mails a day for a new account, at most 10 an hour to one address.",
        regions=TENCENT_REGIONS,
        default_region="ap-hongkong",
        rules=TransportRules(
            provider="Tencent Cloud",
            max_attachment_bytes=TENCENT_MAX_ATTACHMENT_BYTES,
            max_attachments=TENCENT_MAX_ATTACHMENTS,
        ),
    ),
)

PRESETS: Mapping[str, Preset] = MappingProxyType({p.key: p for p in _PRESETS})


def get_preset(key: str) -> Preset:
    try:
        return PRESETS[key]
    except KeyError:
        raise MailMergeError(
            "preset.unknown",
            "There is no provider preset called {key!r}. Choose one of: {keys} (see `mailmerge account presets`).",
            key=key,
            keys=", ".join(PRESETS),
        ) from None
