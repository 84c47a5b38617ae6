"""Turn the Message step's fields into template text (README "The message file") and back. No Qt."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

HEADER_ORDER = ("From", "To", "Cc", "Bcc", "Reply-To", "Subject", "Unsubscribe")


@dataclass(frozen=True)
class MessageFields:
    headers: Mapping[str, str]  # HEADER_ORDER names -> Jinja source; empty means "not set"
    attachments: tuple[str, ...]
    body: str


def compose_template(fields: MessageFields) -> str:
    lines = []
    for name in HEADER_ORDER:
        value = _one_line(fields.headers.get(name, ""))
        if value:
            lines.append(f"{name}: {value}")
    lines.extend(f"Attachment: {_one_line(a)}" for a in fields.attachments if a.strip())
    return "\n".join(lines) + "\n\n" + fields.body


def split_template(text: str) -> MessageFields:
    """The inverse of compose_template for any template file: header lines until the first blank line."""
    head, _, body = text.replace("\r\n", "\n").partition("\n\n")
    headers: dict[str, str] = {}
    attachments: list[str] = []
    canonical = {name.lower(): name for name in HEADER_ORDER}
    for line in head.split("\n"):
        name, sep, value = line.partition(":")
        key = name.strip().lower()
        if not sep:
            continue
        if key == "attachment":
            attachments.append(value.strip())
        elif key in canonical:
            headers[canonical[key]] = value.strip()
    return MessageFields(headers, tuple(attachments), body)


def _one_line(value: str) -> str:
    # A header never carries a line break (header injection); pasted text is flattened instead.
    return " ".join(value.split())

