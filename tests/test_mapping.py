"""Guessing which column is the address, name, cc, bcc, attachments and send time."""

from __future__ import annotations

import pytest

from mailmerge.base.errors import UnusableInputError
from mailmerge.sheets.mapping import ColumnMapping, guess_mapping


@pytest.mark.parametrize(
    ("columns", "expected"),
    [
        (
            ["E-mail Address", "Full Name", "CC", "BCC", "Attachments", "Send at"],
            ColumnMapping("E-mail Address", "Full Name", "CC", "BCC", "Attachments", "Send at"),
        ),
        (
            ["이메일", "성명", "참조", "숨은참조", "첨부", "발송 시간"],
            ColumnMapping("이메일", "성명", "참조", "숨은참조", "첨부", "발송 시간"),
        ),
        (["메일", "이름"], ColumnMapping("메일", "이름")),
        (["邮箱", "姓名", "抄送", "密送", "附件"], ColumnMapping("邮箱", "姓名", "抄送", "密送", "附件")),
        (["电子邮件", "名字"], ColumnMapping("电子邮件", "名字")),
        (["郵件", "姓名"], ColumnMapping("郵件", "姓名")),
        (["Surel", "Nama", "Lampiran"], ColumnMapping("Surel", "Nama", attachments="Lampiran")),
        (["  EMAIL ", "name"], ColumnMapping("  EMAIL ", "name")),
        (["email_address", "display-name"], ColumnMapping("email_address", "display-name")),
    ],
)
def test_headers_in_each_language(columns: list[str], expected: ColumnMapping) -> None:
    assert guess_mapping(columns) == expected


def test_longer_header_containing_email_word() -> None:
    assert guess_mapping(["id", "Work email", "name"]).email == "Work email"
    assert guess_mapping(["회사 이메일", "이름"]).email == "회사 이메일"


def test_exact_name_wins_over_a_longer_one_and_first_duplicate_wins() -> None:
    assert guess_mapping(["Backup email", "email", "email (2)"]).email == "email"


def test_unrelated_columns_stay_unmapped() -> None:
    assert guess_mapping(["email", "company", "amount"]) == ColumnMapping("email")


def test_address_column_found_by_content() -> None:
    columns = ["Kunde", "Kontakt", "Ort"]
    rows = [
        ("Ann", "ann@example.com", "Berlin"),
        ("Bo", "bo@example.org", "Hamburg"),
        ("Cy", "", "Köln"),
        ("Di", "not yet known", "Bonn"),
        ("Ed", "ed@bücher.example", "Essen"),
    ]
    assert guess_mapping(columns, rows).email == "Kontakt"


def test_content_fallback_skips_columns_already_mapped_by_name() -> None:
    rows = [("a@example.com", "b@example.com"), ("c@example.com", "d@example.com")]
    assert guess_mapping(["cc", "Kontakt"], rows) == ColumnMapping("Kontakt", cc="cc")


def test_mostly_non_address_column_is_not_taken() -> None:
    rows = [("a@example.com",), ("Ann",), ("Bo",)]
    with pytest.raises(UnusableInputError):
        guess_mapping(["Kontakt"], rows)


def test_no_email_column_names_the_columns_and_what_to_do() -> None:
    with pytest.raises(UnusableInputError) as caught:
        guess_mapping(["id", "company", "city"])
    message = str(caught.value)
    assert caught.value.code == "mapping.no_email_column"
    assert "id, company, city" in message
    assert '"email"' in message
    assert message.endswith(".") and ". " not in message
