"""Reports read back from real files: original columns (Korean/Chinese intact) plus each row's outcome."""

from __future__ import annotations

import asyncio
import csv
from pathlib import Path

import pytest
from engine_fixtures import Setup, server_fixture, write_campaign  # noqa: F401
from openpyxl import load_workbook
from servers import ScriptedServer

from mailmerge.base.events import RowFailed
from mailmerge.base.outcome import OutcomeKind
from mailmerge.cli import main
from mailmerge.sending.engine import Limits
from mailmerge.sending.report import RESULT_COLUMNS


@pytest.fixture
def finished_journal(tmp_path: Path, server: ScriptedServer) -> Path:
    server.script.always("rcpt", "550 5.1.1 <王伟@example.com>: no such user", address="gone@example.com")
    contacts, template = write_campaign(tmp_path, 3, overrides={2: "gone@example.com"})
    contacts.write_text(contacts.read_text(encoding="utf-8").replace("이름3", "王伟"), encoding="utf-8")
    setup = Setup(tmp_path, contacts, template, server.port)
    asyncio.run(setup.run(Limits(connections=1)))
    return setup.journal_path


def by_row(lines: list[list[str]]) -> dict[str, dict[str, str]]:
    header = lines[0]
    return {line[header.index("Row")]: dict(zip(header, line, strict=True)) for line in lines[1:]}


def test_csv_report_has_bom_columns_and_outcomes(finished_journal: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.csv"
    assert main(["report", str(finished_journal), "--out", str(out)]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as stream:
        lines = list(csv.reader(stream))
    assert lines[0] == ["name", "email", "code", *RESULT_COLUMNS]
    rows = by_row(lines)
    assert rows["1"]["name"] == "이름1" and rows["1"]["Status"] == "sent" and rows["1"]["code"] == "00001"
    assert rows["1"]["Server reply"].startswith("250") and rows["1"]["Message-ID"] and rows["1"]["Sent at (UTC)"]
    assert rows["2"]["Status"] == "failed" and rows["2"]["Kind"] == "hard_bounce"
    assert "550 5.1.1" in rows["2"]["Server reply"]
    assert rows["3"]["name"] == "王伟" and rows["3"]["Attempts"] == "1"


def test_xlsx_report_reads_back_the_same(finished_journal: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    assert main(["report", str(finished_journal), "--out", str(out)]) == 0
    sheet = load_workbook(out, read_only=True).active
    lines = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    rows = by_row(lines)
    assert rows["3"]["name"] == "王伟" and rows["2"]["Kind"] == "hard_bounce" and rows["1"]["Status"] == "sent"
    assert rows["1"]["code"] == "00001"  # leading zeros kept: written as text


def test_report_refuses_unknown_formats_and_missing_journals(
    finished_journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", str(finished_journal), "--out", str(tmp_path / "r.pdf")]) == 2
    assert ".xlsx or .csv" in capsys.readouterr().err
    assert main(["report", str(tmp_path / "none.sqlite"), "--out", str(tmp_path / "r.csv")]) == 2
    assert "no journal" in capsys.readouterr().err


@pytest.fixture
def hostile_journal(tmp_path: Path, server: ScriptedServer) -> Path:
    """Cells that would be formulas, a control character, and a server reply beginning with '=' in the journal."""
    server.script.always("rcpt", "550 =HYPERLINK(\"http://evil.example\",\"click\") no such user",
                         address="gone@example.com")
    contacts = tmp_path / "contacts.csv"
    contacts.write_text('name,email,code\n=1+1,a@example.com,-5\n"@SUM(A1)",gone@example.com,+1 555 0100\n'
                        'Bo,b@example.com,=cmd|\' /C calc\'!A0\n', encoding="utf-8")
    template = tmp_path / "template.txt"
    template.write_text("From: office@example.com\nSubject: Hi\n\nHello {{ name }} {{ code }}\n", encoding="utf-8")
    setup = Setup(tmp_path, contacts, template, server.port)
    asyncio.run(setup.run(Limits(connections=1)))
    # Replies are cleaned of control characters as they arrive now; journals written before may hold them.
    journal = setup.open_journal()
    journal.record(RowFailed(3, OutcomeKind.REJECTED, "smtp.rejected", "bell\x07 and\x0btab", "550 \x1b[31m"))
    journal.close()
    return setup.journal_path


def test_xlsx_report_writes_text_as_text_and_drops_control_characters(hostile_journal: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    assert main(["report", str(hostile_journal), "--out", str(out)]) == 0
    sheet = load_workbook(out).active
    assert sheet is not None
    cells = {cell.value: cell.data_type for line in sheet.iter_rows() for cell in line if cell.value is not None}
    assert cells["=1+1"] == "s" and cells["@SUM(A1)"] == "s" and cells["=cmd|' /C calc'!A0"] == "s"
    assert "bell andtab" in cells and "550 [31m" in cells
    reply = next(value for value in cells if isinstance(value, str) and "HYPERLINK" in value)
    assert cells[reply] == "s"
    assert not any(isinstance(value, str) and value.startswith("=") and kind == "f" for value, kind in cells.items())


def test_csv_report_neutralises_formula_prefixes(hostile_journal: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.csv"
    assert main(["report", str(hostile_journal), "--out", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as stream:
        lines = list(csv.reader(stream))
    values = [value for line in lines[1:] for value in line]
    assert "'=1+1" in values and "'@SUM(A1)" in values and "'=cmd|' /C calc'!A0" in values
    assert "-5" in values and "'+1 555 0100" in values  # a plain number stays a number
    assert not any(value.startswith(("=", "@")) for value in values)
