"""OAuth2 "Sign in with Google / Microsoft" for SMTP (XOAUTH2), as RFC 8252 asks of desktop apps: authorization
code with PKCE (S256), the browser redirecting back to a loopback address we listen on.

The refresh token is kept in the system keyring (credentials.py); access tokens live only in memory and are
refreshed shortly before they expire. No token ever appears in an error message or a repr.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import http.client
import json
import secrets
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, HTTPServer
from types import MappingProxyType

from mailmerge.accounts import credentials
from mailmerge.base.errors import MailMergeError, Problem
from mailmerge.base.logs import register_secret

REFRESH_MARGIN_S = 300.0  # refresh this long before expiry, so a token never runs out during a send
SIGN_IN_TIMEOUT_S = 300.0
HTTP_TIMEOUT_S = 30.0


@dataclass(frozen=True)
class OAuthEndpoints:
    authorize_url: str
    token_url: str
    scope: str


# source: https://developers.google.com/identity/protocols/oauth2/native-app ; scope for SMTP:
# https://developers.google.com/gmail/imap/xoauth2-protocol
GOOGLE = OAuthEndpoints(
    "https://accounts.google.com/o/oauth2/v2/auth", "https://oauth2.googleapis.com/token", "https://mail.google.com/"
)
# source: https://learn.microsoft.com/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth
MICROSOFT = OAuthEndpoints(
    "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
    "https://login.microsoftonline.com/common/oauth2/v2.0/token",
    "https://outlook.office.com/SMTP.Send offline_access",
)
ENDPOINTS: dict[str, OAuthEndpoints] = {"oauth_google": GOOGLE, "oauth_microsoft": MICROSOFT}


@dataclass(frozen=True)
class OAuthClient:
    endpoints: OAuthEndpoints
    client_id: str
    client_secret: str | None = field(default=None, repr=False)  # Google desktop clients have one; not secret


@dataclass(frozen=True)
class TokenSet:
    access_token: str = field(repr=False)
    expires_in: float  # seconds from when the server answered
    refresh_token: str | None = field(default=None, repr=False)


def xoauth2_string(user: str, access_token: str) -> str:
    """The base64 SASL XOAUTH2 initial response: user=...^Aauth=Bearer ...^A^A."""
    raw = f"user={user}\x01auth=Bearer {access_token}\x01\x01"
    return base64.b64encode(raw.encode("utf-8")).decode("ascii")


def new_pkce() -> tuple[str, str]:
    """(code_verifier, S256 code_challenge) per RFC 7636."""
    verifier = secrets.token_urlsafe(64)  # 86 characters from the unreserved set
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def _sign_in_again(account_name: str, why: str) -> MailMergeError:
    """`why` is "expired" or "missing"; `lapsed` says it as a whole sentence a face words in its language."""
    lapsed = Problem(
        "oauth.expired", "The sign-in for account {name!r} has expired or was withdrawn.",
        MappingProxyType({"name": account_name}),
    ) if why == "expired" else Problem(
        "oauth.missing", "The sign-in for account {name!r} is missing.", MappingProxyType({"name": account_name}),
    )
    return MailMergeError(
        "oauth.signin_expired",
        "{lapsed} Sign in again (Accounts → Sign in, or `mailmerge account add {name} --preset ...`).",
        name=account_name,
        why=why,
        lapsed=lapsed,
    )


def _token_request(client: OAuthClient, form: dict[str, str], account_name: str) -> TokenSet:
    form = {**form, "client_id": client.client_id}
    if client.client_secret:
        form["client_secret"] = client.client_secret
    request = urllib.request.Request(
        client.endpoints.token_url,
        data=urllib.parse.urlencode(form).encode("ascii"),
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=HTTP_TIMEOUT_S) as response:
            body: object = json.load(response)
    except urllib.error.HTTPError as exc:
        error = _error_code(exc)
        if error in ("invalid_grant", "invalid_token", "unauthorized_client"):
            raise _sign_in_again(account_name, "expired") from None
        raise MailMergeError(
            "oauth.token_refused",
            "The sign-in server refused the request (HTTP {status}, {error}). Try signing in again; if it keeps "
            "failing, check the account's app registration.",
            status=exc.code,
            error=error or "no reason given",
        ) from None
    # OSError covers URLError, timeouts and a connection dropped while the answer is read; HTTPException a
    # truncated answer; ValueError one that is not JSON.
    except (OSError, http.client.HTTPException, ValueError) as exc:
        raise MailMergeError(
            "oauth.unreachable",
            "Could not reach the sign-in server {host} ({reason}). Check the internet connection and try again.",
            host=urllib.parse.urlsplit(client.endpoints.token_url).netloc,
            reason=getattr(exc, "reason", None) or type(exc).__name__,
        ) from None
    body = body if isinstance(body, dict) else {}
    access = body.get("access_token")
    if not isinstance(access, str) or not access:
        raise MailMergeError("oauth.bad_answer", "The sign-in server's answer had no access token. Sign in again.")
    refresh = body.get("refresh_token")
    register_secret(access)
    register_secret(refresh if isinstance(refresh, str) else None)
    return TokenSet(
        access_token=access,
        expires_in=float(body.get("expires_in", 3600)),
        refresh_token=refresh if isinstance(refresh, str) else None,
    )


def _error_code(exc: urllib.error.HTTPError) -> str:
    try:
        payload = json.loads(exc.read().decode("utf-8", "replace"))
    except ValueError:
        return ""
    error = payload.get("error") if isinstance(payload, dict) else None
    return error if isinstance(error, str) else ""


class _LoopbackRedirect:
    """A one-shot HTTP listener on 127.0.0.1 that captures the ?code=&state= the browser is redirected to."""

    def __init__(self) -> None:
        self.params: dict[str, str] = {}
        self.received = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(self.path).query))
                if "code" not in query and "error" not in query:
                    self.send_error(404)  # e.g. the browser asking for /favicon.ico
                    return
                text = "Signed in. You can close this window and return to Mail Merge."
                if "error" in query:
                    text = "Sign-in was not completed. You can close this window and return to Mail Merge."
                body = f"<!doctype html><meta charset=utf-8><title>Mail Merge</title><p>{text}</p>".encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                if not owner.received.is_set():
                    owner.params = query
                    owner.received.set()

            def log_message(self, format: str, *args: object) -> None:
                pass  # the query holds the authorization code: keep it out of stderr

        self._server = HTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, name="oauth-redirect", daemon=True)

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/"

    def __enter__(self) -> _LoopbackRedirect:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()


def sign_in(
    client: OAuthClient,
    account_name: str,
    *,
    login_hint: str | None = None,
    open_browser: Callable[[str], object] | None = None,
    timeout_s: float = SIGN_IN_TIMEOUT_S,
) -> TokenSet:
    """Run the browser sign-in and keep the refresh token in the keyring under oauth-refresh:<account_name>."""
    credentials.secure_backend()  # fail before the user signs in, not after
    verifier, challenge = new_pkce()
    state = secrets.token_urlsafe(24)
    with _LoopbackRedirect() as redirect:
        query = {
            "response_type": "code",
            "client_id": client.client_id,
            "redirect_uri": redirect.redirect_uri,
            "scope": client.endpoints.scope,
            "state": state,
            "code_challenge": challenge,
            "code_challenge_method": "S256",
            "access_type": "offline",  # Google: return a refresh token
            "prompt": "consent",
        }
        if login_hint:
            query["login_hint"] = login_hint
        # Looked up now, not when this module was imported: the system browser, unless the caller has its own.
        (open_browser or webbrowser.open)(f"{client.endpoints.authorize_url}?{urllib.parse.urlencode(query)}")
        if not redirect.received.wait(timeout_s):
            raise MailMergeError(
                "oauth.timeout",
                "Sign-in was not finished within {minutes} minutes. Start it again and complete it in the browser.",
                minutes=round(timeout_s / 60),
            )
        answer = redirect.params
    if answer.get("state") != state:
        raise MailMergeError(
            "oauth.state_mismatch", "The sign-in answer did not belong to this sign-in. Start the sign-in again."
        )
    if "error" in answer:
        raise MailMergeError(
            "oauth.denied",
            "Sign-in was refused or cancelled ({error}). Start it again and allow Mail Merge to send mail.",
            error=answer["error"],
        )
    tokens = _token_request(
        client,
        {
            "grant_type": "authorization_code",
            "code": answer.get("code", ""),
            "redirect_uri": redirect.redirect_uri,
            "code_verifier": verifier,
        },
        account_name,
    )
    if not tokens.refresh_token:
        raise MailMergeError(
            "oauth.no_refresh_token",
            "The sign-in server did not allow Mail Merge to stay signed in. Sign in again and accept all requested "
            "permissions.",
        )
    credentials.save_secret(credentials.oauth_refresh_key(account_name), tokens.refresh_token)
    return tokens


def refresh_access_token(client: OAuthClient, account_name: str) -> TokenSet:
    key = credentials.oauth_refresh_key(account_name)
    refresh_token = credentials.get_secret(key)
    if refresh_token is None:
        raise _sign_in_again(account_name, "missing")
    tokens = _token_request(client, {"grant_type": "refresh_token", "refresh_token": refresh_token}, account_name)
    if tokens.refresh_token and tokens.refresh_token != refresh_token:
        credentials.save_secret(key, tokens.refresh_token)  # Microsoft rotates refresh tokens
    return tokens


class AccessTokenCache:
    """Async callable for SmtpSettings.oauth_token_provider: a valid access token, refreshed when needed.
    A thread lock (not an asyncio one) so one cache serves any event loop, e.g. `account test` then `send`."""

    def __init__(self, client: OAuthClient, account_name: str, *, clock: Callable[[], float] = time.time) -> None:
        self._client = client
        self._account_name = account_name
        self._clock = clock
        self._lock = threading.Lock()
        self._access_token = ""
        self._refresh_at = float("-inf")

    def __repr__(self) -> str:
        return f"AccessTokenCache(account={self._account_name!r})"

    def token(self) -> str:
        with self._lock:
            now = self._clock()
            if now >= self._refresh_at:
                tokens = refresh_access_token(self._client, self._account_name)
                self._access_token = tokens.access_token
                self._refresh_at = now + tokens.expires_in - REFRESH_MARGIN_S
            return self._access_token

    async def __call__(self) -> str:
        return await asyncio.to_thread(self.token)
