"""The text an .ods sheet shows, read from the file itself.

An OpenDocument spreadsheet stores, next to each value, the paragraph text the program displayed when it saved
(`<text:p>10,000.50</text:p>`), so no number format needs to be applied: that text is what the user saw. Rows and
cells may be "repeated" (a blank row repeated a million times is how LibreOffice writes the empty rest of a sheet);
repeats of empty cells are counted, not built, and the sheet's size is capped so a hostile file can't exhaust memory.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from xml.etree import ElementTree

from mailmerge.sheets.numfmt import general

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_SHEET = f"{{{_TABLE}}}table"
_ROW = f"{{{_TABLE}}}table-row"
_CELL = f"{{{_TABLE}}}table-cell"
_COVERED = f"{{{_TABLE}}}covered-table-cell"
_P = f"{{{_TEXT}}}p"
_S = f"{{{_TEXT}}}s"
_TAB = f"{{{_TEXT}}}tab"
_BREAK = f"{{{_TEXT}}}line-break"
_ANNOTATION = f"{{{_OFFICE}}}annotation"


class SheetTooLarge(Exception):
    def __init__(self, rows: int, columns: int) -> None:
        super().__init__(rows, columns)
        self.rows, self.columns = rows, columns


def read_ods_sheet(archive: zipfile.ZipFile, sheet: str, max_cells: int) -> list[list[str]] | None:
    """The shown text of every row of `sheet` (trailing blanks dropped); None if there is no such sheet."""
    with archive.open("content.xml") as stream:
        events = ElementTree.iterparse(stream, events=("start", "end"))
        for event, element in events:
            if event == "start" and element.tag == _SHEET and element.get(f"{{{_TABLE}}}name") == sheet:
                return _read_rows(events, max_cells)
            if event == "end" and element.tag == _SHEET:
                element.clear()
    return None


def _read_rows(events: Iterator[tuple[str, ElementTree.Element]], max_cells: int) -> list[list[str]]:
    grid: list[list[str]] = []
    blank_rows = 0  # blank rows seen since the last row with text: added only if text follows
    width = 0
    for event, element in events:
        if event != "end":
            continue
        if element.tag == _SHEET:
            break
        if element.tag != _ROW:
            continue
        row = _row_cells(element, max_cells)
        repeat = int(element.get(f"{{{_TABLE}}}number-rows-repeated", "1"))
        element.clear()
        if not any(row):
            blank_rows += repeat
            continue
        width = max(width, len(row))
        if (len(grid) + blank_rows + repeat) * width > max_cells:
            raise SheetTooLarge(len(grid) + blank_rows + repeat, width)
        grid.extend([] for _ in range(blank_rows))
        grid.extend(list(row) for _ in range(repeat))
        blank_rows = 0
    return grid


def _row_cells(row: ElementTree.Element, max_cells: int) -> list[str]:
    cells: list[str] = []
    blank = 0
    for cell in row:
        if cell.tag not in (_CELL, _COVERED):
            continue
        repeat = int(cell.get(f"{{{_TABLE}}}number-columns-repeated", "1"))
        text = _cell_text(cell)
        if not text:
            blank += repeat
            continue
        if len(cells) + blank + repeat > max_cells:
            raise SheetTooLarge(1, len(cells) + blank + repeat)
        cells.extend([""] * blank)
        cells.extend([text] * repeat)
        blank = 0
    return cells


def _cell_text(cell: ElementTree.Element) -> str:
    paragraphs = [_paragraph(p) for p in cell if p.tag == _P]
    if paragraphs:
        return "\n".join(paragraphs)
    # Written by a program that stores values only: show the value as General would.
    value = cell.get(f"{{{_OFFICE}}}value")
    if value is not None:
        try:
            return general(float(value))
        except ValueError:
            return value
    return cell.get(f"{{{_OFFICE}}}date-value") or cell.get(f"{{{_OFFICE}}}string-value") or ""


def _paragraph(element: ElementTree.Element) -> str:
    parts = [element.text or ""]
    for child in element:
        if child.tag == _S:
            parts.append(" " * int(child.get(f"{{{_TEXT}}}c", "1")))
        elif child.tag == _TAB:
            parts.append("\t")
        elif child.tag == _BREAK:
            parts.append("\n")
        elif child.tag != _ANNOTATION:
            parts.append(_paragraph(child))
        parts.append(child.tail or "")
    return "".join(parts)
