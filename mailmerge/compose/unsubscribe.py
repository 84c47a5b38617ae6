"""Unsubscribe options: the `List-Unsubscribe` headers (RFC 2369, one-click RFC 8058) and the footer link.

An account (or one campaign, through the template's `Unsubscribe:` line) names a mailto address and optionally an
https URL. Every message then carries `List-Unsubscribe` with both, and `List-Unsubscribe-Post:
List-Unsubscribe=One-Click` when there is a URL, each holding a per-recipient token.

The token is an HMAC of the recipient's address under a secret made once per installation and kept in the system
keyring, rather than a random token stored in the journal, because:
- it is the same in the preview, the test send and every campaign, so a link in an old mail still names the person;
- nothing has to be stored per message, and matching an unsubscribe mail back to a person only needs the
  addresses (any journal's, or the spreadsheet's);
- it cannot be guessed or edited into another person's token, as a counter or a Message-ID part could.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import html
import re
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote, urlsplit

from mailmerge.base.errors import MailMergeError
from mailmerge.compose.addresses import parse_address

if TYPE_CHECKING:
    from mailmerge.accounts.profiles import Account

SECRET_KEY = "unsubscribe-token-secret"  # keyring entry of the per-installation HMAC secret
TOKEN_PREFIX = "unsubscribe-"  # how a token appears in the mailto subject; replies look for it
TOKEN_PARAMETER = "u"  # the URL's query parameter holding the token (unless the URL has a {token} slot)
_TOKEN_CHARS = 26  # 128 bits in base32
TOKEN_RE = re.compile(rf"(?:{TOKEN_PREFIX}|[?&]{TOKEN_PARAMETER}=)([a-z2-7]{{{_TOKEN_CHARS}}})(?![a-z2-7])", re.I)
# What the template's `{{ unsubscribe_link }}` renders as until the recipient (from the rendered To) is known.
LINK_PLACEHOLDER = "MMUNSUBSCRIBELINKPLACEHOLDER"
LINK_FIELD = "unsubscribe_link"
_OFF_WORDS = frozenset(("", "none", "off", "no"))
_MAX_URL = 400


@dataclass(frozen=True)
class UnsubscribeOptions:
    mailto: str | None = None  # the address people write to (ASCII form, IDNA domain)
    url: str | None = None  # https URL for one-click unsubscribe; `{token}` is replaced, else `u=TOKEN` is added

    @property
    def enabled(self) -> bool:
        return bool(self.mailto or self.url)


NO_UNSUBSCRIBE = UnsubscribeOptions()


def unsubscribe_options(mailto: str | None, url: str | None) -> UnsubscribeOptions:
    """Checked options from what a person typed (account fields, CLI flags); raises MailMergeError naming the
    field and what to write instead."""
    address = None
    if mailto and mailto.strip():
        text = mailto.strip().removeprefix("mailto:")
        try:
            address = parse_address(text, field="Unsubscribe address").ascii_email
        except MailMergeError as exc:
            raise MailMergeError(
                "unsubscribe.bad_mailto",
                "The unsubscribe address {value!r} is not an email address: {reason} Write an address such as "
                "unsubscribe@example.com that you read, or leave it empty.",
                value=mailto, reason=exc.params.get("reason", exc.problem),
            ) from None
    return UnsubscribeOptions(address, _checked_url(url.strip()) if url and url.strip() else None)


def account_unsubscribe(account: Account | None) -> UnsubscribeOptions:
    """The options saved with an account (none for the built-in outbox)."""
    if account is None:
        return NO_UNSUBSCRIBE
    return unsubscribe_options(account.unsubscribe_mailto, account.unsubscribe_url)


def _checked_url(url: str) -> str:
    parts = urlsplit(url)
    bad = (parts.scheme.lower() != "https" or not parts.hostname or not url.isascii() or len(url) > _MAX_URL
           or any(ch in url for ch in ' <>,"\\') or any(not ch.isprintable() for ch in url))
    if bad or url.replace("{token}", "").count("{") or parts.fragment:
        raise MailMergeError(
            "unsubscribe.bad_url",
            "The unsubscribe link {value!r} cannot be used. Write one https:// address without spaces (at most "
            "{limit} characters), e.g. https://example.com/unsubscribe; it gets each person's token added, or "
            "put {{token}} where the token goes.",
            value=url, limit=_MAX_URL,
        )
    return url


def parse_template_line(text: str) -> UnsubscribeOptions:
    """A template's `Unsubscribe:` line: `none` (this campaign has no unsubscribe option, e.g. an invoice run),
    or a mailto address and/or an https URL separated by commas or spaces."""
    if text.strip().lower() in _OFF_WORDS:
        return NO_UNSUBSCRIBE
    mailto = url = None
    for item in re.split(r"[\s,]+", text.strip()):
        item = item.strip("<>")
        if item.lower().startswith("https://") or item.lower().startswith("http://"):
            url = item
        elif item:
            mailto = item
    return unsubscribe_options(mailto, url)


class Tokens:
    """Per-recipient tokens and the headers and link that carry them."""

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def token(self, address: str) -> str:
        digest = hmac.new(self._secret, address.strip().lower().encode("utf-8"), hashlib.sha256).digest()
        return base64.b32encode(digest[:16]).decode("ascii").rstrip("=").lower()

    def mailto_uri(self, options: UnsubscribeOptions, address: str) -> str | None:
        if not options.mailto:
            return None
        return f"mailto:{options.mailto}?subject={quote(TOKEN_PREFIX + self.token(address))}"

    def url(self, options: UnsubscribeOptions, address: str) -> str | None:
        if not options.url:
            return None
        token = self.token(address)
        if "{token}" in options.url:
            return options.url.replace("{token}", token)
        separator = "&" if urlsplit(options.url).query else ("" if options.url.endswith("?") else "?")
        return f"{options.url}{separator}{TOKEN_PARAMETER}={token}"

    def link(self, options: UnsubscribeOptions, address: str) -> str:
        """What `{{ unsubscribe_link }}` shows: the web page when there is one (a click is enough), else the mailto."""
        return self.url(options, address) or self.mailto_uri(options, address) or ""

    def headers(self, options: UnsubscribeOptions, address: str) -> tuple[str, ...]:
        uris = [u for u in (self.mailto_uri(options, address), self.url(options, address)) if u]
        if not uris:
            return ()
        # one URI a line: each is at most ~450 octets, well within the 998 limit
        found: tuple[str, ...] = ("List-Unsubscribe: " + ",\r\n ".join(f"<{u}>" for u in uris),)
        if options.url:
            found += ("List-Unsubscribe-Post: List-Unsubscribe=One-Click",)
        return found


class PlaceholderTokens(Tokens):
    """Where the keyring cannot be read (a check run from a script): links of the right shape with a token no
    reader would take for a person's ('0' is not a base32 letter). Sending never uses these: it needs the real
    tokens for the headers and says so when the keyring is not there."""

    def __init__(self) -> None:
        super().__init__(b"")

    def token(self, address: str) -> str:
        return "0" * _TOKEN_CHARS


def tokens_for_showing() -> Tokens:
    """The real tokens when the keyring answers, else placeholders (previews and checks only)."""
    try:
        return install_tokens()
    except MailMergeError:
        return PlaceholderTokens()


def fill_link(text: str, link: str, *, as_html: bool) -> str:
    return text.replace(LINK_PLACEHOLDER, html.escape(link, quote=True) if as_html else link)


@functools.cache
def install_tokens() -> Tokens:
    """The tokens of this installation: the secret is read from the keyring, made on first use."""
    from mailmerge.accounts import credentials

    secret = credentials.get_secret(SECRET_KEY)
    if secret is None:
        secret = secrets.token_hex(32)
        credentials.save_secret(SECRET_KEY, secret)
    return Tokens(bytes.fromhex(secret))
