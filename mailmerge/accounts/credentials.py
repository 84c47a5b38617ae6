"""Secrets (passwords, API keys, OAuth refresh tokens) live only in the operating system's password store.

Everything goes through `keyring`. Before anything is saved we make sure the active backend really is a secure
store: keyring's fail/null backends store nothing, and `keyrings.alt` writes plaintext or weakly encrypted files,
so both are refused with a plain explanation instead of silently putting a password on disk.
Secrets never appear in exception messages, logs or reprs.
"""

from __future__ import annotations

import sys

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from mailmerge.base.errors import MailMergeError, Problem
from mailmerge.base.logs import register_secret

SERVICE = "MailMerge"

# Backends that either keep nothing or keep secrets in a plain/weakly protected file.
_INSECURE_MODULE_PREFIXES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def account_key(name: str) -> str:
    """Keyring user name under which an account's password or API secret is stored."""
    return f"account:{name}"


def oauth_client_secret_key(name: str) -> str:
    """Keyring user name under which an account's OAuth client secret is stored (Google's desktop clients have one
    and its token endpoint requires it; Microsoft's public clients do not)."""
    return f"oauth-client-secret:{name}"


def oauth_refresh_key(name: str) -> str:
    """Keyring user name under which an account's OAuth2 refresh token is stored."""
    return f"oauth-refresh:{name}"


def _install_hint() -> Problem:
    if sys.platform == "win32":
        return Problem("credentials.hint_windows",
                       "Windows Credential Manager should be available; sign in to Windows normally and try again.")
    if sys.platform == "darwin":
        return Problem("credentials.hint_macos", "Unlock the macOS Keychain (open Keychain Access) and try again.")
    return Problem("credentials.hint_linux", "Install and unlock GNOME Keyring (package gnome-keyring) or KWallet, log "
                   "out and back in, then try again.")


# "the password could not be …" for each `action`, a clause a face words in its language.
_NOT_DONE = {
    "saved": Problem("credentials.not_saved", "the password could not be saved"),
    "read": Problem("credentials.not_read", "the password could not be read"),
    "deleted": Problem("credentials.not_deleted", "the password could not be deleted"),
}


def _backends(backend: KeyringBackend) -> list[KeyringBackend]:
    # ChainerBackend tries several stores in turn; every one of them must be acceptable.
    chained = getattr(backend, "backends", None)
    return list(chained) if chained is not None else [backend]


def _is_insecure(backend: KeyringBackend) -> bool:
    return type(backend).__module__.startswith(_INSECURE_MODULE_PREFIXES)


def secure_backend(action: str = "saved") -> KeyringBackend:
    """The active keyring backend, or MailMergeError if it is missing or would store secrets unsafely.
    `action` completes "the password could not be …" (saved, read, deleted)."""
    backend = keyring.get_keyring()
    parts = _backends(backend)
    if not parts or any(_is_insecure(b) for b in parts):
        raise MailMergeError(
            "credentials.no_secure_store",
            "No secure password store is available (found: {backend}), so {not_done}. {hint}",
            action=action,
            not_done=_NOT_DONE[action],
            backend=", ".join(type(b).__module__ + "." + type(b).__name__ for b in parts) or "none",
            hint=_install_hint(),
        )
    return backend


def _store_error(exc: keyring.errors.KeyringError, action: str) -> MailMergeError:
    if isinstance(exc, keyring.errors.KeyringLocked):
        return MailMergeError(
            "credentials.locked",
            "The system password store is locked, so {not_done}. Unlock it (for example by logging in to the "
            "desktop, or in 'Passwords and Keys') and try again.",
            action=action,
            not_done=_NOT_DONE[action],
        )
    if isinstance(exc, keyring.errors.NoKeyringError | keyring.errors.InitError):
        return MailMergeError(
            "credentials.no_secure_store",
            "No secure password store is available, so {not_done}. {hint}",
            action=action,
            not_done=_NOT_DONE[action],
            hint=_install_hint(),
        )
    # The backend's own text names the failing store; it never contains the secret we passed in.
    return MailMergeError(
        "credentials.store_failed",
        "The system password store refused the request, so {not_done} ({kind}). Make sure it is unlocked and try "
        "again.",
        action=action,
        not_done=_NOT_DONE[action],
        kind=type(exc).__name__,
    )


def save_secret(key: str, secret: str) -> None:
    if not secret:
        raise MailMergeError("credentials.empty", "The password is empty. Type or paste it again.")
    register_secret(secret)
    backend = secure_backend()
    try:
        backend.set_password(SERVICE, key, secret)
    except keyring.errors.KeyringError as exc:
        raise _store_error(exc, "saved") from None


def _vanished_errors() -> tuple[type[Exception], ...]:
    """What the Secret Service backend raises when an entry is removed between its search and its read (another
    window or process deleting the account at that moment): keyring passes it through instead of a KeyringError."""
    try:
        from secretstorage.exceptions import ItemNotFoundException
    except ImportError:  # Windows and macOS: their backends have no such window
        return ()
    return (ItemNotFoundException,)


def get_secret(key: str) -> str | None:
    """The stored secret, or None when nothing is stored under `key` (also when it was removed while being read)."""
    backend = secure_backend("read")
    try:
        secret: str | None = backend.get_password(SERVICE, key)
    except keyring.errors.KeyringError as exc:
        raise _store_error(exc, "read") from None
    except _vanished_errors():
        return None
    register_secret(secret)
    return secret


def delete_secret(key: str) -> bool:
    """Remove the secret; True if one was stored. Missing secrets are not an error (remove is idempotent)."""
    backend = secure_backend("deleted")
    nothing_there: tuple[type[Exception], ...] = (keyring.errors.PasswordDeleteError, *_vanished_errors())
    try:
        backend.delete_password(SERVICE, key)
    except nothing_there:
        return False
    except keyring.errors.KeyringError as exc:
        raise _store_error(exc, "deleted") from None
    return True
