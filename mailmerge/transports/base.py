"""The one protocol every transport implements (SMTP connection, Amazon SES API, Tencent SES API)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

from mailmerge.outcome import Outcome


@dataclass(frozen=True)
class Envelope:
    sender: str  # MAIL FROM (ASCII or IDNA-encoded domain)
    recipients: tuple[str, ...]  # RCPT TO: To + Cc + Bcc


@dataclass(frozen=True)
class OutgoingMessage:
    row: int  # 1-based data row number
    envelope: Envelope
    data: bytes  # the exact RFC 5322 bytes, CRLF line endings
    message_id: str  # without angle brackets
    # Fields API transports need besides the raw bytes (Tencent template mode sends variables, not bytes).
    subject: str = ""
    variables: tuple[tuple[str, str], ...] = ()


class Transport(Protocol):
    """One sending channel (one SMTP connection, one API client). Never raises for a per-message problem:
    everything the provider answers is turned into an Outcome (see classify.py).

    `following` is the message the caller will most likely send next on this transport, if it knows: a transport
    may prepare it ahead (an SMTP connection announces its envelope with this body). The caller then sends exactly
    that message next, or the preparation is undone at the cost of the connection."""

    async def send(self, message: OutgoingMessage, following: OutgoingMessage | None = None) -> Outcome: ...

    async def close(self) -> None: ...


TransportFactory = Callable[[], Awaitable[Transport]]
