"""Every row's reason is a code + parameters from the server's answer to the window and the command line: the
window and the CLI word it in the reader's language with the server's own text verbatim, the journal keeps it (a
journal written before keeps opening and shows its English), and a reopened run words the plan's left-out rows."""

# ruff: noqa: F811  (pytest fixtures are imported and used as parameters of the same name)
from __future__ import annotations

import ast
import csv
import dataclasses
import json
import os
import runpy
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import REPO
from engine_fixtures import address_of, journal_in, server_fixture, write_campaign  # noqa: F401
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from servers import ScriptedServer
from ui_fixtures import WAIT_MS, ScriptedDialogs, ServerTarget, start_send, wait_until_idle, window  # noqa: F401

from mailmerge.base import events, outcome
from mailmerge.base.errors import Problem, literal, make_problem, problem_from_json, problem_to_json
from mailmerge.base.events import RowFailed
from mailmerge.base.outcome import OutcomeKind
from mailmerge.base.wording import catalog, translate, word
from mailmerge.sending.journal import PROBLEM_COLUMN, Journal, RowStatus
from mailmerge.transports import classify
from ui.main_window import MainWindow

# A policy refusal quotes the server: its words (braces and all) are a parameter, shown as the server wrote them.
SERVER_TEXT = "5.7.1 <wang.wei@example.org>: Message rejected {spam score 9.7}"
POLICY = next(rule.reason for rule in classify.RULES if rule.reason_code == "smtp.policy_rejected")
UNKNOWN_USER = next(rule.reason for rule in classify.RULES if rule.reason_code == "smtp.mailbox_unknown")


@pytest.fixture
def korean(qapp: QApplication) -> Iterator[None]:
    from ui.i18n import install_translations

    install_translations(qapp, "ko")
    yield
    install_translations(qapp, "en")


def _env(lang: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    return {**env, "LANG": lang, "PYTHONPATH": str(REPO)}


# ------------------------------------------------------------------------------------------------ the core
def test_a_sentence_inside_a_sentence_is_worded_in_the_same_language() -> None:
    outcome = classify.classify_reply(550, SERVER_TEXT, stage="rcpt")
    assert outcome.problem is not None and outcome.problem.code == outcome.reason_code == "smtp.policy_rejected"
    assert outcome.problem.params["text"] == SERVER_TEXT and outcome.reason == POLICY.format(text=SERVER_TEXT)
    gave_up = make_problem("engine.gave_up", "{reason} Gave up after {attempts} attempts.", reason=outcome.problem,
                           attempts=3)
    korean = word(gave_up, "ko")
    assert korean == translate("{reason} Gave up after {attempts} attempts.", "ko").format(
        reason=translate(POLICY, "ko").format(text=SERVER_TEXT), attempts=3)
    assert SERVER_TEXT in korean and "refused" not in korean
    assert gave_up.message() == f"{outcome.reason} Gave up after 3 attempts."


def test_problems_survive_the_journal_column_and_bad_text_is_no_error() -> None:
    listed = (make_problem("engine.listed_address", "{address} ({why})", address="a@x.org",
                           why=make_problem("suppression.manual", "added by hand")),
              make_problem("engine.listed_address", "{address} ({why})", address="b@x.org",
                           why=literal("suppression.other", "a code from a newer version")))
    note = make_problem("engine.copies_left_out", "Sent without {listed}.", listed=listed)
    assert problem_from_json(problem_to_json(note)) == note
    assert note.message() == "Sent without a@x.org (added by hand), b@x.org (a code from a newer version)."
    assert word(note, "zh_CN") == "Sent without a@x.org（手动添加）, b@x.org（a code from a newer version）."
    late = make_problem("engine.late", "Row {row} was to be sent at {when}.", row=4,
                        when=datetime(2026, 3, 1, 9, 30, tzinfo=UTC))
    assert problem_from_json(problem_to_json(late)) == late  # a moment stays one: each face writes it its way
    assert late.message() == f"Row 4 was to be sent at {late.params['when'].astimezone():%Y-%m-%d %H:%M}."
    for damaged in ("", "not json", "[1, 2]", '{"code": 1}', '{"code": "x", "template": "t", "params": []}'):
        assert problem_from_json(damaged) is None


def test_every_reason_template_of_the_transports_goes_to_the_translators() -> None:
    from mailmerge.transports import ses, tencent

    tools = runpy.run_path(str(REPO / "packaging" / "update_translations.py"), run_name="translations")
    core = {text for context, text in tools["core_sources"]() if context == "Problem"}
    templates = {rule.reason for rule in (*classify.RULES, classify._UNEXPECTED, classify._UNEXPECTED_AFTER_BODY)}
    templates |= {rule.sentence for rule in (*ses._CODE_RULES.values(), *ses._MESSAGE_RULES.values())}
    templates |= {rule.sentence for rule in (*tencent._CODE_RULES.values(), *tencent._FAMILY_RULES.values())}
    assert templates - core == set()
    for language in ("ko", "zh_CN", "zh_TW", "id"):
        assert templates - set(catalog(language)) == set(), language


# ------------------------------------------------------------------------------------------------ the window
@pytest.mark.gui
def test_korean_window_words_a_refused_recipient_with_the_servers_text_verbatim(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, korean: None) -> None:
    from ui import journals
    from ui.models.recipients_model import COL_REASON

    win = window
    server = ScriptedServer().start()
    try:
        server.script.always("rcpt", f"550 {SERVER_TEXT}", address="wang.wei@example.org")
        win.target_for = lambda _name: ServerTarget(server.port)  # type: ignore[assignment,return-value]
        win.load_sample()
        qtbot.waitUntil(lambda: win.session.table is not None, timeout=WAIT_MS)
        start_send(qtbot, win)
        wait_until_idle(qtbot, win)
        shown = win.send_view.proxy.index(1, COL_REASON).data()
        expected = translate(POLICY, "ko").format(text=SERVER_TEXT)
        assert shown == expected and SERVER_TEXT in shown and "받는 쪽 서버가 정책" in shown
        assert win.send_view.model.status(2) == "failed"

        # The journal keeps the English sentence for reports and scripts, and the code + parameters beside it.
        path = journals.current_journal(win.session.campaign(), win.session.account)
        journal = Journal.read_only(path)
        try:
            record = journal.record_of(2)
        finally:
            journal.close()
        assert record is not None and record.reason == POLICY.format(text=SERVER_TEXT)
        assert record.problem is not None and record.problem.code == "smtp.policy_rejected"
        assert record.problem.params["text"] == SERVER_TEXT
        # Reopened, the row says the same in the window's language, and so does the report the window exports.
        assert journals.row_statuses(path)[2] == ("failed", expected)
        report = tmp_path / "report.csv"
        win.dialogs.save_path = report  # type: ignore[attr-defined]
        before = win.send_view.status_label.text()
        win.export_action.trigger()
        qtbot.waitUntil(lambda: win.send_view.status_label.text() != before, timeout=WAIT_MS)
        with report.open(encoding="utf-8-sig", newline="") as stream:
            lines = list(csv.DictReader(stream))
        assert lines[1]["Reason"] == expected and lines[0]["Reason"] == ""
    finally:
        server.stop()


@pytest.mark.gui
def test_a_reopened_run_words_the_rows_the_plan_left_out_in_the_windows_language(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, korean: None) -> None:
    people = tmp_path / "people.csv"
    people.write_text("email,name\na@example.com,A\nb@example.com,B\na@example.com,A again\n", encoding="utf-8")
    template = "From: office@example.com\nSubject: Hi {{ name }}\n\nHello {{ name }}"
    server = ScriptedServer().start()
    try:
        window.target_for = lambda _name: ServerTarget(server.port)  # type: ignore[assignment,return-value]
        window.session.load_template_text(template, "text", None)
        window.open_contacts(people)
        qtbot.waitUntil(lambda: window.send_view.model.rowCount() == 3, timeout=WAIT_MS)
        start_send(qtbot, window)
        wait_until_idle(qtbot, window)
        assert len(server.messages) == 2
        window.worker.shutdown()

        again = MainWindow(QSettings(str(tmp_path / "settings-2.ini"), QSettings.Format.IniFormat))
        again.dialogs = ScriptedDialogs()  # type: ignore[assignment]
        qtbot.addWidget(again)
        again.session.load_template_text(template, "text", None)
        again.open_contacts(people)
        qtbot.waitUntil(lambda: again.send_view.model.rowCount() == 3 and again.send_view.model.status(3) == "skipped",
                        timeout=WAIT_MS)
        expected = QCoreApplication.translate("ConfirmSend", "Same address as row {row}, which gets the message.")
        assert again.send_view.model.reason(3) == expected.format(row=1)
        assert "같습니다" in again.send_view.model.reason(3)
        assert again.send_view.model.status(1) == "sent"
        again.worker.shutdown()
    finally:
        server.stop()


# ------------------------------------------------------------------------------------------------ old journals
# The recipients table as every journal before reasons were kept as code + parameters had it.
OLD_SCHEMA = """
CREATE TABLE campaign (key TEXT PRIMARY KEY, created TEXT NOT NULL, contacts_path TEXT NOT NULL,
    template_path TEXT NOT NULL, columns TEXT NOT NULL, state TEXT NOT NULL, schema_version INTEGER NOT NULL);
CREATE TABLE recipients (row INTEGER PRIMARY KEY, address TEXT NOT NULL DEFAULT '', status TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT '', attempts INTEGER NOT NULL DEFAULT 0, reason_code TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '', reply TEXT NOT NULL DEFAULT '', message_id TEXT NOT NULL DEFAULT '',
    sent_at TEXT NOT NULL DEFAULT '', row_hash TEXT NOT NULL, row_values TEXT NOT NULL, updated_at TEXT NOT NULL);
"""
OLD_REFUSAL = "This address does not exist (the receiving server says there is no such mailbox or domain). Old."
NOW = "2026-03-01T09:00:00.000+00:00"


def _old_journal(path: Path) -> None:
    db = sqlite3.connect(path)
    db.executescript(OLD_SCHEMA)
    db.execute("INSERT INTO campaign VALUES ('key', ?, 'c.csv', 't.txt', '[\"email\"]', 'stopped', 1)", (NOW,))
    rows = [
        (1, "a@example.com", "failed", "hard_bounce", 1, "smtp.mailbox_unknown", OLD_REFUSAL, "550 5.1.1 gone"),
        (2, "b@example.com", "skipped", "changed", 0, "changed", "Row 2 changed in the spreadsheet.", ""),
        (3, "c@example.com", "unknown", "", 1, "journal.interrupted", "The program stopped (old words).", ""),
        (4, "d@example.com", "sent", "", 1, "", "", "250 OK"),
    ]
    db.executemany("INSERT INTO recipients (row, address, status, kind, attempts, reason_code, reason, reply, "
                   "row_hash, row_values, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'h', '[\"x\"]', ?)",
                   [(*row, NOW) for row in rows])
    db.commit()
    db.close()


def test_a_journal_of_the_old_schema_opens_keeps_its_english_and_takes_new_reasons(tmp_path: Path) -> None:
    path = tmp_path / "old.journal.sqlite"
    _old_journal(path)
    before = path.read_bytes()

    journal = Journal.read_only(path)  # History and reports read it as it is, without changing it
    try:
        records = {r.row: r for r in journal.records()}
        unsettled = journal.summary().unsettled
    finally:
        journal.close()
    assert path.read_bytes() == before
    assert records[1].reason == OLD_REFUSAL and records[1].problem is None
    assert [(u.row, u.reason, u.problem) for u in unsettled] == [(3, "The program stopped (old words).", None)]

    journal = Journal.open(path, "key")  # a run continues it: the column is added, every old row kept
    try:
        journal.record(RowFailed(2, OutcomeKind.REJECTED, "smtp.policy_rejected", "English.", "550 x",
                                 make_problem("smtp.policy_rejected", POLICY, text="550 x")))
        journal.flush()
        records = {r.row: r for r in journal.records()}
    finally:
        journal.close()
    assert records[1].reason == OLD_REFUSAL and records[1].problem is None and records[4].status is RowStatus.SENT
    assert records[2].problem == make_problem("smtp.policy_rejected", POLICY, text="550 x")
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert PROBLEM_COLUMN in {column[1] for column in db.execute("PRAGMA table_info(recipients)")}
    finally:
        db.close()


@pytest.mark.gui
def test_the_window_shows_an_old_journals_reasons_in_its_language_where_it_has_words(
        tmp_path: Path, korean: None) -> None:
    from ui import journals
    from ui.wording import WINDOW_SENTENCES

    path = tmp_path / "old.journal.sqlite"
    _old_journal(path)
    shown = journals.row_statuses(path)
    assert shown[1] == ("failed", OLD_REFUSAL)  # no code + parameters stored: its own words, as they were
    changed = QCoreApplication.translate("wording", WINDOW_SENTENCES["changed"]).format(row=2)
    assert shown[2] == ("skipped", changed) and "2행" in changed
    interrupted = QCoreApplication.translate("wording", WINDOW_SENTENCES["journal.interrupted"])
    assert shown[3] == ("unknown", interrupted) and "--retry-failed" not in interrupted
    assert shown[4] == ("sent", "")


# ------------------------------------------------------------------------------------------------ the CLI
def test_the_cli_prints_a_refused_rows_reason_in_the_computers_language(
        tmp_path: Path, server: ScriptedServer) -> None:
    contacts, template = write_campaign(tmp_path, 3)
    server.script.always("rcpt", "550 5.1.1 <person2@example.com>: no such user here", address=address_of(2))
    events = tmp_path / "events.jsonl"
    command = [sys.executable, "-m", "mailmerge", "send", str(contacts), str(template),
               f"--server=smtp://127.0.0.1:{server.port}", "--yes", f"--events-jsonl={events}"]
    korean = subprocess.run(command, cwd=REPO, env=_env("ko_KR.UTF-8"), capture_output=True, text=True,
                            check=False, timeout=120)
    assert korean.returncode == 1, korean.stderr
    reason = translate(UNKNOWN_USER, "ko")
    said = translate(" (server said: {raw})", "ko").format(raw=f"RCPT TO:<{address_of(2)}>: 550 5.1.1 "
                                                                f"<person2@example.com>: no such user here")
    line = translate("row {row}: failed: {reason}{said}", "ko").format(row=2, reason=reason, said=said)
    assert line in korean.stdout + korean.stderr and "does not exist" not in korean.stdout + korean.stderr

    # The events file stays the scripts' English, with the code and the server's words beside it.
    failed = next(e for e in map(json.loads, events.read_text(encoding="utf-8").splitlines())
                  if e["event"] == "RowFailed")
    assert failed["reason"] == UNKNOWN_USER and failed["reason_code"] == "smtp.mailbox_unknown"
    assert failed["problem"]["code"] == "smtp.mailbox_unknown"
    assert failed["problem"]["params"]["text"] == "5.1.1 <person2@example.com>: no such user here"
    journal = Journal.read_only(journal_in(tmp_path))
    try:
        record = journal.record_of(2)
    finally:
        journal.close()
    assert record is not None and record.reason == UNKNOWN_USER
    assert isinstance(record.problem, Problem) and word(record.problem, "ko") == reason


@pytest.mark.gui
def test_a_late_rows_time_is_written_the_windows_way(korean: None) -> None:
    from mailmerge.sending.engine import _late_reason, _quota_reason
    from ui.i18n import shown_time
    from ui.wording import row_reason

    when = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    problem = _late_reason(4, when, timedelta(minutes=60))
    text = row_reason("late", 4, problem.message(), problem)
    assert shown_time(when) in text and "4행" in text and "60분" in text and "--journal" not in text
    wait = _quota_reason("hour")(when)  # the notice while nothing moves, in the core's own sentence
    notice = row_reason("", 0, wait.message(), wait)
    assert notice == translate(wait.template, "ko").format(at=shown_time(when)) and "시간당" in notice


def test_every_reason_the_core_makes_carries_its_code_and_parameters() -> None:
    """A reason made as a bare English sentence would stay English in every window and every terminal."""
    carriers = {cls.__name__: len(dataclasses.fields(cls)) for cls in (
        outcome.Outcome, events.RowFailed, events.RowSkipped, events.RowUnknown, events.RowRetrying,
        events.Throttled, events.QuotaWait)}
    bare = []
    for path in sorted((REPO / "mailmerge").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in carriers \
                    and len(node.args) < carriers[node.func.id] and "problem" not in {k.arg for k in node.keywords}:
                bare.append(f"{path.relative_to(REPO)}:{node.lineno}: {ast.unparse(node)[:80]}")
    assert not bare, "\n".join(bare)
