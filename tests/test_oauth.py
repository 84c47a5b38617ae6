"""OAuth2 sign-in end to end: a local authorization server, a urllib "browser", the keyring, and SMTP XOAUTH2."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import os
import secrets
import socket
import threading
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult

from mailmerge.accounts import credentials, oauth
from mailmerge.base.errors import MailMergeError

pytestmark = pytest.mark.skipif(
    not os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
    reason="no D-Bus session: run under dbus-run-session with an unlocked gnome-keyring-daemon",
)


class AuthServer:
    """Authorization server: /authorize redirects back with code+state, /token checks PKCE and issues tokens."""

    def __init__(self, client_secret: str | None = None) -> None:
        self.client_secret = client_secret  # required with every token request when set, as Google's endpoint does
        self.challenges: dict[str, tuple[str, str]] = {}  # code -> (challenge, redirect_uri)
        self.refresh_tokens: set[str] = set()
        self.issued = 0
        self.token_requests: list[dict[str, str]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(self.path).query))
                assert query["response_type"] == "code" and query["code_challenge_method"] == "S256"
                code = secrets.token_hex(8)
                owner.challenges[code] = (query["code_challenge"], query["redirect_uri"])
                target = query["redirect_uri"] + "?" + urllib.parse.urlencode({"code": code, "state": query["state"]})
                self.send_response(302)
                self.send_header("Location", target)
                self.end_headers()

            def do_POST(self) -> None:
                length = int(self.headers["Content-Length"])
                form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
                owner.token_requests.append(form)
                status, body = owner.answer(form)
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.endpoints = oauth.OAuthEndpoints(f"{base}/authorize", f"{base}/token", "smtp")

    def _tokens(self) -> dict[str, Any]:
        self.issued += 1
        refresh = f"rt-{self.issued}"
        self.refresh_tokens.add(refresh)
        return {"access_token": f"at-{self.issued}", "expires_in": 3600, "refresh_token": refresh}

    def answer(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        if form.get("client_id") != "test-client":
            return 401, {"error": "invalid_client"}
        if self.client_secret is not None and form.get("client_secret") != self.client_secret:
            return 401, {"error": "invalid_client", "error_description": "client_secret is missing."}
        if form["grant_type"] == "authorization_code":
            challenge, redirect_uri = self.challenges.pop(form["code"], ("", ""))
            digest = hashlib.sha256(form["code_verifier"].encode()).digest()
            expected = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
            if not challenge or challenge != expected or form["redirect_uri"] != redirect_uri:
                return 400, {"error": "invalid_grant"}
            return 200, self._tokens()
        if form["refresh_token"] not in self.refresh_tokens:
            return 400, {"error": "invalid_grant", "error_description": "revoked"}
        self.refresh_tokens.discard(form["refresh_token"])  # rotate, as Microsoft does
        return 200, self._tokens()


@pytest.fixture
def auth_server() -> Iterator[AuthServer]:
    server = AuthServer()
    server.thread.start()
    yield server
    server.server.shutdown()
    server.server.server_close()


@pytest.fixture
def account_name() -> Iterator[str]:
    name = f"oauth-{uuid.uuid4().hex}"
    yield name
    credentials.delete_secret(credentials.oauth_refresh_key(name))


def browser(url: str) -> None:
    """The user's browser: follow the authorize URL and its redirect to our loopback listener."""
    with urllib.request.urlopen(url, timeout=10) as response:
        assert b"Signed in" in response.read()


def test_pkce_challenge_is_s256_of_the_verifier() -> None:
    verifier, challenge = oauth.new_pkce()
    assert 43 <= len(verifier) <= 128
    assert challenge == base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


def test_xoauth2_string_layout() -> None:
    decoded = base64.b64decode(oauth.xoauth2_string("me@example.com", "ya29.token"))
    assert decoded == b"user=me@example.com\x01auth=Bearer ya29.token\x01\x01"


def test_sign_in_stores_refresh_token_and_cache_refreshes(auth_server: AuthServer, account_name: str) -> None:
    client = oauth.OAuthClient(auth_server.endpoints, "test-client")
    tokens = oauth.sign_in(client, account_name, open_browser=browser, timeout_s=10)
    assert tokens.access_token == "at-1"
    assert "at-1" not in repr(tokens) and "rt-1" not in repr(tokens)
    assert credentials.get_secret(credentials.oauth_refresh_key(account_name)) == "rt-1"

    now = [1000.0]
    cache = oauth.AccessTokenCache(client, account_name, clock=lambda: now[0])
    assert cache.token() == "at-2"  # first use refreshes
    assert cache.token() == "at-2"  # still valid: no new request
    assert len(auth_server.token_requests) == 2
    now[0] += 3600 - oauth.REFRESH_MARGIN_S  # close to expiry: refresh ahead of time
    assert cache.token() == "at-3"
    # the rotated refresh token replaced the old one in the keyring
    assert credentials.get_secret(credentials.oauth_refresh_key(account_name)) == "rt-3"


def test_revoked_refresh_token_asks_to_sign_in_again(auth_server: AuthServer, account_name: str) -> None:
    client = oauth.OAuthClient(auth_server.endpoints, "test-client")
    credentials.save_secret(credentials.oauth_refresh_key(account_name), "rt-revoked")
    with pytest.raises(MailMergeError) as info:
        oauth.refresh_access_token(client, account_name)
    assert info.value.code == "oauth.signin_expired"
    assert "Sign in again" in str(info.value) and "rt-revoked" not in str(info.value)


def test_missing_refresh_token_asks_to_sign_in(auth_server: AuthServer, account_name: str) -> None:
    client = oauth.OAuthClient(auth_server.endpoints, "test-client")
    with pytest.raises(MailMergeError) as info:
        oauth.refresh_access_token(client, account_name)
    assert info.value.code == "oauth.signin_expired"


class _XOAuth2Handler:
    def __init__(self, expected_user: str) -> None:
        self.expected_user = expected_user
        self.valid_tokens: set[str] = set()
        self.messages: list[bytes] = []

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        decoded = base64.b64decode(args[1]).decode()
        user, auth, *_ = decoded.split("\x01")
        token = auth.removeprefix("auth=Bearer ")
        ok = user == f"user={self.expected_user}" and token in self.valid_tokens
        return AuthResult(success=ok, handled=False)

    async def handle_DATA(self, server: SMTP, session: Any, envelope: Any) -> str:
        self.messages.append(envelope.content)
        return "250 2.0.0 OK queued as X1"


class _Controller(Controller):  # type: ignore[misc]
    async def _bind(self) -> asyncio.AbstractServer:
        server = await self.loop.create_server(self._factory_invoker, host=self.hostname, port=0)
        self.port = server.sockets[0].getsockname()[1]
        return server

    def _create_server(self) -> Any:
        return self._bind()


async def test_smtp_login_with_xoauth2_from_the_cache(auth_server: AuthServer, account_name: str) -> None:
    from mailmerge.base.envelope import Envelope, OutgoingMessage
    from mailmerge.base.outcome import OutcomeKind
    from mailmerge.transports.smtp import SmtpSettings, smtp_factory

    client = oauth.OAuthClient(auth_server.endpoints, "test-client")
    await asyncio.to_thread(oauth.sign_in, client, account_name, open_browser=browser, timeout_s=10)
    handler = _XOAuth2Handler("me@example.com")
    handler.valid_tokens.add("at-2")  # the token the cache will fetch by refreshing
    controller = _Controller(handler, hostname="127.0.0.1", port=0, auth_require_tls=False)
    controller.start()
    try:
        cache = oauth.AccessTokenCache(client, account_name)
        settings = SmtpSettings(
            host="127.0.0.1", port=controller.port, security="none", username="me@example.com",
            oauth_token_provider=cache,
        )  # fmt: skip
        transport = await smtp_factory(settings)()
        data = b"From: me@example.com\r\nTo: you@example.com\r\nSubject: hi\r\n\r\nhello\r\n"
        message = OutgoingMessage(1, Envelope("me@example.com", ("you@example.com",)), data, "m1@example.com")
        outcome = await transport.send(message)
        await transport.close()
    finally:
        controller.stop()
    assert outcome.kind is OutcomeKind.SENT, outcome
    assert handler.messages and b"hello" in handler.messages[0]


@pytest.mark.parametrize("answer", [b"", b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"acc", b"HTTP/1.1 200 OK\r\n"
                                    b"Content-Type: application/json\r\nContent-Length: 2\r\n\r\n[]"])
def test_a_broken_answer_from_the_sign_in_server_is_a_plain_error(answer: bytes) -> None:
    """Connection closed without a reply, a truncated body, JSON that is not an object: one sentence, no traceback."""
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def serve_once() -> None:
        connection, _ = listener.accept()
        connection.recv(65536)
        connection.sendall(answer)
        connection.close()

    thread = threading.Thread(target=serve_once, daemon=True)
    thread.start()
    endpoints = oauth.OAuthEndpoints(f"http://127.0.0.1:{port}/authorize", f"http://127.0.0.1:{port}/token", "smtp")
    with pytest.raises(MailMergeError) as info:
        oauth._token_request(oauth.OAuthClient(endpoints, "test-client"), {"grant_type": "refresh_token"}, "acct")
    thread.join(5)
    listener.close()
    assert info.value.code in ("oauth.unreachable", "oauth.bad_answer")
    assert "Traceback" not in str(info.value)
