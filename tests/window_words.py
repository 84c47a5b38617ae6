"""Every message a window test makes the app show, collected so a test fails when one speaks command-line language.

While a GUI test runs, `collect_window_words` records the text given to labels (inline errors, status lines,
notices), tooltips and placeholders, every question or notice asked through a dialog helper (ui.dialogs.Dialogs and
the tests' scripted stand-ins), and what the app's own tables show as they are filled (Check's findings, each
recipient's reason, History). Any of it naming a command-line option, a `mailmerge` command or backticks fails the
test with the offending text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

CLI_WORDS = re.compile(
    r"(?<![\w-])--[a-z][a-z-]*"  # an option such as --resume, --journal, --password-stdin
    r"|`"  # command-line quoting
    r"|\bmailmerge (?:send|check|preview|report|outbox|account|suppression)\b"
    r"|\bthe same command\b"
)
MAX_ROWS_SCANNED = 2_000  # per table; the tests' tables are smaller, a 100k-row one need not be read whole


def cli_words_in(text: str) -> list[str]:
    return CLI_WORDS.findall(text)


@contextmanager
def _recording(monkeypatch: pytest.MonkeyPatch, shown: list[str]) -> Iterator[None]:
    def wrap(owner: Any, name: str) -> None:
        original: Callable[..., Any] = getattr(owner, name)

        def recorded(*args: Any, **kwargs: Any) -> Any:
            texts = [a for a in args[1:] if isinstance(a, str)]  # args[0] is self
            shown.extend(texts)
            return original(*args, **kwargs)

        monkeypatch.setattr(owner, name, recorded)

    wrap(QLabel, "setText")
    wrap(QWidget, "setToolTip")
    wrap(QLineEdit, "setPlaceholderText")
    from ui.dialogs import Dialogs

    for method in ("confirm", "save_discard_cancel", "inform"):
        wrap(Dialogs, method)
    try:
        import ui_fixtures
    except ImportError:  # tests without the window fixtures
        pass
    else:
        for method in ("confirm", "save_discard_cancel", "inform"):
            wrap(ui_fixtures.ScriptedDialogs, method)
    yield


def _table_texts(model: QAbstractItemModel) -> Iterator[str]:
    for row in range(min(model.rowCount(), MAX_ROWS_SCANNED)):
        for column in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.index(row, column).data(role)
                if isinstance(value, str):
                    yield value


def _record_tables(monkeypatch: pytest.MonkeyPatch, shown: list[str]) -> None:
    """What the app's own tables show, read as each is filled (the tables are gone by the time a test ends)."""
    from ui.models.findings_model import FindingsModel
    from ui.models.history_model import HistoryModel
    from ui.models.recipients_model import RecipientsModel

    for owner, name in ((FindingsModel, "set_findings"), (HistoryModel, "set_items")):
        original: Callable[..., Any] = getattr(owner, name)

        def filled(model: QAbstractItemModel, *args: Any, _original: Callable[..., Any] = original) -> Any:
            result = _original(model, *args)
            shown.extend(_table_texts(model))
            return result

        monkeypatch.setattr(owner, name, filled)
    apply = RecipientsModel.apply

    def applied(model: RecipientsModel, updates: Mapping[int, tuple[str, str]]) -> None:
        shown.extend(reason for _status, reason in updates.values())
        apply(model, updates)

    monkeypatch.setattr(RecipientsModel, "apply", applied)


@pytest.fixture(autouse=True)
def collect_window_words(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    shown: list[str] = []
    if request.node.get_closest_marker("gui") is None:
        yield shown
        return
    with _recording(monkeypatch, shown):
        _record_tables(monkeypatch, shown)
        yield shown
    offending = sorted({text for text in shown if cli_words_in(text)})
    assert not offending, "the window showed command-line words:\n" + "\n".join(offending)
