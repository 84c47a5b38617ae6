"""`mailmerge account add|list|presets|test|remove`: saved accounts; secrets go to the system keyring only."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import re
import sys
from dataclasses import replace
from typing import TextIO

from mailmerge.accounts import credentials
from mailmerge.accounts import profiles as accounts
from mailmerge.base.errors import MailMergeError, Problem, UnusableInputError
from mailmerge.base.wording import translate
from mailmerge.cli import EXIT_OK, EXIT_UNUSABLE
from mailmerge.commands.speech import language, say, speak
from mailmerge.transports.presets import PRESETS, PresetLimits, get_preset

OAUTH_CLIENT_ID_ENV = "MAILMERGE_OAUTH_CLIENT_ID"
OAUTH_CLIENT_SECRET_ENV = "MAILMERGE_OAUTH_CLIENT_SECRET"


def _read_password(args: argparse.Namespace, stdin: TextIO) -> str | None:
    if args.password_stdin:
        line = stdin.readline()
        return line.rstrip("\r\n")  # one line; inner spaces are part of the password
    if stdin.isatty():
        return getpass.getpass(say("Password (not shown): "))
    return None


def _add(args: argparse.Namespace) -> int:
    account = accounts.new_account(
        args.name,
        args.preset,
        host=args.host,
        port=args.port,
        security=args.security,
        username=args.user,
        from_address=args.from_address,
        reply_to=args.reply_to,
        region=args.region,
        connections=args.connections,
        config_set=args.config_set,
        endpoint=args.endpoint,
        template_id=_whole_number(args.template_id, "--template-id"),
        unsubscribe=args.unsubscribe,
        trigger_type=_whole_number(args.trigger_type, "--trigger-type"),
        no_login=args.no_login,
    )
    account = _after_send_options(account, args)
    if args.no_login and args.password_stdin:
        raise UnusableInputError(
            "account.no_login_with_password",
            "--no-login and --password-stdin contradict each other: a relay that needs no login takes no password. "
            "Leave one of them out.",
        )
    if (args.oauth_client_id or args.oauth_client_secret) and not account.uses_oauth:
        raise UnusableInputError(
            "account.oauth_not_offered",
            "The {preset} preset signs in with a password, not with OAuth, so --oauth-client-id and "
            "--oauth-client-secret do not apply. Presets that sign in: {presets}.",
            preset=account.preset,
            presets=", ".join(p.key for p in PRESETS.values() if p.auth in ("oauth_google", "oauth_microsoft")),
        )
    if account.uses_oauth and args.password_stdin:
        # An app password (Gmail) or basic SMTP AUTH (Microsoft, until it is switched off) instead of sign-in.
        account = replace(account, auth="app_password")
    if account.uses_oauth:
        account = _sign_in(account, args.oauth_client_id, args.oauth_client_secret)
    elif account.needs_secret:
        password = _read_password(args, sys.stdin)
        if password is None:
            print(say("No password saved for {name!r}: pipe it in with --password-stdin to save it in the system "
                      "keyring.", name=account.name), file=sys.stderr)
        else:
            # The secret first: if the keyring refuses, no half-configured account is left behind.
            credentials.save_secret(credentials.account_key(account.name), password)
    accounts.save_account(account)
    print(say("Saved {account}", account=accounts.description(account)))
    return EXIT_OK


def _after_send_options(account: accounts.Account, args: argparse.Namespace) -> accounts.Account:
    """Unsubscribe options, the DKIM selector and the mailbox (IMAP) read for replies, checked before saving."""
    from mailmerge.compose.unsubscribe import unsubscribe_options

    unsubscribe = unsubscribe_options(args.unsubscribe_mailto, args.unsubscribe_url)
    return replace(
        account,
        unsubscribe_mailto=unsubscribe.mailto,
        unsubscribe_url=unsubscribe.url,
        dkim_selector=(args.dkim_selector or "").strip() or None,
        imap_host=(args.imap_host or "").strip() or None,
        imap_port=args.imap_port,
        imap_security=args.imap_security,
        imap_user=args.imap_user,
        keep_sent_copy=args.keep_sent_copy,
    )


def _whole_number(text: str | None, option: str) -> int | None:
    # Parsed here rather than by argparse so the user gets a sentence, not argparse's "invalid int value".
    if text is None:
        return None
    if not re.fullmatch(r"\s*[0-9]+\s*", text):
        raise MailMergeError(
            "account.not_a_number",
            "{option} must be a whole number such as 12345, not {value!r}.",
            option=option,
            value=text,
        )
    return int(text)


def _sign_in(account: accounts.Account, client_id_flag: str | None, secret_flag: str | None) -> accounts.Account:
    from mailmerge.accounts import oauth

    client_id = client_id_flag or os.environ.get(OAUTH_CLIENT_ID_ENV)
    client_secret = secret_flag or os.environ.get(OAUTH_CLIENT_SECRET_ENV)
    if not client_id:
        raise MailMergeError(
            "account.oauth_client_missing",
            "Signing in to {preset} needs an app registration. Pass --oauth-client-id (or set {env}) to your "
            "OAuth client ID, or use an app password with --password-stdin.",
            preset=account.preset,
            env=OAUTH_CLIENT_ID_ENV,
        )
    account = replace(account, oauth_client_id=client_id)
    if client_secret:
        # Kept with the other secrets, and read back by oauth.client_for for every sign-in and token refresh.
        credentials.save_secret(credentials.oauth_client_secret_key(account.name), client_secret)
    print(say("Opening your browser to sign in…"), file=sys.stderr)
    oauth.sign_in(accounts.oauth_client(account), account.name, login_hint=account.username)
    return account


def _format_limits(limits: PresetLimits) -> str:
    parts = [
        f"{limits.per_second:g}/s" if limits.per_second else "",
        f"{limits.per_minute}/min" if limits.per_minute else "",
        f"{limits.per_hour}/h" if limits.per_hour else "",
        f"{limits.per_day:,}/day" if limits.per_day else "",
        f"{limits.per_domain_hour}/h per domain" if limits.per_domain_hour else "",
        f"{limits.per_recipient_hour}/h per address" if limits.per_recipient_hour else "",
        f"{limits.connections} conn.",
    ]
    return ", ".join(p for p in parts if p)


def _presets() -> int:
    for preset in PRESETS.values():
        where = f"{preset.host}:{preset.port} {preset.security}" if preset.channel == "smtp" else preset.channel
        print(f"{preset.key:<17} {translate(preset.label, language(), 'presets')}")
        print(f"{'':<17} " + say("{where}; sign-in: {auth}; limits: {limits}", where=where, auth=preset.auth,
                                 limits=_format_limits(preset.limits)))
        if preset.regions:
            print(f"{'':<17} " + say("regions: {regions}", regions=", ".join(preset.regions)))
        print(f"{'':<17} {translate(preset.notes, language(), 'presets')}")  # the window's words for them too
    return EXIT_OK


def _list() -> int:
    saved = accounts.list_accounts()
    if not saved:
        print(say("No accounts saved; `send` uses the built-in outbox. Add one with `mailmerge account add`."))
    for account in saved:
        print(f"{speak(accounts.description(account))}  [{account.preset}; {_format_limits(account.limits)}]")
    return EXIT_OK


_MARKS = {"ok": "✓", "warning": "!", "failed": "✗"}


def _test(args: argparse.Namespace) -> int:
    from mailmerge.transports.smtp import probe

    account = accounts.get_account(args.name)
    if get_preset(account.preset).channel in ("ses_api", "tencent_api"):
        checks = accounts.probe_api_account(account)
        for check in checks:
            print(_tested_line(_MARKS[check.status], check.label, check.problem))
        return EXIT_UNUSABLE if any(c.status == "failed" for c in checks) else EXIT_OK
    settings = accounts.smtp_settings(account)
    stages = asyncio.run(probe(settings))
    for stage in stages:
        print(_tested_line(_MARKS["ok" if stage.ok else "failed"], stage.label, stage.problem))
    return EXIT_OK if stages and all(s.ok for s in stages) else EXIT_UNUSABLE


def _tested_line(mark: str, label: Problem, found: Problem) -> str:
    """One stage of an account test: "✓ TLS: Connection secured with STARTTLS; …"."""
    return say("{mark} {stage}: {detail}", mark=mark, stage=label, detail=found)


def _remove(args: argparse.Namespace) -> int:
    accounts.remove_account(args.name)
    print(say("Removed account {name!r} and its saved password.", name=args.name))
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    action = args.account_command
    if action == "add":
        return _add(args)
    if action == "list":
        return _list()
    if action == "presets":
        return _presets()
    if action == "test":
        return _test(args)
    return _remove(args)
