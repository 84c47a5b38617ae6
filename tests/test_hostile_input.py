"""Hostile or careless spreadsheet values and templates (issue 16): recipients come only from address fields,
attachments stay inside the campaign's folders, templates run in an immutable sandbox with bounded output, and
template mistakes end in our own sentence. Messages go to a real SMTP server where it matters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from engine_fixtures import Setup
from servers import ScriptedServer

from mailmerge.cli import main
from mailmerge.compose.campaign import open_campaign
from mailmerge.compose.preflight import check
from mailmerge.sending.engine import Limits


def write(folder: Path, contacts: str, template: str, suffix: str = ".txt") -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    sheet = folder / "contacts.csv"
    sheet.write_text(contacts, encoding="utf-8")
    body = folder / f"template{suffix}"
    body.write_text(template, encoding="utf-8")
    return sheet, body


NAMED_TO = "From: office@example.com\nTo: {{ name }} <{{ email }}>\nSubject: Hi\n\nHello {{ name }}\n"


async def test_a_name_cell_never_adds_a_recipient(tmp_path: Path) -> None:
    contacts, template = write(tmp_path, 'name,email\n"attacker@evil.com, Bob",bob@example.com\n'
                                         '"Lee, Ann",ann@example.com\n', NAMED_TO)
    server = ScriptedServer().start()
    try:
        events = await Setup(tmp_path, contacts, template, server.port).run(Limits(connections=1))
    finally:
        server.stop()
    assert events[-1].reason_code == "finished"  # type: ignore[union-attr]
    assert [m.recipients for m in server.messages] == [("bob@example.com",), ("ann@example.com",)]
    assert b'To: "attacker@evil.com, Bob" <bob@example.com>' in server.messages[0].data
    assert b'To: "Lee, Ann" <ann@example.com>' in server.messages[1].data


def test_check_warns_about_several_addresses_in_a_cell_and_a_name_like_an_address(tmp_path: Path) -> None:
    contacts, template = write(tmp_path, 'name,email\nBob,"bob@example.com, eve@example.com"\n'
                                         '"attacker@evil.com",ann@example.com\n"Lee, Ann",lee@example.com\n',
                               "From: office@example.com\nTo: {{ name }} <{{ email }}>\nSubject: Hi\n\nHello\n")
    template.write_text("From: office@example.com\nSubject: Hi\n\nHello\n", encoding="utf-8")  # mapped columns
    findings = check(open_campaign(contacts, template))
    codes = [(f.row, f.column, f.code) for f in findings]
    assert (1, "email", "recipient.several_in_cell") in codes
    assert "bob@example.com; eve@example.com" in next(f.message for f in findings if f.row == 1)
    assert (2, "email", "recipient.name_like_address") in codes
    assert not [f for f in findings if f.row == 3]
    assert all(f.severity == "warning" for f in findings)


def test_check_names_a_suppressed_cc(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from mailmerge.sending.suppression import SuppressionList

    store = SuppressionList()
    store.add("boss@example.com", "smtp.mailbox_unknown")
    store.close()
    contacts, template = write(tmp_path, "name,email,cc\nAnn,ann@example.com,boss@example.com\n",
                               "From: office@example.com\nCc: {{ cc }}\nSubject: Hi\n\nHello\n")
    assert main(["check", str(contacts), str(template), "--json"]) == 0
    findings = json.loads(capsys.readouterr().out)
    assert [(f["row"], f["code"]) for f in findings] == [(1, "recipient.suppressed")]
    assert "boss@example.com" in findings[0]["message"] and "left out" in findings[0]["message"]


# --- attachments stay inside the campaign ------------------------------------------------------------------------
ATTACHING = "From: office@example.com\nSubject: Your file\n\nAttached.\n"


@pytest.mark.parametrize("cell", ["/proc/self/environ", "/etc/passwd", "../secret.txt", "{outside}/secret.txt",
                                  "link-to-secret.txt", "~/.ssh/id_rsa", "/dev/zero"])
def test_an_attachment_cell_cannot_name_a_file_outside_the_campaign(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cell: str
) -> None:
    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "secret.txt").write_text("MAILMERGE_PASSWORD=hunter2", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("secret one folder up", encoding="utf-8")
    folder = tmp_path / "campaign"
    contacts, template = write(folder, f"email,file\nann@example.com,{cell.format(outside=outside)}\n"
                                       "bo@example.com,price list.pdf\n", ATTACHING)
    (folder / "price list.pdf").write_bytes(b"%PDF-1.4 price list")
    (folder / "link-to-secret.txt").symlink_to(outside / "secret.txt")

    assert main(["check", str(contacts), str(template), "--json"]) == 1
    findings = json.loads(capsys.readouterr().out)
    assert [(f["row"], f["column"], f["severity"]) for f in findings] == [(1, "file", "error")]
    assert findings[0]["code"] in ("attachment.outside_campaign", "attachment.special_file")

    server = ScriptedServer().start()
    try:
        code = main(["send", str(contacts), str(template), "--yes", "--server", f"smtp://127.0.0.1:{server.port}"])
    finally:
        server.stop()
    assert code == 1 and server.messages == []  # Check stops the whole send first
    assert "row 1, column file:" in capsys.readouterr().err


def test_attachments_from_the_campaign_folders_and_extra_folders_go(tmp_path: Path) -> None:
    folder = tmp_path / "campaign"
    extra = tmp_path / "invoices"
    extra.mkdir()
    (extra / "inv-1.pdf").write_bytes(b"%PDF invoice 1")
    contacts, template = write(folder, "email,file\nann@example.com,inv-1.pdf\nbo@example.com,sub/price.pdf\n",
                               ATTACHING)
    (folder / "sub").mkdir()
    (folder / "sub" / "price.pdf").write_bytes(b"%PDF price")
    refused = check(open_campaign(contacts, template))
    assert [(f.row, f.code) for f in refused] == [(1, "attachment.missing")]  # not in the campaign's folders

    campaign = open_campaign(contacts, template, attachment_folders=(extra,))
    assert check(campaign) == []
    assert b"JVBERiBpbnZvaWNlIDE=" in campaign.build(1).data  # base64 of the invoice


def test_a_path_typed_in_the_template_is_allowed_and_listed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "shared" / "terms.pdf"
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(b"%PDF terms")
    contacts, template = write(tmp_path / "campaign", "email,id\nann@example.com,7\n",
                               f"From: office@example.com\nSubject: Hi\nAttachment: {elsewhere}\n"
                               "Attachment: {{ id }}/../../shared/terms.pdf\n\nHi\n")
    campaign = open_campaign(contacts, template)
    assert campaign.literal_attachments() == (elsewhere,)
    findings = check(campaign)
    assert [(f.row, f.column, f.code) for f in findings] == [(1, "id", "attachment.outside_campaign")]


def test_a_fifo_is_never_attached(tmp_path: Path) -> None:
    import os

    folder = tmp_path / "campaign"
    contacts, template = write(folder, "email,file\nann@example.com,pipe\n", ATTACHING)
    os.mkfifo(folder / "pipe")
    findings = check(open_campaign(contacts, template))
    assert [(f.row, f.column, f.code) for f in findings] == [(1, "file", "attachment.special_file")]


# --- templates run in an immutable, bounded sandbox --------------------------------------------------------------
def test_a_template_cannot_rewrite_the_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    contacts, template = write(tmp_path, "name,email\nAnn,ann@example.com\n",
                               'From: office@example.com\nSubject: Hi{% if row.update({"email": "attacker@evil.com"}) '
                               "%}{% endif %}\n\nHello {{ name }}\n")
    server = ScriptedServer().start()
    try:
        code = main(["send", str(contacts), str(template), "--yes", "--server", f"smtp://127.0.0.1:{server.port}"])
    finally:
        server.stop()
    assert code == 1 and server.messages == []
    assert "unsafe" in capsys.readouterr().err


@pytest.mark.parametrize("expression", ['{{ "x" * 3000000000 }}', "{{ 10 ** 100000000 }}",
                                        '{{ name | center(3000000000) }}', '{{ "%3000000000s" % name }}',
                                        '{{ "{:>3000000000}".format(name) }}', "{{ range(10**9) | list }}"])
def test_a_template_cannot_fill_in_gigabytes(tmp_path: Path, expression: str) -> None:
    contacts, template = write(tmp_path, "name,email\nAnn,ann@example.com\n",
                               f"From: office@example.com\nSubject: Hi\n\n{expression}\n")
    findings = check(open_campaign(contacts, template))
    assert [(f.row, f.code) for f in findings] == [(1, "template.render_failed")]
    assert "template could not be filled in" in findings[0].message


def test_filling_in_is_bounded_in_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mailmerge.compose import sandbox

    monkeypatch.setattr(sandbox, "MAX_SECONDS", 0.05)
    contacts, template = write(tmp_path, "name,email\nAnn,ann@example.com\n",
                               "From: office@example.com\nSubject: Hi\n\n{% for i in range(100000) %}"
                               "{% for j in range(100000) %}{% endfor %}{% endfor %}\n")
    findings = check(open_campaign(contacts, template))
    assert [(f.row, f.code) for f in findings] == [(1, "template.render_failed")]
    assert "took more than" in findings[0].message


def test_a_loop_that_writes_nothing_is_bounded_in_time_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Over the characters of a big cell, twice nested: no output to count, so the loop itself watches the clock."""
    from mailmerge.compose import sandbox

    monkeypatch.setattr(sandbox, "MAX_SECONDS", 0.05)
    contacts, template = write(tmp_path, "name,email\n" + "x" * 30_000 + ",ann@example.com\n",
                               "From: office@example.com\nSubject: Hi\n\n{% for a in name %}"
                               "{% for b in name %}{% endfor %}{% endfor %}{% for c in 'ab' %}{{ loop.length }}"
                               "{% endfor %}\n")
    findings = check(open_campaign(contacts, template))
    assert [(f.row, f.code) for f in findings] == [(1, "template.render_failed")]
    assert "took more than" in findings[0].message


@pytest.mark.parametrize(("body", "expected"), [
    ("{{ name | uppr }}", "the filter 'uppr', which does not exist. Did you mean 'upper'?"),
    ("{% if name is nummber %}x{% endif %}", "the test 'nummber', which does not exist. Did you mean 'number'?"),
    ("{{ " + "(" * 5000 + "1" + ")" * 5000 + " }}", "nests brackets, ifs or loops too deeply"),
    ("{{ " + "[" * 400 + "1" + "]" * 400 + " }}", "nests brackets, ifs or loops too deeply"),
])
def test_template_mistakes_end_in_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, expected: str
) -> None:
    contacts, template = write(tmp_path, "name,email\nAnn,ann@example.com\n",
                               f"From: office@example.com\nSubject: Hi\n\n{body}\n")
    assert main(["check", str(contacts), str(template)]) == 2
    shown = capsys.readouterr()
    assert shown.err.startswith("mailmerge: ") and shown.err.count("\n") == 1 and expected in shown.err
    assert "line 4" in shown.err


def test_a_template_calling_itself_is_a_row_error(tmp_path: Path) -> None:
    contacts, template = write(tmp_path, "name,email\nAnn,ann@example.com\n",
                               "From: office@example.com\nSubject: Hi\n\n{% macro f() %}{{ f() }}{% endmacro %}"
                               "{{ f() }}\n")
    findings = check(open_campaign(contacts, template))
    assert [(f.row, f.code) for f in findings] == [(1, "template.too_deep")]
