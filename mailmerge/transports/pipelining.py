"""One round trip for MAIL FROM, every RCPT TO and DATA when the server offers PIPELINING (RFC 2920).

aiosmtplib's protocol expects exactly one reply per command it wrote and throws away replies that arrive before
it asks for them, so a group of commands written at once would lose answers. While a group is outstanding, the
connection's transport is lent to a `_ReplyReader` that keeps every reply in arrival order; then it goes back to
aiosmtplib's protocol, which carries the message body, RSET and QUIT as before.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aiosmtplib import SMTPResponse
    from aiosmtplib.protocol import SMTPProtocol

# A server streaming text without line ends must not fill memory; real replies are a few hundred bytes.
_MAX_BUFFERED = 64 * 1024


@dataclass(frozen=True)
class PipelinedReplies:
    """The replies to a group of commands, in command order. When the connection broke or a reply never came,
    `replies` holds those that did arrive and `error` says what happened; the connection is then unusable."""

    replies: tuple[SMTPResponse, ...]
    error: Exception | None


async def exchange(protocol: SMTPProtocol, commands: Sequence[bytes], *, timeout: float) -> PipelinedReplies:
    """Write `commands` (each ending in CRLF) in one write and read one reply per command."""
    import aiosmtplib

    transport = protocol.transport
    if transport is None or transport.is_closing():
        return PipelinedReplies((), aiosmtplib.SMTPServerDisconnected("Connection lost"))
    reader = _ReplyReader(protocol)
    transport.set_protocol(reader)
    replies: list[SMTPResponse] = []
    error: Exception | None = None
    try:
        protocol.write(b"".join(commands))
        # One deadline for the whole group: a timer per reply costs more than the rest of reading it.
        async with asyncio.timeout(timeout):
            for _ in commands:
                replies.append(await reader.next_reply())
    except TimeoutError:
        error = aiosmtplib.SMTPReadTimeoutError("Timed out waiting for server response")
    except (aiosmtplib.SMTPException, OSError) as exc:
        error = exc
    finally:
        if not transport.is_closing():
            transport.set_protocol(protocol)
    return PipelinedReplies(tuple(replies), error)


class _ReplyReader(asyncio.Protocol):
    """Collects complete replies; connection events still reach aiosmtplib's protocol so it knows the state."""

    def __init__(self, owner: SMTPProtocol) -> None:
        self._owner = owner
        self._buffer = bytearray()
        self._replies: deque[SMTPResponse | Exception] = deque()
        self._arrived = asyncio.Event()

    async def next_reply(self) -> SMTPResponse:
        while not self._replies:
            self._arrived.clear()
            await self._arrived.wait()
        reply = self._replies.popleft()
        if isinstance(reply, Exception):
            self._replies.appendleft(reply)  # every later read fails the same way
            raise reply
        return reply

    def data_received(self, data: bytes) -> None:
        import aiosmtplib

        self._buffer.extend(data)
        if len(self._buffer) > _MAX_BUFFERED:
            self._buffer.clear()
            self._put(aiosmtplib.SMTPResponseException(-1, "Response too long"))
            return
        while (reply := self._take_reply()) is not None:
            self._put(reply)

    def eof_received(self) -> bool:
        import aiosmtplib

        self._put(aiosmtplib.SMTPServerDisconnected("Unexpected EOF received"))
        return False  # close the transport; connection_lost follows

    def connection_lost(self, exc: Exception | None) -> None:
        import aiosmtplib

        lost = aiosmtplib.SMTPServerDisconnected("Connection lost")
        lost.__cause__ = exc
        self._put(lost)
        self._owner.connection_lost(exc)

    def pause_writing(self) -> None:
        self._owner.pause_writing()

    def resume_writing(self) -> None:
        self._owner.resume_writing()

    def _put(self, reply: SMTPResponse | Exception) -> None:
        self._replies.append(reply)
        self._arrived.set()

    def _take_reply(self) -> SMTPResponse | Exception | None:
        """The first complete (possibly multi-line) reply in the buffer, removed from it; None if incomplete."""
        import aiosmtplib

        lines: list[str] = []
        offset = 0
        while (end := self._buffer.find(b"\n", offset)) != -1:
            line = bytes(self._buffer[offset : end + 1])
            offset = end + 1
            code = line[:3]
            if not code.isdigit():
                self._buffer.clear()
                text = line.decode("utf-8", "replace").strip()
                return aiosmtplib.SMTPResponseException(-1, f"Malformed SMTP response line: {text}")
            lines.append(line[4:].strip(b" \t\r\n").decode("utf-8", "surrogateescape"))
            if line[3:4] != b"-":
                del self._buffer[:offset]
                return aiosmtplib.SMTPResponse(int(code), "\n".join(lines))
        return None
