"""Where messages go: a saved account, or (no account) the built-in outbox where nothing leaves the computer.

`open()` runs on the send worker's thread (it may start the outbox server or read the keyring), never on the UI
thread; `close()` stops whatever `open()` started."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from mailmerge.accounts import ResolvedTransport
    from mailmerge.engine import Limits
    from mailmerge.transports.base import TransportFactory


class SendTarget(Protocol):
    @property
    def label(self) -> str: ...

    def open(self) -> tuple[TransportFactory, Limits]: ...

    def close(self) -> None: ...


@dataclass
class AccountTarget:
    """A saved account by name (None: the built-in outbox). The password is read from the keyring inside
    mailmerge.accounts.resolve_transport and never passes through the UI."""

    account: str | None
    _resolved: ResolvedTransport | None = field(default=None, repr=False)

    @property
    def label(self) -> str:
        return self.account or "outbox"

    def open(self) -> tuple[TransportFactory, Limits]:
        from mailmerge.accounts import resolve_transport

        self.close()
        self._resolved = resolve_transport(self.account)
        return self._resolved.factory, self._resolved.limits

    def close(self) -> None:
        if self._resolved is not None:
            self._resolved.close()
            self._resolved = None
