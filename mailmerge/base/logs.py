"""The app's log file: what ran and how it ended, for support. Never a secret.

Secrets never reach a log call in the first place; as a second line of defence every secret the process handles is
registered here and masked by a filter on the file handler, so a future log line that includes one by mistake still
writes `***` instead.
"""

from __future__ import annotations

import base64
import logging
import logging.handlers
from pathlib import Path

LOGGER_NAME = "mailmerge"
_secrets: set[str] = set()


def log_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir("MailMerge", appauthor=False)) / "mailmerge.log"


def register_secret(secret: str | None) -> None:
    """Masks this value (and its base64 form, as SMTP AUTH sends it) in every later log line and crash report."""
    if secret and len(secret) >= 4:
        _secrets.add(secret)
        _secrets.add(base64.b64encode(secret.encode()).decode().rstrip("="))


def mask_secrets(text: str, mask: str = "***") -> str:
    # Longest first, so a secret that contains another registered one is masked whole.
    for secret in sorted(_secrets, key=len, reverse=True):
        text = text.replace(secret, mask)
    return text


class _SecretMask(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask_secrets(record.getMessage())
        record.args = None
        return True


def setup_logging() -> Path:
    """Sends the `mailmerge` logger to a rotating file in the user's log folder; returns its path. Idempotent."""
    logger = logging.getLogger(LOGGER_NAME)
    path = log_path()
    for existing in list(logger.handlers):
        if isinstance(existing, logging.handlers.RotatingFileHandler):
            if Path(existing.baseFilename) == path:
                return path
            logger.removeHandler(existing)  # the log folder moved (tests, a changed XDG setting)
            existing.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return path  # a read-only home must not stop the app; the log is a convenience
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_SecretMask())
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    return path
