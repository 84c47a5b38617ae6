"""Secrets go to the real Secret Service (gnome-keyring under dbus-run-session) and nowhere else."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest
from keyring.backend import KeyringBackend

from mailmerge.accounts import credentials
from mailmerge.base.errors import MailMergeError

needs_dbus = pytest.mark.skipif(
    not os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
    reason="no D-Bus session: run under dbus-run-session with an unlocked gnome-keyring-daemon",
)


@pytest.fixture
def active_backend(request: pytest.FixtureRequest) -> Iterator[None]:
    """Swap the process-wide keyring backend for one test and put the real one back afterwards."""
    original = keyring.get_keyring()
    keyring.set_keyring(request.param)
    try:
        yield
    finally:
        keyring.set_keyring(original)


class _PlaintextFileKeyring(KeyringBackend):
    """Stands in for keyrings.alt.file.PlaintextKeyring: refused by its module name alone, never called.
    It declares no priority, so keyring's discovery never adds it to the real backend chain."""

    def get_password(self, service: str, username: str) -> str | None:
        raise AssertionError("an insecure backend must never be read")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("an insecure backend must never be written")

    def delete_password(self, service: str, username: str) -> None:
        raise AssertionError("an insecure backend must never be touched")


_PlaintextFileKeyring.__module__ = "keyrings.alt.file"


@pytest.mark.parametrize(
    "active_backend",
    [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring(), _PlaintextFileKeyring()],
    ids=["fail", "null", "keyrings.alt"],
    indirect=True,
)
@pytest.mark.usefixtures("active_backend")
def test_insecure_backends_are_refused_with_advice() -> None:
    with pytest.raises(MailMergeError) as info:
        credentials.save_secret(credentials.account_key("office"), "s3cret-Pa55")
    assert info.value.code == "credentials.no_secure_store"
    message = str(info.value)
    assert "No secure password store is available" in message
    assert "GNOME Keyring" in message
    assert "s3cret-Pa55" not in message


@needs_dbus
def test_secret_round_trip_in_real_secret_service() -> None:
    backend = credentials.secure_backend()
    assert "SecretService" in type(backend).__module__ or "libsecret" in type(backend).__module__
    key = credentials.account_key(f"test-{uuid.uuid4().hex}")
    secret = "pässwörd with spaces & 한글"
    credentials.save_secret(key, secret)
    try:
        assert credentials.get_secret(key) == secret
        # Another client of the same store sees it under our service name: it really is in the keyring.
        assert keyring.get_password(credentials.SERVICE, key) == secret
    finally:
        assert credentials.delete_secret(key) is True
    assert credentials.get_secret(key) is None
    assert credentials.delete_secret(key) is False


@needs_dbus
def test_empty_password_is_refused() -> None:
    with pytest.raises(MailMergeError) as info:
        credentials.save_secret(credentials.account_key("x"), "")
    assert info.value.code == "credentials.empty"


def test_key_names_are_stable() -> None:
    # Other installs and the GUI look secrets up by these exact names.
    assert credentials.SERVICE == "MailMerge"
    assert credentials.account_key("Office") == "account:Office"
    assert credentials.oauth_refresh_key("Office") == "oauth-refresh:Office"
