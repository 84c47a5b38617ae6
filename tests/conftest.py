"""Shared test set-up: offscreen Qt, isolated config/data folders, real servers on port 0."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SAMPLE_DIR = REPO / "resources" / "sample"
SAMPLE_TEMPLATES = sorted(SAMPLE_DIR.glob("template*.html"))  # the sample letter in English and each language
MARKDOWN_LETTER = REPO / "tests" / "data" / "markdown-letter.md"  # a Markdown template (the sample used to be one)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--kill-runs",
        type=int,
        default=int(os.environ.get("MAILMERGE_KILL_RUNS", "5")),
        help="how many SIGKILLs the crash-safety test deals (default 5; 20 when run by hand)",
    )


@pytest.fixture
def kill_runs(request: pytest.FixtureRequest) -> int:
    return int(request.config.getoption("--kill-runs"))


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own config/data/cache folders, so nothing touches the developer's real ones."""
    home = tmp_path_factory.mktemp("home")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    return home


from window_words import collect_window_words  # noqa: E402,F401  (autouse: every window test is scanned)


@pytest.fixture(scope="session")
def qapp(qapp):  # type: ignore[no-untyped-def]
    """pytest-qt's application with the English catalog installed, as the app has it ("1 contact", "8 contacts")."""
    from ui.i18n import install_translations

    install_translations(qapp, "en")
    return qapp
