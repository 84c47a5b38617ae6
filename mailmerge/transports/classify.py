"""Turn what a mail server answered (or how the connection broke) into an Outcome the engine can act on.

The rules are a table read top to bottom; the first matching line wins, so specific lines (a daily quota, an
unverified sender) come before the general ones (any 4xx, any 5xx). A recipient's full mailbox is matched early
on purpose: its "over quota" wording must never be mistaken for *our* sending quota, which would pause the run.
"""

from __future__ import annotations

import re
import socket
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal

from mailmerge.base.errors import MailMergeError
from mailmerge.base.outcome import Outcome, OutcomeKind, make_outcome, outcome_of
from mailmerge.base.text import printable

Stage = Literal["connect", "auth", "mail", "rcpt", "data"]

_ENHANCED = re.compile(r"\b([245])\.(\d{1,3})\.(\d{1,3})\b")


@dataclass(frozen=True)
class Reply:
    """One server reply, pre-digested for the rules."""

    code: int
    text: str
    stage: Stage

    @property
    def enhanced(self) -> str:
        """The RFC 3463 status ("5.1.1"), or "" when the server did not send one."""
        found = _ENHANCED.search(self.text[:40])
        return ".".join(found.groups()) if found else ""

    @property
    def lowered(self) -> str:
        return self.text.lower()

    def says(self, pattern: str) -> bool:
        return re.search(pattern, self.text, re.IGNORECASE) is not None


@dataclass(frozen=True)
class Rule:
    matches: Callable[[Reply], bool]
    kind: OutcomeKind
    reason_code: str
    reason: str  # English template; may use {text}: the server's own words, for refusals the user must read


def _temporary(r: Reply) -> bool:
    return 400 <= r.code < 500


def _permanent(r: Reply) -> bool:
    return 500 <= r.code < 600


_SENDER_QUOTA = r"daily.{0,40}(quota|limit)|sending (quota|limit)|quota ?exceeded|submissionquotaexceeded"
_RATE = r"throttl|rate|too many|slow down|limit"
_SLOW_DOWN = r"throttl|rate limit|sending rate|too many (concurrent |simultaneous )?(messages|connections|mails)"


def _mailbox_full(r: Reply) -> bool:
    """The *recipient's* storage quota, as opposed to our sending quota."""
    if r.stage not in ("rcpt", "data") or r.says(r"daily|sending"):
        return False
    return r.enhanced in ("4.2.2", "5.2.2") or r.says(r"mailbox.{0,20}full|over ?quota|insufficient storage")


RULES: tuple[Rule, ...] = (
    Rule(
        lambda r: 200 <= r.code < 300,
        OutcomeKind.SENT,
        "smtp.accepted",
        "The server accepted the message.",
    ),
    Rule(
        lambda r: _temporary(r) and _mailbox_full(r),
        OutcomeKind.RETRY,
        "smtp.mailbox_full",
        "The recipient's mailbox is full; if it stays full, contact the person another way.",
    ),
    Rule(
        lambda r: _permanent(r) and _mailbox_full(r),
        OutcomeKind.REJECTED,
        "smtp.mailbox_full",
        "The recipient's mailbox is full and the server gave up. Contact the person another way, or send "
        "this row again later.",
    ),
    Rule(
        lambda r: (_temporary(r) or _permanent(r)) and (r.says(_SENDER_QUOTA) or r.enhanced == "5.4.5"),
        OutcomeKind.QUOTA,
        "smtp.daily_quota",
        "Your account has reached its daily sending limit. Sending will pause until the limit resets; "
        "the remaining rows stay queued.",
    ),
    Rule(
        lambda r: r.code == 534 and (r.enhanced == "5.7.9" or r.says(r"application-specific password")),
        OutcomeKind.STOP_RUN,
        "smtp.app_password_required",
        "The server wants an app password, not your normal password (Gmail and others do this when "
        "two-step verification is on). Create an app password in your account's security settings and "
        "use it here.",
    ),
    Rule(
        lambda r: ((r.code == 535 or r.stage == "auth") and r.enhanced in ("5.7.139", "5.7.3"))
        or r.says(r"smtpclientauthentication is disabled|basic auth(entication)? is disabled"),
        OutcomeKind.STOP_RUN,
        "smtp.basic_auth_disabled",
        "The server does not accept a password login for this mailbox (Microsoft 365 turns SMTP login "
        "off by default). Ask your administrator to enable 'Authenticated SMTP' for this mailbox, or use "
        "another sending account.",
    ),
    Rule(
        lambda r: r.code == 530,
        OutcomeKind.STOP_RUN,
        "smtp.login_required",
        "The server requires a login before sending. Enter the user name and password of the sending "
        "account (and use STARTTLS or TLS if the server asks for it).",
    ),
    Rule(
        lambda r: r.code in (534, 535) or (r.stage == "auth" and _permanent(r)),
        OutcomeKind.STOP_RUN,
        "smtp.login_refused",
        "The server refused the user name or password. Check both in the account settings and try again.",
    ),
    Rule(
        lambda r: r.stage == "auth" and _temporary(r),
        OutcomeKind.RETRY,
        "smtp.login_temporary",
        "The server could not accept the login right now. Server's answer: {text}",
    ),
    Rule(
        lambda r: _permanent(r) and r.says(r"relay(ing)? (access )?(denied|not permitted|not allowed)|"
                                           r"unable to relay|relay not permitted"),
        OutcomeKind.STOP_RUN,
        "smtp.relay_denied",
        "The server refuses to pass mail on to other addresses (relay access denied), so no row can be sent "
        "through it. It probably needs a login (--user, or a saved account), or this is not your provider's "
        "sending server. Server's answer: {text}",
    ),
    Rule(
        lambda r: r.says(r"not verified|unverified"),
        OutcomeKind.STOP_RUN,
        "smtp.sender_not_verified",
        "The provider says the sender address or domain is not verified. Verify it in the provider's "
        "console, then send again. Provider's answer: {text}",
    ),
    Rule(
        lambda r: r.says(r"sandbox"),
        OutcomeKind.STOP_RUN,
        "smtp.account_sandbox",
        "The sending account is still in the provider's sandbox and may only send to verified addresses. "
        "Ask the provider for production access, then send again. Provider's answer: {text}",
    ),
    Rule(
        lambda r: r.says(r"account.{0,20}(paused|suspended|disabled|blocked)|sending.{0,20}(paused|disabled)"),
        OutcomeKind.STOP_RUN,
        "smtp.account_paused",
        "The provider has paused or suspended sending for this account. Sign in to the provider's console "
        "to see why and resolve it before sending again. Provider's answer: {text}",
    ),
    Rule(
        lambda r: _temporary(r)
        and (
            (r.code == 454 and r.enhanced in ("", "4.7.0"))
            or (r.enhanced.startswith("4.7.") and r.says(_RATE))
            or r.says(_SLOW_DOWN)
        ),
        OutcomeKind.THROTTLE,
        "smtp.throttled",
        "The server asked to slow down. Sending continues at a lower rate; no message was lost.",
    ),
    Rule(
        lambda r: _permanent(r) and r.stage in ("connect", "mail"),
        OutcomeKind.STOP_RUN,
        "smtp.sender_rejected",
        "The server refused the sender address or this connection, so no row can be sent. Check the From "
        "address is one this account may send as. Server's answer: {text}",
    ),
    Rule(
        lambda r: _permanent(r)
        and (
            r.enhanced in ("5.1.1", "5.1.10", "5.1.2")
            or r.says(r"user unknown|unknown user|no such user|no such recipient|mailbox (does not|doesn't) exist")
        ),
        OutcomeKind.HARD_BOUNCE,
        "smtp.mailbox_unknown",
        "This address does not exist (the receiving server says there is no such mailbox or domain). "
        "Correct the address in the spreadsheet; it will not be tried again.",
    ),
    Rule(
        lambda r: _permanent(r) and r.enhanced.startswith("5.7."),
        OutcomeKind.REJECTED,
        "smtp.policy_rejected",
        "The receiving server refused this message by policy (spam filter or security rule). Read the "
        "server's answer, change the message or ask the recipient to allow it: {text}",
    ),
    Rule(
        lambda r: r.code == 421,
        OutcomeKind.RETRY,
        "smtp.service_unavailable",
        "The server is busy or closing the connection.",
    ),
    Rule(
        _temporary,
        OutcomeKind.RETRY,
        "smtp.temporary_failure",
        "The server could not take the message right now.",
    ),
    Rule(
        _permanent,
        OutcomeKind.REJECTED,
        "smtp.rejected",
        "The server refused this message. Read its answer, correct the row and send it again: {text}",
    ),
)

_UNEXPECTED = Rule(
    lambda r: True,
    OutcomeKind.RETRY,
    "smtp.unexpected_reply",
    "The server gave an answer this program does not understand.",
)


# After the body only a 2xx, 4xx or 5xx says what became of the message; anything else (a 399, a 1xx) may mean it
# was taken, so it is never sent again by itself.
_UNEXPECTED_AFTER_BODY = Rule(
    lambda r: True,
    OutcomeKind.UNKNOWN,
    "smtp.unexpected_after_data",
    "The server gave an answer this program does not understand after the message was handed over, so it may or "
    "may not have been delivered. It is not sent again by itself; check with the recipient, then choose whether "
    "to send this row again. Server's answer: {text}",
)


def classify_reply(code: int, text: str, *, stage: Stage) -> Outcome:
    """The Outcome for one SMTP reply received at `stage` (an answer to DATA's body counts as "data"; the answer
    to the DATA command itself goes through `classify_data_command`)."""
    reply = Reply(code, printable(text).strip(), stage)
    unexpected = _UNEXPECTED_AFTER_BODY if stage == "data" else _UNEXPECTED
    rule = next((rule for rule in RULES if rule.matches(reply)), unexpected)
    raw = f"{code} {reply.text}".strip()
    return make_outcome(rule.kind, rule.reason_code, rule.reason, raw=raw, text=reply.text)


def classify_data_command(code: int, text: str) -> Outcome:
    """The Outcome for an answer to DATA other than 354 ("go ahead"): a refusal is read as any refusal at that
    stage; anything else (a 250) means the server does not follow the mail protocol. Then no body may go (it would
    be read as commands, and nothing delivered), and no row can be sent through this server."""
    if 400 <= code < 600:
        return classify_reply(code, text, stage="data")
    shown = printable(text).strip()
    return make_outcome(
        OutcomeKind.STOP_RUN,
        "smtp.data_not_accepted",
        "The server answered {code} {text} to DATA instead of 354 (go ahead), so no message can be handed over. "
        "Check the server address and port are those of a mail server; nothing was sent.",
        raw=f"DATA: {code} {shown}".strip(),
        code=code,
        text=shown,
    )


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception and everything it was raised from (aiosmtplib wraps OSError and ssl errors)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _stage_of(exc: BaseException) -> Stage:
    import aiosmtplib

    if isinstance(exc, aiosmtplib.SMTPAuthenticationError):
        return "auth"
    if isinstance(exc, aiosmtplib.SMTPSenderRefused):
        return "mail"
    if isinstance(exc, aiosmtplib.SMTPRecipientRefused):
        return "rcpt"
    if isinstance(exc, aiosmtplib.SMTPDataError):
        return "data"
    return "connect"


def classify_exception(exc: BaseException, *, after_data: bool) -> Outcome:
    """The Outcome for a failure that was not a plain reply: a refused connection, a TLS problem, a timeout,
    a dropped connection. `after_data` is True once the message body was handed to the server: from then on a
    broken connection means the message may have been delivered, so it must never be resent automatically."""
    import aiosmtplib

    raw = printable(f"{type(exc).__name__}: {exc}")
    if isinstance(exc, aiosmtplib.SMTPResponseException) and exc.code > 0:
        return classify_reply(exc.code, exc.message, stage=_stage_of(exc))
    if isinstance(exc, MailMergeError):
        return outcome_of(OutcomeKind.STOP_RUN, exc.problem, raw=raw)
    causes = list(_chain(exc))
    if after_data:
        return make_outcome(
            OutcomeKind.UNKNOWN,
            "smtp.lost_after_data",
            "The connection broke after the message was handed over but before the server confirmed it. "
            "It may or may not have been delivered, so it will not be resent automatically; check with the "
            "recipient, then choose whether to send this row again.",
            raw=raw,
        )
    for cause in causes:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return make_outcome(
                OutcomeKind.STOP_RUN,
                "smtp.tls_certificate",
                "The server's security certificate could not be trusted ({detail}). Check the "
                "server name is exactly the one your provider gives; if this is your own server, install a "
                "valid certificate.",
                raw=raw,
                detail=cause.verify_message,
            )
        if isinstance(cause, ssl.SSLError):
            return make_outcome(
                OutcomeKind.STOP_RUN,
                "smtp.tls_failed",
                "The secure (TLS) connection could not be set up. The port and security setting probably do "
                "not match: port 465 usually needs TLS, ports 587 and 25 usually need STARTTLS.",
                raw=raw,
            )
        if isinstance(cause, socket.gaierror):
            return make_outcome(
                OutcomeKind.STOP_RUN,
                "smtp.host_not_found",
                "The server name could not be found. Check the spelling of the server name and your internet "
                "connection.",
                raw=raw,
            )
        if isinstance(cause, ConnectionRefusedError):
            return make_outcome(
                OutcomeKind.RETRY,
                "smtp.connection_refused",
                "The server refused the connection on this port. If this keeps happening, check the server "
                "name and port in the account settings.",
                raw=raw,
            )
    if any(isinstance(cause, TimeoutError) for cause in causes):
        return make_outcome(
            OutcomeKind.RETRY,
            "smtp.timeout",
            "The server did not answer in time.",
            raw=raw,
        )
    if any(isinstance(cause, (ConnectionError, OSError, aiosmtplib.SMTPServerDisconnected)) for cause in causes):
        return make_outcome(
            OutcomeKind.RETRY,
            "smtp.connection_lost",
            "The connection to the server was lost before the message was sent.",
            raw=raw,
        )
    if isinstance(exc, aiosmtplib.SMTPException) and "auth" in str(exc).lower():
        return make_outcome(
            OutcomeKind.STOP_RUN,
            "smtp.auth_unavailable",
            "The server did not offer a login method this program can use. Choose STARTTLS or TLS in the "
            "account settings (many servers only offer login on a secure connection).",
            raw=raw,
        )
    return make_outcome(
        OutcomeKind.RETRY,
        "smtp.unexpected_error",
        "Something unexpected went wrong while talking to the server.",
        raw=raw,
    )
