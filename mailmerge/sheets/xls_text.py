"""The text an old-style .xls sheet shows: xlrd reads each cell's value and its XF record's number format."""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Any

from mailmerge.sheets.numfmt import CellRenderer

# xlrd's cell types (xlrd.XL_CELL_*), named here so the module imports xlrd only when an .xls is read.
_TEXT, _NUMBER, _DATE, _BOOLEAN, _ERROR = 1, 2, 3, 4, 5


@dataclass
class XlsSheet:
    rows: list[list[str]]  # the shown text
    raw: dict[tuple[int, int], float] = field(default_factory=dict)  # (row, column) -> number behind formatted cells
    unsupported: dict[int, str] = field(default_factory=dict)  # column -> a format code shown as General


def read_xls_sheet(data: bytes, sheet: str) -> XlsSheet | None:
    """The sheet as shown; None when xlrd can't read formats from this file (calamine's values are used then)."""
    import xlrd

    # xlrd is strict about odd files that calamine reads: then the values are shown in General, never a crash.
    failures = (xlrd.XLRDError, NotImplementedError, ValueError, AssertionError, IndexError, KeyError, TypeError,
                struct.error, EOFError)
    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True)
    except failures:
        return None
    try:
        if sheet not in book.sheet_names():
            return None
        return _sheet_text(book, book.sheet_by_name(sheet))
    except failures:
        return None
    finally:
        book.release_resources()


def _sheet_text(book: Any, sheet: Any) -> XlsSheet:
    renderer = CellRenderer(date1904=book.datemode == 1)
    codes: dict[int, str | None] = {}  # XF index -> format code (None: General)
    shown = XlsSheet([])
    for r in range(sheet.nrows):
        types = sheet.row_types(r)
        values = sheet.row_values(r)
        row: list[str] = []
        for c, (kind, value) in enumerate(zip(types, values, strict=False)):
            if kind == _TEXT:
                row.append(value)
            elif kind in (_NUMBER, _DATE):
                xf = sheet.cell_xf_index(r, c)
                if xf not in codes:
                    codes[xf] = _format_code(book, xf)
                row.append(renderer.text(float(value), codes[xf], c))
                if codes[xf] is not None:
                    shown.raw[r, c] = float(value)
            elif kind == _BOOLEAN:
                row.append("TRUE" if value else "FALSE")
            elif kind == _ERROR:
                import xlrd

                row.append(xlrd.error_text_from_code.get(value, "#VALUE!"))
            else:
                row.append("")
        shown.rows.append(row)
    shown.unsupported = renderer.unsupported
    return shown


def _format_code(book: Any, xf_index: int) -> str | None:
    xf = book.xf_list[xf_index]
    fmt = book.format_map.get(xf.format_key)
    code = fmt.format_str if fmt is not None else "General"
    return None if not code or code.lower() == "general" else code
