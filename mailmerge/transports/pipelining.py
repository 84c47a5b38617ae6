"""The command/reply stream of an SMTP connection once it is open: every transaction command (MAIL, RCPT, DATA, the
body, RSET, QUIT) goes through `SmtpStream.exchange`, which writes a group of commands at once (RFC 2920
PIPELINING, or one command when the server does not offer it) and hands back one reply per command, in order.

aiosmtplib opens the connection (TCP, TLS, EHLO, STARTTLS, AUTH: the parts worth a library). Afterwards its
protocol is replaced by an `SmtpStream` for the connection's life, because aiosmtplib expects exactly one reply per
command it wrote and throws away replies that arrive before it asks for them, so a pipelined group would lose
answers; and its per-command coroutine, lock and timer cost more than the rest of sending a message.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mailmerge.base.text import decode_reply

if TYPE_CHECKING:
    from aiosmtplib import SMTP, SMTPResponse
    from aiosmtplib.protocol import SMTPProtocol

# A server streaming text without line ends must not fill memory; real replies are a few hundred bytes.
_MAX_BUFFERED = 64 * 1024


@dataclass(frozen=True)
class PipelinedReplies:
    """The replies to a group of commands, in command order. When the connection broke or a reply never came,
    `replies` holds those that did arrive and `error` says what happened; the connection is then unusable."""

    replies: tuple[SMTPResponse, ...]
    error: Exception | None


class SmtpStream(asyncio.Protocol):
    """Owns an open connection: one outstanding group of commands at a time, one future per group, one timer."""

    def __init__(self, owner: SMTPProtocol, transport: asyncio.Transport, extensions: frozenset[str]) -> None:
        self._owner = owner  # aiosmtplib's protocol still hears about the connection ending, to tidy itself up
        self._transport = transport
        self.extensions = extensions
        self._buffer = bytearray()
        self._replies: list[SMTPResponse] = []
        self._error: Exception | None = None
        self._waiter: asyncio.Future[PipelinedReplies] | None = None
        self._wanted = 0
        self._timer: asyncio.TimerHandle | None = None

    @classmethod
    def take_over(cls, smtp: SMTP) -> SmtpStream:
        """Move an open aiosmtplib connection to a stream; `smtp` must not be used afterwards."""
        import aiosmtplib

        protocol = smtp.protocol
        transport = protocol.transport if protocol is not None else None
        if protocol is None or not isinstance(transport, asyncio.Transport) or transport.is_closing():
            raise aiosmtplib.SMTPServerDisconnected("Connection lost before the first message")
        stream = cls(protocol, transport, frozenset(smtp.esmtp_extensions))
        transport.set_protocol(stream)
        return stream

    @property
    def is_open(self) -> bool:
        return self._error is None and not self._transport.is_closing()

    def supports(self, extension: str) -> bool:
        return extension in self.extensions

    def exchange(self, data: bytes, replies: int, *, timeout: float) -> asyncio.Future[PipelinedReplies]:
        """Write `data` (commands, each ending in CRLF, or a dot-stuffed body) and collect `replies` replies."""
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[PipelinedReplies] = loop.create_future()
        if self._waiter is not None:
            raise RuntimeError("one group of commands at a time")
        if not self.is_open:
            waiter.set_result(PipelinedReplies((), self._lost_error()))
            return waiter
        self._waiter = waiter
        self._wanted = replies
        self._timer = loop.call_later(timeout, self._timed_out)
        self._transport.write(data)
        self._answer_if_complete()
        return waiter

    def close(self) -> None:
        self._transport.close()

    # ----------------------------------------------------------------------------------------- asyncio.Protocol
    def data_received(self, data: bytes) -> None:
        import aiosmtplib

        self._buffer.extend(data)
        if len(self._buffer) > _MAX_BUFFERED:
            self._buffer.clear()
            self._fail(aiosmtplib.SMTPResponseException(-1, "Response too long"))
            return
        while self._error is None and (reply := self._take_reply()) is not None:
            self._replies.append(reply)
        self._answer_if_complete()

    def eof_received(self) -> bool:
        import aiosmtplib

        self._fail(aiosmtplib.SMTPServerDisconnected("Unexpected EOF received"))
        return False  # close the transport; connection_lost follows

    def connection_lost(self, exc: Exception | None) -> None:
        import aiosmtplib

        lost = aiosmtplib.SMTPServerDisconnected("Connection lost")
        lost.__cause__ = exc
        self._fail(lost)
        self._owner.connection_lost(exc)

    def pause_writing(self) -> None:
        self._owner.pause_writing()

    def resume_writing(self) -> None:
        self._owner.resume_writing()

    # ----------------------------------------------------------------------------------------------- internals
    def _answer_if_complete(self) -> None:
        if self._waiter is None:
            return
        if len(self._replies) >= self._wanted:
            answered = tuple(self._replies[: self._wanted])
            del self._replies[: self._wanted]
            self._answer(PipelinedReplies(answered, None))
        elif self._error is not None:
            answered = tuple(self._replies)
            self._replies.clear()
            self._answer(PipelinedReplies(answered, self._error))

    def _answer(self, replies: PipelinedReplies) -> None:
        waiter, self._waiter = self._waiter, None
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if waiter is not None and not waiter.done():
            waiter.set_result(replies)

    def _timed_out(self) -> None:
        import aiosmtplib

        self._timer = None
        # Whatever the server says later would be matched to the wrong command: the connection is finished.
        self._fail(aiosmtplib.SMTPReadTimeoutError("Timed out waiting for server response"))
        self._transport.close()

    def _fail(self, error: Exception) -> None:
        if self._error is None:
            self._error = error
        self._answer_if_complete()

    def _lost_error(self) -> Exception:
        import aiosmtplib

        return self._error or aiosmtplib.SMTPServerDisconnected("Connection lost")

    def _take_reply(self) -> SMTPResponse | None:
        """The first complete (possibly multi-line) reply in the buffer, removed from it; None if incomplete.
        A line that is not a reply ends the stream (`_fail`): nothing after it can be matched to a command."""
        import aiosmtplib

        lines: list[str] = []
        offset = 0
        buffer = self._buffer
        while (end := buffer.find(b"\n", offset)) != -1:
            line = bytes(buffer[offset : end + 1])
            offset = end + 1
            code = line[:3]
            if not code.isdigit():
                buffer.clear()
                text = decode_reply(line).strip()
                self._fail(aiosmtplib.SMTPResponseException(-1, f"Malformed SMTP response line: {text}"))
                return None
            lines.append(decode_reply(line[4:].strip(b" \t\r\n")))
            if line[3:4] != b"-":
                del buffer[:offset]
                return aiosmtplib.SMTPResponse(int(code), "\n".join(lines))
        return None

