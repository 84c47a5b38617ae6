"""`mailmerge account …` against a real SMTP server with AUTH and the real Secret Service."""

from __future__ import annotations

import io
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from servers import ScriptedServer

from mailmerge.accounts import credentials
from mailmerge.cli import EXIT_OK, EXIT_UNUSABLE, main
from mailmerge.transports.presets import PRESETS

needs_dbus = pytest.mark.skipif(
    not os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
    reason="no D-Bus session: run under dbus-run-session with an unlocked gnome-keyring-daemon",
)
PASSWORD = "Tr0ub4dor&3-" + uuid.uuid4().hex[:8]


@pytest.fixture
def login_server() -> Iterator[ScriptedServer]:
    server = ScriptedServer(login=("office@example.com", PASSWORD)).start()
    yield server
    server.stop()


@pytest.fixture
def account_name() -> Iterator[str]:
    name = f"cli-{uuid.uuid4().hex}"
    yield name
    credentials.delete_secret(credentials.account_key(name))


def run_cli(monkeypatch: pytest.MonkeyPatch, *argv: str, stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(["account", *argv])


def files_containing(root: Path, needle: str) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle.encode() in p.read_bytes()]


def test_presets_lists_every_preset_with_limits(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["account", "presets"]) == EXIT_OK
    out = capsys.readouterr().out
    for key in PRESETS:
        assert key in out
    assert "30/min, 10,000/day" in out  # Microsoft 365
    assert "10/h per address" in out  # Tencent


def test_list_without_accounts_points_to_the_outbox(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["account", "list"]) == EXIT_OK
    assert "built-in outbox" in capsys.readouterr().out


def test_unknown_preset_is_unusable_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["account", "add", "x", "--preset", "hotmale"]) == EXIT_UNUSABLE
    assert "account presets" in capsys.readouterr().err


@needs_dbus
def test_add_test_list_remove_and_no_secret_on_disk(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    login_server: ScriptedServer,
    account_name: str,
    isolated_dirs: Path,
) -> None:
    added = run_cli(
        monkeypatch,
        "add", account_name, "--preset", "generic", "--host", "127.0.0.1", "--port", str(login_server.port),
        "--security", "none", "--user", "office@example.com", "--from", "Office <office@example.com>",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert added == EXIT_OK
    assert credentials.get_secret(credentials.account_key(account_name)) == PASSWORD

    assert run_cli(monkeypatch, "test", account_name) == EXIT_OK
    out = capsys.readouterr().out
    for stage in ("DNS", "TCP", "EHLO", "AUTH"):
        assert f"✓ {stage}" in out
    assert PASSWORD not in out

    assert run_cli(monkeypatch, "list") == EXIT_OK
    assert account_name in capsys.readouterr().out

    # Config, logs, caches: nothing this run wrote under the user's folders holds the password.
    assert (isolated_dirs / "xdg_config_home" / "MailMerge" / "accounts.json").exists()
    assert files_containing(isolated_dirs, PASSWORD) == []

    assert run_cli(monkeypatch, "remove", account_name) == EXIT_OK
    assert "Removed account" in capsys.readouterr().out
    assert credentials.get_secret(credentials.account_key(account_name)) is None
    assert run_cli(monkeypatch, "list") == EXIT_OK
    assert account_name not in capsys.readouterr().out


@needs_dbus
def test_wrong_password_fails_at_auth_with_exit_2(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    login_server: ScriptedServer,
    account_name: str,
) -> None:
    run_cli(
        monkeypatch,
        "add", account_name, "--preset", "generic", "--host", "127.0.0.1", "--port", str(login_server.port),
        "--security", "none", "--user", "office@example.com", "--password-stdin",
        stdin="not-the-password\n",
    )  # fmt: skip
    assert run_cli(monkeypatch, "test", account_name) == EXIT_UNUSABLE
    out = capsys.readouterr().out
    assert "✓ EHLO" in out and "✗ AUTH" in out
    assert "not-the-password" not in out


@needs_dbus
def test_account_without_password_is_saved_with_a_hint(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], account_name: str
) -> None:
    assert run_cli(monkeypatch, "add", account_name, "--preset", "naver", "--user", "me@naver.com") == EXIT_OK
    assert "--password-stdin" in capsys.readouterr().err
    assert run_cli(monkeypatch, "test", account_name) == EXIT_UNUSABLE
    assert "No password is saved" in capsys.readouterr().err


@needs_dbus
def test_google_sign_in_keeps_the_client_secret_in_the_keyring_and_sends_it(
    monkeypatch: pytest.MonkeyPatch, account_name: str
) -> None:
    """Google's token endpoint refuses a desktop client without its client secret: `--oauth-client-secret` keeps it
    in the keyring, every token request carries it, and removing the account deletes it."""
    import webbrowser

    from test_oauth import AuthServer, browser

    from mailmerge.accounts import oauth
    from mailmerge.accounts import profiles as accounts

    secret = "GOCSPX-" + uuid.uuid4().hex
    server = AuthServer(client_secret=secret)
    server.thread.start()
    monkeypatch.setitem(oauth.ENDPOINTS, "oauth_google", server.endpoints)
    monkeypatch.setattr(webbrowser, "open", browser)
    try:
        added = run_cli(monkeypatch, "add", account_name, "--preset", "google-workspace", "--user",
                        "office@example.com", "--oauth-client-id", "test-client", "--oauth-client-secret", secret)
        assert added == EXIT_OK
        assert credentials.get_secret(credentials.oauth_client_secret_key(account_name)) == secret
        assert secret.encode() not in accounts.accounts_path().read_bytes()
        # A later token refresh (what every send does) reads the secret back from the keyring.
        account = accounts.get_account(account_name)
        oauth.refresh_access_token(accounts.oauth_client(account), account_name)
        assert [form.get("client_secret") for form in server.token_requests] == [secret, secret]
    finally:
        server.server.shutdown()
        server.server.server_close()
    assert run_cli(monkeypatch, "remove", account_name) == EXIT_OK
    assert credentials.get_secret(credentials.oauth_client_secret_key(account_name)) is None
    assert credentials.get_secret(credentials.oauth_refresh_key(account_name)) is None


def test_sign_in_flags_for_a_password_preset_are_refused_not_ignored(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run_cli(monkeypatch, "add", "personal-gmail", "--preset", "gmail", "--oauth-client-id", "x")
    assert code == EXIT_UNUSABLE
    assert "signs in with a password" in capsys.readouterr().err


def test_a_relay_that_needs_no_login_is_added_tested_and_asks_no_password(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from mailmerge.accounts import profiles

    account_name = "Office relay"  # no keyring needed at all: nothing secret is stored or read
    relay = ScriptedServer().start()  # no AUTH offered at all, as an office relay
    try:
        added = run_cli(
            monkeypatch,
            "add", account_name, "--preset", "generic", "--host", "127.0.0.1", "--port", str(relay.port),
            "--security", "none", "--from", "office@example.com", "--no-login",
        )  # fmt: skip
        assert added == EXIT_OK
        out, err = capsys.readouterr()
        assert "(no login)" in out and "password" not in err.lower()
        account = profiles.get_account(account_name)
        assert account.auth == "none" and account.username is None and not account.needs_secret
        assert run_cli(monkeypatch, "test", account_name) == EXIT_OK
        assert "✓ EHLO" in capsys.readouterr().out
        assert profiles.smtp_settings(account).password is None
    finally:
        relay.stop()


@pytest.mark.parametrize(
    ("extra", "stdin", "code_words"),
    [
        (("--user", "me@example.com"), "", "login name was given"),
        (("--password-stdin",), "pw\n", "contradict"),
        (("--preset", "gmail"), "", "always sign in"),
    ],
)
def test_no_login_refuses_what_contradicts_it(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    extra: tuple[str, ...],
    stdin: str,
    code_words: str,
) -> None:
    argv = ["add", "relay", "--host", "127.0.0.1", "--no-login", *extra]
    assert run_cli(monkeypatch, *argv, stdin=stdin) == EXIT_UNUSABLE
    assert code_words in capsys.readouterr().err
