"""The text of a crash report: what broke, where, and on which versions — with secrets removed. No Qt widgets."""

from __future__ import annotations

import os
import platform
import re
import sys
import traceback
from types import TracebackType

from mailmerge.base.logs import mask_secrets, register_secret

PASSWORD_ENV = "MAILMERGE_PASSWORD"
REDACTED = "********"
# key=value / key: value / "key": "value" where the key names a secret.
_SECRET_ASSIGNMENT = re.compile(
    r"""(?P<key>\b[\w-]*(?:password|passwd|pwd|secret|token|api[_-]?key|authorization)[\w-]*\b["']?\s*[:=]\s*)"""
    r"""(?P<quote>["']?)(?P<value>[^\s"',;)}\]]+)""",
    re.IGNORECASE,
)


def scrub(text: str) -> str:
    """Remove every secret this process has handled (keyring passwords, OAuth tokens, MAILMERGE_PASSWORD, plain and
    base64), then anything that still looks like one (`password=…`-style values)."""
    register_secret(os.environ.get(PASSWORD_ENV))
    text = mask_secrets(text, REDACTED)
    return _SECRET_ASSIGNMENT.sub(lambda m: f"{m['key']}{m['quote']}{REDACTED}", text)


def versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    parts = [f"Python {platform.python_version()}", f"{platform.system()} {platform.release()}"]
    for package in ("mailmerge-desktop", "PySide6-Essentials", "aiosmtplib", "pandas", "keyring"):
        try:
            parts.append(f"{package} {version(package)}")
        except PackageNotFoundError:
            continue
    return ", ".join(parts)


def crash_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    return scrub(f"Mail Merge crash report\n{versions()}\nArguments: {sys.argv[1:]}\n\n{details}")
