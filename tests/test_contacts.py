"""Reading contact lists: every format, cells as people see them, and a clear sentence for unusable files."""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest

from mailmerge.base.errors import MailMergeError, UnusableInputError
from mailmerge.sheets.contacts import ContactTable, list_sheets, read_contacts

Cell = str | int | float | date | datetime | time | bool | None

HEADER = ["email", "name", "member_id", "joined", "amount"]
TYPED_ROWS: list[list[Cell]] = [
    ["kim@example.com", "김민준", "007", date(2024, 3, 5), 1],
    ["wang@example.org", "王伟", "0420", datetime(2024, 3, 6, 0, 0), 2.5],
    ["ana@example.com", "Ana", "12", datetime(2024, 3, 7, 14, 30), 1234567890123],
]
SHOWN_ROWS = (
    ("kim@example.com", "김민준", "007", "2024-03-05", "1"),
    ("wang@example.org", "王伟", "0420", "2024-03-06", "2.5"),
    ("ana@example.com", "Ana", "12", "2024-03-07 14:30", "1234567890123"),
)


def write_openpyxl(path: Path, sheets: dict[str, Sequence[Sequence[Cell]]]) -> Path:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)  # type: ignore[arg-type]
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
        # Date cells formatted the way the test expects them shown (openpyxl's default shows "2024-03-06 0:00:00").
        for cells in sheet.iter_rows():
            for cell in cells:
                if isinstance(cell.value, datetime):
                    seconds = ":ss" if cell.value.second else ""
                    cell.number_format = "yyyy-mm-dd" if cell.value.time() == time() else f"yyyy-mm-dd hh:mm{seconds}"
                elif isinstance(cell.value, time):
                    cell.number_format = "hh:mm"
    workbook.save(path)
    return path


def write_xls(path: Path, rows: Sequence[Sequence[Cell]]) -> Path:
    import xlwt

    workbook = xlwt.Workbook(encoding="utf-8")
    sheet = workbook.add_sheet("Contacts")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, date):
                sheet.write(r, c, value, date_style)
            elif value is not None:
                sheet.write(r, c, value)
    workbook.save(str(path))
    return path


def write_ods(path: Path, rows: Sequence[Sequence[Cell]]) -> Path:
    import pandas as pd

    frame = pd.DataFrame([list(row) for row in rows[1:]], columns=list(rows[0]), dtype=object)
    frame.to_excel(path, engine="odf", index=False, sheet_name="Contacts")
    return path


def assert_clear_sentence(error: MailMergeError, *fragments: str) -> None:
    """The message is one plain sentence (no traceback, no pandas text) containing each fragment."""
    message = str(error)
    assert message.endswith("."), message
    assert "\n" not in message and "Traceback" not in message and "nan" not in message.split(), message
    assert ". " not in message.replace("e.g. ", ""), message
    for fragment in fragments:
        assert fragment in message, (fragment, message)


# ---------------------------------------------------------------- workbooks


@pytest.mark.parametrize("suffix", [".xlsx", ".xlsm"])
def test_openpyxl_workbook_cells_read_as_shown(tmp_path: Path, suffix: str) -> None:
    path = write_openpyxl(tmp_path / f"people{suffix}", {"Contacts": [HEADER, *TYPED_ROWS]})
    table = read_contacts(path)
    assert table.sheet == "Contacts"
    assert table.header_row == 1
    assert table.columns == tuple(HEADER)
    assert table.rows == SHOWN_ROWS
    assert len(table) == 3
    assert table.row_dict(1)["member_id"] == "007"


def test_xls_cells_read_as_shown(tmp_path: Path) -> None:
    rows: list[list[Cell]] = [HEADER, ["kim@example.com", "김민준", "007", date(2024, 3, 5), 1]]
    table = read_contacts(write_xls(tmp_path / "old.xls", rows))
    assert table.rows == (SHOWN_ROWS[0],)


def test_ods_cells_read_as_shown(tmp_path: Path) -> None:
    table = read_contacts(write_ods(tmp_path / "libre.ods", [HEADER, *TYPED_ROWS]))
    assert table.sheet == "Contacts"
    # An .ods keeps the text its writer displayed next to each value; pandas writes dates its own way.
    dates = ("03/05/24", "Wed Mar  6 00:00:00 2024", "Thu Mar  7 14:30:00 2024")
    assert table.rows == tuple((*row[:3], shown, row[4]) for row, shown in zip(SHOWN_ROWS, dates, strict=True))


def test_numbers_booleans_and_times_as_a_spreadsheet_displays_them(tmp_path: Path) -> None:
    rows: list[list[Cell]] = [
        ["email", "n"],
        ["a@example.com", 0.1 + 0.2],
        ["b@example.com", -3.0],
        ["c@example.com", True],
        ["d@example.com", time(9, 15)],
        ["e@example.com", datetime(2024, 1, 2, 3, 4, 5)],
    ]
    table = read_contacts(write_openpyxl(tmp_path / "n.xlsx", {"S": rows}))
    assert [row[1] for row in table.rows] == ["0.3", "-3", "TRUE", "09:15", "2024-01-02 03:04:05"]


def test_default_sheet_is_first_non_empty_and_sheets_are_listed(tmp_path: Path) -> None:
    path = write_openpyxl(tmp_path / "book.xlsx", {"Notes": [], "List": [HEADER, TYPED_ROWS[0]], "Other": [["x"]]})
    assert list_sheets(path) == ["Notes", "List", "Other"]
    assert read_contacts(path).sheet == "List"


def test_hidden_sheet_is_not_the_default(tmp_path: Path) -> None:
    path = write_openpyxl(tmp_path / "book.xlsx", {"Lookup": [["code"], ["A1"]], "List": [HEADER, TYPED_ROWS[0]]})
    workbook = openpyxl.load_workbook(path)
    workbook["Lookup"].sheet_state = "hidden"
    workbook.save(path)
    assert read_contacts(path).sheet == "List"
    assert read_contacts(path, sheet="Lookup").rows == (("A1",),)


def test_chosen_sheet_is_read(tmp_path: Path) -> None:
    path = write_openpyxl(tmp_path / "book.xlsx", {"A": [["email"], ["a@example.com"]], "B": [["mail"], ["b@x.org"]]})
    table = read_contacts(path, sheet="B")
    assert (table.sheet, table.columns, table.rows) == ("B", ("mail",), (("b@x.org",),))


def test_text_files_have_no_sheets(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("email\na@example.com\n", encoding="utf-8")
    assert list_sheets(path) == []
    assert read_contacts(path).sheet is None


def test_table_offset_in_the_sheet_keeps_sheet_row_numbers_and_column_positions(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["C4"], sheet["E4"] = "email", "name"
    sheet["C5"], sheet["D5"], sheet["E5"] = "a@example.com", "note without header", "Ann"
    path = tmp_path / "offset.xlsx"
    workbook.save(path)
    table = read_contacts(path)
    assert table.header_row == 4
    assert table.columns == ("email", "Column 4", "name")  # D is the 4th column of the sheet


# ---------------------------------------------------------------- shaping the table


def test_title_rows_above_the_header_are_skipped(tmp_path: Path) -> None:
    rows: list[list[Cell]] = [["Customer list 2024"], [], HEADER, TYPED_ROWS[0]]
    table = read_contacts(write_openpyxl(tmp_path / "t.xlsx", {"S": rows}))
    assert table.header_row == 3
    assert table.columns == tuple(HEADER)
    assert table.rows == (SHOWN_ROWS[0],)


def test_title_row_in_csv_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("Customer list 2024,,\nprinted 2024-03-01,,\nemail,name,city\na@example.com,Ann,Paris\n")
    table = read_contacts(path)
    assert (table.header_row, table.columns) == (3, ("email", "name", "city"))


def test_many_blank_lines_before_the_header(tmp_path: Path) -> None:
    path = tmp_path / "b.csv"
    path.write_text("\n" * 30 + ",,\nemail,name\na@example.com,Ann\n")
    table = read_contacts(path)
    assert (table.header_row, table.rows) == (32, (("a@example.com", "Ann"),))


def test_header_row_can_be_chosen(tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    path.write_text("email,name\nlabel,label2\na@example.com,Ann\n")
    table = read_contacts(path, header_row=2)
    assert (table.header_row, table.columns, table.rows) == (2, ("label", "label2"), (("a@example.com", "Ann"),))


def test_empty_rows_and_columns_dropped_blank_and_duplicate_headers_named(tmp_path: Path) -> None:
    path = tmp_path / "messy.csv"
    path.write_text(
        ' email ,,  ,email,"Full\n  Name",email\n'
        "a@example.com,,x,b@example.com,Ann,\n"
        ",,,,,\n"
        "c@example.com,,,d@example.com,Bo,\n"
        "\n"
    )
    table = read_contacts(path)
    assert table.columns == ("email", "Column 3", "email (2)", "Full Name", "email (3)")
    assert table.rows == (
        ("a@example.com", "x", "b@example.com", "Ann", ""),
        ("c@example.com", "", "d@example.com", "Bo", ""),
    )


def test_ragged_csv_rows_are_padded(tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text("email,name\na@example.com\nb@example.com,Bo,extra\n")
    table = read_contacts(path)
    assert table.columns == ("email", "name", "Column 3")
    assert table.rows == (("a@example.com", "", ""), ("b@example.com", "Bo", "extra"))


def test_row_dict_outside_the_table_says_which_rows_exist(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("email\na@example.com\n")
    table = read_contacts(path)
    assert table.row_dict(1) == {"email": "a@example.com"}
    with pytest.raises(MailMergeError) as caught:
        table.row_dict(2)
    assert_clear_sentence(caught.value, "Row 2", "a.csv", "1 to 1")


def test_contact_table_is_immutable(tmp_path: Path) -> None:
    table = ContactTable(tmp_path / "x.csv", None, 1, ("email",), (("a@example.com",),))
    with pytest.raises(AttributeError):
        table.rows = ()  # type: ignore[misc]


# ---------------------------------------------------------------- delimited text

UNICODE_TEXT = (
    "email,name,company,member_id\nkim@example.com,김민준,한빛상사,007\nlee@example.com,이서연,서울무역,0420\n"
)
ENCODED_SAMPLES: dict[str, str] = {
    "cp949": "email,이름,회사\nkim@example.com,김민준,한빛상사\nlee@example.com,이서연,서울무역\n"
    "park@example.com,박지훈,대한물산\n",
    "euc_kr": "email,이름,회사\nkim@example.com,김민준,한빛상사\nlee@example.com,이서연,서울무역\n",
    "gb18030": "email,姓名,公司\nwang@example.com,王伟,北京贸易有限公司\nli@example.com,李娜,上海科技\n"
    "zhang@example.com,张敏,广州电子\n",
    "big5": "email,姓名,公司\nchen@example.com,陳志明,台北貿易股份有限公司\nlin@example.com,林美玲,高雄科技\n",
    "shift_jis": "email,氏名,会社\ntanaka@example.com,田中太郎,東京商事株式会社\n"
    "suzuki@example.com,鈴木花子,大阪物産\n",
    "cp1252": "email,name,company\nfrancois@example.com,François Müller,Café Crème SARL\n"
    "jose@example.com,José Peña,Señor Niño GmbH\n",
}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom"])
def test_unicode_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "u.csv"
    if encoding.endswith("-bom"):
        codec = encoding.removesuffix("-bom")
        bom = "\ufeff".encode(codec)
        path.write_bytes(bom + UNICODE_TEXT.encode(codec))
    else:
        path.write_bytes(UNICODE_TEXT.encode(encoding))
    table = read_contacts(path)
    assert table.columns == ("email", "name", "company", "member_id")
    assert table.rows[0] == ("kim@example.com", "김민준", "한빛상사", "007")


@pytest.mark.parametrize("encoding", sorted(ENCODED_SAMPLES))
def test_legacy_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    text = ENCODED_SAMPLES[encoding]
    path = tmp_path / f"{encoding}.csv"
    path.write_bytes(text.encode(encoding))
    table = read_contacts(path)
    lines = [line.split(",") for line in text.splitlines()]
    assert table.columns == tuple(lines[0])
    assert table.rows == tuple(tuple(line) for line in lines[1:])


@pytest.mark.parametrize(
    ("delimiter", "suffix"), [(",", ".csv"), (";", ".csv"), ("\t", ".tsv"), ("|", ".txt"), ("\t", ".txt")]
)
def test_delimiter_is_sniffed(tmp_path: Path, delimiter: str, suffix: str) -> None:
    lines = [["email", "name", "note"], ["a@example.com", "Ann", "likes, commas"], ["b@example.com", "Bo", "x"]]
    text = "\n".join(delimiter.join(f'"{cell}"' if "," in cell else cell for cell in line) for line in lines)
    path = tmp_path / f"d{suffix}"
    path.write_text(text + "\n", encoding="utf-8")
    table = read_contacts(path)
    assert table.columns == ("email", "name", "note")
    assert table.rows[0] == ("a@example.com", "Ann", "likes, commas")


def test_single_column_csv(tmp_path: Path) -> None:
    path = tmp_path / "one.csv"
    path.write_text("email\r\na@example.com\r\nb@example.com\r\n")
    assert read_contacts(path).rows == (("a@example.com",), ("b@example.com",))


def test_quoted_cells_keep_newlines_and_leading_zeros(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text('email,address,zip\na@example.com,"1 Main St\nFloor 2",01234\n')
    assert read_contacts(path).rows == (("a@example.com", "1 Main St\nFloor 2", "01234"),)


def test_text_export_named_xls_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"
    path.write_bytes(ENCODED_SAMPLES["cp949"].replace(",", "\t").encode("cp949"))
    table = read_contacts(path)
    assert (table.sheet, table.columns, table.rows[0]) == (
        None,
        ("email", "이름", "회사"),
        ("kim@example.com", "김민준", "한빛상사"),
    )


def test_twenty_thousand_row_csv(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    lines = ["email,name,member_id,city"] + [f"user{i}@example.com,User {i},{i:07d},Seoul" for i in range(20_000)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = read_contacts(path)
    assert len(table) == 20_000
    assert table.row_dict(20_000) == {
        "email": "user19999@example.com",
        "name": "User 19999",
        "member_id": "0019999",
        "city": "Seoul",
    }


# ---------------------------------------------------------------- unusable input


def _docx(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")


def _truncated_xlsx(path: Path) -> None:
    write_openpyxl(path, {"S": [HEADER, *TYPED_ROWS]})
    path.write_bytes(path.read_bytes()[:400])


def _encrypted_xlsx(path: Path) -> None:
    # What Excel writes for "Encrypt with password": an OLE container with an EncryptionInfo stream.
    header = bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 504
    path.write_bytes(header + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 512)


BAD_FILES: dict[str, tuple[str, Callable[[Path], None], str]] = {
    "empty": ("contacts.csv", lambda p: p.write_bytes(b""), "empty"),
    "blank": ("contacts.csv", lambda p: p.write_text(" \n\n , ,\n"), "empty"),
    "empty_xlsx": ("contacts.xlsx", lambda p: p.write_bytes(b""), "empty"),
    "pdf": ("contacts.xlsx", lambda p: p.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "PDF"),
    "docx": ("contacts.xlsx", _docx, "Word document"),
    "zip": ("contacts.ods", lambda p: zipfile.ZipFile(p, "w").writestr("a.txt", "x"), "zip"),
    "truncated": ("contacts.xlsx", _truncated_xlsx, "damaged"),
    "encrypted": ("contacts.xlsx", _encrypted_xlsx, "password"),
    "web_page": (
        "contacts.xls",
        lambda p: p.write_text("<html><table><tr><td>email</td></tr></table></html>"),
        "web page",
    ),
    "binary": ("contacts.xls", lambda p: p.write_bytes(b"\x01\x02\x03garbage\x00\x00"), "not a spreadsheet"),
    "binary_csv": (
        "contacts.csv",
        lambda p: p.write_bytes(b"email\x00\x01\x02\xff\xfe\x00\x00garbage"),
        "binary",
    ),
    "header_only": ("contacts.csv", lambda p: p.write_text("email,name\n,\n"), "no contacts under them"),
    "wrong_type": ("contacts.pdf", lambda p: p.write_bytes(b"%PDF-1.7"), ".xlsx, .xlsm"),
    "docx_name": ("contacts.docx", _docx, "not a file type"),
    "missing": ("contacts.csv", lambda p: None, "was not found"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_unusable_files_explained_in_one_sentence(tmp_path: Path, case: str) -> None:
    name, make, fragment = BAD_FILES[case]
    path = tmp_path / name
    make(path)
    with pytest.raises(UnusableInputError) as caught:
        read_contacts(path)
    assert_clear_sentence(caught.value, name, fragment)
    assert caught.value.code.startswith("contacts.")


def test_unknown_sheet_lists_the_sheets(tmp_path: Path) -> None:
    path = write_openpyxl(tmp_path / "book.xlsx", {"Customers": [HEADER, TYPED_ROWS[0]], "Staff": [["x"]]})
    with pytest.raises(UnusableInputError) as caught:
        read_contacts(path, sheet="Clients")
    assert_clear_sentence(caught.value, "book.xlsx", '"Clients"', "Customers, Staff")
    assert caught.value.code == "contacts.unknown_sheet"


def test_empty_sheet_named_in_the_message(tmp_path: Path) -> None:
    path = write_openpyxl(tmp_path / "book.xlsx", {"Customers": [HEADER, TYPED_ROWS[0]], "Blank": []})
    with pytest.raises(UnusableInputError) as caught:
        read_contacts(path, sheet="Blank")
    assert_clear_sentence(caught.value, "book.xlsx", '"Blank"', "empty")


def test_workbook_with_only_empty_sheets(tmp_path: Path) -> None:
    path = write_openpyxl(tmp_path / "book.xlsx", {"One": [], "Two": []})
    with pytest.raises(UnusableInputError) as caught:
        read_contacts(path)
    assert_clear_sentence(caught.value, "book.xlsx", "empty")


def test_sheet_with_header_but_no_rows_names_sheet_and_row(tmp_path: Path) -> None:
    path = write_openpyxl(tmp_path / "book.xlsx", {"Customers": [["Title"], HEADER]})
    with pytest.raises(UnusableInputError) as caught:
        read_contacts(path, header_row=2)
    assert_clear_sentence(caught.value, '"Customers"', "book.xlsx", "row 2")


def test_header_row_on_an_empty_row(tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    path.write_text("email\na@example.com\n")
    with pytest.raises(UnusableInputError) as caught:
        read_contacts(path, header_row=7)
    assert_clear_sentence(caught.value, "Row 7", "h.csv")


def test_undetectable_encoding(tmp_path: Path) -> None:
    path = tmp_path / "noise.csv"
    path.write_bytes(bytes(range(0x80, 0x100)) * 4)
    with pytest.raises(UnusableInputError) as caught:
        read_contacts(path)
    assert_clear_sentence(caught.value, "noise.csv")


# ---------------------------------------------------------------- the sample campaign shipped with the app


def test_sample_workbook_and_csv_hold_the_same_contacts() -> None:
    from conftest import SAMPLE_DIR

    from mailmerge.sheets.mapping import ColumnMapping, guess_mapping

    workbook = read_contacts(SAMPLE_DIR / "contacts.xlsx")
    text = read_contacts(SAMPLE_DIR / "contacts.csv")
    assert workbook.columns == text.columns == ("email", "name", "company", "member_id", "joined", "amount")
    assert workbook.rows == text.rows
    assert len(workbook) == 8
    assert workbook.row_dict(1)["member_id"] == "000123"
    assert workbook.row_dict(4)["email"] == "jonas@bücher.example"
    assert {"김민준", "王伟"} <= {row[1] for row in workbook.rows}
    assert guess_mapping(workbook.columns, workbook.rows) == ColumnMapping(email="email", name="name")


@pytest.mark.parametrize("contacts", ["contacts.xlsx", "contacts.csv"])
def test_sample_campaign_passes_the_check_and_builds_every_row(contacts: str) -> None:
    from conftest import SAMPLE_DIR

    from mailmerge.compose.campaign import open_campaign
    from mailmerge.compose.preflight import check

    campaign = open_campaign(SAMPLE_DIR / contacts, SAMPLE_DIR / "template.html")
    assert campaign.template.body_format == "html"
    assert check(campaign) == []
    first = campaign.build(1)
    assert first.subject == "Your membership 000123 at 한빛상사"
    assert first.envelope.recipients == ("kim.minjun@example.com",)
    assert all(campaign.build(row).data for row in range(2, len(campaign.contacts) + 1))


def _parts(data: bytes) -> tuple[str, str]:
    from email import message_from_bytes, policy

    mail = message_from_bytes(data, policy=policy.default)
    text, html = mail.get_body(("plain",)), mail.get_body(("html",))  # type: ignore[attr-defined]
    assert text is not None and html is not None
    return str(text.get_content()).replace("\r\n", "\n"), str(html.get_content())


def test_sample_letter_has_a_readable_text_part_and_the_balance_only_where_there_is_one() -> None:
    from conftest import SAMPLE_DIR

    from mailmerge.compose.campaign import open_campaign

    campaign = open_campaign(SAMPLE_DIR / "contacts.xlsx", SAMPLE_DIR / "template.html")
    text, html = _parts(campaign.build(1).data)
    assert text == (
        "Dear 김민준,\n\n"
        "Thank you for being a member since 2023-01-15. Here is your account at a glance:\n\n"
        "- Member number: 000123\n- Company: 한빛상사\n\n"
        "Your open balance is 120000. Please settle it within 30 days, at the front desk or by bank transfer.\n\n"
        "You can check your details on the member page (https://example.com/members/000123).\n\n"
        "Kind regards,\nThe Mail Merge office\n")
    assert "<b>Please settle it within 30 days</b>" in html and "<li>Company: 한빛상사</li>" in html
    no_balance, no_balance_html = _parts(campaign.build(4).data)  # Jonas Müller's amount cell is empty
    assert "balance" not in no_balance and "balance" not in no_balance_html
    assert "- Company: Bücherstube\n\nYou can check your details" in no_balance


def test_sample_letter_in_every_language_checks_clean_and_says_the_same() -> None:
    """Each language's letter has the same fields, fallback, condition and formatting as the English one: only the
    words differ."""
    import re

    from conftest import SAMPLE_DIR, SAMPLE_TEMPLATES

    from mailmerge.compose.campaign import open_campaign
    from mailmerge.compose.preflight import check
    from mailmerge.compose.template import load_template

    def skeleton(path: Path) -> tuple[dict[str, frozenset[str]], list[str], list[str]]:
        """Header lines and their fields; the body's Jinja (fallback words left out) and its tags, in order."""
        template = load_template(path)
        jinja = [re.sub(r'"[^"]*"', '"…"', found) for found in re.findall(r"\{\{.*?\}\}|\{%.*?%\}", template.body)]
        return dict(template.header_vars), jinja, re.findall(r"</?\w+", template.body)

    assert [p.name for p in SAMPLE_TEMPLATES] == [
        "template.html", "template.id.html", "template.ko.html", "template.zh_CN.html", "template.zh_TW.html"]
    english = skeleton(SAMPLE_DIR / "template.html")
    assert '{{ name or "…" }}' in english[1] and "{% if amount|trim %}" in english[1]
    for path in SAMPLE_TEMPLATES:
        assert skeleton(path) == english, path.name
        campaign = open_campaign(SAMPLE_DIR / "contacts.xlsx", path)
        assert check(campaign) == [], path.name
        text = _parts(campaign.build(1).data)[0]
        assert "김민준" in text and "000123" in text and "120000" in text and "<" not in text, path.name
        assert "120000" not in _parts(campaign.build(7).data)[0]  # Liam O'Brien has no open balance


# ---------------------------------------------------------------- header rows


def test_group_header_row_above_the_column_names_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "grouped.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Members 2024"])
    sheet.append([])
    sheet.append(["Person", None, None, "Contact", None, None])
    sheet.merge_cells("A3:C3")
    sheet.merge_cells("D3:F3")
    sheet.append(["id", "name", "city", "email", "phone", "fax"])
    sheet.append(["007", "Kim", "Seoul", "kim@example.com", "010", ""])
    workbook.save(path)
    table = read_contacts(path)
    assert table.header_row == 4
    assert table.columns == ("id", "name", "city", "email", "phone", "fax")
    assert table.rows == (("007", "Kim", "Seoul", "kim@example.com", "010", ""),)
    # The user can still choose the group row (or any row) as the header.
    assert read_contacts(path, header_row=3).columns[:2] == ("Person", "Column 2")


def test_group_headers_in_a_csv_export_and_three_groups_over_six_columns(tmp_path: Path) -> None:
    path = tmp_path / "grouped.csv"
    path.write_text("Person,,Contact,,Address,\nname,title,email,phone,city,zip\nKim,Dr,kim@example.com,1,Seoul,0\n",
                    encoding="utf-8")
    table = read_contacts(path)
    assert table.header_row == 2 and table.columns[2] == "email"


def test_a_header_with_fewer_names_than_data_columns_is_still_the_header(tmp_path: Path) -> None:
    path = tmp_path / "short_header.csv"
    path.write_text("name,city\nKim,Seoul,extra\nLee,Busan,more\n", encoding="utf-8")
    assert read_contacts(path).columns == ("name", "city", "Column 3")


# ---------------------------------------------------------------- hostile and odd workbooks


def test_one_cell_at_the_far_corner_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "corner.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["A1"] = "email"
    sheet["XFD1048576"] = "x"
    workbook.save(path)
    with pytest.raises(UnusableInputError) as caught:
        read_contacts(path)
    assert caught.value.code == "contacts.too_large"
    assert_clear_sentence(caught.value, "1,048,576 rows by 16,384 columns", "delete the unused rows and columns")


def test_a_declared_dimension_that_lies_is_not_trusted(tmp_path: Path) -> None:
    path = tmp_path / "liar.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["email"])
    sheet["ZZ900000"] = "x"
    workbook.save(path)
    with zipfile.ZipFile(path) as original:
        parts = {name: original.read(name) for name in original.namelist()}
    sheet_xml = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1"', sheet_xml)
    with zipfile.ZipFile(path, "w") as rewritten:
        for name, data in parts.items():
            rewritten.writestr(name, data)
    with pytest.raises(UnusableInputError, match="900,000 rows by 702 columns"):
        read_contacts(path)


@pytest.mark.parametrize("target", ["/dev/zero", "fifo"])
def test_a_device_or_pipe_as_the_contact_list_ends_with_a_message(tmp_path: Path, target: str) -> None:
    link = tmp_path / "contacts.csv"
    if target == "fifo":
        os.mkfifo(link)
    else:
        link.symlink_to(target)
    with pytest.raises(UnusableInputError) as caught:
        read_contacts(link)
    assert_clear_sentence(caught.value, "contacts.csv is a device or a pipe")


def test_an_unknown_number_format_shows_general_and_is_noted_once_per_column(tmp_path: Path) -> None:
    path = tmp_path / "fractions.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["email", "share"])
    for n in range(3):
        sheet.append([f"p{n}@example.com", 0.5 + n])
        sheet.cell(row=n + 2, column=2).number_format = "# ?/?"
    workbook.save(path)
    table = read_contacts(path)
    assert [row[1] for row in table.rows] == ["0.5", "1.5", "2.5"]
    [note] = table.notes
    assert note.code == "contacts.unknown_format"
    assert dict(note.params) == {"column": "share", "format": "# ?/?"}
    # Check says it once for the column, not once per row.
    from mailmerge.compose.campaign import open_campaign
    from mailmerge.compose.preflight import check

    template = tmp_path / "m.md"
    template.write_text("From: o@example.com\nSubject: Your share {{ share }}\n\nHi\n", encoding="utf-8")
    findings = [f for f in check(open_campaign(path, template)) if f.code == "contacts.unknown_format"]
    assert [(f.severity, f.row, f.column) for f in findings] == [("warning", None, "share")]
    assert 'number format "# ?/?"' in findings[0].message


def test_templates_get_the_shown_text_and_the_number_behind_it(tmp_path: Path) -> None:
    from mailmerge.compose.campaign import open_campaign

    path = tmp_path / "amounts.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["email", "id", "amount", "note"])
    sheet.append(["kim@example.com", 7, 10000.5, "n/a"])
    sheet["B2"].number_format = "00000"
    sheet["C2"].number_format = "#,##0.00"
    workbook.save(path)
    template = tmp_path / "m.txt"
    template.write_text('From: o@example.com\nSubject: Invoice {{ id }}\n\n'
                        '{{ amount }} = {{ row["amount"] | number }}; '
                        "{{ id | number }}; {{ amount | number * 2 }}; {{ note | number }}\n", encoding="utf-8")
    rendered = open_campaign(path, template).render(1)
    assert rendered.subject == "Invoice 00007"
    assert rendered.text.strip() == "10,000.50 = 10000.5; 7; 20001.0; n/a"


@pytest.mark.parametrize("damage", ["cut", "bad deflate"])
def test_a_damaged_workbook_gives_one_sentence(tmp_path: Path, damage: str) -> None:
    path = write_openpyxl(tmp_path / "people.xlsx", {"Contacts": [HEADER, *TYPED_ROWS]})
    with zipfile.ZipFile(path) as original:
        parts = {info: original.read(info.filename) for info in original.infolist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as rewritten:
        for info, data in parts.items():
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2] if damage == "cut" else data
            rewritten.writestr(info.filename, data)
    if damage == "bad deflate":  # flip bytes inside the sheet's compressed data, leaving the zip directory intact
        raw = bytearray(path.read_bytes())
        start = raw.find(b"xl/worksheets/sheet1.xml") + 60
        raw[start : start + 40] = bytes(40)
        path.write_bytes(bytes(raw))
    with pytest.raises(UnusableInputError) as caught:
        read_contacts(path)
    assert caught.value.code == "contacts.corrupt", caught.value
