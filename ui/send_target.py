"""Where messages go: a saved account, or (no account) the built-in outbox where nothing leaves the computer.

`open()` runs on the send worker's thread (it may start the outbox server or read the keyring), never on the UI
thread; `close()` stops whatever `open()` started."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from ui.i18n import core_sentence

if TYPE_CHECKING:
    from mailmerge.accounts.profiles import ResolvedTransport
    from mailmerge.sending.engine import Limits
    from mailmerge.transports.base import TransportFactory


class SendTarget(Protocol):
    def open(self) -> tuple[TransportFactory, Limits]: ...

    def close(self) -> None: ...


def account_notice(resolved: ResolvedTransport) -> str:
    """What the Send step shows under the account choice: the provider's quota left today and every warning
    (e.g. the quota could not be read, so the saved limits are used)."""
    lines = [core_sentence(resolved.day_budget.problem())] if resolved.day_budget is not None else []
    lines += [f"! {core_sentence(warning)}" for warning in resolved.warnings]
    return "\n".join(lines)


def read_account_notice(account: str | None) -> str:
    """The notice for an account before anything is sent. Blocking (keyring, the provider's quota): run it in the
    background. The built-in outbox has nothing to say. Every account is resolved, secret included, on purpose: a
    missing password or SecretKey raises here, and the Send step says so as soon as the account is chosen."""
    if account is None:
        return ""
    from mailmerge.accounts.profiles import resolve_transport

    resolved = resolve_transport(account)
    try:
        return account_notice(resolved)
    finally:
        resolved.close()


@dataclass
class AccountTarget:
    """A saved account by name (None: the built-in outbox). The password is read from the keyring inside
    mailmerge.accounts.profiles.resolve_transport and never passes through the UI. `on_notice` gets the account's notice
    as it stands when the run starts (called on the worker's thread: pass a signal's emit)."""

    account: str | None
    on_notice: Callable[[str], None] | None = None
    _resolved: ResolvedTransport | None = field(default=None, repr=False)

    def open(self) -> tuple[TransportFactory, Limits]:
        from mailmerge.accounts.profiles import resolve_transport

        self.close()
        self._resolved = resolved = resolve_transport(self.account)
        if self.on_notice is not None:
            self.on_notice(account_notice(resolved))
        return resolved.factory, resolved.limits  # paced to what is left of the provider's quota

    def close(self) -> None:
        if self._resolved is not None:
            resolved, self._resolved = self._resolved, None
            resolved.close()
            notices = resolved.after_run()  # e.g. how many copies went to the Sent folder
            if notices and self.on_notice is not None:
                self.on_notice("\n".join(core_sentence(notice) for notice in notices))
