"""The account's own mailbox over IMAP (imaplib): read the inbox for bounces and replies, find the Sent folder and
put copies of sent messages there.

Reading never changes the mailbox: folders are opened read-only (EXAMINE) and bodies fetched with BODY.PEEK, so
nothing is marked read, moved or deleted. A big inbox is scanned by date (SEARCH SINCE) and at most `limit` of the
newest messages are fetched, in batches.
"""

from __future__ import annotations

import base64
import contextlib
import imaplib
import re
import socket
import ssl
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from types import TracebackType
from typing import Any, cast

from mailmerge.base.errors import MailMergeError
from mailmerge.transports.presets import Security

DEFAULT_LIMIT = 5000
_FETCH_BATCH = 100
_MULTIAPPEND_BYTES = 8 * 1024 * 1024  # one APPEND command carries at most this much
# Where mail programs keep sent mail when the server does not mark the folder (RFC 6154 SPECIAL-USE \\Sent):
# English clients, Gmail, Outlook, Apple Mail; Naver / Daum (Korean); QQ, 163, Tencent Exmail (Chinese).
SENT_NAMES = ("Sent", "Sent Items", "Sent Messages", "Sent Mail", "[Gmail]/Sent Mail", "보낸편지함", "보낸 편지함",
              "보낸메일함", "已发送", "已發送", "已发送邮件")
_LIST_LINE = re.compile(rb'\((?P<flags>[^)]*)\) (?:"(?P<sep>[^"]*)"|NIL) (?P<name>.+)$')


@dataclass(frozen=True)
class ImapSettings:
    host: str
    port: int
    security: Security
    username: str
    password: str | None = None
    verify_tls: bool = True
    ca_file: str | None = None
    timeout_s: float = 30.0


class Mailbox:
    """One logged-in IMAP session: `with Mailbox(settings) as box: ...`. Failures are MailMergeErrors that say what
    to check (server name, password, TLS)."""

    def __init__(self, settings: ImapSettings) -> None:
        self.settings = settings
        self._imap: imaplib.IMAP4 | None = None
        self._caps: frozenset[str] | None = None

    def __enter__(self) -> Mailbox:
        self._imap = self._login()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        imap, self._imap = self._imap, None
        if imap is not None:
            with contextlib.suppress(imaplib.IMAP4.error, OSError):  # the session is over either way
                imap.logout()

    # ---------------------------------------------------------------------------------------------- reading
    def messages_since(self, since: date, *, folder: str = "INBOX",
                       limit: int = DEFAULT_LIMIT) -> Iterator[tuple[int, bytes]]:
        """(UID, raw message) of the newest `limit` messages received on or after `since`, oldest first."""
        imap = self._session()
        self._check(imap.select(_quoted(encode_folder(folder)), readonly=True), "imap.no_folder", folder=folder)
        status, data = imap.uid("SEARCH", "SINCE", since.strftime("%d-%b-%Y"))
        self._check((status, data), "imap.search_failed", folder=folder)
        uids = [int(u) for u in b" ".join(d for d in data if d).split()][-limit:]
        for start in range(0, len(uids), _FETCH_BATCH):
            batch = uids[start : start + _FETCH_BATCH]
            status, found = imap.uid("FETCH", ",".join(map(str, batch)), "(UID BODY.PEEK[])")
            self._check((status, found), "imap.fetch_failed", folder=folder)
            for item in found:
                if isinstance(item, tuple):
                    uid = re.search(rb"UID (\d+)", item[0])
                    yield (int(uid[1]) if uid else 0), item[1]

    def folders(self) -> list[tuple[str, frozenset[str]]]:
        """(name, attributes such as \\Sent) of every folder, names decoded from IMAP's modified UTF-7."""
        status, data = self._session().list()
        self._check((status, data), "imap.list_failed", folder="")
        found = []
        for line in data:
            if not isinstance(line, bytes) or (match := _LIST_LINE.match(line)) is None:
                continue
            name = match["name"].strip()
            if name.startswith(b'"') and name.endswith(b'"'):
                name = name[1:-1].replace(b'\\"', b'"').replace(b"\\\\", b"\\")
            flags = frozenset(f.decode("ascii", "replace") for f in match["flags"].split())
            found.append((decode_folder(name.decode("ascii", "replace")), flags))
        return found

    def sent_folder(self) -> str | None:
        """The folder the server marks \\Sent; else one with a usual name (see SENT_NAMES); None if neither."""
        folders = self.folders()
        marked = [name for name, flags in folders if "\\Sent" in flags]
        if marked:
            return marked[0]
        by_name = {name.casefold(): name for name, _ in folders}
        for candidate in SENT_NAMES:
            for prefix in ("", "INBOX.", "INBOX/"):
                if (found := by_name.get((prefix + candidate).casefold())) is not None:
                    return found
        return None

    # ---------------------------------------------------------------------------------------------- writing
    def append(self, folder: str, messages: Sequence[bytes], when: datetime | None = None) -> None:
        """Put copies of messages into a folder, marked as read (they are the user's own sent mail). A server
        offering MULTIAPPEND (RFC 3502) with non-synchronising literals (LITERAL+, RFC 7888) takes a whole batch
        in one command and one round trip; any other gets them one by one."""
        imap = self._session()
        mailbox = _quoted(encode_folder(folder))
        stamp = imaplib.Time2Internaldate((when or datetime.now().astimezone()).timestamp())
        if {"MULTIAPPEND", "LITERAL+"} <= self._capabilities():
            for batch in _batches(messages, _MULTIAPPEND_BYTES):
                items = b" ".join(b"(\\Seen) " + stamp.encode("ascii") + b" {%d+}\r\n" % len(data) + data
                                  for data in batch)
                # imaplib sends a bytes argument as it is (only str is encoded, as ASCII): the typing says str
                self._check(imap.xatom("APPEND", mailbox, cast(str, items)), "imap.append_failed", folder=folder)
            return
        for data in messages:
            self._check(imap.append(mailbox, r"(\Seen)", stamp, data), "imap.append_failed", folder=folder)

    # ---------------------------------------------------------------------------------------------- internals
    def _capabilities(self) -> frozenset[str]:
        """What the server offers now (after login it may offer more than in its greeting)."""
        if self._caps is None:
            status, data = self._session().capability()
            words = b" ".join(d for d in data if isinstance(d, bytes)).decode("ascii", "replace").upper().split()
            self._caps = frozenset(words) if status == "OK" else frozenset()
        return self._caps

    def _session(self) -> imaplib.IMAP4:
        if self._imap is None:
            raise RuntimeError("use the mailbox inside `with`")
        return self._imap

    def _login(self) -> imaplib.IMAP4:
        s = self.settings
        try:
            imap = self._connect()
        except ssl.SSLError as exc:
            raise MailMergeError(
                "imap.tls_failed",
                "The secure connection to the mailbox server {host}:{port} failed ({reason}). Check the port and "
                "the security setting (TLS is usually port 993, STARTTLS port 143).",
                host=s.host, port=s.port, reason=exc.reason or str(exc),
            ) from None
        except (OSError, imaplib.IMAP4.error) as exc:
            raise MailMergeError(
                "imap.unreachable",
                "The mailbox server {host}:{port} could not be reached ({reason}). Check the server name and port "
                "of the account's mailbox (IMAP) and the internet connection.",
                host=s.host, port=s.port, reason=_reason(exc),
            ) from None
        try:
            imap.login(s.username, s.password or "")
        except (imaplib.IMAP4.error, OSError) as exc:
            with contextlib.suppress(OSError):
                imap.shutdown()
            raise MailMergeError(
                "imap.login_refused",
                "The mailbox server {host} refused the login for {user} ({reason}). Check the login name and "
                "password; some providers need IMAP switched on or an app password first.",
                host=s.host, user=s.username, reason=_reason(exc),
            ) from None
        return imap

    def _connect(self) -> imaplib.IMAP4:
        s = self.settings
        context = ssl.create_default_context(cafile=s.ca_file)
        if not s.verify_tls:
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        if s.security == "tls":
            return imaplib.IMAP4_SSL(s.host, s.port, ssl_context=context, timeout=s.timeout_s)
        imap = imaplib.IMAP4(s.host, s.port, timeout=s.timeout_s)
        if s.security == "starttls":
            imap.starttls(context)
        return imap

    def _check(self, answer: tuple[str, list[Any]], code: str, *, folder: str) -> None:
        status, data = answer
        if status == "OK":
            return
        text = b" ".join(d for d in data if isinstance(d, bytes))
        raise MailMergeError(
            code,
            "The mailbox server refused to work with the folder {folder!r} ({reason}). Check that it exists and "
            "that the account may use it.",
            folder=folder or "(all)", reason=_clean(text.decode("utf-8", "replace")) or status,
        )


def _batches(messages: Sequence[bytes], limit: int) -> Iterator[Sequence[bytes]]:
    """Runs of messages of at most `limit` bytes together (a single bigger message is a run of its own)."""
    start = size = 0
    for i, data in enumerate(messages):
        if i > start and size + len(data) > limit:
            yield messages[start:i]
            start, size = i, 0
        size += len(data)
    if start < len(messages):
        yield messages[start:]


def _reason(exc: BaseException) -> str:
    if isinstance(exc, socket.timeout | TimeoutError):
        return "no answer in time"
    return _clean(str(exc)) or type(exc).__name__


def _clean(text: str) -> str:
    """Server text is untrusted: no control characters, bounded length."""
    return "".join(ch if ch.isprintable() else " " for ch in text).strip()[:300]


def _quoted(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def encode_folder(name: str) -> str:
    """A folder name in IMAP's modified UTF-7 (RFC 3501 §5.1.3): 보낸편지함 is &sPSwxNO4yLk-."""
    out, pending = [], ""

    def flush() -> None:
        nonlocal pending
        if pending:
            encoded = base64.b64encode(pending.encode("utf-16-be")).decode("ascii").rstrip("=").replace("/", ",")
            out.append(f"&{encoded}-")
            pending = ""

    for ch in name:
        if " " <= ch <= "~":
            flush()
            out.append("&-" if ch == "&" else ch)
        else:
            pending += ch
    flush()
    return "".join(out)


def decode_folder(name: str) -> str:
    def piece(match: re.Match[str]) -> str:
        body = match[1]
        if not body:
            return "&"
        data = body.replace(",", "/")
        return base64.b64decode(data + "=" * (-len(data) % 4)).decode("utf-16-be", "replace")

    return re.sub(r"&([A-Za-z0-9+,]*)-", piece, name)
