"""What one message is when it leaves the core: its envelope and its exact bytes (every transport takes this)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Envelope:
    sender: str  # MAIL FROM (ASCII or IDNA-encoded domain)
    recipients: tuple[str, ...]  # RCPT TO: To + Cc + Bcc


@dataclass(frozen=True)
class OutgoingMessage:
    row: int  # 1-based data row number
    envelope: Envelope
    data: bytes  # the exact RFC 5322 bytes, CRLF line endings
    message_id: str  # without angle brackets
    # Fields API transports need besides the raw bytes (Tencent template mode sends variables, not bytes).
    subject: str = ""
    variables: tuple[tuple[str, str], ...] = ()
    copies: tuple[str, ...] = ()  # the envelope recipients only in Cc or Bcc (not in To)
