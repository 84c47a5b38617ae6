"""Saved sending accounts: which provider, which server, who the mail is from, how fast to send.

Profiles are plain JSON in the user's config folder and never hold a secret: passwords, API secret keys and OAuth
refresh tokens are in the system keyring (credentials.py), looked up by account name.
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import re
import tempfile
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal, TypeVar
from urllib.parse import urlsplit

from mailmerge.accounts import credentials
from mailmerge.base.errors import MailMergeError, Problem, UnusableInputError
from mailmerge.transports.presets import (
    DEFAULT_RULES,
    AuthKind,
    Channel,
    PresetLimits,
    Security,
    TransportRules,
    get_preset,
)

if TYPE_CHECKING:
    from mailmerge.accounts.oauth import OAuthClient
    from mailmerge.transports.base import TransportFactory
    from mailmerge.transports.pacing import Limits
    from mailmerge.transports.ses import SesQuota, SesSettings
    from mailmerge.transports.smtp import SmtpSettings
    from mailmerge.transports.tencent import TencentSettings

FILE_VERSION = 1
MAX_CONNECTIONS = 16
OUTBOX_ACCOUNT = "outbox"  # what `send` uses when no account is saved
NO_LOGIN_PRESET = "generic"  # relays that need no login are office servers, not the big providers
# Reading the quota or testing an account should answer quickly or say the provider is unreachable.
PROBE_CONNECT_TIMEOUT_S = 5.0
PROBE_READ_TIMEOUT_S = 15.0
_CONFIG_SET_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")  # Amazon SES configuration set names
# Options that only mean something to one kind of API account: the words used in errors, the channels they fit.
_API_OPTIONS: dict[str, tuple[str, tuple[Channel, ...]]] = {
    "config_set": ("A configuration set (--config-set)", ("ses_api",)),
    "endpoint": ("An API address (--endpoint)", ("ses_api", "tencent_api")),
    "template_id": ("A template ID (--template-id)", ("tencent_api",)),
    "unsubscribe": ("An unsubscribe link (--unsubscribe)", ("tencent_api",)),
    "trigger_type": ("A trigger type (--trigger-type)", ("tencent_api",)),
}
_CHANNEL_LABELS: dict[Channel, str] = {"ses_api": "Amazon SES (API)", "tencent_api": "Tencent Cloud SES (API)"}
T = TypeVar("T")


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
    endpoint: str | None = None  # API address for tests or a private endpoint; None: the provider's own
    template_id: int | None = None  # Tencent Cloud: the approved template to send; None: Simple mode
    unsubscribe: str | None = None  # Tencent Cloud: language of its unsubscribe link, "0" (none) to "12"
    trigger_type: int | None = None  # Tencent Cloud: 0 bulk mail, 1 triggered mail (codes, receipts)
    verify_tls: bool = True
    ca_file: str | None = None
    limits: PresetLimits = field(default_factory=PresetLimits)
    # The message editor's "Add signature": an HTML fragment (pictures as data: addresses). Files written before
    # signatures existed have no such key and load with None.
    signature: str | None = None
    # After the send (all optional; files saved before these existed read as "not set"):
    unsubscribe_mailto: str | None = None  # where people write to unsubscribe (List-Unsubscribe mailto)
    unsubscribe_url: str | None = None  # https page for one-click unsubscribe (RFC 8058)
    dkim_selector: str | None = None  # the sender domain's DKIM selector, when the preset does not know it
    imap_host: str | None = None  # the mailbox read for bounces and replies, and where "Sent" copies go
    imap_port: int | None = None  # None: 993 (TLS) or 143 (STARTTLS / none)
    imap_security: Security | None = None  # None: "tls"
    imap_user: str | None = None  # None: the sending login name
    keep_sent_copy: bool = False  # append each sent message to the mailbox's Sent folder

    @property
    def needs_secret(self) -> bool:
        if self.auth in ("password", "app_password"):
            # SMTP signs in only with a login name: without one a password would never be used, so none is asked.
            return bool(self.username)
        return self.auth in ("api_aws", "api_tencent")

    @property
    def no_login(self) -> bool:
        """An SMTP relay used without signing in."""
        return self.auth == "none" or (self.auth in ("password", "app_password") and not self.username)

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
    config_set: str | None = None,
    endpoint: str | None = None,
    template_id: int | None = None,
    unsubscribe: str | None = None,
    trigger_type: int | None = None,
    no_login: bool = False,
) -> Account:
    """An account filled in from the preset, with the user's overrides; validated so a saved profile is usable
    (a wrong region, key ID or template ID is reported now, not when the first message goes out).

    `no_login`: an SMTP relay that accepts mail without signing in (an office relay, a local server): no login
    name, no password asked or stored."""
    _check_name(name)
    preset = get_preset(preset_key)
    if no_login and preset.key != NO_LOGIN_PRESET:
        raise MailMergeError(
            "account.no_login_not_offered",
            "{preset} accounts always sign in, so “no login” does not apply. Choose “Other SMTP server” for a relay "
            "that needs no login.",
            preset=preset.label,
        )
    if no_login and username:
        raise MailMergeError(
            "account.no_login_with_user",
            "Account {name!r} was set to need no login but a login name was given. Leave one of them out.",
            name=name,
        )
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
    account = Account(
        name=name,
        preset=preset.key,
        host=resolved_host,
        port=resolved_port,
        security=security or preset.security,
        auth="none" if no_login else preset.auth,
        username=username,
        from_address=from_address,
        reply_to=reply_to,
        region=chosen_region,
        config_set=config_set,
        endpoint=_endpoint_url(endpoint) if endpoint is not None else None,
        template_id=template_id,
        unsubscribe=unsubscribe,
        trigger_type=trigger_type,
        limits=limits,
    )
    _check_api_options(account, preset.channel)
    return account


def _endpoint_url(text: str) -> str:
    """`host[:port]` or `http(s)://host[:port]` as a URL both API clients accept."""
    stripped = text.strip()
    url = urlsplit(stripped if "://" in stripped else f"https://{stripped}")
    try:
        usable = url.scheme in ("http", "https") and bool(url.hostname) and url.path in ("", "/") and url.port != 0
    except ValueError:  # a port that is not a number
        usable = False
    if not usable or url.query or url.fragment:
        raise MailMergeError(
            "account.bad_endpoint",
            "{endpoint!r} is not an API address. Write it like https://host or http://127.0.0.1:8080, or leave "
            "it out to use the provider's own address.",
            endpoint=text,
        )
    return f"{url.scheme}://{url.netloc}"


def _check_api_options(account: Account, channel: Channel) -> None:
    for option, (label, channels) in _API_OPTIONS.items():
        if getattr(account, option) is not None and channel not in channels:
            raise MailMergeError(
                "account.option_not_for_preset",
                "{option} only applies to {kinds} accounts, and {preset!r} is not one. Leave it out.",
                option=label,
                kinds=" and ".join(_CHANNEL_LABELS[c] for c in channels),
                preset=account.preset,
            )
    if account.config_set is not None and not _CONFIG_SET_RE.fullmatch(account.config_set):
        raise MailMergeError(
            "account.bad_config_set",
            "{value!r} is not an Amazon SES configuration set name: use 1 to 64 letters, digits, '-' or '_', "
            "exactly as the SES console shows it.",
            value=account.config_set,
        )
    if account.template_id is not None and account.template_id < 1:
        raise MailMergeError(
            "account.bad_template_id",
            "The template ID must be the number the Tencent Cloud SES console shows for an approved template, "
            "not {value}.",
            value=account.template_id,
        )
    # The transports' own settings check the rest (Tencent SecretId format, regions, unsubscribe, trigger type);
    # building them without the secret runs those checks now instead of at send time.
    if channel == "ses_api":
        _ses_settings(account, lambda: "")
    elif channel == "tencent_api":
        _tencent_settings(account, lambda: "")


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
    for key in (
        credentials.account_key(name),
        credentials.oauth_refresh_key(name),
        credentials.oauth_client_secret_key(name),
    ):
        try:
            credentials.delete_secret(key)
        except MailMergeError as exc:
            if exc.code != "credentials.no_secure_store":
                raise  # e.g. a locked keyring: the secret may still be there, so say so
            # No secure store on this machine: no secret can have been saved, so the removal is complete.


def describe(account: Account) -> str:
    preset = get_preset(account.preset)
    if preset.channel == "outbox":
        where = preset.label
    elif preset.channel == "smtp":
        where = f"{account.host}:{account.port} ({account.security})"
    else:  # an API: the region matters to the user, the host name does not
        where = f"{preset.label} in {account.region}" + (f" via {account.endpoint}" if account.endpoint else "")
    who = f" as {account.username}" if account.username else ""
    if preset.channel == "smtp" and account.no_login:
        who = " (no login)"
    return f"{account.name}: {where}{who}"


@dataclass(frozen=True)
class DayBudget:
    """The provider's rolling 24-hour sending quota as it stood when the run started (Amazon SES GetAccount)."""

    limit: int
    used: int

    @property
    def remaining(self) -> int:
        return max(0, self.limit - self.used)

    def sentence(self) -> str:
        return self.problem().message()

    def problem(self) -> Problem:
        """What is left, for a face to word in its language."""
        return Problem("quota.left", "{remaining:,} of {limit:,} messages left in the provider's 24-hour quota.",
                       MappingProxyType({"remaining": self.remaining, "limit": self.limit}))

    def cap(self, limits: Limits) -> Limits:
        """The run's daily pace lowered to what is left of the quota now, so the run pauses when the quota is used
        up and goes on once the rolling 24 hours have room again. At least 1: a used-up quota makes the run wait,
        and the provider's own quota answer pauses it, instead of a pace of 0 that would never send."""
        if limits.per_day is not None and limits.per_day <= self.remaining:
            return limits
        return replace(limits, per_day=max(1, self.remaining))


@dataclass(frozen=True)
class ResolvedTransport:
    factory: TransportFactory
    limits: Limits
    description: str
    from_address: str | None
    close: Callable[[], None]  # stops anything started for this run (the built-in outbox); safe to call twice
    rules: TransportRules = DEFAULT_RULES  # what one message may hold; pass to preflight.check
    day_budget: DayBudget | None = None  # None: the provider told us nothing (or has no daily quota)
    warnings: tuple[Problem, ...] = ()  # to show before sending (e.g. the quota could not be read)
    unsubscribe_mailto: str | None = None  # the account's unsubscribe options, as saved (compose/unsubscribe.py)
    unsubscribe_url: str | None = None
    after_run: Callable[[], tuple[Problem, ...]] = lambda: ()  # for after the run and close() (Sent copies)


def message_rules(account: Account | None) -> TransportRules:
    """What one message may hold when sent through this account (None: the built-in outbox), from its preset
    alone: checking rows never needs the keyring or the network."""
    return get_preset(account.preset).rules if account is not None else DEFAULT_RULES


def _engine_limits(limits: PresetLimits) -> Limits:
    from mailmerge.transports.pacing import Limits

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
        from mailmerge.accounts.oauth import AccessTokenCache

        token_provider = AccessTokenCache(oauth_client(account), account.name)
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


def _ses_settings(account: Account, secret: Callable[[], str]) -> SesSettings:
    # The secret is read last: an incomplete account is explained before anyone is asked for its key.
    from mailmerge.transports.ses import SesSettings

    if not account.username or not account.region:
        raise MailMergeError(
            "account.ses_incomplete",
            "Account {name!r} needs the AWS access key ID (--user) and the region (--region). Add it again.",
            name=account.name,
        )
    return SesSettings(
        region=account.region,
        access_key_id=account.username,
        secret_access_key=secret(),
        endpoint_url=account.endpoint,
        configuration_set=account.config_set,
    )


def ses_settings(account: Account) -> SesSettings:
    """Amazon SES API settings with the secret access key taken from the keyring."""
    return _ses_settings(account, lambda: _required_secret(account))


def _tencent_settings(account: Account, secret: Callable[[], str]) -> TencentSettings:
    from mailmerge.transports.tencent import DEFAULT_ENDPOINT, TencentSettings

    if not account.username or not account.region or not account.from_address:
        raise MailMergeError(
            "account.tencent_incomplete",
            "Account {name!r} needs the SecretId (--user), the region (--region) and a verified sender "
            "address (--from). Add it again.",
            name=account.name,
        )
    return TencentSettings(
        region=account.region,
        secret_id=account.username,
        secret_key=secret(),
        from_address=account.from_address,
        template_id=account.template_id,
        endpoint=account.endpoint or DEFAULT_ENDPOINT,
        unsubscribe=account.unsubscribe,
        trigger_type=account.trigger_type,
    )


def tencent_settings(account: Account) -> TencentSettings:
    """Tencent Cloud SES API settings with the SecretKey taken from the keyring."""
    return _tencent_settings(account, lambda: _required_secret(account))


def _run_blocking(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to the end from synchronous code. The GUI's send worker calls resolve_transport from inside
    its running event loop, where asyncio.run is refused; a fresh thread has no loop, so this works everywhere."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="mailmerge-quota") as pool:
        return pool.submit(asyncio.run, coroutine).result()


def quota_limits(limits: Limits, quota: SesQuota) -> tuple[Limits, DayBudget | None]:
    """Pacing from the account's own SES quota, which replaces the preset's sandbox numbers. A maximum of -1
    means no daily limit."""
    rate = quota.max_send_rate if quota.max_send_rate > 0 else limits.per_second
    # One API request at a time takes a round trip each, so a rate of N a second needs about N requests in
    # flight; the pacing keeps the rate whatever the number of connections.
    connections = max(limits.connections, min(MAX_CONNECTIONS, math.ceil(rate))) if rate else limits.connections
    if quota.max_24h_send < 0:
        return replace(limits, per_second=rate, per_day=None, connections=connections), None
    per_day = int(quota.max_24h_send)
    budget = DayBudget(limit=per_day, used=int(quota.sent_last_24h))
    return replace(limits, per_second=rate, per_day=per_day, connections=connections), budget


def _quick(settings: SesSettings) -> SesSettings:
    """Short timeouts for a question asked before sending (quota, account test): an unreachable provider must not
    hold the user up for the send timeout."""
    return replace(settings, connect_timeout_s=PROBE_CONNECT_TIMEOUT_S, read_timeout_s=PROBE_READ_TIMEOUT_S)


def _ses_transport(account: Account) -> ResolvedTransport:
    from mailmerge.transports.ses import fetch_quota, ses_factory

    settings = ses_settings(account)
    limits = _engine_limits(account.limits)
    budget: DayBudget | None = None
    warnings: tuple[Problem, ...] = ()
    try:
        limits, budget = quota_limits(limits, _run_blocking(fetch_quota(_quick(settings))))
        if budget is not None:
            # Paced to what is left of the quota now, so a run waits when it is used up instead of having every
            # further message refused.
            limits = budget.cap(limits)
    except MailMergeError as exc:
        warnings = (Problem(
            "ses.saved_limits", "{problem} Sending at the account's saved limits instead ({limits}); if they are "
            "too high, Amazon SES slows the run down or pauses it.",
            MappingProxyType({"problem": exc.problem, "limits": _limits_problem(limits)})),)
    return ResolvedTransport(
        ses_factory(settings),
        limits,
        f"{account.name}: Amazon SES API in {account.region}",
        account.from_address,
        lambda: None,
        day_budget=budget,
        warnings=warnings,
    )


def _limits_problem(limits: Limits) -> Problem:
    """The pace of a run in words: "1 a second, 200 a day"."""
    params = MappingProxyType({"rate": limits.per_second, "day": limits.per_day})
    if limits.per_second and limits.per_day:
        return Problem("limits.rate_and_day", "{rate:g} a second, {day:,} a day", params)
    if limits.per_second:
        return Problem("limits.rate_only", "{rate:g} a second, no daily limit", params)
    if limits.per_day:
        return Problem("limits.day_only", "no rate limit, {day:,} a day", params)
    return Problem("limits.none", "no rate limit, no daily limit", params)


def _tencent_transport(account: Account) -> ResolvedTransport:
    from mailmerge.transports.tencent import tencent_factory

    settings = tencent_settings(account)
    mode = f"template {account.template_id}" if account.template_id is not None else "Simple mode (no template)"
    return ResolvedTransport(
        tencent_factory(settings),
        _engine_limits(account.limits),
        f"{account.name}: Tencent Cloud SES API in {account.region}, {mode}",
        account.from_address,
        lambda: None,
        rules=message_rules(account),
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


def oauth_client(account: Account) -> OAuthClient:
    """The sign-in client of an account set up for OAuth2 (its client secret, if any, from the keyring)."""
    from mailmerge.accounts.oauth import ENDPOINTS, OAuthClient

    endpoints = ENDPOINTS.get(account.auth)
    if endpoints is None or not account.oauth_client_id:
        raise MailMergeError(
            "oauth.not_configured",
            "Account {name!r} is not set up for sign-in. Add it again with `mailmerge account add`.",
            name=account.name,
        )
    secret = credentials.get_secret(credentials.oauth_client_secret_key(account.name))
    return OAuthClient(endpoints, account.oauth_client_id, secret)


def resolve_transport(name: str | None, path: Path | None = None) -> ResolvedTransport:
    """Everything `send --account NAME` needs: a transport factory with the secret from the keyring, the
    account's limits and a one-line description. No name and no saved account means the built-in outbox."""
    chosen = name if name is not None else default_account_name(path)
    if chosen is None:
        return _outbox_transport(None)
    account = get_account(chosen, path)
    channel = get_preset(account.preset).channel
    if channel == "outbox":
        resolved = _outbox_transport(account)
    elif channel == "smtp":
        resolved = _smtp_transport(account)
    elif channel == "ses_api":
        resolved = _ses_transport(account)
    else:
        resolved = _tencent_transport(account)
    resolved = replace(resolved, unsubscribe_mailto=account.unsubscribe_mailto,
                       unsubscribe_url=account.unsubscribe_url)
    return _with_sent_copies(resolved, account) if account.keep_sent_copy else resolved


def _with_sent_copies(resolved: ResolvedTransport, account: Account) -> ResolvedTransport:
    """Every accepted message also goes to the account's Sent folder (transports/sent_copy.py). A mailbox that is
    not set up is a warning: the copies are optional, the send is not."""
    from mailmerge.accounts.mailbox import imap_settings
    from mailmerge.transports.sent_copy import SentCopier, copying_factory

    try:
        copier = SentCopier(imap_settings(account))
    except MailMergeError as exc:
        unavailable = Problem("sent_copy.unavailable", "No copies will be kept in Sent: {problem}",
                              MappingProxyType({"problem": exc.problem}))
        return replace(resolved, warnings=(*resolved.warnings, unavailable))
    close = resolved.close

    def close_both() -> None:
        try:
            close()
        finally:
            copier.close()

    return replace(resolved, factory=copying_factory(resolved.factory, copier), close=close_both,
                   after_run=copier.notices)


# ------------------------------------------------------------------------------------------ testing API accounts
CheckStatus = Literal["ok", "warning", "failed"]


@dataclass(frozen=True)
class ApiCheck:
    """One line of `account test` for an API account."""

    step: str  # "sign-in", "sending", "sandbox", "quota", "sender", "template"
    status: CheckStatus
    detail: str  # plain sentence: what was found, or what is wrong and what to do


def probe_api_account(account: Account) -> list[ApiCheck]:
    """Test an Amazon SES or Tencent Cloud API account with cheap read-only calls (nothing is sent); stops after
    a failed sign-in. Blocking network calls: the GUI runs it in a worker thread."""
    channel = get_preset(account.preset).channel
    if channel == "ses_api":
        return _probe_ses(ses_settings(account))
    if channel == "tencent_api":
        return _probe_tencent(tencent_settings(account))
    raise ValueError(f"{account.preset} is not an API preset")


def _probe_ses(settings: SesSettings) -> list[ApiCheck]:
    from mailmerge.transports.ses import SesQuota, _make_client

    client = _make_client(_quick(settings))
    try:
        answer = client.get_account()
    except Exception as exc:  # _ses_probe_failure re-raises anything that is not a boto3 failure
        return [ApiCheck("sign-in", "failed", _ses_probe_failure(exc, settings))]
    finally:
        client.close()
    region = settings.region
    checks = [ApiCheck("sign-in", "ok", f"Amazon SES in {region} accepted the access key {settings.access_key_id}.")]
    if answer.get("SendingEnabled", True):
        checks.append(ApiCheck("sending", "ok", "Sending is enabled for this account."))
    else:
        checks.append(
            ApiCheck(
                "sending",
                "failed",
                f"Amazon SES has paused sending for this account in region {region}. Look for the e-mail AWS sent to "
                "the account owner and resolve the review in the SES console before sending.",
            )
        )
    if answer.get("ProductionAccessEnabled", False):
        checks.append(ApiCheck("sandbox", "ok", "Production access: the account may send to any address."))
    else:
        checks.append(
            ApiCheck(
                "sandbox",
                "warning",
                f"The account is still in the Amazon SES sandbox in {region}: it may send only to addresses verified "
                "in SES, at most 200 a day. Ask AWS for production access before a real mailing.",
            )
        )
    raw = answer.get("SendQuota", {})
    quota = SesQuota(
        max_24h_send=float(raw.get("Max24HourSend", 0.0)),
        max_send_rate=float(raw.get("MaxSendRate", 0.0)),
        sent_last_24h=float(raw.get("SentLast24Hours", 0.0)),
    )
    limits, budget = quota_limits(_engine_limits(PresetLimits()), quota)
    left = f" {budget.sentence()}" if budget else ""
    checks.append(ApiCheck("quota", "ok", f"Runs are paced at {_limits_problem(limits)}.{left}"))
    return checks


def _ses_probe_failure(exc: Exception, settings: SesSettings) -> str:
    from botocore.exceptions import ClientError

    from mailmerge.transports.ses import classify_ses_error

    outcome = classify_ses_error(exc, sender="", region=settings.region)
    where = settings.endpoint_url or f"region {settings.region}"
    if not isinstance(exc, ClientError):
        return f"Could not reach Amazon SES ({where}). Check the internet connection and the region, then test again."
    if outcome.reason_code == "ses.access_denied":
        return (
            "The access key works but may not read the SES account (ses:GetAccount). Add ses:GetAccount and "
            "ses:SendEmail to its IAM policy, so runs can follow your quota."
        )
    if outcome.reason_code in ("ses.credentials_rejected", "ses.account_suspended", "ses.account_paused"):
        return outcome.reason
    return (
        f"Amazon SES ({where}) refused the request ({outcome.raw}). Check the access key, its permissions and "
        "the region."
    )


def _probe_tencent(settings: TencentSettings) -> list[ApiCheck]:
    from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
    from tencentcloud.ses.v20201002 import models

    from mailmerge.transports.tencent import _make_client

    client = _make_client(replace(settings, timeout_s=int(PROBE_READ_TIMEOUT_S)))  # not the 60 s send timeout
    try:
        identities = client.ListEmailIdentities(models.ListEmailIdentitiesRequest())
    except TencentCloudSDKException as exc:
        return [ApiCheck("sign-in", "failed", _tencent_probe_failure(exc, settings))]
    checks = [
        ApiCheck("sign-in", "ok", f"Tencent Cloud SES in {settings.region} accepted the SecretId {settings.secret_id}.")
    ]
    checks.append(_tencent_sender_check(settings, list(identities.EmailIdentities or [])))
    checks.append(_tencent_template_check(client, settings))
    return checks


def _tencent_probe_failure(exc: Exception, settings: TencentSettings) -> str:
    from mailmerge.transports.tencent import classify_tencent_error

    code, text = str(getattr(exc, "code", "") or ""), str(getattr(exc, "message", "") or "")
    if code == "ClientNetworkError":
        return f"Could not reach Tencent Cloud ({settings.endpoint}). Check the internet connection, then test again."
    if code.startswith("AuthFailure"):
        return classify_tencent_error(code, text, settings=settings).reason
    if code.startswith("UnauthorizedOperation"):
        return (
            "The API key works but may not use Tencent Cloud SES. Give it the QcloudSESFullAccess permission in "
            "the Tencent Cloud console (CAM), then test again."
        )
    return (
        f"Tencent Cloud SES in {settings.region} refused the request ({code}: {text}). Check the API key and the "
        "region."
    )


def _tencent_sender_check(settings: TencentSettings, identities: list[Any]) -> ApiCheck:
    from email.utils import parseaddr

    address = parseaddr(settings.from_address)[1].lower()
    domain = address.rpartition("@")[2]
    found = [i for i in identities if str(i.IdentityName).lower() in (domain, address)]
    region = settings.region
    if not found:
        known = ", ".join(str(i.IdentityName) for i in identities) or "none"
        return ApiCheck(
            "sender",
            "failed",
            f"The sender domain {domain} is not set up in Tencent Cloud SES in region {region} (set up there: "
            f"{known}). Add and verify it in the SES console for this region, or choose the region where it is "
            "verified as the account's region.",
        )
    if not any(i.SendingEnabled for i in found):
        return ApiCheck(
            "sender",
            "failed",
            f"The sender domain {domain} is added in region {region} but not verified yet. Add the DNS records "
            "the SES console shows, then verify it again there.",
        )
    quota = max((int(i.DailyQuota or 0) for i in found), default=0)
    most = f" It may send at most {quota:,} mails a day." if quota else ""
    return ApiCheck("sender", "ok", f"The sender domain {domain} is verified in region {region}.{most}")


def _tencent_template_check(client: Any, settings: TencentSettings) -> ApiCheck:
    from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
    from tencentcloud.ses.v20201002 import models

    template_id = settings.template_id
    if template_id is None:
        return ApiCheck(
            "template",
            "warning",
            "No template ID is set, so messages go out in Simple mode, which Tencent Cloud allows only for "
            "accounts it has approved for it. If sending is refused, give the account the ID of an "
            "approved template.",
        )
    request = models.GetEmailTemplateRequest()
    request.TemplateID = template_id
    try:
        template = client.GetEmailTemplate(request)
    except TencentCloudSDKException as exc:
        return ApiCheck(
            "template",
            "failed",
            f"Tencent Cloud could not open template {template_id} in region {settings.region} ({exc.code}: "
            f"{exc.message}). Check the template ID in the SES console's template list.",
        )
    name = f"{template_id} ({template.TemplateName})" if template.TemplateName else str(template_id)
    # TemplateStatus: 0 approved, 1 waiting for review, 2 rejected (SES API 2020-10-02, GetEmailTemplate).
    if template.TemplateStatus == 0:
        return ApiCheck("template", "ok", f"Template {name} is approved.")
    if template.TemplateStatus == 1:
        return ApiCheck(
            "template",
            "failed",
            f"Template {name} is still waiting for Tencent Cloud's review; sending works once it is approved.",
        )
    return ApiCheck(
        "template",
        "failed",
        f"Template {name} was not approved (status {template.TemplateStatus}). Edit it in the SES console and "
        "submit it for review again, or use another template.",
    )
