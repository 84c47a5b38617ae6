"""Which mailbox (IMAP) belongs to a saved account: for reading bounces and replies and for keeping sent copies.

The login is the account's own unless `imap_user` says otherwise; the password is the account's, or a separate
one saved under the mailbox key (an API account such as Amazon SES has no mailbox password of its own).
"""

from __future__ import annotations

from types import MappingProxyType

from mailmerge.accounts import credentials
from mailmerge.accounts.profiles import Account
from mailmerge.base.errors import MailMergeError
from mailmerge.transports.imap import ImapSettings

# The providers' published IMAP servers (their help pages on "IMAP settings" for other mail programs).
PRESET_IMAP_HOSTS = MappingProxyType({
    "gmail": "imap.gmail.com",
    "google-workspace": "imap.gmail.com",
    "outlook": "outlook.office365.com",
    "microsoft365": "outlook.office365.com",
    "naver": "imap.naver.com",
    "daum": "imap.daum.net",
})


def imap_key(name: str) -> str:
    return f"imap:{name}"


def imap_settings(account: Account) -> ImapSettings:
    """The account's mailbox settings with the password from the keyring; a clear error when none is set up."""
    host = account.imap_host or PRESET_IMAP_HOSTS.get(account.preset)
    if not host:
        raise MailMergeError(
            "imap.not_configured",
            "Account {name!r} has no mailbox server for reading replies. Add it with `mailmerge account add "
            "{name} ... --imap-host imap.example.com` (or in Accounts…, Mailbox server).",
            name=account.name,
        )
    if account.uses_oauth:
        raise MailMergeError(
            "imap.oauth_unsupported",
            "Account {name!r} signs in through the browser, which reading the mailbox does not support yet. Use an "
            "app password for the mailbox: save it with `mailmerge account add` and --password-stdin.",
            name=account.name,
        )
    user = account.imap_user or account.username
    if not user:
        raise MailMergeError(
            "imap.no_user",
            "Account {name!r} has no login name for its mailbox. Add --imap-user with the mailbox's login.",
            name=account.name,
        )
    password = credentials.get_secret(imap_key(account.name)) or credentials.get_secret(
        credentials.account_key(account.name))
    security = account.imap_security or "tls"
    port = account.imap_port or (993 if security == "tls" else 143)
    return ImapSettings(host=host, port=port, security=security, username=user, password=password,
                        verify_tls=account.verify_tls, ca_file=account.ca_file)
