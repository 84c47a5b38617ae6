"""Number format codes the oracle workbook does not reach: sections, conditions, text sections, elapsed time,
the 1904 date system, and codes that fall back to General."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from mailmerge.sheets.numfmt import CellRenderer, UnsupportedFormat, compile_format, format_text, general, number


@pytest.mark.parametrize(
    ("code", "value", "shown"),
    [
        ("#,##0;(#,##0);\"zero\"", 0, "zero"),
        ("#,##0;(#,##0);\"zero\"", -1234.5, "(1,235)"),
        ("[>=1000000]#,##0,,\"M\";[>=1000]#,##0,\"K\";0", 2_500_000, "3M"),
        ("[>=1000000]#,##0,,\"M\";[>=1000]#,##0,\"K\";0", 12_345, "12K"),
        ("[>=1000000]#,##0,,\"M\";[>=1000]#,##0,\"K\";0", 999, "999"),
        ("[Red]0.00;[Blue]-0.00", -2.5, "-2.50"),
        ("0.00E+00", 0.000123, "1.23E-04"),
        ("##0.0E+0", 12345, "12.3E+3"),
        ("[h]:mm:ss", 1.5, "36:00:00"),
        ("[mm]:ss", 0.5 / 24, "30:00"),
        ("mm:ss.0", 1.5 / 86400, "00:01.5"),
        ("yyyy-mm-dd AM/PM h", 45356.75, "2024-03-05 PM 6"),
        ("d-mmm-yy", 45356, "5-Mar-24"),
        ("mmmmm", 45356, "M"),
        ("\\#0", 5, "#5"),
        ("0_);(0)", 5, "5 "),
        ("General\" pcs\"", 3, "3 pcs"),
    ],
)
def test_format_codes(code: str, value: float, shown: str) -> None:
    assert compile_format(code)(value) == shown


def test_text_sections_and_at_sign() -> None:
    assert format_text('0;-0;0;"Name: "@', "Kim") == "Name: Kim"
    assert format_text("@", "00123") == "00123"
    assert format_text("0.00", "text stays") == "text stays"


def test_general_has_no_float_noise_and_no_trailing_zero() -> None:
    assert general(0.1 + 0.2) == "0.3"
    assert general(3.0) == "3"
    assert general(-0.25) == "-0.25"
    assert general(1e20) == "1E+20"


def test_the_1904_date_system_counts_from_1904() -> None:
    assert compile_format("yyyy-mm-dd", date1904=True)(0) == "1904-01-01"
    renderer = CellRenderer(date1904=True)
    # calamine hands over real dates for date cells: they are not moved again
    assert renderer.text(datetime(2024, 3, 5), "yyyy-mm-dd", 0) == "2024-03-05"
    assert renderer.text(time(14, 5), "hh:mm", 0) == "14:05"


def test_unknown_codes_show_general_and_are_remembered_per_column() -> None:
    with pytest.raises(UnsupportedFormat):
        compile_format("# ?/?")
    renderer = CellRenderer()
    assert renderer.text(0.75, "# ?/?", 3) == "0.75"
    assert renderer.text(2.0, "[DBNum1]0", 5) == "2"
    assert renderer.unsupported == {3: "# ?/?", 5: "[DBNum1]0"}


def test_the_number_filter_reads_plain_text_too() -> None:
    assert number("1,234") == 1234
    assert number("2.5") == 2.5
    assert number("15.3%") == pytest.approx(0.153)
    assert number("₩1,234") == 1234 and number("€ 1,234.50") == 1234.5 and number("(1,234)") == -1234
    assert number("No. 42") == "No. 42"
    assert number("Kim") == "Kim"
    assert number("nan") == "nan"
