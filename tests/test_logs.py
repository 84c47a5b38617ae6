"""The log file records what ran and never a secret."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from conftest import REPO, SAMPLE_DIR

from mailmerge.base.logs import LOGGER_NAME, log_path, register_secret, setup_logging


def test_cli_run_is_logged_with_its_exit_code(isolated_dirs: Path) -> None:
    import os

    env = {**os.environ, "MAILMERGE_PASSWORD": "hunter2-secret"}
    subprocess.run(
        [sys.executable, "-m", "mailmerge", "check", str(SAMPLE_DIR / "contacts.csv"),
         str(SAMPLE_DIR / "template.html")],
        cwd=REPO, env=env, capture_output=True, check=True,
    )
    text = log_path().read_text(encoding="utf-8")
    assert "command check started" in text
    assert "command check finished with exit code 0" in text
    assert "hunter2-secret" not in text


def test_registered_secret_is_masked_even_if_logged_by_mistake() -> None:
    path = setup_logging()
    register_secret("s3cr3t-token-value")
    logging.getLogger(f"{LOGGER_NAME}.test").warning("login with %s failed", "s3cr3t-token-value")
    for handler in logging.getLogger(LOGGER_NAME).handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "login with *** failed" in text
    assert "s3cr3t-token-value" not in text
