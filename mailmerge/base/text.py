"""Text that comes from outside (server replies, exception messages) made safe to store and to show.

A server may answer in any encoding (a French Latin-1 "accepté") and may send control characters, including
terminal escape sequences. Such text is stored in the journal, written to reports and logs, and printed: decoded
with a fallback it is always valid Unicode (SQLite and JSON writers refuse lone surrogates), and without control
characters it cannot move a terminal's cursor or recolour it.
"""

from __future__ import annotations

import re

# C0 and C1 control characters except tab and line feed (a multi-line reply keeps its lines).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def decode_reply(data: bytes) -> str:
    """A server's bytes as text: UTF-8 when they are, else Latin-1 (every byte is a character there, and it is what
    older European servers send); control characters removed."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return _CONTROL.sub("", text)


def printable(text: str) -> str:
    """`text` as valid Unicode without control characters. Bytes a decoder kept as surrogates (aiosmtplib reads
    replies with `surrogateescape`) are decoded again as `decode_reply` would."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        try:
            text = decode_reply(text.encode("utf-8", "surrogateescape"))
        except UnicodeEncodeError:  # a surrogate that no decoder made: nothing to recover
            text = text.encode("utf-8", "replace").decode("utf-8")
    return _CONTROL.sub("", text)
