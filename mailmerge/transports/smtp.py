"""Sending through an SMTP server: one reused aiosmtplib connection per SmtpConnection, and an account test.

Why the low-level MAIL / RCPT / DATA calls instead of `send_message`: the stage at which an answer (or a broken
connection) arrives decides what happened. A drop before the body was handed over is safe to retry; a drop after
the body and before the server's final reply may mean the message was delivered, so it is reported as UNKNOWN and
never resent automatically.

Several recipients in one row (To + Cc + Bcc) are all-or-nothing: if the server refuses any of them the
transaction is reset and nothing is sent. Sending to the accepted subset would report the row as sent while
someone is missing, and a later retry of the row would give the accepted people a second copy.

When the server offers PIPELINING, MAIL FROM, every RCPT TO and DATA go in one write and their replies are read
in order (transports/pipelining.py), so each reply is still matched to its stage. DATA is part of the group: with
one recipient a refused RCPT makes the server refuse DATA too; if the server accepted some recipients and
answered DATA with 354 while another was refused, the connection is closed without a body, so nobody gets it.
"""

from __future__ import annotations

import asyncio
import functools
import re
import socket
import ssl
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal

from mailmerge.base.envelope import OutgoingMessage
from mailmerge.base.errors import MailMergeError
from mailmerge.base.outcome import Outcome, OutcomeKind, make_outcome
from mailmerge.transports.base import Transport, TransportFactory
from mailmerge.transports.classify import Stage, classify_data_command, classify_exception, classify_reply
from mailmerge.transports.pipelining import PipelinedReplies, SmtpStream

if TYPE_CHECKING:
    from aiosmtplib import SMTP

# "auto": STARTTLS when the server offers it; without it, no login (a password never travels in clear text unless
# the user chose "none" on purpose).
Security = Literal["none", "starttls", "tls", "auto"]
ProbeStage = Literal["dns", "tcp", "tls", "ehlo", "auth"]

_LEADING_DOT = re.compile(rb"(?m)^\.")
_QUEUE_ID = re.compile(r"queued as\s+(\S+)|^ok\s+(\S+)", re.IGNORECASE)
# Answers after which a *reused* connection is opened afresh and the message tried once more right away: the
# server closed an idle connection or said it is closing. Nothing was delivered in either case.
_RECONNECT_CODES = frozenset({"smtp.service_unavailable", "smtp.connection_lost"})


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    security: Security
    username: str | None = None
    password: str | None = field(default=None, repr=False)  # never logged, never in repr
    verify_tls: bool = True
    ca_file: str | None = None  # extra CA to trust (a company CA, or a test CA)
    timeout_s: float = 60.0
    oauth_token_provider: Callable[[], Awaitable[str]] | None = field(default=None, repr=False)  # XOAUTH2

    def tls_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(cafile=self.ca_file)
        if not self.verify_tls:
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        return context


@dataclass(frozen=True)
class StageResult:
    stage: ProbeStage
    ok: bool
    detail: str  # plain sentence: what was found, or what went wrong and what to do


class _OpenFailed(Exception):
    """Opening a connection failed at `stage`; `error` is what broke."""

    def __init__(self, stage: ProbeStage, error: BaseException) -> None:
        super().__init__(f"{stage}: {error}")
        self.stage = stage
        self.error = error


StageCallback = Callable[[ProbeStage, str], None]


def _failed_stage(exc: BaseException, default: ProbeStage) -> ProbeStage:
    """Where a failed connect() broke: TCP, the TLS handshake, or waiting for the greeting."""
    import aiosmtplib

    if isinstance(exc, ssl.SSLError) or isinstance(exc.__cause__, ssl.SSLError):
        return "tls"
    if isinstance(exc, aiosmtplib.SMTPConnectResponseError) or "ready message" in str(exc):
        return "ehlo"
    return default


# One mechanism per login, the most widely implemented first: trying each offered mechanism in turn (aiosmtplib's
# login()) turns one wrong password into three refused logins, which servers count towards locking the account.
_MECHANISMS = ("plain", "login", "cram-md5")


class SignIn:
    """The login of one run, shared by its connections: tried once; after the server refused it, every later
    connection gets the same refusal without asking again. Connections opened together wait for the first login
    to finish rather than each trying the same password."""

    def __init__(self) -> None:
        self.refused: BaseException | None = None
        self._lock: asyncio.Lock | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        if self._lock is None or self._loop is not loop:  # a lock serves one event loop
            self._lock, self._loop = asyncio.Lock(), loop
        return self._lock


async def _login(smtp: SMTP, settings: SmtpSettings) -> str:
    if settings.oauth_token_provider is not None:
        if "xoauth2" not in smtp.server_auth_methods:
            raise MailMergeError(
                "smtp.xoauth2_unavailable",
                "The server {host} does not offer OAuth (XOAUTH2) login. Use a password or app password "
                "for this account instead.",
                host=settings.host,
            )
        token = await settings.oauth_token_provider()
        await smtp.auth_xoauth2(settings.username or "", token)
        return "Signed in with OAuth."
    if settings.username:
        import aiosmtplib

        if not smtp.supports_extension("auth"):
            raise aiosmtplib.SMTPException("The SMTP AUTH extension is not supported by this server.")
        offered = smtp.server_auth_methods
        mechanism = next((m for m in _MECHANISMS if m in offered), None)
        if mechanism is None:
            raise aiosmtplib.SMTPException("No suitable authentication method found.")
        login = {"plain": smtp.auth_plain, "login": smtp.auth_login, "cram-md5": smtp.auth_crammd5}[mechanism]
        await login(settings.username, settings.password or "")
        return f"Signed in as {settings.username}."
    return "No login configured; the server accepts mail without one."


async def _open(settings: SmtpSettings, passed: StageCallback | None = None, sign_in: SignIn | None = None) -> SMTP:
    """Connect, greet, secure and log in, reporting each stage that passed; raises _OpenFailed."""
    import aiosmtplib

    def ok(stage: ProbeStage, detail: str) -> None:
        if passed is not None:
            passed(stage, detail)

    use_tls = settings.security == "tls"
    smtp = aiosmtplib.SMTP(
        hostname=settings.host,
        port=settings.port,
        use_tls=use_tls,
        start_tls=False,
        tls_context=settings.tls_context() if settings.security != "none" else None,
        timeout=settings.timeout_s,
        local_hostname=await _local_hostname(),
    )
    stage: ProbeStage = "tcp"
    try:
        try:
            await smtp.connect()
        except aiosmtplib.SMTPException as exc:
            stage = _failed_stage(exc, "tcp")
            raise
        ok("tcp", f"Connected to {settings.host} port {settings.port}.")
        if use_tls:
            ok("tls", "Secure connection (TLS) established; the certificate is valid.")
        stage = "ehlo"
        await smtp.ehlo()
        ok("ehlo", "The server greeted us and listed what it supports.")
        starttls = settings.security == "starttls" or (
            settings.security == "auto" and smtp.supports_extension("starttls")
        )
        if settings.security == "auto" and not starttls and _signs_in(settings):
            stage = "tls"
            raise MailMergeError(
                "smtp.plaintext_login_refused",
                "The server {host} does not offer encryption (STARTTLS), so the password would travel over the "
                "network as plain text; nothing was sent. Use the server's secure port (465 with TLS, or 587 with "
                "STARTTLS), or choose security 'none' (--security none) only for a relay you trust on your own "
                "network.",
                host=settings.host,
            )
        if starttls:
            stage = "tls"
            if not smtp.supports_extension("starttls"):
                raise MailMergeError(
                    "smtp.starttls_unavailable",
                    "The server on port {port} does not offer STARTTLS, so the connection cannot be secured. "
                    "If the port is 465, choose TLS; otherwise ask your provider for the right port.",
                    port=settings.port,
                )
            await smtp.starttls()
            await smtp.ehlo()
            ok("tls", "Connection secured with STARTTLS; the certificate is valid.")
        else:
            ok("tls", "Not encrypted (security is set to none): fine for a local relay only.")
        stage = "auth"
        ok("auth", await _signed_in(smtp, settings, sign_in))
    except (aiosmtplib.SMTPException, OSError, MailMergeError) as exc:
        smtp.close()
        raise _OpenFailed(stage, exc) from exc
    return smtp


def _signs_in(settings: SmtpSettings) -> bool:
    return bool(settings.username) or settings.oauth_token_provider is not None


async def _signed_in(smtp: SMTP, settings: SmtpSettings, sign_in: SignIn | None) -> str:
    if sign_in is None or not _signs_in(settings):
        return await _login(smtp, settings)
    async with sign_in.lock():
        if sign_in.refused is not None:
            raise sign_in.refused
        try:
            return await _login(smtp, settings)
        except Exception as exc:
            if _refused_for_good(exc):
                sign_in.refused = exc
            raise


def _refused_for_good(exc: BaseException) -> bool:
    """A login the server refused outright (5xx), as opposed to "not now" (4xx) or a broken connection."""
    import aiosmtplib

    if isinstance(exc, MailMergeError):
        return True
    return isinstance(exc, aiosmtplib.SMTPResponseException) and 500 <= exc.code < 600


@functools.cache
def _fully_qualified_name() -> str:
    return socket.getfqdn()


async def _local_hostname() -> str:
    """The name we greet servers with (EHLO). aiosmtplib would look it up for every connection, in a thread; a
    machine with slow reverse DNS then waits seconds per connection, so it is looked up once per process."""
    if _fully_qualified_name.cache_info().currsize:
        return _fully_qualified_name()
    return await asyncio.to_thread(_fully_qualified_name)


def _dot_stuffed(data: bytes) -> bytes:
    body = _LEADING_DOT.sub(b"..", data)
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    return body + b".\r\n"


def _command(verb: str, address: str, options: list[str], encoding: str) -> bytes:
    # Envelope addresses are bare, validated addr-specs (message.py), so they go between <> as they are;
    # aiosmtplib's quote_address would parse each one again with email.utils (a third of the SMTP time).
    words = [f"{verb}<{address}>".encode(encoding), *(o.encode("ascii") for o in options)]
    return b" ".join(words) + b"\r\n"


def _refused_recipient(recipient: str, refused: Outcome) -> Outcome:
    """Name the refused address in `raw`, so the bounce is pinned on the right person of a multi-recipient row."""
    return replace(refused, raw=f"RCPT TO:<{recipient}>: {refused.raw}")


def _provider_id(text: str) -> str | None:
    found = _QUEUE_ID.search(text)
    return (found.group(1) or found.group(2)) if found else None


class SmtpConnection:
    """A Transport over one SMTP connection, opened on first use and reused for every message."""

    def __init__(self, settings: SmtpSettings, sign_in: SignIn | None = None) -> None:
        self._settings = settings
        self._sign_in = sign_in
        self._stream: SmtpStream | None = None
        # The message whose envelope went out with the last body, how many commands that envelope had, and the
        # server's replies to them.
        self._announced: tuple[OutgoingMessage, int, PipelinedReplies] | None = None
        self._lock = asyncio.Lock()  # one transaction at a time on the one connection
        self.connections_opened = 0

    async def send(self, message: OutgoingMessage, following: OutgoingMessage | None = None) -> Outcome:
        """`following`: the message this connection most likely carries next. With PIPELINING its envelope goes in
        the same write as this message's body, so the next send saves a round trip (an envelope delivers
        nothing). If the next send is another message, the announced one is dropped with the connection."""
        async with self._lock:
            reused = self._stream is not None and self._stream.is_open
            outcome = await self._send_once(message, following)
            if reused and outcome.reason_code in _RECONNECT_CODES:
                outcome = await self._send_once(message, following)
            return outcome

    async def close(self) -> None:
        async with self._lock:
            stream, self._stream = self._stream, None
            # After an announced envelope the server waits for a body, and QUIT would be read as one.
            if stream is not None and stream.is_open and self._announced is None:
                # Leaving anyway: whatever the server answers to QUIT changes nothing.
                await stream.exchange(b"QUIT\r\n", 1, timeout=self._settings.timeout_s)
            self._announced = None
            if stream is not None:
                stream.close()

    async def _send_once(self, message: OutgoingMessage, following: OutgoingMessage | None) -> Outcome:
        announced, self._announced = self._announced, None
        if announced is not None and announced[0] is not message:
            # The server waits for the body of a message that is not coming: only closing ends that transaction.
            self._drop()
            announced = None
        stream = self._stream
        if stream is None or not stream.is_open:
            announced = None
            try:
                stream = await self._connect()
            except _OpenFailed as failed:
                return classify_exception(failed.error, after_data=False)
        try:
            options, encoding = _mail_options(stream, message)
        except _Invalid as invalid:
            return invalid.outcome
        if announced is not None:
            refused = await self._judge_envelope(message, announced[1], announced[2])
        elif stream.supports("pipelining"):
            commands = _envelope(message, options, encoding)
            answered = await stream.exchange(b"".join(commands), len(commands), timeout=self._settings.timeout_s)
            refused = await self._judge_envelope(message, len(commands), answered)
        else:
            refused = await self._envelope_stepwise(stream, message, options, encoding)
        if refused is not None:
            return refused
        return await self._send_body(stream, message, following)

    async def _send_body(
        self, stream: SmtpStream, message: OutgoingMessage, following: OutgoingMessage | None
    ) -> Outcome:
        data = _dot_stuffed(message.data)
        announcing = _announceable(stream, following)
        if announcing:
            data += b"".join(announcing)
        answered = await stream.exchange(data, 1 + len(announcing), timeout=self._settings.timeout_s)
        if not answered.replies:
            # No answer, or a garbled one, to the body: the message may have been taken, and the connection is
            # out of step.
            self._drop()
            return classify_exception(answered.error or _lost(), after_data=True)
        if following is not None and announcing:
            self._announced = (following, len(announcing), PipelinedReplies(answered.replies[1:], answered.error))
        reply = answered.replies[0]
        outcome = classify_reply(reply.code, reply.message, stage="data")
        if outcome.kind is OutcomeKind.UNKNOWN:
            self._drop()  # whatever it meant, the replies that follow cannot be trusted to match the commands
            return outcome
        if outcome.kind is not OutcomeKind.SENT:
            if self._announced is not None and reply.code != 421:
                # The server ended the refused transaction with its reply (RFC 5321 4.1.1.4), and an RSET now
                # would be read as the body of the announced message.
                return outcome
            return await self._failed(outcome, closing=reply.code == 421)
        # Built directly: dataclasses.replace inspects the fields on every call.
        return Outcome(outcome.kind, outcome.reason_code, outcome.reason, outcome.raw, _provider_id(reply.message),
                       outcome.retry_after_s, outcome.problem)

    async def _connect(self) -> SmtpStream:
        smtp = await _open(self._settings, sign_in=self._sign_in)
        try:
            self._stream = SmtpStream.take_over(smtp)
        except Exception as exc:
            smtp.close()
            raise _OpenFailed("ehlo", exc) from exc
        self.connections_opened += 1
        return self._stream

    async def _envelope_stepwise(
        self, stream: SmtpStream, message: OutgoingMessage, options: list[str], encoding: str
    ) -> Outcome | None:
        """MAIL, each RCPT, DATA, one round trip each. None: the server is waiting for the body (354)."""
        recipients = message.envelope.recipients
        steps: list[tuple[bytes, Stage, str | None]] = [
            (_command("MAIL FROM:", message.envelope.sender, options, encoding), "mail", None),
            *((_command("RCPT TO:", r, [], encoding), "rcpt", r) for r in recipients),
            (b"DATA\r\n", "data", None),
        ]
        for command, stage, recipient in steps:
            answered = await stream.exchange(command, 1, timeout=self._settings.timeout_s)
            if answered.error is not None:
                self._drop()
                return classify_exception(answered.error, after_data=False)
            reply = answered.replies[0]
            if (reply.code == 354) if stage == "data" else (200 <= reply.code < 300):
                continue
            if stage == "data":
                refused = classify_data_command(reply.code, reply.message)
            else:
                refused = classify_reply(reply.code, reply.message, stage=stage)
            if recipient is not None:
                refused = _refused_recipient(recipient, refused)
            return await self._failed(refused, closing=reply.code == 421 or not 400 <= reply.code < 600)
        return None

    async def _judge_envelope(
        self, message: OutgoingMessage, commands: int, answered: PipelinedReplies
    ) -> Outcome | None:
        """The replies to MAIL, every RCPT and DATA sent in one write (RFC 2920). The first refusal, in command
        order, is the answer: later replies only follow from it (e.g. "no valid recipients" to DATA). None: the server
        waits for the body."""
        recipients = message.envelope.recipients
        refused: Outcome | None = None
        for index, reply in enumerate(answered.replies):
            if index == len(recipients) + 1:
                if reply.code != 354 and refused is None:
                    refused = classify_data_command(reply.code, reply.message)
            elif not 200 <= reply.code < 300 and refused is None:
                stage: Stage = "mail" if index == 0 else "rcpt"
                refused = classify_reply(reply.code, reply.message, stage=stage)
                if stage == "rcpt":
                    refused = _refused_recipient(recipients[index - 1], refused)
        if refused is None:
            if answered.error is None and len(answered.replies) == commands:
                return None
            self._drop()
            return classify_exception(answered.error or _lost(), after_data=False)
        waiting_for_body = len(answered.replies) == commands and answered.replies[-1].code == 354
        # A server that said it is closing (421), or that does not follow the protocol, is left.
        closing = refused.reason_code == "smtp.data_not_accepted" or any(r.code == 421 for r in answered.replies)
        if answered.error is not None or waiting_for_body:
            # The stream is out of step, or the server waits for a body nobody may receive: closing the
            # connection is the only clean end, and the next message opens a new one.
            self._drop()
            return refused
        return await self._failed(refused, closing=closing)

    async def _failed(self, outcome: Outcome, *, closing: bool) -> Outcome:
        """Clear the failed transaction so the connection can carry the next message; a server that said it is
        closing (421) is left, and the next message opens a new connection."""
        stream = self._stream
        if closing or stream is None:
            self._drop()
            return outcome
        answered = await stream.exchange(b"RSET\r\n", 1, timeout=self._settings.timeout_s)
        if answered.error is not None or answered.replies[0].code != 250:
            self._drop()
        return outcome

    def _drop(self) -> None:
        if self._stream is not None:
            self._stream.close()
        self._stream = None


def _envelope(message: OutgoingMessage, options: list[str], encoding: str) -> list[bytes]:
    return [
        _command("MAIL FROM:", message.envelope.sender, options, encoding),
        *(_command("RCPT TO:", recipient, [], encoding) for recipient in message.envelope.recipients),
        b"DATA\r\n",
    ]


def _announceable(stream: SmtpStream, following: OutgoingMessage | None) -> list[bytes]:
    """The envelope commands of `following` that may go with the body just sent: only with PIPELINING, and only
    for a message this server can take at all (otherwise its own send reports why)."""
    if following is None or not stream.supports("pipelining"):
        return []
    try:
        options, encoding = _mail_options(stream, following)
    except _Invalid:
        return []
    return _envelope(following, options, encoding)


def _lost() -> Exception:
    import aiosmtplib

    return aiosmtplib.SMTPServerDisconnected("Connection lost")


def _mail_options(stream: SmtpStream, message: OutgoingMessage) -> tuple[list[str], str]:
    options: list[str] = []
    addresses = (message.envelope.sender, *message.envelope.recipients)
    encoding = "ascii"
    if any("\r" in address or "\n" in address for address in addresses):
        # A line break would end the SMTP command early and smuggle in another one.
        raise _Invalid(
            make_outcome(
                OutcomeKind.INVALID,
                "smtp.address_line_break",
                "An address in this row contains a line break. Correct the address in the spreadsheet.",
                raw=" ".join(address.replace("\r", "\\r").replace("\n", "\\n") for address in addresses),
            )
        )
    if not all(address.isascii() for address in addresses):
        if not stream.supports("smtputf8"):
            raise _Invalid(
                make_outcome(
                    OutcomeKind.INVALID,
                    "smtp.smtputf8_unsupported",
                    "This row has an address with non-English letters before the @, and the server "
                    "cannot deliver such addresses. Use a plain address for this row.",
                    raw=" ".join(addresses),
                )
            )
        options.append("SMTPUTF8")
        encoding = "utf-8"
    if not message.data.isascii() and stream.supports("8bitmime"):
        options.append("BODY=8BITMIME")
    return options, encoding


class _Invalid(Exception):
    """This message cannot be sent on this server whatever we do."""

    def __init__(self, outcome: Outcome) -> None:
        super().__init__(outcome.reason)
        self.outcome = outcome


def smtp_factory(settings: SmtpSettings) -> TransportFactory:
    """A factory the engine calls once per parallel connection; each connection opens on its first send (the engine
    also reconnects after Limits.max_per_connection messages)."""

    sign_in = SignIn()

    async def make() -> Transport:
        return SmtpConnection(settings, sign_in)

    return make


def _explain(failed: _OpenFailed, settings: SmtpSettings) -> str:
    import aiosmtplib

    if (
        isinstance(failed.error, aiosmtplib.SMTPTimeoutError)
        and failed.stage == "ehlo"
        and settings.security != "tls"
    ):
        return (
            f"The server accepted the connection on port {settings.port} but never greeted us. This usually "
            "means the port expects TLS from the first byte (port 465): choose TLS as the security setting."
        )
    return classify_exception(failed.error, after_data=False).reason


async def probe(settings: SmtpSettings) -> list[StageResult]:
    """Test an account step by step (DNS, TCP, TLS, EHLO, AUTH); stops at the first stage that fails."""
    results: list[StageResult] = []
    try:
        addresses = await asyncio.get_running_loop().getaddrinfo(
            settings.host, settings.port, type=socket.SOCK_STREAM
        )
    except OSError as exc:
        results.append(StageResult("dns", False, classify_exception(exc, after_data=False).reason))
        return results
    ips = sorted({str(info[4][0]) for info in addresses})
    results.append(StageResult("dns", True, f"{settings.host} is at {', '.join(ips)}."))
    try:
        smtp = await _open(settings, lambda stage, detail: results.append(StageResult(stage, True, detail)))
    except _OpenFailed as failed:
        results.append(StageResult(failed.stage, False, _explain(failed, settings)))
        return results
    import aiosmtplib

    try:
        await smtp.quit()
    except (aiosmtplib.SMTPException, OSError):
        smtp.close()
    return results
