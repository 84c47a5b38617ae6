"""Testing an account in the reader's language: Send → Accounts… → Test connection and `mailmerge account test`
name each stage and say what it found in the window's (or the computer's) language, the server's own words are
shown as the server wrote them, and the C locale keeps the English that scripts read. Against a real aiosmtpd
server with AUTH, local SES answers and the real keyring; expected sentences are read from the shipped catalogs.

Run under D-Bus with an unlocked keyring (see tests/test_ui_accounts.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import REPO
from pytestqt.qtbot import QtBot
from servers import ScriptedServer
from test_api_accounts import SES_REGION, FakeSesAccount, save_ses
from test_api_accounts import ses_api as ses_api  # fixture, used as a parameter
from test_ui_accounts import PASSWORD, USER, needs_keyring, run_test
from test_ui_accounts import account_name as account_name  # fixtures, used as parameters
from test_ui_accounts import login_server as login_server

from mailmerge.accounts import credentials
from mailmerge.accounts import profiles as accounts
from mailmerge.base.wording import CLI_CONTEXT, catalog, translate
from ui.i18n import install_translations
from ui.views.accounts_dialog import AccountsDialog

# What Gmail answers a wrong password: its own words, with the help page, shown as they are in every language.
GMAIL_REFUSAL = ("535 5.7.8 Username and Password not accepted. Learn more at "
                 "https://support.google.com/mail/?p=BadCredentials")
AIOSMTPD_REFUSAL = "535 5.7.8 Authentication credentials invalid"
LOGIN_REFUSED = "The server refused the user name or password. Check both in the account settings and try again."
SERVER_ANSWER = "{reason} Server's answer: {answer}"
LINE = "{mark} {stage}: {detail}"
STAGES = ("DNS", "TCP", "EHLO", "TLS", "AUTH")  # the order the probe passes them in


@pytest.fixture
def korean(qapp: object) -> Iterator[None]:
    install_translations(qapp, "ko")  # type: ignore[arg-type]
    yield
    install_translations(qapp, "en")  # type: ignore[arg-type]


def save_smtp(name: str, port: int, password: str) -> None:
    accounts.save_account(accounts.new_account(name, "generic", host="127.0.0.1", port=port, security="none",
                                               username=USER, from_address=f"Office <{USER}>"))
    credentials.save_secret(credentials.account_key(name), password)


def ko(text: str, context: str = "Problem") -> str:
    """The Korean catalog's sentence, which must exist (a missing one would make the test compare English)."""
    assert text in catalog("ko", context), f"no Korean for {text!r}"
    return translate(text, "ko", context)


def korean_refusal(answer: str) -> str:
    detail = ko(SERVER_ANSWER).format(reason=ko(LOGIN_REFUSED), answer=answer)
    return ko(LINE, CLI_CONTEXT).format(mark="✗", stage=ko("AUTH"), detail=detail)


# ------------------------------------------------------------------------------------------------- the window
@pytest.mark.gui
@needs_keyring
def test_a_refused_login_is_shown_in_korean_with_the_servers_own_words(
    qtbot: QtBot, korean: None, login_server: ScriptedServer, account_name: str
) -> None:
    login_server.script.always("auth", GMAIL_REFUSAL)
    save_smtp(account_name, login_server.port, "not-the-password")
    dialog = AccountsDialog()
    qtbot.addWidget(dialog)
    dialog.reload(select=account_name)
    lines = run_test(qtbot, dialog).splitlines()

    assert [(s.stage, s.ok) for s in dialog.last_test] == [
        ("dns", True), ("tcp", True), ("ehlo", True), ("tls", True), ("auth", False)]
    labels = [line.split(":")[0] for line in lines]
    assert labels == [f"✓ {ko(stage)}" for stage in STAGES[:-1]] + [f"✗ {ko('AUTH')}"]
    assert labels[-1] == "✗ 로그인"
    assert lines[-1] == korean_refusal(GMAIL_REFUSAL)  # the window and the CLI say it alike
    assert "서버 응답" in lines[-1] and lines[-1].endswith(GMAIL_REFUSAL)  # Gmail's words, not translated
    assert lines[1] == f"✓ {ko('TCP')}: " + ko("Connected to {host} port {port}.").format(
        host="127.0.0.1", port=login_server.port)
    assert dialog.status.text() == ko("The connection failed:", "AccountsDialog")
    assert "not-the-password" not in "\n".join(lines)
    # The account's own line in the list is said in Korean too.
    where = ko("{host}:{port} ({security})").format(host="127.0.0.1", port=login_server.port, security="none")
    assert dialog.model.data(dialog.model.index(0)) == ko("{name}: {where} as {user}").format(
        name=account_name, where=where, user=USER)


@pytest.mark.gui
@needs_keyring
def test_a_working_server_passes_every_stage_in_korean(
    qtbot: QtBot, korean: None, login_server: ScriptedServer, account_name: str
) -> None:
    save_smtp(account_name, login_server.port, PASSWORD)
    dialog = AccountsDialog()
    qtbot.addWidget(dialog)
    dialog.reload(select=account_name)
    lines = run_test(qtbot, dialog).splitlines()
    assert all(s.ok for s in dialog.last_test) and len(lines) == len(STAGES)
    assert lines[0] == f"✓ {ko('DNS')}: " + ko("{host} is at {addresses}.").format(host="127.0.0.1",
                                                                                    addresses="127.0.0.1")
    assert lines[-1] == f"✓ {ko('AUTH')}: " + ko("Signed in as {user}.").format(user=USER)
    assert lines[-1] == f"✓ 로그인: {USER}(으)로 로그인했습니다."
    assert not any(english in "\n".join(lines) for english in ("Connected", "Signed in", "greeted", "encrypted"))


@pytest.mark.gui
@needs_keyring
def test_an_ses_accounts_checks_are_shown_in_korean(
    qtbot: QtBot, korean: None, ses_api: FakeSesAccount, account_name: str
) -> None:
    ses_api.body["ProductionAccessEnabled"] = False
    save_ses(account_name, f"http://{ses_api.host}")
    dialog = AccountsDialog()
    qtbot.addWidget(dialog)
    dialog.reload(select=account_name)
    lines = run_test(qtbot, dialog).splitlines()
    assert [(c.step, c.status) for c in dialog.last_api_test] == [
        ("sign-in", "ok"), ("sending", "ok"), ("sandbox", "warning"), ("quota", "ok")]
    assert lines[0] == f"✓ {ko('SIGN-IN')}: " + ko("Amazon SES in {region} accepted the access key {key}.").format(
        region=SES_REGION, key="AKIAQUOTA")
    assert lines[2].startswith(f"! {ko('SANDBOX')}: ") and SES_REGION in lines[2] and "sandbox" not in lines[2]
    assert lines[3].startswith(f"✓ {ko('QUOTA')}: ") and "초당 14통, 하루 50,000통" in lines[3]


# ---------------------------------------------------------------------------------------------- the CLI
def account(lang: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}  # keeps XDG_* and D-Bus
    env["LANG"] = lang
    return subprocess.run([sys.executable, "-m", "mailmerge", "account", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, check=False, timeout=120)


def account_test(name: str, lang: str) -> subprocess.CompletedProcess[str]:
    return account(lang, "test", name)


@needs_keyring
def test_account_test_speaks_the_computers_language_and_c_stays_english(
    login_server: ScriptedServer, account_name: str
) -> None:
    save_smtp(account_name, login_server.port, "not-the-password")
    korean, english = account_test(account_name, "ko_KR.UTF-8"), account_test(account_name, "C")
    assert korean.returncode == english.returncode == 2  # exit codes do not depend on the language
    said = korean.stdout.splitlines()
    assert said[-1] == korean_refusal(AIOSMTPD_REFUSAL)
    assert said[-1].startswith("✗ 로그인: ") and said[-1].endswith(AIOSMTPD_REFUSAL)
    assert [line.split(":")[0] for line in said[:-1]] == [f"✓ {ko(stage)}" for stage in STAGES[:-1]]
    assert english.stdout.splitlines()[-1] == (
        f"✗ AUTH: {LOGIN_REFUSED} Server's answer: {AIOSMTPD_REFUSAL}")
    assert [line.split(":")[0] for line in english.stdout.splitlines()] == [
        "✓ DNS", "✓ TCP", "✓ EHLO", "✓ TLS", "✗ AUTH"]

    save_smtp(account_name, login_server.port, PASSWORD)
    working = account_test(account_name, "ko_KR.UTF-8")
    assert working.returncode == 0
    assert working.stdout.splitlines()[-1] == f"✓ 로그인: {USER}(으)로 로그인했습니다."
    assert account_test(account_name, "C").stdout.splitlines()[-1] == f"✓ AUTH: Signed in as {USER}."

    where = f"127.0.0.1:{login_server.port} (none)"
    assert account("ko_KR.UTF-8", "list").stdout.startswith(f"{account_name}: {where}, 사용자 {USER}  [generic; ")
    assert account("C", "list").stdout.startswith(f"{account_name}: {where} as {USER}  [generic; ")


def test_send_names_the_built_in_outbox_in_the_computers_language(tmp_path: Path) -> None:
    sheet, template = tmp_path / "people.csv", tmp_path / "letter.txt"
    sheet.write_text("name,email\nAnn,ann@example.com\n", encoding="utf-8")
    template.write_text("From: office@example.com\nTo: {{ email }}\nSubject: Hi\n\nHi {{ name }}\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    sent = subprocess.run([sys.executable, "-m", "mailmerge", "send", str(sheet), str(template), "--yes"], cwd=REPO,
                          env={**env, "LANG": "ko_KR.UTF-8"}, capture_output=True, text=True, check=False,
                          timeout=120)
    assert sent.returncode == 0, sent.stderr
    outbox = ko("built-in outbox (nothing is sent; messages are saved in {folder})").split("{folder}")[0]
    assert outbox.startswith("내장 보낼 편지함") and outbox in sent.stdout
    assert "built-in outbox" not in sent.stdout
