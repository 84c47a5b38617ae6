"""The window's words for the core's problems: the same codes and parameters, no command-line vocabulary."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from window_words import cli_words_in

from mailmerge.accounts import profiles
from mailmerge.base.errors import MailMergeError, Problem
from mailmerge.base.events import RunStopped
from mailmerge.sending.journal import Journal
from ui import wording

pytestmark = pytest.mark.gui


def core_problems(tmp_path: Path) -> list[MailMergeError]:
    """Real errors from the core whose own sentence is written for the command line."""
    found: list[MailMergeError] = []
    for make in (
        lambda: profiles.get_account("Office"),
        lambda: profiles.new_account("Office", "generic"),
        lambda: profiles.new_account("Office", "no-such-provider"),
        lambda: profiles.resolve_transport("Office"),
        lambda: Journal.read_only(tmp_path / "none.sqlite"),
    ):
        with pytest.raises(MailMergeError) as caught:
            make()
        found.append(caught.value)
    return found  # a missing password (keyring needed) is in test_ui_accounts.py


def test_core_problems_are_worded_for_the_window_with_their_parameters(tmp_path: Path) -> None:
    problems = core_problems(tmp_path)
    assert {p.code for p in problems} >= {"account.unknown", "account.no_host", "journal.missing", "preset.unknown"}
    assert all(cli_words_in(str(p)) for p in problems)  # the core's own sentences speak to a terminal
    for problem in problems:
        text = wording.problem_text(problem)
        assert not cli_words_in(text), text
        for value in problem.params.values():
            if isinstance(value, str) and value in ("Office", "no-such-provider"):
                assert value in text  # the same parameters, in the window's sentence


def test_every_window_sentence_is_free_of_command_line_words() -> None:
    params = {"name": "Office", "file": "list.csv", "why": "has expired", "lapsed": "It lapsed.", "key": "x",
              "sent": 3, "attempts": 2, "path": "/p", "error": "e", "row": 4, "times": 10, "raw": "454 slow down",
              "reason": "unexpected '}'", "text": "{{ x }", "header": None, "body_line": 2,
              "field": "nmae", "suggestion": "name", "fields": ("nmae", "fiel"), "suggestions": ("name", None),
              "headers": ("Subject", None), "body_lines": (None, 3), "answer": "", "count": 12,
              "when": "2026-03-01 09:00", "minutes": 60}
    for code in wording.WINDOW_SENTENCES:
        text = wording.words(code, params, "fallback")
        assert text != "fallback" and not cli_words_in(text), (code, text)


def test_template_problems_name_the_line_as_the_message_step_shows_it(tmp_path: Path) -> None:
    from mailmerge.compose.template import parse_template

    with pytest.raises(MailMergeError) as caught:
        parse_template("From: a@example.com\nSubject: Hi\n\nfirst\n{{ name }\n", "text", tmp_path / "t.md")
    text = wording.problem_text(caught.value)
    assert "line 2 of the message" in text and str(tmp_path) not in text
    params = {"fields": ("nmae", "zzz"), "suggestions": ("name", None), "headers": ("Subject", None),
              "body_lines": (None, 7)}
    text = wording.words("template.unknown_fields", params, "core")
    assert "“nmae” on the Subject line (closest column: “name”)" in text and "“zzz” on line 7 of the message" in text


def test_no_path_inside_the_app_is_shown() -> None:
    inside = wording.APP_FOLDER + "resources/sample/report.pdf"
    core = f"The attachment {inside} does not exist. Put the file there."
    text = wording.words("attachment.missing", {"file": inside}, core)
    assert text == "The attachment report.pdf does not exist. Put the file there."


def test_a_stopped_run_is_worded_from_its_code() -> None:
    from mailmerge.base.errors import Problem

    stopped = RunStopped("cancelled", "… run the same command with --resume …",
                         Problem("engine.cancelled", "", {"sent": 7}))
    text = wording.stop_text(stopped)
    assert "cancelled" in text and "Send to everyone" in text and not cli_words_in(text)
    assert wording.stop_text(RunStopped("stop_run", "The server refused the login.")) == (
        "The server refused the login.")


def test_the_collector_sees_labels_and_catches_command_line_words(
    qtbot: QtBot, collect_window_words: list[str]
) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    label.setText("Run the same command with --resume.")
    assert "Run the same command with --resume." in collect_window_words
    assert sorted(cli_words_in(collect_window_words[-1])) == ["--resume", "the same command"]
    collect_window_words.clear()  # this test's own example must not fail it
    for harmless in ("Sent — 3 of 10", "Save as campaign.mailmerge.json", "10:30-11:00"):
        assert cli_words_in(harmless) == []


def test_account_problems_say_which_button_fixes_them() -> None:
    missing = MailMergeError("account.no_password", "… `mailmerge account add` …", name="Office", preset="generic")
    lapsed = Problem("oauth.expired", "The sign-in for account {name!r} has expired or was withdrawn.",
                     MappingProxyType({"name": "Office"}))
    expired = MailMergeError("oauth.signin_expired", "… `mailmerge account add` …", name="Office", lapsed=lapsed)
    assert wording.account_fix(missing) == "edit" and wording.account_fix(expired) == "sign_in"
    assert wording.account_fix(MailMergeError("journal.disk_full", "x", path="/p")) is None
    assert "Click “Open the account…”" in wording.problem_text(missing)  # the Send step's button
    assert "Click “Edit…”" in wording.problem_text(missing, fix="“Edit…”")  # the Accounts dialog's
    assert "“Sign in”" in wording.problem_text(expired) and not cli_words_in(wording.problem_text(expired))
