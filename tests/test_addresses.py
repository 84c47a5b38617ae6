"""Address cells as people type them: lists, display names, IDNA, clear reasons."""

from __future__ import annotations

import pytest

from mailmerge.base.errors import MailMergeError
from mailmerge.compose.addresses import parse_address, parse_address_list, split_address_list


def test_list_splits_on_semicolons_and_commas_but_not_inside_quotes_or_brackets() -> None:
    cell = '"Lee, Ann" <ann@example.com>; bo@example.com , <c@example.com>;;'
    assert split_address_list(cell) == ['"Lee, Ann" <ann@example.com>', "bo@example.com", "<c@example.com>"]
    parsed = parse_address_list(cell, field="To")
    assert [(a.display_name, a.email) for a in parsed] == [
        ("Lee, Ann", "ann@example.com"), ("", "bo@example.com"), ("", "c@example.com")]


def test_idna_domain_is_punycode_for_envelope_and_unicode_for_people() -> None:
    address = parse_address("김민수 <minsu@例え.jp>", field="To")
    assert address.display_name == "김민수"
    assert address.email == "minsu@例え.jp"
    assert address.ascii_email == "minsu@xn--r8jz45g.jp"
    assert address.domain == "xn--r8jz45g.jp"
    assert not address.needs_smtputf8


def test_non_ascii_local_part_needs_smtputf8() -> None:
    assert parse_address("josé@example.com", field="To").needs_smtputf8


def test_domain_is_normalised_to_lower_case() -> None:
    assert parse_address("Ann@EXAMPLE.COM", field="To").email == "Ann@example.com"


def test_escaped_quotes_in_display_name() -> None:
    assert parse_address(r'"Kim \"Sunny\" Lee" <k@example.com>', field="From").display_name == 'Kim "Sunny" Lee'


@pytest.mark.parametrize(
    ("cell", "reason_code", "reason_part"),
    [("ann@example", "address.incomplete_domain", "not a complete domain"),
     ("ann.example.com", "address.no_at_sign", "no @ sign"),
     ("Ann <ann@example.com", "address.unpaired_brackets", "angle brackets"),
     ("ann@@example.com", "address.bad_characters", "second @"),
     ("@example.com", "address.nothing_before_at", "nothing before the @"),
     ("ann@", "address.nothing_after_at", "nothing after the @"),
     ("ann..lee@example.com", "address.misplaced_dot", "dot or a hyphen"),
     ("ann@example.test", "address.reserved_domain", "reserved"),
     ("a" * 250 + "@example.com", "address.too_long", "longer"),
     ('ki"m@example.com', "address.bad_characters", "quotes"),
     ("Kim <>", "address.empty_brackets", "no address between")],
)
def test_invalid_address_names_field_row_value_and_reason(cell: str, reason_code: str, reason_part: str) -> None:
    """email-validator's English reason becomes one of ours: a code, and a plain sentence a face translates."""
    with pytest.raises(MailMergeError) as info:
        parse_address_list(cell, field="Cc", row=7)
    assert info.value.code == "address.invalid"
    message = str(info.value)
    assert message.startswith("Row 7: Cc address")
    assert reason_part in message
    assert info.value.params["row"] == 7
    assert str(info.value.params["field"]) == "Cc"
    assert info.value.params["reason_code"] == reason_code
    assert info.value.params["value"] == ("" if cell == "Kim <>" else cell)  # the bad address, for the reader


def test_from_must_hold_exactly_one_address() -> None:
    with pytest.raises(MailMergeError) as info:
        parse_address("a@example.com; b@example.com", field="From")
    assert info.value.code == "address.too_many"
    with pytest.raises(MailMergeError) as info:
        parse_address("  ", field="From", row=3)
    assert info.value.code == "address.missing"
    assert "Row 3: From is empty" in str(info.value)


def test_line_break_in_cell_is_refused() -> None:
    with pytest.raises(MailMergeError) as info:
        parse_address_list("a@example.com\nBcc: evil@example.com", field="To", row=2)
    assert info.value.code == "message.header_newline"
    assert "To" in str(info.value)


def test_empty_cell_is_an_empty_list() -> None:
    assert parse_address_list("", field="Cc") == ()


@pytest.mark.parametrize(
    "cell", ["Ann.Lee+tag@Example.COM", "o'brien@bücher.de", "x@sub.例え.jp", "a_b-c@xn--bcher-kva.de"]
)
def test_fast_path_agrees_with_email_validator(cell: str) -> None:
    from email_validator import validate_email

    expected = validate_email(cell, check_deliverability=False)
    address = parse_address(cell, field="To")
    assert (address.email, address.ascii_email) == (expected.normalized, expected.ascii_email)


@pytest.mark.parametrize("cell", [".ann@example.com", "ann..lee@example.com", "a@-bad-.com", "a@localhost",
                                  "a@" + "x" * 64 + ".com"])
def test_fast_path_rejects_what_email_validator_rejects(cell: str) -> None:
    with pytest.raises(MailMergeError):
        parse_address(cell, field="To")


@pytest.mark.parametrize("cell", ["", "   ", " a@example.com ", '"Kim Minsu" <k@example.com>', "<x@example.com>"])
def test_cell_without_separators_is_one_piece_as_a_full_scan_finds(cell: str) -> None:
    # the shortcut for cells without ; or , must split exactly as the scan does when a separator follows
    assert split_address_list(cell) == split_address_list(cell + ";")[:1] == ([cell.strip()] if cell.strip() else [])
