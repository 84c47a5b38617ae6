"""`python -m mailmerge check` and `preview` as a script would run them: real files, real process, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from conftest import REPO

TEMPLATE = "From: Office <office@example.com>\nSubject: Hello {{ name }}\n\nDear **{{ name }}**\n"


def mailmerge(*args: str | Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "mailmerge", *map(str, args)], cwd=REPO, capture_output=True,
                          check=False, timeout=60)


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    contacts = tmp_path / "contacts.csv"
    contacts.write_text("name,email\nKim,kim@example.com\n김민수,minsu@例え.jp\n", encoding="utf-8")
    template = tmp_path / "message.md"
    template.write_text(TEMPLATE, encoding="utf-8")
    return contacts, template


def test_check_clean_campaign_exits_0(files: tuple[Path, Path]) -> None:
    result = mailmerge("check", *files)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().strip() == "Checked 2 rows: 0 errors, 0 warnings; ready to send."


def test_check_with_errors_exits_1_and_names_row_and_column(files: tuple[Path, Path]) -> None:
    contacts, template = files
    contacts.write_text("name,email\nKim,kim@example.com\nLee,lee@example\nKim,kim@example.com\n", encoding="utf-8")
    result = mailmerge("check", contacts, template)
    assert result.returncode == 1
    lines = result.stdout.decode().splitlines()
    assert lines[0].startswith("row 2, column email: To address 'lee@example' is not valid")
    assert lines[1].startswith("row 3, column email: warning: Row 3 has the same recipient kim@example.com as row 1")
    assert lines[-1] == "Checked 3 rows: 1 error, 1 warning; fix the errors above, then check again."

    as_json = json.loads(mailmerge("check", contacts, template, "--json").stdout)
    assert [(f["severity"], f["row"], f["column"], f["code"]) for f in as_json] == [
        ("error", 2, "email", "address.invalid"), ("warning", 3, "email", "recipient.duplicate")]
    assert as_json[0]["params"]["value"] == "lee@example"


def test_check_unusable_template_exits_2(files: tuple[Path, Path]) -> None:
    contacts, template = files
    template.write_text("Subject: Hi\n\nDear {{ name \n", encoding="utf-8")
    result = mailmerge("check", contacts, template)
    assert result.returncode == 2
    assert "line 3" in result.stderr.decode() and result.stdout == b""


def test_check_missing_contacts_file_exits_2(files: tuple[Path, Path], tmp_path: Path) -> None:
    result = mailmerge("check", tmp_path / "nope.csv", files[1])
    assert result.returncode == 2
    assert "nope.csv" in result.stderr.decode()


def test_preview_prints_exact_bytes_for_the_row(files: tuple[Path, Path]) -> None:
    result = mailmerge("preview", *files, "--row", "2")
    assert result.returncode == 0, result.stderr
    assert b"\r\n" in result.stdout and b"\n" not in result.stdout.replace(b"\r\n", b"")
    msg = BytesParser(policy=policy.default).parsebytes(result.stdout)
    assert msg["Subject"] == "Hello 김민수"
    assert msg["To"].addresses[0].addr_spec == "minsu@xn--r8jz45g.jp"
    html = msg.get_body(("html",))
    assert html is not None and "<strong>김민수</strong>" in html.get_content()


def test_preview_to_file(files: tuple[Path, Path], tmp_path: Path) -> None:
    out = tmp_path / "row1.eml"
    result = mailmerge("preview", *files, "--row", "1", "--out", out)
    assert result.returncode == 0 and result.stdout == b""
    assert BytesParser(policy=policy.default).parsebytes(out.read_bytes())["To"] == "Kim <kim@example.com>"


@pytest.mark.parametrize("row", ["0", "3"])
def test_preview_row_out_of_range_exits_2(files: tuple[Path, Path], row: str) -> None:
    result = mailmerge("preview", *files, "--row", row)
    assert result.returncode == 2
    assert f"There is no data row {row}: contacts.csv has data rows 1 to 2" in result.stderr.decode()


def test_preview_of_a_bad_row_explains_the_problem(files: tuple[Path, Path]) -> None:
    contacts, template = files
    contacts.write_text("name,email\nKim,kim@example\n", encoding="utf-8")
    result = mailmerge("preview", contacts, template, "--row", "1")
    assert result.returncode == 2
    assert "Row 1: To address 'kim@example' is not valid" in result.stderr.decode()


def test_check_account_applies_its_message_rules_and_from_without_the_keyring(tmp_path: Path) -> None:
    from mailmerge.accounts import profiles as accounts

    # A Tencent Cloud account: 4 MB of attachments at most. Saving the profile needs no keyring, and neither may
    # the check (the subprocess has no D-Bus session to reach one).
    accounts.save_account(accounts.new_account("tc", "tencent-api", username="AKID" + "x" * 32,
                                               from_address="Office <office@example.com>"))
    contacts = tmp_path / "contacts.csv"
    contacts.write_text("name,email,file\nKim,kim@example.com,scan.pdf\nLee,lee@example.com,\n", encoding="utf-8")
    with (tmp_path / "scan.pdf").open("wb") as scan:
        scan.truncate(5 * 1024 * 1024)
    template = tmp_path / "message.txt"
    template.write_text("Subject: Scan\n\nHello {{ name }}\n", encoding="utf-8")  # no From: the account's

    without = mailmerge("check", contacts, template)
    assert without.returncode == 1
    assert "From is empty" in without.stdout.decode() and "4 MB" not in without.stdout.decode()

    result = mailmerge("check", contacts, template, "--account", "tc", "--json")
    assert result.returncode == 1, result.stderr
    findings = json.loads(result.stdout)
    assert [(f["row"], f["code"]) for f in findings] == [(1, "attachment.total_too_large")]
    assert "Tencent Cloud accepts at most 4 MB" in findings[0]["message"]

    result = mailmerge("check", contacts, template, "--account", "nobody")
    assert result.returncode == 2 and "nobody" in result.stderr.decode() and result.stdout == b""


def test_preview_through_an_account_takes_its_from_address(tmp_path: Path) -> None:
    from email import message_from_bytes

    from mailmerge.accounts import profiles as accounts

    accounts.save_account(accounts.new_account("office", "generic", host="smtp.example.com",
                                               from_address="Office <office@example.com>"))
    contacts = tmp_path / "contacts.csv"
    contacts.write_text("name,email\nKim,kim@example.com\n", encoding="utf-8")
    template = tmp_path / "message.txt"
    template.write_text("Subject: Hello\n\nHello {{ name }}\n", encoding="utf-8")  # no From: line

    without = mailmerge("preview", contacts, template, "--row", "1")
    assert without.returncode == 2 and b"From" in without.stderr
    result = mailmerge("preview", contacts, template, "--row", "1", "--account", "office")
    assert result.returncode == 0, result.stderr
    assert message_from_bytes(result.stdout)["From"] == "Office <office@example.com>"
