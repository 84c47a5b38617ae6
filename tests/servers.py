"""Real SMTP servers for tests: aiosmtpd on port 0 in a background thread, scripted per stage.

Get the fixtures with `from servers import smtp_server, tls_certs  # noqa: F401` (and `# ruff: noqa: F811` at the
top of the test module, since test parameters share the fixture names), or use `ScriptedServer` directly.
A test scripts the answers it wants, e.g.

    smtp_server.script.once("data", "421 4.7.0 Too many connections")   # next final reply, then normal 250s
    smtp_server.script.always("rcpt", "550 5.1.1 No such user", address="gone@example.com")
    smtp_server.script.once("data", DROP)                               # close the socket instead of replying

Stages: "mail", "rcpt", "data_command" (the answer to DATA itself, before the body), "data" (the final answer
after the body), "auth". Everything received is kept in `server.messages`; `server.connections` counts TCP
connections (the controller's own start-up probe is not counted). With `pipelining=True` the server advertises
PIPELINING (aiosmtpd reads pipelined commands correctly but does not announce it), and `server.chunks` keeps the
raw bytes of each read from the client, so a test can see which commands arrived together.
"""

from __future__ import annotations

import asyncio
import re
import ssl
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import trustme
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

from mailmerge.transports.outbox import PortZeroController

DROP = "<drop the connection>"
STAGES = ("mail", "rcpt", "data_command", "data", "auth")


@dataclass(frozen=True)
class Received:
    sender: str
    recipients: tuple[str, ...]
    data: bytes


@dataclass
class Script:
    """Replies a test wants instead of the normal ones. Thread-safe: the server runs in another thread."""

    _once: dict[str, deque[str]] = field(default_factory=lambda: {stage: deque() for stage in STAGES})
    _always: dict[tuple[str, str | None], str] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def once(self, stage: str, reply: str) -> None:
        """Answer the next `stage` command with `reply` (queued: call several times for several answers)."""
        assert stage in STAGES, stage
        with self._lock:
            self._once[stage].append(reply)

    def always(self, stage: str, reply: str, *, address: str | None = None) -> None:
        """Answer every `stage` command (for "rcpt": only those to `address`, when given) with `reply`."""
        assert stage in STAGES, stage
        with self._lock:
            self._always[(stage, address)] = reply

    def take(self, stage: str, address: str | None = None) -> str | None:
        with self._lock:
            if self._once[stage]:
                return self._once[stage].popleft()
            return self._always.get((stage, address)) or self._always.get((stage, None))


class _ScriptedSMTP(SMTP):  # type: ignore[misc]
    """aiosmtpd's SMTP, but each command first asks the script whether to answer differently."""

    def __init__(self, owner: ScriptedServer, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._owner = owner

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._owner._count_connection()
        super().connection_made(transport)

    def data_received(self, data: bytes) -> None:
        self._owner._record_chunk(data)
        super().data_received(data)

    async def _scripted(self, stage: str, address: str | None = None) -> bool:
        reply = self._owner.script.take(stage, address)
        if reply is None:
            return False
        if reply == DROP:
            self.transport.close()
        else:
            await self.push(reply)
        return True

    async def smtp_MAIL(self, arg: str | None) -> None:
        self._owner.transactions_started.append(time.monotonic())
        if self.envelope.mail_from is None and await self._scripted("mail"):
            return
        await super().smtp_MAIL(arg)

    async def smtp_RCPT(self, arg: str | None) -> None:
        found = re.search(r"<([^>]*)>", arg or "")
        if self.envelope.mail_from is not None and await self._scripted("rcpt", found.group(1) if found else None):
            return
        await super().smtp_RCPT(arg)

    async def smtp_DATA(self, arg: str) -> None:
        if self.envelope.rcpt_tos and await self._scripted("data_command"):
            return
        await super().smtp_DATA(arg)

    async def smtp_AUTH(self, arg: str) -> None:
        if await self._scripted("auth"):
            return
        await super().smtp_AUTH(arg)


class _Handler:
    def __init__(self, owner: ScriptedServer) -> None:
        self._owner = owner

    async def handle_EHLO(
        self, server: _ScriptedSMTP, session: Any, envelope: Any, hostname: str, responses: list[str]
    ) -> list[str]:
        session.host_name = hostname
        if self._owner.pipelining:
            return [*responses[:-1], "250-PIPELINING", responses[-1]]
        return responses

    async def handle_DATA(self, server: _ScriptedSMTP, session: Any, envelope: Any) -> str:
        if self._owner.data_delay_s:
            await asyncio.sleep(self._owner.data_delay_s)  # a slow server: the message is "in flight" meanwhile
        reply = self._owner.script.take("data")
        if reply == DROP:
            server.transport.close()
            return "250 never seen"
        if reply is None or reply.startswith("2"):
            self._owner._store(Received(envelope.mail_from, tuple(envelope.rcpt_tos), envelope.original_content))
        return reply or f"250 2.0.0 Ok: queued as Q{len(self._owner.messages)}"


class _Authenticator:
    def __init__(self, username: str, password: str) -> None:
        self._credentials = (username.encode(), password.encode())

    def __call__(self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
        ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == self._credentials
        return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd sends the 535 itself


class _PortZeroController(PortZeroController):
    def __init__(self, owner: ScriptedServer, **kwargs: Any) -> None:
        super().__init__(_Handler(owner), hostname="127.0.0.1", port=0, **kwargs)
        self._owner = owner

    def factory(self) -> _ScriptedSMTP:
        return _ScriptedSMTP(self._owner, self.handler, **self.SMTP_kwargs)


class ScriptedServer:
    """A real SMTP server on 127.0.0.1:<free port>.

    tls="none" plain; "starttls" offers STARTTLS; "tls" implicit TLS from the first byte.
    With `login=(user, password)` it offers AUTH PLAIN/LOGIN (also on a plain connection, as test servers may).
    """

    def __init__(
        self,
        *,
        tls: str = "none",
        server_context: ssl.SSLContext | None = None,
        login: tuple[str, str] | None = None,
        pipelining: bool = False,
        data_delay_s: float = 0.0,
    ) -> None:
        self.script = Script()
        self.data_delay_s = data_delay_s
        self.transactions_started: list[float] = []  # time.monotonic() of every MAIL FROM
        self.pipelining = pipelining
        self.messages: list[Received] = []
        self.chunks: list[bytes] = []
        self.connections = 0
        self._lock = threading.Lock()
        kwargs: dict[str, Any] = {"enable_SMTPUTF8": True, "ident": "test-server"}
        if tls == "tls":
            kwargs["ssl_context"] = server_context
        elif tls == "starttls":
            kwargs["tls_context"] = server_context
        if login is not None:
            kwargs["authenticator"] = _Authenticator(*login)
            kwargs["auth_require_tls"] = False
        self._controller = _PortZeroController(self, **kwargs)
        self._started = False

    @property
    def host(self) -> str:
        return "127.0.0.1"

    @property
    def port(self) -> int:
        port: int = self._controller.port
        return port

    def _count_connection(self) -> None:
        with self._lock:
            if self._started:
                self.connections += 1

    def _record_chunk(self, data: bytes) -> None:
        with self._lock:
            self.chunks.append(data)

    def _store(self, received: Received) -> None:
        with self._lock:
            self.messages.append(received)

    def start(self) -> ScriptedServer:
        self._controller.start()
        with self._lock:
            self._started = True
        return self

    def stop(self) -> None:
        self._controller.stop()


@dataclass(frozen=True)
class TlsCerts:
    """A test CA and a server certificate for 127.0.0.1/localhost signed by it."""

    ca_file: Path  # give this to the client as ca_file to trust the server
    server_context: ssl.SSLContext


def make_tls_certs(folder: Path) -> TlsCerts:
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(server_context)
    folder.mkdir(parents=True, exist_ok=True)
    ca_file = folder / "test-ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    return TlsCerts(ca_file, server_context)


@pytest.fixture
def tls_certs(tmp_path: Path) -> TlsCerts:
    return make_tls_certs(tmp_path)


@pytest.fixture
def smtp_server() -> Iterator[ScriptedServer]:
    """A plain SMTP server with no login, recording every message."""
    server = ScriptedServer().start()
    yield server
    server.stop()


# Replies a RawSmtpServer test may override, by stage: what it answers to each command.
RAW_STAGES = ("greeting", "ehlo", "auth", "mail", "rcpt", "data", "body", "rset")


class RawSmtpServer:
    """A line-level SMTP server in a thread of its own, for replies aiosmtpd will not send: a 250 to DATA, a 399
    after the body, a Latin-1 reply, a 421 greeting, escape sequences. `replies[stage]` (bytes, without CRLF;
    several lines separated by CRLF) replaces the normal answer at that stage; a callable gets the command line
    and the number of that stage's commands so far, and returns the reply. The body is read only after a 354.
    `messages` counts bodies the server accepted (a 2xx after the body); `connections` and `logins` count tries.
    """

    def __init__(self, replies: dict[str, Any] | None = None, *, auth: bool = False, starttls: bool = False) -> None:
        self.replies: dict[str, Any] = dict(replies or {})
        assert set(self.replies) <= set(RAW_STAGES), self.replies
        self.auth = auth
        self.starttls = starttls
        self.messages: list[bytes] = []
        self.connections = 0
        self.logins = 0
        self.counts: dict[str, int] = {stage: 0 for stage in RAW_STAGES}
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.AbstractServer | None = None
        self.port = 0

    @property
    def host(self) -> str:
        return "127.0.0.1"

    def start(self) -> RawSmtpServer:
        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(asyncio.start_server(self._serve, "127.0.0.1", 0), self._loop)
        self._server = future.result(5)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        async def close() -> None:
            assert self._server is not None
            self._server.close()

        asyncio.run_coroutine_threadsafe(close(), self._loop).result(5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    def _reply(self, stage: str, line: bytes, normal: bytes) -> bytes:
        self.counts[stage] += 1
        reply = self.replies.get(stage, normal)
        if callable(reply):
            reply = reply(line, self.counts[stage])
        return bytes(reply)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            greeting = self._reply("greeting", b"", b"220 raw.example ESMTP")
            writer.write(greeting + b"\r\n")
            while not greeting.startswith(b"421") and (line := await reader.readline()):
                verb = line.split(b" ", 1)[0].split(b":", 1)[0].strip().upper()
                if verb in (b"EHLO", b"HELO"):
                    extensions = [b"250-raw.example", b"250-8BITMIME"]
                    if self.auth:
                        extensions.append(b"250-AUTH PLAIN LOGIN")
                    if self.starttls:
                        extensions.append(b"250-STARTTLS")
                    extensions.append(b"250 SMTPUTF8")
                    reply = self._reply("ehlo", line, b"\r\n".join(extensions))
                elif verb == b"AUTH":
                    self.logins += 1
                    reply = self._reply("auth", line, b"235 2.7.0 Authentication successful")
                elif verb == b"MAIL":
                    reply = self._reply("mail", line, b"250 2.1.0 Ok")
                elif verb == b"RCPT":
                    reply = self._reply("rcpt", line, b"250 2.1.5 Ok")
                elif verb == b"DATA":
                    reply = self._reply("data", line, b"354 End data with <CR><LF>.<CR><LF>")
                    if reply.startswith(b"354"):
                        writer.write(reply + b"\r\n")
                        body = b""
                        while (chunk := await reader.readline()) not in (b".\r\n", b""):
                            body += chunk
                        reply = self._reply("body", body, b"250 2.0.0 Ok: queued as RAW")
                        if reply[:1] == b"2":
                            self.messages.append(body)
                elif verb == b"RSET":
                    reply = self._reply("rset", line, b"250 2.0.0 Ok")
                elif verb == b"QUIT":
                    writer.write(b"221 2.0.0 Bye\r\n")
                    break
                else:
                    reply = b"502 5.5.2 Command not recognised"
                writer.write(reply + b"\r\n")
                if reply.startswith(b"421"):
                    break
            await writer.drain()
        except ConnectionError:
            pass
        finally:
            writer.close()
