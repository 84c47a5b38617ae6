"""The built-in capture outbox: a local SMTP server that stores every message as an .eml file and sends nothing.

Used to try a campaign safely (point the sender at it and open the .eml files in any mail program) and as the
default when no account is set. Each file starts with X-Outbox-Envelope-From / X-Outbox-Envelope-To headers, because
Bcc recipients appear only in the SMTP envelope, never in the message itself.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import re
import socket
import time
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller

from mailmerge.base.errors import UnusableInputError

_MESSAGE_ID = re.compile(rb"^Message-ID:[ \t]*<?([^>\r\n]+)>?", re.IGNORECASE | re.MULTILINE)
_UNSAFE = re.compile(r"[^A-Za-z0-9._@-]+")


def default_outbox_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("MailMerge", appauthor=False)) / "outbox"


class PortZeroController(Controller):
    """aiosmtpd's Controller, able to listen on port 0 (any free port): `.port` is the port the OS chose."""

    async def _bind(self) -> asyncio.AbstractServer:
        server = await self.loop.create_server(
            self._factory_invoker, host=self.hostname, port=self.port, ssl=self.ssl_context
        )
        self.port = server.sockets[0].getsockname()[1]
        return server

    def _create_server(self) -> Any:
        return self._bind()


def _file_name(data: bytes, sequence: int) -> str:
    """Sortable by arrival; the sequence number keeps two copies of one Message-ID apart."""
    headers = data.split(b"\r\n\r\n", 1)[0]
    found = _MESSAGE_ID.search(headers)
    message_id = found.group(1).decode("ascii", "replace") if found else "no-message-id"
    safe_id = _UNSAFE.sub("_", message_id)[:80]
    return f"{time.strftime('%Y%m%d-%H%M%S')}-{sequence:06d}-{safe_id}.eml"


class _SaveHandler:
    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._sequence = itertools.count(1)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        recipients = ", ".join(f"<{address}>" for address in envelope.rcpt_tos)
        data: bytes = envelope.original_content
        header = f"X-Outbox-Envelope-From: <{envelope.mail_from}>\r\nX-Outbox-Envelope-To: {recipients}\r\n"
        name = _file_name(data, next(self._sequence))
        # Written under a dot-name, then renamed: a reader never sees a half-written .eml.
        temporary = self._folder / f".{name}.part"
        try:
            temporary.write_bytes(header.encode("utf-8") + data)
            os.replace(temporary, self._folder / name)
        except OSError as exc:
            return f"451 4.3.0 The outbox could not save the message: {exc.strerror}"
        return f"250 2.0.0 Ok: queued as {name}"


def _check_port_free(host: str, port: int) -> None:
    """Raise OSError now if the port is taken: aiosmtpd would only notice after its 5-second start-up wait."""
    if port == 0:
        return
    family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as asyncio's create_server does
        probe.bind(address)


class Outbox:
    """`with Outbox(folder) as outbox:` ... send to 127.0.0.1:outbox.port ... every message lands in `folder`."""

    def __init__(self, folder: Path, host: str = "127.0.0.1", port: int = 0) -> None:
        self.folder = folder
        self._controller = PortZeroController(
            _SaveHandler(folder), hostname=host, port=port, enable_SMTPUTF8=True, ident="MailMerge outbox"
        )

    @property
    def host(self) -> str:
        host: str = self._controller.hostname
        return host

    @property
    def port(self) -> int:
        port: int = self._controller.port
        return port

    def start(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UnusableInputError(
                "outbox.folder_unusable",
                "The outbox folder {folder} cannot be created ({why}). Choose a folder you can write to.",
                folder=str(self.folder),
                why=exc.strerror,
            ) from exc
        if not os.access(self.folder, os.W_OK):
            raise UnusableInputError(
                "outbox.folder_unusable",
                "The outbox folder {folder} is not writable. Choose a folder you can write to.",
                folder=str(self.folder),
            )
        try:
            _check_port_free(self.host, self.port)
            self._controller.start()
        except OSError as exc:
            raise UnusableInputError(
                "outbox.port_unavailable",
                "The outbox cannot listen on {host} port {port} ({why}). Choose another port, or leave the "
                "port out to use any free one.",
                host=self.host,
                port=self.port,
                why=exc.strerror,
            ) from exc

    def stop(self) -> None:
        self._controller.stop()

    def __enter__(self) -> Outbox:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
