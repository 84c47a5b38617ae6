"""The one protocol every transport implements (SMTP connection, Amazon SES API, Tencent SES API)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Protocol

from mailmerge.base.envelope import OutgoingMessage
from mailmerge.base.outcome import Outcome


class Transport(Protocol):
    """One sending channel (one SMTP connection, one API client). Never raises for a per-message problem:
    everything the provider answers is turned into an Outcome (see classify.py).

    `following` is the message the caller will most likely send next on this transport, if it knows: a transport
    may prepare it ahead (an SMTP connection announces its envelope with this body). The caller then sends exactly
    that message next, or the preparation is undone at the cost of the connection."""

    async def send(self, message: OutgoingMessage, following: OutgoingMessage | None = None) -> Outcome: ...

    async def close(self) -> None: ...


TransportFactory = Callable[[], Awaitable[Transport]]
