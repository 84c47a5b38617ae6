"""Account profiles: built from presets, stored as JSON in the config folder, never holding a secret."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pytest

from mailmerge.accounts import credentials
from mailmerge.accounts import profiles as accounts
from mailmerge.base.errors import MailMergeError, UnusableInputError
from mailmerge.transports.presets import PRESETS, get_preset

needs_dbus = pytest.mark.skipif(
    not os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
    reason="no D-Bus session: run under dbus-run-session with an unlocked gnome-keyring-daemon",
)


def test_accounts_file_lives_in_the_user_config_folder(isolated_dirs: Path) -> None:
    path = accounts.accounts_path()
    assert path == isolated_dirs / "xdg_config_home" / "MailMerge" / "accounts.json"


def test_new_account_takes_server_and_limits_from_the_preset() -> None:
    account = accounts.new_account("Office 365", "microsoft365", username="me@example.com")
    assert (account.host, account.port, account.security) == ("smtp.office365.com", 587, "starttls")
    assert account.auth == "oauth_microsoft" and account.uses_oauth
    assert (account.limits.per_minute, account.limits.per_day) == (30, 10000)


def test_region_fills_the_host_and_unknown_regions_are_refused() -> None:
    account = accounts.new_account("ses", "ses-smtp", region="eu-west-1", connections=3)
    assert account.host == "email-smtp.eu-west-1.amazonaws.com"
    assert account.limits.connections == 3 and account.limits.per_day == 200
    with pytest.raises(MailMergeError) as info:
        accounts.new_account("ses", "ses-smtp", region="mars-1")
    assert info.value.code == "preset.bad_region" and "eu-west-1" in str(info.value)


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"name": "", "preset_key": "gmail"}, "account.bad_name"),
        ({"name": "a\nb", "preset_key": "gmail"}, "account.bad_name"),
        ({"name": "x", "preset_key": "nope"}, "preset.unknown"),
        ({"name": "x", "preset_key": "generic"}, "account.no_host"),
        ({"name": "x", "preset_key": "gmail", "port": 70000}, "account.bad_port"),
        ({"name": "x", "preset_key": "gmail", "connections": 0}, "account.bad_connections"),
    ],
)
def test_unusable_settings_are_explained(kwargs: dict[str, object], code: str) -> None:
    with pytest.raises(MailMergeError) as info:
        accounts.new_account(**kwargs)  # type: ignore[arg-type]
    assert info.value.code == code


def test_save_load_list_remove_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "accounts.json"
    first = accounts.new_account("Zeta", "naver", username="z@naver.com", from_address="Z <z@naver.com>")
    second = accounts.new_account("alpha", "generic", host="mail.example.com", port=2525, security="none")
    accounts.save_account(first, path)
    accounts.save_account(second, path)
    assert [a.name for a in accounts.list_accounts(path)] == ["alpha", "Zeta"]
    assert accounts.get_account("Zeta", path) == first
    assert sorted(p.name for p in path.parent.iterdir()) == ["accounts.json"]  # no temp file left behind
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["version"] == accounts.FILE_VERSION
    assert document["accounts"]["alpha"]["host"] == "mail.example.com"

    replaced = accounts.new_account("alpha", "generic", host="smtp2.example.com")
    accounts.save_account(replaced, path)
    assert accounts.get_account("alpha", path).host == "smtp2.example.com"


def test_unknown_account_names_the_saved_ones(tmp_path: Path) -> None:
    path = tmp_path / "accounts.json"
    accounts.save_account(accounts.new_account("office", "gmail"), path)
    with pytest.raises(MailMergeError) as info:
        accounts.get_account("ofice", path)
    assert info.value.code == "account.unknown" and "office" in str(info.value)


def test_damaged_file_is_reported_with_its_path(tmp_path: Path) -> None:
    path = tmp_path / "accounts.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(UnusableInputError) as info:
        accounts.load_accounts(path)
    assert info.value.code == "account.file_corrupt" and str(path) in str(info.value)


def test_default_account_is_the_outbox_then_the_only_one_then_a_choice(tmp_path: Path) -> None:
    path = tmp_path / "accounts.json"
    assert accounts.default_account_name(path) is None
    accounts.save_account(accounts.new_account("one", "gmail"), path)
    assert accounts.default_account_name(path) == "one"
    accounts.save_account(accounts.new_account("two", "naver"), path)
    with pytest.raises(MailMergeError) as info:
        accounts.default_account_name(path)
    assert info.value.code == "account.choose"


def test_every_preset_builds_an_account() -> None:
    for key, preset in PRESETS.items():
        host = "smtp.example.com" if key == "generic" else None
        api = {"username": "AKID" + "x" * 32, "from_address": "noreply@mail.example.com"}
        account = accounts.new_account(f"acct-{key}", key, host=host, **(api if preset.channel.endswith("api") else {}))
        assert account.limits == preset.limits
        assert accounts.describe(account).startswith(f"acct-{key}: ")
    assert get_preset("tencent-smtp").limits.per_recipient_hour == 10


@needs_dbus
def test_remove_deletes_profile_and_keyring_secrets(tmp_path: Path) -> None:
    path = tmp_path / "accounts.json"
    name = f"rm-{uuid.uuid4().hex}"
    accounts.save_account(accounts.new_account(name, "gmail", username="me@gmail.com"), path)
    credentials.save_secret(credentials.account_key(name), "app-password-123")
    credentials.save_secret(credentials.oauth_refresh_key(name), "refresh-xyz")
    accounts.remove_account(name, path)
    assert accounts.load_accounts(path) == {}
    assert credentials.get_secret(credentials.account_key(name)) is None
    assert credentials.get_secret(credentials.oauth_refresh_key(name)) is None


def test_remove_on_a_machine_without_a_keyring_completes(tmp_path: Path) -> None:
    import keyring
    import keyring.backends.fail

    path = tmp_path / "accounts.json"
    accounts.save_account(accounts.new_account("outbox-only", "outbox"), path)
    original = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        accounts.remove_account("outbox-only", path)  # nothing can have been stored: no error
    finally:
        keyring.set_keyring(original)
    assert accounts.load_accounts(path) == {}


@needs_dbus
def test_ses_api_account_resolves_to_the_ses_transport(tmp_path: Path) -> None:
    path = tmp_path / "accounts.json"
    name = f"ses-{uuid.uuid4().hex}"
    # Nothing listens on port 1: the quota cannot be read, so the preset's sandbox limits apply, with a warning.
    account = accounts.new_account(
        name, "ses-api", username="AKIAEXAMPLE", region="eu-west-1", endpoint="http://127.0.0.1:1"
    )
    accounts.save_account(account, path)
    with pytest.raises(MailMergeError) as info:
        accounts.resolve_transport(name, path)
    assert info.value.code == "account.no_password"
    credentials.save_secret(credentials.account_key(name), "wJalrXUtnFEMI/K7MDENG")
    try:
        resolved = accounts.resolve_transport(name, path)
        assert resolved.limits.per_day == 200 and resolved.limits.per_second == 1.0
        assert "eu-west-1" in resolved.description and "wJalr" not in resolved.description
        warning = str(*resolved.warnings)  # a Problem each face words in its language; str() is the English
        assert "Could not read the Amazon SES sending limits" in warning and "1 a second, 200 a day" in warning
        assert "wJalr" not in warning and resolved.day_budget is None
    finally:
        credentials.delete_secret(credentials.account_key(name))


@needs_dbus
def test_tencent_api_account_needs_a_sender_then_resolves(tmp_path: Path) -> None:
    path = tmp_path / "accounts.json"
    name = f"tc-{uuid.uuid4().hex}"
    with pytest.raises(MailMergeError) as info:
        accounts.new_account(name, "tencent-api", username="AKID" + "x" * 32)
    assert info.value.code == "account.tencent_incomplete"
    account = accounts.new_account(
        name, "tencent-api", username="AKID" + "x" * 32, from_address="noreply@mail.example.com"
    )
    accounts.save_account(account, path)
    credentials.save_secret(credentials.account_key(name), "tencent-secret-key")
    try:
        resolved = accounts.resolve_transport(name, path)
        assert resolved.limits.per_second == 20.0 and resolved.limits.per_day == 500
        assert "ap-hongkong" in resolved.description and "Simple mode" in resolved.description
        assert resolved.rules.max_attachments == 10 and resolved.day_budget is None
    finally:
        credentials.delete_secret(credentials.account_key(name))
