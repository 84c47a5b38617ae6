"""Saved sending accounts: which provider, which server, who the mail is from, how fast to send.

Profiles are plain JSON in the user's config folder and never hold a secret: passwords, API secret keys and OAuth
refresh tokens are in the system keyring (credentials.py), looked up by account name.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mailmerge import credentials
from mailmerge.errors import MailMergeError, UnusableInputError
from mailmerge.presets import AuthKind, PresetLimits, Security, get_preset

if TYPE_CHECKING:
    from mailmerge.engine import Limits
    from mailmerge.transports.base import TransportFactory
    from mailmerge.transports.smtp import SmtpSettings

FILE_VERSION = 1
MAX_CONNECTIONS = 16
OUTBOX_ACCOUNT = "outbox"  # what `send` uses when no account is saved


@dataclass(frozen=True)
class Account:
    name: str
    preset: str
    host: str
    port: int
    security: Security
    auth: AuthKind
    username: str | None = None  # login name; for API accounts the access key ID / SecretId
    from_address: str | None = None
    from_name: str | None = None
    reply_to: str | None = None
    region: str | None = None
    config_set: str | None = None  # Amazon SES configuration set (event publishing)
    oauth_client_id: str | None = None  # the app registration used for "Sign in with Google/Microsoft"
    verify_tls: bool = True
    ca_file: str | None = None
    limits: PresetLimits = field(default_factory=PresetLimits)

    @property
    def needs_secret(self) -> bool:
        return self.auth in ("password", "app_password", "api_aws", "api_tencent")

    @property
    def uses_oauth(self) -> bool:
        return self.auth in ("oauth_google", "oauth_microsoft")


def accounts_path() -> Path:
    from platformdirs import user_config_path

    return user_config_path("MailMerge", appauthor=False) / "accounts.json"


def _check_name(name: str) -> None:
    if not name.strip() or len(name) > 64 or any(not ch.isprintable() for ch in name):
        raise MailMergeError(
            "account.bad_name",
            "{name!r} cannot be used as an account name. Use 1 to 64 letters, digits, spaces or punctuation.",
            name=name,
        )


def new_account(
    name: str,
    preset_key: str,
    *,
    host: str | None = None,
    port: int | None = None,
    security: Security | None = None,
    username: str | None = None,
    from_address: str | None = None,
    reply_to: str | None = None,
    region: str | None = None,
    connections: int | None = None,
) -> Account:
    """An account filled in from the preset, with the user's overrides; validated so a saved profile is usable."""
    _check_name(name)
    preset = get_preset(preset_key)
    chosen_region = region or preset.default_region
    resolved_host = host or preset.host_for(chosen_region)
    if preset.channel == "smtp" and not resolved_host:
        raise MailMergeError(
            "account.no_host",
            "Account {name!r} needs a server name. Add --host smtp.example.com (ask your mail administrator).",
            name=name,
        )
    resolved_port = preset.port if port is None else port
    if not 0 <= resolved_port <= 65535 or (preset.channel == "smtp" and resolved_port == 0):
        raise MailMergeError(
            "account.bad_port", "Port {port} is not a valid port. Use a number from 1 to 65535.", port=resolved_port
        )
    limits = preset.limits
    if connections is not None:
        if not 1 <= connections <= MAX_CONNECTIONS:
            raise MailMergeError(
                "account.bad_connections",
                "Connections must be between 1 and {max}; {value} was given.",
                max=MAX_CONNECTIONS,
                value=connections,
            )
        limits = replace(limits, connections=connections)
    return Account(
        name=name,
        preset=preset.key,
        host=resolved_host,
        port=resolved_port,
        security=security or preset.security,
        auth=preset.auth,
        username=username,
        from_address=from_address,
        reply_to=reply_to,
        region=chosen_region,
        limits=limits,
    )


def _account_from_json(name: str, data: dict[str, Any], path: Path) -> Account:
    try:
        known = {f.name for f in fields(Account)} - {"limits"}
        values = {k: v for k, v in data.items() if k in known}
        limits = PresetLimits(**data.get("limits", {}))
        return Account(**values, limits=limits)
    except TypeError as exc:
        raise UnusableInputError(
            "account.file_corrupt",
            "Account {name!r} in {path} is incomplete ({detail}). Remove it with `mailmerge account remove {name}` "
            "and add it again.",
            name=name,
            path=str(path),
            detail=str(exc),
        ) from None


def load_accounts(path: Path | None = None) -> dict[str, Account]:
    path = path or accounts_path()
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise UnusableInputError(
            "account.file_unreadable",
            "The account list {path} cannot be read ({reason}). Check the file's permissions.",
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from None
    try:
        document = json.loads(raw)
        entries = document["accounts"]
        if not isinstance(entries, dict):
            raise TypeError("accounts is not an object")
    except (ValueError, KeyError, TypeError):
        raise UnusableInputError(
            "account.file_corrupt",
            "The account list {path} is damaged and cannot be read. Move it away and add your accounts again "
            "(saved passwords stay in the system keyring).",
            path=str(path),
        ) from None
    return {name: _account_from_json(name, data, path) for name, data in entries.items()}


def _write_atomically(path: Path, text: str) -> None:
    # Write a sibling temp file, flush it to disk, then rename over the old file: a crash leaves either the old
    # list or the new one, never half of one.
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".accounts-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _store(accounts: dict[str, Account], path: Path) -> None:
    document = {"version": FILE_VERSION, "accounts": {n: asdict(a) for n, a in sorted(accounts.items())}}
    _write_atomically(path, json.dumps(document, indent=2, ensure_ascii=False) + "\n")


def save_account(account: Account, path: Path | None = None) -> None:
    """Add the account or replace the one with the same name."""
    path = path or accounts_path()
    accounts = load_accounts(path)
    accounts[account.name] = account
    _store(accounts, path)


def get_account(name: str, path: Path | None = None) -> Account:
    accounts = load_accounts(path)
    try:
        return accounts[name]
    except KeyError:
        raise MailMergeError(
            "account.unknown",
            "There is no saved account called {name!r}. Saved accounts: {names}. "
            "Add one with `mailmerge account add NAME --preset PRESET`.",
            name=name,
            names=", ".join(accounts) or "none",
        ) from None


def list_accounts(path: Path | None = None) -> list[Account]:
    return sorted(load_accounts(path).values(), key=lambda a: a.name.casefold())


def remove_account(name: str, path: Path | None = None) -> None:
    """Delete the profile and every secret stored for it."""
    path = path or accounts_path()
    accounts = load_accounts(path)
    if name not in accounts:
        get_account(name, path)  # raises the friendly "no such account" error
    del accounts[name]
    _store(accounts, path)
    for key in (credentials.account_key(name), credentials.oauth_refresh_key(name)):
        credentials.delete_secret(key)


def describe(account: Account) -> str:
    preset = get_preset(account.preset)
    where = preset.label if preset.channel == "outbox" else f"{account.host}:{account.port} ({account.security})"
    who = f" as {account.username}" if account.username else ""
    return f"{account.name}: {where}{who}"


@dataclass(frozen=True)
class ResolvedTransport:
    factory: TransportFactory
    limits: Limits
    description: str
    from_address: str | None
    close: Callable[[], None]  # stops anything started for this run (the built-in outbox); safe to call twice


def _engine_limits(limits: PresetLimits) -> Limits:
    from mailmerge.engine import Limits

    return Limits(
        connections=limits.connections,
        per_second=limits.per_second,
        per_minute=limits.per_minute,
        per_hour=limits.per_hour,
        per_day=limits.per_day,
        per_domain_hour=limits.per_domain_hour,
        per_recipient_hour=limits.per_recipient_hour,
    )


def _required_secret(account: Account) -> str:
    secret = credentials.get_secret(credentials.account_key(account.name))
    if secret is None:
        raise MailMergeError(
            "account.no_password",
            "No password is saved for account {name!r}. Save it with "
            "`mailmerge account add {name} --preset {preset} --password-stdin` and try again.",
            name=account.name,
            preset=account.preset,
        )
    return secret


def smtp_settings(account: Account) -> SmtpSettings:
    """Connection settings with the password (or OAuth token source) taken from the keyring."""
    from mailmerge.transports.smtp import SmtpSettings

    token_provider = None
    password = None
    if account.uses_oauth:
        from mailmerge.oauth import AccessTokenCache, client_for

        token_provider = AccessTokenCache(client_for(account), account.name)
    elif account.needs_secret:
        password = _required_secret(account)
    return SmtpSettings(
        host=account.host,
        port=account.port,
        security=account.security,
        username=account.username,
        password=password,
        verify_tls=account.verify_tls,
        ca_file=account.ca_file,
        oauth_token_provider=token_provider,
    )


def _smtp_transport(account: Account) -> ResolvedTransport:
    from mailmerge.transports.smtp import smtp_factory

    return ResolvedTransport(
        smtp_factory(smtp_settings(account)),
        _engine_limits(account.limits),
        describe(account),
        account.from_address,
        lambda: None,
    )


def _ses_transport(account: Account) -> ResolvedTransport:
    from mailmerge.transports.ses import SesSettings, ses_factory

    if not account.username or not account.region:
        raise MailMergeError(
            "account.ses_incomplete",
            "Account {name!r} needs the AWS access key ID (--user) and the region (--region). Add it again.",
            name=account.name,
        )
    settings = SesSettings(
        region=account.region,
        access_key_id=account.username,
        secret_access_key=_required_secret(account),
        configuration_set=account.config_set,
    )
    return ResolvedTransport(
        ses_factory(settings),
        _engine_limits(account.limits),
        f"{account.name}: Amazon SES API in {account.region}",
        account.from_address,
        lambda: None,
    )


def _tencent_transport(account: Account) -> ResolvedTransport:
    from mailmerge.transports.tencent import TencentSettings, tencent_factory

    if not account.username or not account.region or not account.from_address:
        raise MailMergeError(
            "account.tencent_incomplete",
            "Account {name!r} needs the SecretId (--user), the region (--region) and a verified sender "
            "address (--from). Add it again.",
            name=account.name,
        )
    settings = TencentSettings(
        region=account.region,
        secret_id=account.username,
        secret_key=_required_secret(account),
        from_address=account.from_address,
    )
    return ResolvedTransport(
        tencent_factory(settings),
        _engine_limits(account.limits),
        f"{account.name}: Tencent Cloud SES API in {account.region}",
        account.from_address,
        lambda: None,
    )


def _outbox_transport(account: Account | None) -> ResolvedTransport:
    from mailmerge.transports.outbox import Outbox, default_outbox_dir
    from mailmerge.transports.smtp import SmtpSettings, smtp_factory

    outbox = Outbox(default_outbox_dir())
    outbox.start()
    limits = account.limits if account else get_preset(OUTBOX_ACCOUNT).limits
    return ResolvedTransport(
        smtp_factory(SmtpSettings(host="127.0.0.1", port=outbox.port, security="none")),
        _engine_limits(limits),
        f"built-in outbox (nothing is sent; messages are saved in {outbox.folder})",
        account.from_address if account else None,
        outbox.stop,
    )


def default_account_name(path: Path | None = None) -> str | None:
    """The account `send` uses without --account: the only saved one, or None for the built-in outbox."""
    accounts = load_accounts(path)
    if not accounts:
        return None
    if len(accounts) == 1:
        return next(iter(accounts))
    raise MailMergeError(
        "account.choose",
        "Several accounts are saved ({names}). Choose one with --account NAME.",
        names=", ".join(sorted(accounts)),
    )


def resolve_transport(name: str | None, path: Path | None = None) -> ResolvedTransport:
    """Everything `send --account NAME` needs: a transport factory with the secret from the keyring, the
    account's limits and a one-line description. No name and no saved account means the built-in outbox."""
    chosen = name if name is not None else default_account_name(path)
    if chosen is None:
        return _outbox_transport(None)
    account = get_account(chosen, path)
    preset = get_preset(account.preset)
    if preset.channel == "outbox":
        return _outbox_transport(account)
    if preset.channel == "smtp":
        return _smtp_transport(account)
    if preset.channel == "ses_api":
        return _ses_transport(account)
    return _tencent_transport(account)
