"""Check findings and the command line in the reader's language: the CLI follows the computer's language (English
under C/POSIX, which scripts run with), the window words the same codes through Qt, and numbers and dates are
written as the language writes them. Expected sentences are read from the shipped catalogs, not written here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from types import MappingProxyType

import pytest
from conftest import REPO
from pytestqt.qtbot import QtBot

from mailmerge.base.errors import Listed, MailMergeError, Problem
from mailmerge.base.wording import CLI_CONTEXT, local_date, translate, word
from mailmerge.compose.addresses import parse_address_list
from mailmerge.compose.campaign import open_campaign
from mailmerge.compose.preflight import Finding, check

SHEET = "name,email\nAnn,ann@example.com\nBo,bo.example.com\nCy,ann@example.com\n"
TEMPLATE = "From: office@example.com\nTo: {{ email }}\nSubject: Hello {{ name }}\n\nHi {{ name }}\n"


@pytest.fixture
def campaign_files(tmp_path: Path) -> tuple[Path, Path]:
    sheet, template = tmp_path / "people.csv", tmp_path / "letter.txt"
    sheet.write_text(SHEET, encoding="utf-8")
    template.write_text(TEMPLATE, encoding="utf-8")
    return sheet, template


def _cli(args: list[str], lang: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG=lang, XDG_DATA_HOME=str(home))  # an empty suppression list of its own
    return subprocess.run([sys.executable, "-m", "mailmerge", *args], cwd=REPO, env=env, capture_output=True,
                          text=True, check=False)


def _findings(sheet: Path, template: Path) -> list[Finding]:
    return check(open_campaign(sheet, template))


def _cli_text(text: str, language: str, **params: object) -> str:
    """The command line's sentence as the language's catalog has it (a pattern such as "{rows}: {errors}" may
    read the same in both)."""
    return translate(text, language, CLI_CONTEXT).format(**params)


@pytest.mark.parametrize(("locale_name", "language"), [("ko_KR.UTF-8", "ko"), ("id_ID.UTF-8", "id")])
def test_cli_check_prints_findings_and_summary_in_the_computers_language(
        campaign_files: tuple[Path, Path], tmp_path: Path, locale_name: str, language: str) -> None:
    sheet, template = campaign_files
    args = ["check", str(sheet), str(template)]
    english, local = _cli(args, "C.UTF-8", tmp_path), _cli(args, locale_name, tmp_path)
    assert english.returncode == local.returncode == 1  # exit codes do not depend on the language

    bad, twice = _findings(sheet, template)
    assert (bad.code, bad.params["reason_code"], bad.row) == ("address.invalid", "address.no_at_sign", 2)
    sentence = word(Problem(bad.code, bad.template, bad.params), language, row_shown=True)
    reason = translate("It has no @ sign; an address looks like name@example.com.", language)
    assert reason in sentence and "bo.example.com" in sentence  # our own reason, the bad address kept as it is
    assert "not valid" not in sentence and "@ sign" not in sentence
    lines = local.stdout.splitlines()
    assert _cli_text("row {row}, column {column}: {sentence}", language, row=2, column="email",
                     sentence=sentence) in lines
    warning = _cli_text("warning: {sentence}", language,
                        sentence=word(Problem(twice.code, twice.template, twice.params), language, row_shown=True))
    assert _cli_text("row {row}, column {column}: {sentence}", language, row=3, column="email",
                     sentence=warning) in lines
    counts = _cli_text("{rows}: {errors}, {warnings}", language, rows=_cli_text("Checked {n} rows", language, n=3),
                       errors=_cli_text("{n} error", language, n=1), warnings=_cli_text("{n} warning", language, n=1))
    assert lines[-1] == _cli_text("{counts}; fix the errors above, then check again.", language, counts=counts)
    assert "Checked" not in local.stdout and "warning:" not in local.stdout and "column email" not in local.stdout
    assert "Checked" not in counts and "fix the errors" not in lines[-1]

    # Scripts run under C/POSIX: English, as before.
    assert english.stdout.splitlines()[-1] == "Checked 3 rows: 1 error, 1 warning; fix the errors above, then check " \
                                              "again."
    assert ("row 2, column email: To address 'bo.example.com' is not valid: It has no @ sign; an address looks like "
            "name@example.com. Correct it in the spreadsheet or template.") in english.stdout.splitlines()
    # --json is a machine contract: the same whatever the language.
    as_json = [_cli([*args, "--json"], lang, tmp_path) for lang in ("C.UTF-8", locale_name)]
    assert as_json[0].stdout == as_json[1].stdout
    assert json.loads(as_json[0].stdout)[0]["params"]["reason_code"] == "address.no_at_sign"


def test_cli_commands_say_their_own_sentences_in_the_computers_language(tmp_path: Path) -> None:
    added = _cli(["suppression", "add", "kim@example.com"], "zh_TW.UTF-8", tmp_path)
    assert added.stdout.strip() == _cli_text("{address} is on the suppression list now: no campaign sends to it.",
                                             "zh_TW", address="kim@example.com")
    listed = _cli(["suppression", "list"], "ko_KR.UTF-8", tmp_path)
    why = translate("added by hand", "ko")
    assert listed.stdout.strip() == _cli_text("{address}  since {added}, for good: {why}", "ko",
                                              address="kim@example.com", added=local_date(date.today(), "ko"), why=why)
    assert _cli(["suppression", "list"], "C", tmp_path).stdout.strip().endswith(": added by hand")


def test_a_problem_inside_a_problem_is_worded_in_the_same_language() -> None:
    with pytest.raises(MailMergeError) as info:
        parse_address_list("kim@", field="Cc", row=4)
    assert info.value.params["reason_code"] == "address.nothing_after_at"
    korean = word(info.value.problem, "ko")
    assert korean.startswith(translate("Row {row}: ", "ko").format(row=4))
    assert translate("There is nothing after the @ sign.", "ko") in korean and "nothing" not in korean
    assert str(info.value) == ("Row 4: Cc address 'kim@' is not valid: There is nothing after the @ sign. Correct it "
                               "in the spreadsheet or template.")
    # Several problems in one parameter (the unknown fields of a template) are worded one by one.
    items = Listed(Problem("template.unknown_field_line", "{name!r} (template line {line})",
                           MappingProxyType({"name": n, "line": i})) for i, n in enumerate(("nmae", "emial"), 3))
    unknown = Problem("template.unknown_fields", "The template uses {count} fields the spreadsheet has no column "
                      "for: {described}. Fix the names in the template or rename the columns.",
                      MappingProxyType({"count": 2, "described": items}))
    assert "'nmae' (template line 3); 'emial' (template line 4)" in unknown.message()
    chinese = word(unknown, "zh_CN")
    assert translate("{name!r} (template line {line})", "zh_CN").format(name="emial", line=4) in chinese


def test_numbers_and_dates_are_written_as_the_language_writes_them() -> None:
    too_large = Problem("attachment.total_too_large", "{where}The attachments add up to {size_mb:.1f} MB; {provider} "
                        "accepts at most {limit_mb:.0f} MB in total per message. Send large files as a link instead.",
                        MappingProxyType({"where": "", "size_mb": 12.25, "provider": "Tencent Cloud",
                                          "limit_mb": 4.0}))
    assert "12.2 MB" in word(too_large, "en") and "12.2" in word(too_large, "ko")
    assert "12,2" in word(too_large, "id") and "12.2" not in word(too_large, "id")
    quota = "mailmerge: warning: {count:,} messages to send but only {left:,} left in the provider's 24-hour quota: " \
            "the run pauses when the quota is used up and continues by itself when there is room again (up to 24 " \
            "hours later). Leave it running, or stop it and continue later with --resume."
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    code = ("from mailmerge.commands.speech import say; print(say(" + repr(quota) + ", count=12345, left=500))")
    said = subprocess.run([sys.executable, "-c", code], env={**env, "LANG": "id_ID.UTF-8"}, cwd=REPO,
                          capture_output=True, text=True, check=True).stdout
    assert "12.345" in said and "12,345" not in said
    assert local_date(date(2026, 3, 1), "en") == "2026-03-01"
    assert local_date(date(2026, 3, 1), "ko") == "2026. 3. 1."
    assert local_date(date(2026, 3, 1), "zh_TW") == "2026/3/1" and local_date(date(2026, 3, 1), "id") == "01/03/2026"


@pytest.mark.gui
def test_the_check_step_in_korean_words_an_address_problem_in_korean(
        qtbot: QtBot, campaign_files: tuple[Path, Path], tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui.i18n import install_translations
    from ui.main_window import MainWindow
    from ui.models.findings_model import COL_MESSAGE

    sheet, template = campaign_files
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translations(app, "ko")
    try:
        window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.session.load_template_text(template.read_text(encoding="utf-8"), "text", None)
        window.open_contacts(sheet)
        qtbot.waitUntil(lambda: window.contacts_view.model.rowCount() == 3, timeout=10_000)
        window.check_action.trigger()
        qtbot.waitUntil(window.check_view.check_button.isEnabled, timeout=10_000)
        model = window.check_view.model
        shown = {model.finding(i).code: str(model.data(model.index(i, COL_MESSAGE))) for i in range(model.rowCount())}
        bad = next(model.finding(i) for i in range(model.rowCount()) if model.finding(i).code == "address.invalid")
        assert shown["address.invalid"] == word(Problem(bad.code, bad.template, bad.params), "ko", row_shown=True)
        assert translate("It has no @ sign; an address looks like name@example.com.", "ko") in shown["address.invalid"]
        assert "Row 2" not in shown["address.invalid"] and "2행" not in shown["address.invalid"]  # the Row column
        assert "not valid" not in shown["address.invalid"] and "recipient" not in shown["recipient.duplicate"]
    finally:
        install_translations(app, "en")


def test_send_warnings_and_notices_are_problems_a_face_words() -> None:
    """The provider's quota left, a quota that could not be read, the copies put in Sent: said by both faces in
    the reader's language, with the language's numbers."""
    from mailmerge.accounts.profiles import DayBudget
    from mailmerge.transports.imap import ImapSettings
    from mailmerge.transports.sent_copy import SentCopier

    quota = DayBudget(limit=50_000, used=1_234).problem()
    assert str(quota) == "48,766 of 50,000 messages left in the provider's 24-hour quota."
    indonesian = word(quota, "id")
    assert "48.766" in indonesian and "50.000" in indonesian and indonesian != str(quota)

    copier = SentCopier(ImapSettings("127.0.0.1", 9, "none", "kim", "pw"))
    copier.copied, copier.problem = 3, Problem("sent_copy.too_slow",
                                               "The mailbox server was too slow to take every copy in time.")
    [notice] = copier.notices()
    korean = word(notice, "ko")
    assert translate("The mailbox server was too slow to take every copy in time.", "ko") in korean
    assert "copies" not in korean and "3" in korean
