"""Every cell reads as LibreOffice shows it: the workbook is made with openpyxl, LibreOffice converts it to .xls, .ods
and a re-saved .xlsx (with formulas' cached values), then exports each as CSV "as shown"; our reader must agree on
every cell of every file."""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest

from mailmerge.sheets.contacts import read_contacts

pytestmark = pytest.mark.slow

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
# Field separator ",", quote '"', UTF-8 (76), from line 1, ..., 9th token: save cell contents as shown.
AS_SHOWN = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true"

NUMBERS = [0, 7, -7, 42, 1234.5, -1234.567, 0.125, 2.675, 0.5, 1.5, 2.5, 10000000, 0.0001, 123456789.987, 0.153,
           0.30000000000000004, 1012345678, -0.001]
NUMBER_FORMATS = ["00000", "#,##0.00", "0.00", "0", "#,##0", "0%", "0.0%", '"₩"#,##0', "[$€-407] #,##0.00",
                  "₩#,##0", "000-0000-0000", '"No. "0', "#,##0;(#,##0)", "#,##0.00;[Red]-#,##0.00", "General",
                  "0.00E+00", "#,##0.0,", "#.##", "0.0#", '#,##0 "원"', "[$$-409]#,##0.00", "@"]
MOMENTS = [datetime(2024, 3, 5), datetime(2024, 12, 31, 23, 59, 59), datetime(1999, 1, 9, 7, 5, 3),
           datetime(2024, 2, 29, 12, 0), datetime(2030, 7, 14, 0, 30)]
DATE_FORMATS = ["yyyy-mm-dd", "m/d/yyyy", 'yyyy"년" m"월" d"일"', "hh:mm", "h:mm AM/PM", "yyyy-mm-dd hh:mm:ss",
                "d-mmm-yy", "mmmm d, yyyy", "dddd", "mm/dd/yy", "h:mm:ss AM/PM", "yyyy.mm.dd", "mmm-yy", "hh:mm:ss"]
TEXTS = ["00123", "Kim", "010-1234-5678", "", "a=b", "  spaced  "]


@pytest.fixture(scope="session")
def oracle(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, list[list[str]]]]:
    if SOFFICE is None:
        pytest.skip("LibreOffice (libreoffice-calc-nogui) is not installed; packaging/run-tests.sh installs it")
    import openpyxl

    base = tmp_path_factory.mktemp("oracle")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    columns: list[tuple[str, list[object]]] = []
    for code in NUMBER_FORMATS:
        columns.append((code, list(NUMBERS)))
    for code in DATE_FORMATS:
        columns.append((code, list(MOMENTS)))
    columns.append(("hh:mm", [time(9, 15), time(23, 59), time(0, 0, 30), time(12, 0), time(18, 45)]))
    columns.append(("[h]:mm", [timedelta(hours=27, minutes=3), timedelta(minutes=5), timedelta(hours=100)]))
    columns.append(("@", list(TEXTS)))
    # Not here, as the programs differ: 1E+20 and 1.5E-07 (Excel shows those, LibreOffice "1E+020" and
    # "0.00000015"), and TRUE (LibreOffice shows openpyxl's as "1").
    columns.append(("General", ["Kim", 3, 2.5, 0.001234, 123456789012, -0.25]))
    sheet.append([f"c{i}" for i in range(len(columns))] + ["formula", "email"])
    height = max(len(values) for _, values in columns)
    for r in range(height):
        for c, (code, values) in enumerate(columns):
            if r < len(values):
                cell = sheet.cell(row=r + 2, column=c + 1, value=values[r])  # type: ignore[arg-type]
                cell.number_format = code
        formula = sheet.cell(row=r + 2, column=len(columns) + 1, value=f"=B{r + 2}*2")
        formula.number_format = "#,##0.00"
        sheet.cell(row=r + 2, column=len(columns) + 2, value=f"person{r}@example.com")
    made = base / "made.xlsx"
    workbook.save(made)

    profile = (base / "profile").as_uri()
    converted = {"xls": base / "xls", "ods": base / "ods", "xlsx": base / "xlsx"}
    for target, folder in converted.items():
        _soffice(profile, target, folder, [made])
    files = {
        "openpyxl.xlsx": made,
        "libreoffice.xlsx": converted["xlsx"] / "made.xlsx",
        "libreoffice.xls": converted["xls"] / "made.xls",
        "libreoffice.ods": converted["ods"] / "made.ods",
    }
    named = {}
    for label, path in files.items():
        copy = base / "named" / label.replace(".", "_")
        copy = copy.with_suffix(path.suffix)
        copy.parent.mkdir(exist_ok=True)
        shutil.copy(path, copy)
        named[label] = copy
    _soffice(profile, AS_SHOWN, base / "csv", list(named.values()))
    result = {}
    for label, path in named.items():
        with (base / "csv" / (path.stem + ".csv")).open(encoding="utf-8", newline="") as handle:
            result[label] = (path, list(csv.reader(handle)))
    return result


def _soffice(profile: str, target: str, outdir: Path, files: list[Path]) -> None:
    assert SOFFICE is not None
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", target, "--outdir", str(outdir),
         *map(str, files)],
        check=True, timeout=180, capture_output=True,
    )  # fmt: skip


@pytest.mark.parametrize("label", ["openpyxl.xlsx", "libreoffice.xlsx", "libreoffice.xls", "libreoffice.ods"])
def test_every_cell_reads_as_libreoffice_shows_it(oracle: dict[str, tuple[Path, list[list[str]]]], label: str) -> None:
    path, shown = oracle[label]
    table = read_contacts(path)
    expected_rows = [row for row in shown[1:] if any(row)]
    assert list(table.columns) == shown[0]
    assert len(table.rows) == len(expected_rows)
    differences = []
    for r, (ours, theirs) in enumerate(zip(table.rows, expected_rows, strict=True)):
        for c, (a, b) in enumerate(zip(ours, theirs, strict=False)):
            # openpyxl stores formulas without their value: only the programs that calculated them show one.
            if a != b and not (label == "openpyxl.xlsx" and table.columns[c] == "formula"):
                differences.append(f"row {r + 1} {table.columns[c]}: ours {a!r}, LibreOffice {b!r}")
    assert differences == [], "\n".join(differences)
    assert table.notes == ()


def test_the_number_behind_a_formatted_cell_stays_available(oracle: dict[str, tuple[Path, list[list[str]]]]) -> None:
    from mailmerge.sheets.numfmt import number

    for label in ("libreoffice.xlsx", "libreoffice.xls"):
        path, _ = oracle[label]
        table = read_contacts(path)
        values = table.row_dict(5)  # 1234.5 in every number column
        assert values["c1"] == "1,234.50"
        assert number(values["c1"]) == 1234.5
        assert number(values["c0"]) == 1234.5  # "01235" shown, the real amount kept
        assert number(table.row_dict(2)["c0"]) == 7
